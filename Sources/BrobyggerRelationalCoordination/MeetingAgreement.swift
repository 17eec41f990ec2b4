import BrobyggerCore

/// An agreement stated when a network meeting closes: what will be done, by whom, by when.
///
/// Part of the light-weight evaluation of collaboration quality described by staff in treatment psychiatry:
/// "close every meeting with a shared understanding of which agreements were made, and open the next meeting by
/// reviewing what has happened since" (VIVE 2023, afsnit 5.1.2.3).
public struct MeetingAgreement: Sendable, Hashable, Codable, Identifiable {
    /// The typed identifier of an agreement.
    public typealias ID = Identifier<MeetingAgreement>

    /// The agreement's identifier.
    public let id: ID
    /// What was agreed, in the meeting's own words.
    public let text: String
    /// Who is responsible, if named.
    public let responsible: String?
    /// When it should be done, if a date was set.
    public let due: CalendarDate?

    /// Creates an agreement.
    /// - Throws: `ValidationError` when the text is empty.
    public init(id: ID, text: String, responsible: String? = nil, due: CalendarDate? = nil) throws(ValidationError) {
        guard !text.allSatisfy(\.isWhitespace) else {
            throw ValidationError(
                field: "text", code: "meeting.agreement.empty-text", rule: "An agreement says what was agreed",
                offendingValue: nil)
        }
        self.id = id
        self.text = text
        self.responsible = responsible
        self.due = due
    }

    private enum CodingKeys: String, CodingKey {
        case id
        case text
        case responsible
        case due
    }

    /// Decodes an agreement through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let id = try container.decode(ID.self, forKey: .id)
        let text = try container.decode(String.self, forKey: .text)
        let responsible = try container.decodeIfPresent(String.self, forKey: .responsible)
        let due = try container.decodeIfPresent(CalendarDate.self, forKey: .due)
        self = try decoder.validating { () throws(ValidationError) in
            try Self(id: id, text: text, responsible: responsible, due: due)
        }
    }
}
