import BrobyggerCore

/// How the outreach team registers a contact: the four registration kinds of seed 001 l.1087–1094.
public enum ContactRegistrationKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Planned outpatient visit (*ambulant besøg*): planned attendance at the outpatient clinic.
    case plannedOutpatientVisit = "planned_outpatient_visit"
    /// Home visit (*hjemmebesøg*): treatment in the resident's home or on the facility.
    case homeVisit = "home_visit"
    /// Accompanied visit out (*udebesøg*): going with the resident to, for example, the GP or the jobcentre.
    case accompaniedVisit = "accompanied_visit"
    /// Acute outpatient contact (*akut ambulant kontakt*): unplanned, acute attendance.
    case acuteOutpatientContact = "acute_outpatient_contact"

    /// The Danish term.
    public var danishName: String {
        switch self {
        case .plannedOutpatientVisit: "ambulant besøg"
        case .homeVisit: "hjemmebesøg"
        case .accompaniedVisit: "udebesøg"
        case .acuteOutpatientContact: "akut ambulant kontakt"
        }
    }
}

/// The channel a contact used (seed 001 l.439–440, l.739–740, l.1213).
public enum ContactChannel: String, Sendable, Hashable, Codable, CaseIterable {
    /// In person (*fysisk fremmøde*).
    case inPerson = "in_person"
    /// Telephone (*opkald*).
    case phone
    /// Video (*virtuel rådgivning*).
    case video
    /// Mail.
    case mail
}

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
