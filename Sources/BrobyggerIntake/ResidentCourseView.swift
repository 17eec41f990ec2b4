import BrobyggerCore
import BrobyggerResidents

/// A part of a stored resident record, read under the record's kind: a store that keeps documents encoded (the file
/// store, the PostgreSQL adapter) decodes only that part, and a store that keeps values refuses the view
/// (`StoreError.coding`), so the whole records are read and the part taken from them.
protocol ResidentRecordView: StorableDocument {
    /// The view of a whole record.
    init(_ record: ResidentRecord)
}

extension ResidentRecordView {
    static var documentKind: DocumentKind { ResidentRecord.documentKind }

    /// The views of the records matching `query`: decoded as views where the store decodes encoded documents, else
    /// taken from the whole records.
    static func list(in store: any DocumentStore, matching query: DocumentQuery) async throws(StoreError) -> [Self] {
        do throws(StoreError) {
            return try await store.list(Self.self, matching: query).map(\.document)
        } catch .coding {
            return try await store.list(ResidentRecord.self, matching: query).map { Self($0.document) }
        }
    }
}

/// What the §13a worklist reads of a stored resident record: the resident, the placements and the course events,
/// decoded without the team contacts, intensity history and goals a record also holds (a year of contacts is most of
/// a record's size). Read under the resident record's kind, so a store that keeps documents as JSON decodes only
/// these parts; a store that keeps values refuses the view (`StoreError.coding`) and the full records are read.
struct ResidentCourseView: ResidentRecordView {
    let resident: Resident
    let placements: [Placement]
    let events: [CourseEvent]

    var id: Resident.ID { resident.id }

    init(_ record: ResidentRecord) {
        resident = record.resident
        placements = record.placements
        events = record.events
    }

    private enum CodingKeys: String, CodingKey {
        case resident, placements, events
    }

    /// Decodes the parts, keeping the record's rule that everything in it is about its resident.
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        resident = try c.decode(Resident.self, forKey: .resident)
        placements = try c.decodeIfPresent([Placement].self, forKey: .placements) ?? []
        events = try c.decodeIfPresent([CourseEvent].self, forKey: .events) ?? []
        let id = resident.id
        guard placements.allSatisfy({ $0.resident == id }), events.allSatisfy({ $0.resident == id }) else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "everything in a resident record is about its resident"))
        }
    }
}

/// Who a stored resident record is about, and nothing else: what binding a document to a resident by CPR number
/// needs. Read under the resident record's kind, so a store that keeps documents encoded decodes only the resident
/// (not the events, contacts, intensity history and goals that make up most of a record); a store that keeps values
/// refuses the view (`StoreError.coding`) and the full records are read.
struct ResidentIdentityView: ResidentRecordView {
    let resident: Resident

    var id: Resident.ID { resident.id }

    init(_ record: ResidentRecord) { resident = record.resident }

    private enum CodingKeys: String, CodingKey {
        case resident
    }

    init(from decoder: any Decoder) throws {
        resident = try decoder.container(keyedBy: CodingKeys.self).decode(Resident.self, forKey: .resident)
    }
}
