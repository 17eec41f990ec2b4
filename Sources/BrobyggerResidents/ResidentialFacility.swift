import BrobyggerCore

/// A social-psychiatric residential facility (*botilbud*, colloquially *bosted*).
///
/// The facility is an `Organisation` of kind `.residentialFacility`; this value adds what the care model needs:
/// the legal basis, the owner, the capacity, the target groups it is approved for on *Tilbudsportalen*
/// (Erfaringsopsamling 2024, afsnit 1.1), its outreach team and the wards it is linked with (Region Midtjylland links
/// wards with facilities so residents are known on admission, Erfaringsopsamling 2024, afsnit 4.3.2).
public struct ResidentialFacility: Identifiable, Sendable, Hashable, Codable {
    /// The facility's identifier: the identifier of its organisation record.
    public typealias ID = Organisation.ID

    /// The identifier (the organisation's).
    public let id: ID
    /// The facility's name.
    public var name: String
    /// The legal basis of its places.
    public var legalBasis: FacilityLegalBasis
    /// Municipal, regional or private.
    public var owner: FacilityOwner
    /// The municipality the facility lies in.
    public var municipality: MunicipalityCode
    /// The number of places; at least 1.
    public private(set) var capacity: Int
    /// The target groups the facility is approved for; never empty.
    public private(set) var approvedTargetGroups: Set<TargetGroup>
    /// The outreach team (*botilbudsteam*) that serves the facility, if any.
    public var outreachTeam: Organisation.ID?
    /// Wards linked with the facility.
    public var linkedWards: [Organisation.ID]

    /// Creates a facility.
    ///
    /// - Throws: `ValidationError` when the name is empty, the capacity is below 1 or no target group is given.
    public init(
        id: ID, name: String, legalBasis: FacilityLegalBasis, owner: FacilityOwner, municipality: MunicipalityCode,
        capacity: Int, approvedTargetGroups: Set<TargetGroup>, outreachTeam: Organisation.ID? = nil,
        linkedWards: [Organisation.ID] = []
    ) throws(ValidationError) {
        try requireText(name, field: "name", code: "facility.empty-name", rule: "A facility has a name")
        try ControlCharacters.check(name, field: "name")
        guard capacity >= 1 else {
            throw ValidationError(
                field: "capacity", code: "facility.invalid-capacity", rule: "A facility has at least one place",
                offendingValue: String(capacity))
        }
        guard !approvedTargetGroups.isEmpty else {
            throw ValidationError(
                field: "approvedTargetGroups", code: "facility.no-target-group",
                rule: "A facility is approved for at least one target group", offendingValue: nil)
        }
        self.id = id
        self.name = name
        self.legalBasis = legalBasis
        self.owner = owner
        self.municipality = municipality
        self.capacity = capacity
        self.approvedTargetGroups = approvedTargetGroups
        self.outreachTeam = outreachTeam
        self.linkedWards = linkedWards
    }

    /// Whether the facility is approved for every one of the given target groups.
    public func isApproved(for groups: Set<TargetGroup>) -> Bool { groups.isSubset(of: approvedTargetGroups) }

    private enum CodingKeys: String, CodingKey {
        case id, name, legalBasis, owner, municipality, capacity, approvedTargetGroups, outreachTeam, linkedWards
    }

    /// Decodes a facility through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let id = try container.decode(ID.self, forKey: .id)
        let name = try container.decode(String.self, forKey: .name)
        let basis = try container.decode(FacilityLegalBasis.self, forKey: .legalBasis)
        let owner = try container.decode(FacilityOwner.self, forKey: .owner)
        let municipality = try container.decode(MunicipalityCode.self, forKey: .municipality)
        let capacity = try container.decode(Int.self, forKey: .capacity)
        let groups = try container.decode(Set<TargetGroup>.self, forKey: .approvedTargetGroups)
        let team = try container.decodeIfPresent(Organisation.ID.self, forKey: .outreachTeam)
        let wards = try container.decodeIfPresent([Organisation.ID].self, forKey: .linkedWards) ?? []
        self = try decoder.validating {
            try ResidentialFacility(
                id: id, name: name, legalBasis: basis, owner: owner, municipality: municipality, capacity: capacity,
                approvedTargetGroups: groups, outreachTeam: team, linkedWards: wards)
        }
    }

    /// Encodes the facility (target groups sorted, so the output is stable).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(legalBasis, forKey: .legalBasis)
        try container.encode(owner, forKey: .owner)
        try container.encode(municipality, forKey: .municipality)
        try container.encode(capacity, forKey: .capacity)
        try container.encode(approvedTargetGroups.sorted(), forKey: .approvedTargetGroups)
        try container.encodeIfPresent(outreachTeam, forKey: .outreachTeam)
        try container.encode(linkedWards, forKey: .linkedWards)
    }
}
