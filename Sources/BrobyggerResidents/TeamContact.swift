import BrobyggerCore

/// A contact between the outreach team and a resident, registered by kind and channel.
public struct TeamContact: Identifiable, Sendable, Hashable, Codable {
    /// The contact's identifier.
    public typealias ID = Identifier<TeamContact>

    /// The identifier.
    public let id: ID
    /// The resident.
    public var resident: Resident.ID
    /// The team.
    public var team: OutreachTeam.ID
    /// The registration kind.
    public var kind: ContactRegistrationKind
    /// The channel.
    public var channel: ContactChannel
    /// When the contact took place.
    public var instant: Instant
    /// The team member who made the contact, if recorded.
    public var professional: Professional.ID?

    /// Creates a contact.
    public init(
        id: ID, resident: Resident.ID, team: OutreachTeam.ID, kind: ContactRegistrationKind, channel: ContactChannel,
        instant: Instant, professional: Professional.ID? = nil
    ) {
        self.id = id
        self.resident = resident
        self.team = team
        self.kind = kind
        self.channel = channel
        self.instant = instant
        self.professional = professional
    }

    private enum CodingKeys: String, CodingKey {
        case id, resident, team, kind, channel, instant, professional
    }
}

// A resident record holds its team's contacts by the hundred: the store reads and writes them field by field, with
// the keys, values and errors of the synthesised conformance.
extension TeamContact: DirectFieldDecodable, DirectFieldEncodable {
    /// Reads a contact from its fields: the keys, values accepted and errors of `init(from:)`.
    public init(directFields fields: DirectFields) throws {
        self.init(
            id: ID(rawValue: try fields.uuid(CodingKeys.id)),
            resident: Resident.ID(rawValue: try fields.uuid(CodingKeys.resident)),
            team: OutreachTeam.ID(rawValue: try fields.uuid(CodingKeys.team)),
            kind: try fields.rawValue(ContactRegistrationKind.self, CodingKeys.kind),
            channel: try fields.rawValue(ContactChannel.self, CodingKeys.channel),
            instant: try fields.instant(CodingKeys.instant),
            professional: try fields.uuidIfPresent(CodingKeys.professional).map(Professional.ID.init(rawValue:)))
    }

    /// Writes the contact's fields: the keys and values of `encode(to:)`, in its order.
    public func encode(directFields fields: any DirectFieldSink) throws {
        try fields.encode(uuid: id.rawValue, forKey: CodingKeys.id)
        try fields.encode(uuid: resident.rawValue, forKey: CodingKeys.resident)
        try fields.encode(uuid: team.rawValue, forKey: CodingKeys.team)
        try fields.encode(string: kind.rawValue, forKey: CodingKeys.kind)
        try fields.encode(string: channel.rawValue, forKey: CodingKeys.channel)
        try fields.encode(instant: instant, forKey: CodingKeys.instant)
        try fields.encode(uuid: professional?.rawValue, forKey: CodingKeys.professional)
    }
}
