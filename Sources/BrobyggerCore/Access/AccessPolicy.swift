/// Whether reading or writing data.
public enum AccessOperation: String, Sendable, Hashable, Codable, CaseIterable {
    /// Seeing the data.
    case read
    /// Creating or changing the data.
    case write
}

/// What a rule demands before access is allowed.
public enum AccessRequirement: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Allowed on the role alone, for the stated reason (e.g. the treating sector's own record).
    case granted(reason: String, source: SourceCitation)
    /// Allowed when the accessor has a basis of one of these kinds (consent, §13c, own data, proxy).
    case basis(anyOf: Set<AccessBasis.Kind>)
    /// Never allowed.
    case never(reason: String)

    /// A short explanation.
    public var description: String {
        switch self {
        case .granted(let reason, let source): "granted: \(reason) (\(source))"
        case .basis(let kinds): "requires one of: " + kinds.map(\.rawValue).sorted().joined(separator: ", ")
        case .never(let reason): "never: \(reason)"
        }
    }

    /// Encodes the requirement in the synthesized shape, with the basis kinds in a fixed order.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .granted(let reason, let source):
            var nested = container.nestedContainer(keyedBy: GrantedCodingKeys.self, forKey: .granted)
            try nested.encode(reason, forKey: .reason)
            try nested.encode(source, forKey: .source)
        case .basis(let kinds):
            var nested = container.nestedContainer(keyedBy: BasisCodingKeys.self, forKey: .basis)
            try nested.encodeInStableOrder(kinds, forKey: .anyOf)
        case .never(let reason):
            var nested = container.nestedContainer(keyedBy: NeverCodingKeys.self, forKey: .never)
            try nested.encode(reason, forKey: .reason)
        }
    }
}

/// One line of an access policy: for a role, some field groups and operations, what is required.
public struct AccessRule: Hashable, Sendable, Codable {
    /// The role the rule applies to.
    public var role: AccessRole
    /// The field groups it covers.
    public var groups: Set<FieldGroup>
    /// The operations it covers.
    public var operations: Set<AccessOperation>
    /// What is required.
    public var requirement: AccessRequirement

    /// Creates a rule.
    public init(
        role: AccessRole, groups: Set<FieldGroup>, operations: Set<AccessOperation>, requirement: AccessRequirement
    ) {
        self.role = role
        self.groups = groups
        self.operations = operations
        self.requirement = requirement
    }

    /// Encodes the rule with its groups and operations in a fixed order.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(role, forKey: .role)
        try container.encodeInStableOrder(groups, forKey: .groups)
        try container.encodeInStableOrder(operations, forKey: .operations)
        try container.encode(requirement, forKey: .requirement)
    }
}

/// Why access was refused: who asked for what, and which basis was missing.
public struct AccessDenial: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The accessor's role.
    public let role: AccessRole
    /// The field group refused.
    public let group: FieldGroup
    /// The operation refused.
    public let operation: AccessOperation
    /// What would have been required, in words.
    public let missing: String

    /// Creates a denial.
    public init(role: AccessRole, group: FieldGroup, operation: AccessOperation, missing: String) {
        self.role = role
        self.group = group
        self.operation = operation
        self.missing = missing
    }

    /// `role may not read group: missing`.
    public var description: String { "\(role) may not \(operation.rawValue) \(group): \(missing)" }
}

/// The outcome of an access decision for one field group.
public enum AccessDecision: Hashable, Sendable, Codable {
    /// Allowed, on these bases.
    case allowed([AccessBasis])
    /// Refused.
    case denied(AccessDenial)

    /// Whether access is allowed.
    public var isAllowed: Bool {
        if case .allowed = self { return true }
        return false
    }
}

/// Who may read or write which field groups, and on what basis: a value, so each region or municipality can state
/// its own, and tests can check it.
///
/// The first rule that matches the role, group and operation decides. With no matching rule access is refused.
/// ``standard`` is a documented starting point, a project default, that encodes the sector border: each sector reads
/// and writes its own data; across the border health data needs consent or a statutory basis; purely private matters
/// flow only on the §13c basis; the resident sees their own data and a proxy what the designation covers. It is not
/// legal advice: a data controller adopts or adapts it.
public struct AccessPolicy: Hashable, Sendable, Codable {
    /// The rules, in order.
    public var rules: [AccessRule]

    /// Creates a policy from rules.
    public init(rules: [AccessRule]) {
        self.rules = rules
    }

