import BrobyggerCore
import BrobyggerResidents

/// A dated event when the patient did not follow the treatment set out in a discharge agreement or coordination plan.
///
/// Such events are criterion 2 of compulsory follow-up (psykiatriloven §13d stk. 1 nr. 2: "i mindst ét tilfælde har
/// undladt at følge den behandling, der er anført i en udskrivningsaftale eller koordinationsplan").
public struct AdherenceEvent: Identifiable, Sendable, Hashable, Codable {
    /// The identifier.
    public typealias ID = Identifier<AdherenceEvent>

    /// The identifier.
    public let id: ID
    /// The resident.
    public let resident: Resident.ID
    /// The agreement or plan whose treatment was not followed.
    public let document: DischargeDocumentReference
    /// The day.
    public let date: CalendarDate
    /// The treatment item not followed, e.g. "did not attend the depot injection".
    public let treatmentNotFollowed: String
    /// Who recorded it.
    public let recordedBy: Author?

    /// Creates an event.
    ///
    /// - Throws: `ValidationError` `adherence.item` when the treatment item is empty.
    public init(
        id: ID, resident: Resident.ID, document: DischargeDocumentReference, date: CalendarDate,
        treatmentNotFollowed: String, recordedBy: Author? = nil
    ) throws(ValidationError) {
        try requireDischargeText(
            treatmentNotFollowed, field: "treatmentNotFollowed", code: "adherence.item",
            rule: "The event names the treatment that was not followed")
        self.id = id
        self.resident = resident
        self.document = document
        self.date = date
        self.treatmentNotFollowed = treatmentNotFollowed
        self.recordedBy = recordedBy
    }

    private enum CodingKeys: String, CodingKey {
        case id, resident, document, date, treatmentNotFollowed, recordedBy
    }

    /// Decodes through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let id = try c.decode(ID.self, forKey: .id)
        let resident = try c.decode(Resident.ID.self, forKey: .resident)
        let document = try c.decode(DischargeDocumentReference.self, forKey: .document)
        let date = try c.decode(CalendarDate.self, forKey: .date)
        let item = try c.decode(String.self, forKey: .treatmentNotFollowed)
        let author = try c.decodeIfPresent(Author.self, forKey: .recordedBy)
        self = try decoder.validating {
            try AdherenceEvent(
                id: id, resident: resident, document: document, date: date, treatmentNotFollowed: item,
                recordedBy: author)
        }
    }
}
