import BrobyggerCore
import BrobyggerResidents

/// The parts of a resident's record that the §13a/§13b compliance report reads: who the resident is, the
/// placements, the course events and the outreach team's contacts. A full `ResidentRecord` has them, and so does
/// ``ResidentComplianceView``.
protocol ResidentComplianceParts: Sendable {
    var id: Resident.ID { get }
    var person: PersonIdentifier { get }
    var placements: [Placement] { get }
    var events: [CourseEvent] { get }
    var contacts: [TeamContact] { get }
}

extension ResidentRecord: ResidentComplianceParts {
    var person: PersonIdentifier { resident.person }
}

/// What the compliance report reads of a stored resident record: the resident's identifier and CPR number, the
/// placements, the course events and the contacts. The resident's name, diagnoses, relatives and the record's
/// intensity history and goals are skipped, not decoded. Read under the resident record's kind, so a store that
/// keeps documents encoded decodes only these parts; a store that keeps values refuses the view
/// (`StoreError.coding`) and the full records are read.
///
/// The parts are checked as the record's own initialiser checks them (`ResidentRecord.checkParts`): everything is
/// about the resident, and no event identifier repeats. A view is read, never saved: encoding one throws.
struct ResidentComplianceView: ResidentRecordView, ResidentComplianceParts {
    let id: Resident.ID
    let person: PersonIdentifier
    let placements: [Placement]
    let events: [CourseEvent]
    let contacts: [TeamContact]

    /// The parts of a whole record.
    init(_ record: ResidentRecord) {
        id = record.id
        person = record.resident.person
        placements = record.placements
        events = record.events
        contacts = record.contacts
    }

    /// The parts read, checked as a record checks them.
    private init(
        resident: ResidentIdentity, placements: [Placement], events: [CourseEvent], contacts: [TeamContact]
    ) throws(ValidationError) {
        try ResidentRecord.checkParts(of: resident.id, placements: placements, events: events, contacts: contacts)
        id = resident.id
        person = resident.person
        self.placements = placements
        self.events = events
        self.contacts = contacts
    }

    /// The keys of `ResidentRecord` that the view reads.
    private enum CodingKeys: String, CodingKey {
        case resident, placements, events, contacts
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let resident = try c.decode(ResidentIdentity.self, forKey: .resident)
        let placements = try c.decodeIfPresent([Placement].self, forKey: .placements) ?? []
        let events = try c.decodeIfPresent([CourseEvent].self, forKey: .events) ?? []
        let contacts = try c.decodeIfPresent([TeamContact].self, forKey: .contacts) ?? []
        self = try decoder.validating {
            try ResidentComplianceView(resident: resident, placements: placements, events: events, contacts: contacts)
        }
    }

    /// A view is never written: saving one would replace a whole record with these parts.
    func encode(to encoder: any Encoder) throws {
        throw EncodingError.invalidValue(
            self,
            .init(
                codingPath: encoder.codingPath,
                debugDescription: "a compliance view of a resident record is read, never saved"))
    }
}

extension ResidentComplianceView: DirectFieldDecodable {
    /// Reads the parts from their fields, with the keys, values and errors of `init(from:)`.
    init(directFields fields: DirectFields) throws {
        let resident = try fields.decode(ResidentIdentity.self, CodingKeys.resident)
        let placements = try fields.arrayIfPresent(Placement.self, CodingKeys.placements) ?? []
        let events = try fields.arrayIfPresent(CourseEvent.self, CodingKeys.events) ?? []
        let contacts = try fields.arrayIfPresent(TeamContact.self, CodingKeys.contacts) ?? []
        self = try fields.validating {
            try ResidentComplianceView(resident: resident, placements: placements, events: events, contacts: contacts)
        }
    }
}

/// The identifier and CPR number of a stored `Resident`; its other fields are skipped.
private struct ResidentIdentity: Decodable, DirectFieldDecodable {
    let id: Resident.ID
    let person: PersonIdentifier

    private enum CodingKeys: String, CodingKey {
        case id, person
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Resident.ID.self, forKey: .id)
        person = try c.decode(PersonIdentifier.self, forKey: .person)
    }

    init(directFields fields: DirectFields) throws {
        id = try fields.decode(Resident.ID.self, CodingKeys.id)
        person = try fields.decode(PersonIdentifier.self, CodingKeys.person)
    }
}