    /// Decides one group and operation, given the bases the accessor has.
    public func decide(
        _ operation: AccessOperation, _ group: FieldGroup, by accessor: Accessor, bases: [AccessBasis]
    ) -> AccessDecision {
        guard
            let rule = rules.first(where: {
                $0.role == accessor.role && $0.groups.contains(group) && $0.operations.contains(operation)
            })
        else {
            return .denied(
                AccessDenial(role: accessor.role, group: group, operation: operation, missing: "no rule allows it"))
        }
        switch rule.requirement {
        case .granted(let reason, let source):
            return .allowed([.ownSector(reason: reason, source: source)])
        case .basis(let kinds):
            let matching = bases.filter { kinds.contains($0.kind) }
            guard matching.isEmpty else { return .allowed(matching) }
            return .denied(
                AccessDenial(
                    role: accessor.role, group: group, operation: operation,
                    missing: "requires " + kinds.map(\.rawValue).sorted().joined(separator: " or ")))
        case .never(let reason):
            return .denied(AccessDenial(role: accessor.role, group: group, operation: operation, missing: reason))
        }
    }

    /// The groups holding health data: the region's record.
    public static let healthGroups: Set<FieldGroup> = [
        .psychiatricTreatment, .admissionsAndDischarges, .diagnoses, .medication,
    ]

    /// The groups holding social-support data: the municipality's record.
    public static let socialGroups: Set<FieldGroup> = [.socialSupport]

    /// The groups both sectors keep together with the resident: identity, contact, goals, effort intensity and the
    /// coordinated care plan.
    public static let sharedGroups: Set<FieldGroup> = [
        .identity, .contact, .goalsAndWishes, .effortIntensity, .carePlan,
    ]

    /// The standard policy; see the type's documentation.
    public static let standard: AccessPolicy = {
        let own = SourceCitation.practice("each sector's own record of the resident")
        let shared = SourceCitation.practice("data kept jointly with the resident across sectors")
        let section13c = Set<AccessBasis.Kind>([.statute])
        let acrossBorder = Set<AccessBasis.Kind>([.consent, .statute])
        var rules: [AccessRule] = []
        for role in [AccessRole.teamNurse, .teamDoctor, .wardStaff] {
            rules += [
                AccessRule(
                    role: role, groups: healthGroups, operations: [.read, .write],
                    requirement: .granted(reason: "the treating sector's own record", source: own)),
                AccessRule(
                    role: role, groups: sharedGroups, operations: [.read, .write],
                    requirement: .granted(reason: "kept jointly with the resident", source: shared)),
                AccessRule(
                    role: role, groups: [.dischargeDocuments], operations: [.read, .write],
                    requirement: .granted(
                        reason: "the ward makes discharge agreements and coordination plans",
                        source: .statute("psykiatriloven §13a–§13b"))),
                AccessRule(
                    role: role, groups: socialGroups, operations: [.read], requirement: .basis(anyOf: acrossBorder)),
                AccessRule(
                    role: role, groups: [.privateMatters], operations: [.read], requirement: .basis(anyOf: section13c)),
            ]
        }
        for role in [AccessRole.facilityStaff, .municipalCaseWorker] {
            rules += [
                AccessRule(
                    role: role, groups: socialGroups, operations: [.read, .write],
                    requirement: .granted(reason: "the supporting sector's own record", source: own)),
                AccessRule(
                    role: role, groups: sharedGroups, operations: [.read, .write],
                    requirement: .granted(reason: "kept jointly with the resident", source: shared)),
                AccessRule(
                    role: role, groups: healthGroups, operations: [.read], requirement: .basis(anyOf: acrossBorder)),
                AccessRule(
                    role: role, groups: [.dischargeDocuments], operations: [.read],
                    requirement: .basis(anyOf: acrossBorder)),
                AccessRule(
                    role: role, groups: [.privateMatters], operations: [.read], requirement: .basis(anyOf: section13c)),
            ]
        }
        let everyPersonalGroup = healthGroups.union(socialGroups).union(sharedGroups).union([.dischargeDocuments])
        rules += [
            AccessRule(
                role: .resident, groups: everyPersonalGroup, operations: [.read], requirement: .basis(anyOf: [.ownData])
            ),
            AccessRule(
                role: .proxy, groups: everyPersonalGroup, operations: [.read],
                requirement: .basis(anyOf: [.designatedProxy, .consent])),
            AccessRule(
                role: .administrator, groups: [.administrative], operations: [.read, .write],
                requirement: .granted(reason: "running the service", source: .practice("system administration"))),
        ]
        for role in AccessRole.allCases where role != .administrator {
            rules.append(
                AccessRule(
                    role: role, groups: [.administrative], operations: [.read],
                    requirement: .granted(reason: "organisational data, no personal data", source: own)))
        }
        return AccessPolicy(rules: rules)
    }()
}
