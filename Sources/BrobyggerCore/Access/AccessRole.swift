/// The role someone acts in when they read or change a resident's data.
///
/// Roles belong to a sector: the region's health staff (outreach team, ward), the municipality's social staff
/// (facility, case worker), or the resident's own side. Who may see what across that border is the
/// ``AccessPolicy``'s decision.
public enum AccessRole: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Staff on the *botilbud* (social educators, care assistants, the manager).
    case facilityStaff
    /// A nurse on the outreach team.
    case teamNurse
    /// A doctor (psychiatrist) on the outreach team.
    case teamDoctor
    /// Staff on a psychiatric ward, including its senior consultant.
    case wardStaff
    /// A municipal case worker (*sagsbehandler*).
    case municipalCaseWorker
    /// The resident.
    case resident
    /// The resident's designated proxy (*stedfortræder*).
    case proxy
    /// A system administrator: manages the service, not the people in it.
    case administrator

    /// The sector the role belongs to.
    public var sector: Sector {
        switch self {
        case .teamNurse, .teamDoctor, .wardStaff: .health
        case .facilityStaff, .municipalCaseWorker: .social
        case .resident, .proxy: .resident
        case .administrator: .administration
        }
    }

    /// The Danish name of the role.
    public var danishName: String {
        switch self {
        case .facilityStaff: "medarbejder på botilbud"
        case .teamNurse: "sygeplejerske i botilbudsteam"
        case .teamDoctor: "læge i botilbudsteam"
        case .wardStaff: "personale på sengeafsnit"
        case .municipalCaseWorker: "kommunal sagsbehandler"
        case .resident: "beboer"
        case .proxy: "stedfortræder"
        case .administrator: "administrator"
        }
    }

    /// The raw value.
    public var description: String { rawValue }

    /// The sides of the border a role stands on.
    public enum Sector: String, Sendable, Hashable, Codable, CaseIterable {
        /// Regional psychiatry (*sundhedsloven*, *psykiatriloven*).
        case health
        /// Municipal social support (*serviceloven*).
        case social
        /// The resident and their proxy.
        case resident
        /// System administration.
        case administration
    }
}

/// Who is reading or writing: a role, and the organisation and person behind it.
public struct Accessor: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The role acted in.
    public let role: AccessRole
    /// The organisation acted for (a team, a facility, a municipality).
    public let organisation: Organisation.ID?
    /// The professional, when known.
    public let professional: Professional.ID?
    /// The relative, when the accessor is the resident's proxy.
    public let relative: Relative.ID?
    /// The resident's storage key, when the accessor is the resident.
    public let resident: String?

    /// Creates an accessor.
    public init(
        role: AccessRole, organisation: Organisation.ID? = nil, professional: Professional.ID? = nil,
        relative: Relative.ID? = nil, resident: String? = nil
    ) {
        self.role = role
        self.organisation = organisation
        self.professional = professional
        self.relative = relative
        self.resident = resident
    }

    /// The role and organisation, e.g. `teamNurse@<organisation id>`.
    public var description: String {
        role.rawValue + (organisation.map { "@\($0)" } ?? "")
    }
}
