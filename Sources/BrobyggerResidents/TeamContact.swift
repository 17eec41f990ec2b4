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
}
