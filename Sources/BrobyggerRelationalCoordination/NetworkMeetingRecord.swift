import BrobyggerCore

/// The record of one network meeting for the light-weight evaluation: the review of the previous meeting's
/// agreements at the start, and the agreements stated at the close.
///
/// VIVE 2023, afsnit 5.1.2.3 offers this as a less resource-demanding alternative to the relational-coordination and
/// relational-capacity questionnaires for evaluating collaboration quality.
public struct NetworkMeetingRecord: Sendable, Hashable, Codable, Identifiable {
    /// The typed identifier of a meeting record.
    public typealias ID = Identifier<NetworkMeetingRecord>

    /// The record's identifier.
    public let id: ID
    /// The day of the meeting.
    public let date: CalendarDate
    /// The reviews, made at the start, of the previous meeting's agreements.
    public let reviewOfPrevious: [MeetingAgreementReview]
    /// The agreements stated at the close.
    public let agreementsMade: [MeetingAgreement]

    /// Creates a record.
    /// - Throws: `ValidationError` when two agreements share an identifier or one agreement is reviewed twice.
    public init(
        id: ID, date: CalendarDate, reviewOfPrevious: [MeetingAgreementReview], agreementsMade: [MeetingAgreement]
    ) throws(ValidationError) {
        var agreementIDs = Set<MeetingAgreement.ID>()
        for (index, agreement) in agreementsMade.enumerated() where !agreementIDs.insert(agreement.id).inserted {
            throw ValidationError(
                field: FieldPath("agreementsMade").appending(index: index), code: "meeting.duplicate-agreement",
                rule: "Agreement identifiers are unique within a meeting", offendingValue: agreement.id.description)
        }
        var reviewed = Set<MeetingAgreement.ID>()
        for (index, review) in reviewOfPrevious.enumerated() where !reviewed.insert(review.agreement).inserted {
            throw ValidationError(
                field: FieldPath("reviewOfPrevious").appending(index: index), code: "meeting.duplicate-review",
                rule: "An agreement is reviewed once per meeting", offendingValue: review.agreement.description)
        }
        self.id = id
        self.date = date
        self.reviewOfPrevious = reviewOfPrevious
        self.agreementsMade = agreementsMade
    }

    private enum CodingKeys: String, CodingKey {
        case id
        case date
        case reviewOfPrevious
        case agreementsMade
    }

    /// Decodes a record through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let id = try container.decode(ID.self, forKey: .id)
        let date = try container.decode(CalendarDate.self, forKey: .date)
        let reviews = try container.decode([MeetingAgreementReview].self, forKey: .reviewOfPrevious)
        let agreements = try container.decode([MeetingAgreement].self, forKey: .agreementsMade)
        self = try decoder.validating { () throws(ValidationError) in
            try Self(id: id, date: date, reviewOfPrevious: reviews, agreementsMade: agreements)
        }
    }
}
