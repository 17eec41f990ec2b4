import BrobyggerCore

/// An intervention planned for a resident in a given week: a column of the resident-overview board
/// ("planlagte socialpsykiatriske og ambulante psykiatriske interventioner for den kommende uge", Region Hovedstadens
/// Psykiatri, “A. Fælles beboeroverbliksmøder”).
public struct PlannedIntervention: Identifiable, Sendable, Hashable, Codable {
    /// The intervention's identifier.
    public typealias ID = Identifier<PlannedIntervention>

    /// Which sector's effort it is.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A social-psychiatric intervention by the facility (serviceloven).
        case socialPsychiatric = "social_psychiatric"
        /// A psychiatric intervention by the outreach team (sundhedsloven).
        case psychiatric

        /// The information category the intervention belongs to, for consent.
        public var information: SharedInformation {
            switch self {
            case .socialPsychiatric: .socialSupport
            case .psychiatric: .psychiatricTreatment
            }
        }
    }

    /// The identifier.
    public let id: ID
    /// The resident.
    public var resident: Resident.ID
    /// Social-psychiatric or psychiatric.
    public var kind: Kind
    /// The planned date.
    public var date: CalendarDate
    /// What will be done; never empty.
    public let activity: String
    /// Who carries it out; never empty.
    public let performedBy: [CareParticipant]
    /// With whom (the resident, a relative, another professional …).
    public var withWhom: [CareParticipant]
    /// The organisation whose record holds the plan (for consent).
    public var recordedBy: Organisation.ID

    /// Creates an intervention.
    ///
    /// - Throws: `ValidationError` when the activity is empty or no one carries it out.
    public init(
        id: ID, resident: Resident.ID, kind: Kind, date: CalendarDate, activity: String,
        performedBy: [CareParticipant], withWhom: [CareParticipant] = [], recordedBy: Organisation.ID
    ) throws(ValidationError) {
        try requireText(
            activity, field: "activity", code: "intervention.empty-activity", rule: "An intervention says what is done")
        guard !performedBy.isEmpty else {
            throw ValidationError(
                field: "performedBy", code: "intervention.no-performer",
                rule:
                    "An intervention says who carries it out (Region Hovedstadens Psykiatri, "
                    + "“A. Fælles beboeroverbliksmøder”)")
        }
        self.id = id
        self.resident = resident
        self.kind = kind
        self.date = date
        self.activity = activity
        self.performedBy = performedBy
        self.withWhom = withWhom
        self.recordedBy = recordedBy
    }

    private enum CodingKeys: String, CodingKey {
        case id, resident, kind, date, activity, performedBy, withWhom, recordedBy
    }

    /// Decodes an intervention through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let id = try container.decode(ID.self, forKey: .id)
        let resident = try container.decode(Resident.ID.self, forKey: .resident)
        let kind = try container.decode(Kind.self, forKey: .kind)
        let date = try container.decode(CalendarDate.self, forKey: .date)
        let activity = try container.decode(String.self, forKey: .activity)
        let performers = try container.decode([CareParticipant].self, forKey: .performedBy)
        let withWhom = try container.decodeIfPresent([CareParticipant].self, forKey: .withWhom) ?? []
        let recordedBy = try container.decode(Organisation.ID.self, forKey: .recordedBy)
        self = try decoder.validating {
            try PlannedIntervention(
                id: id, resident: resident, kind: kind, date: date, activity: activity, performedBy: performers,
                withWhom: withWhom, recordedBy: recordedBy)
        }
    }

    /// Encodes the intervention.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(resident, forKey: .resident)
        try container.encode(kind, forKey: .kind)
        try container.encode(date, forKey: .date)
        try container.encode(activity, forKey: .activity)
        try container.encode(performedBy, forKey: .performedBy)
        try container.encode(withWhom, forKey: .withWhom)
        try container.encode(recordedBy, forKey: .recordedBy)
    }
}
