import BrobyggerCore
import BrobyggerResidents

/// What the §13a worklist reads of a stored resident record: the resident, the placements and the course events,
/// decoded without the team contacts, intensity history and goals a record also holds (a year of contacts is most of
/// a record's size). Read under the resident record's kind, so a store that keeps documents as JSON decodes only
/// these parts; a store that keeps values refuses the view (`StoreError.coding`) and the full records are read.
struct ResidentCourseView: StorableDocument {
    static let documentKind: DocumentKind = ResidentRecord.documentKind

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

    /// Reads the parts of the records matching `query`: as views where the store decodes stored JSON, else from the
    /// full records.
    static func list(in store: any DocumentStore, matching query: DocumentQuery) async throws(StoreError)
        -> [ResidentCourseView]
    {
        do throws(StoreError) {
            return try await store.list(ResidentCourseView.self, matching: query).map(\.document)
        } catch .coding {
            return try await store.list(ResidentRecord.self, matching: query).map { ResidentCourseView($0.document) }
        }
    }
}

/// Who a stored resident record is about, and nothing else: what binding a document to a resident by CPR number
/// needs. Read under the resident record's kind, so a store that keeps documents encoded decodes only the resident
/// (not the events, contacts, intensity history and goals that make up most of a record); a store that keeps values
/// refuses the view (`StoreError.coding`) and the full records are read.
struct ResidentIdentityView: StorableDocument {
    static let documentKind: DocumentKind = ResidentRecord.documentKind

    let resident: Resident

    var id: Resident.ID { resident.id }

    init(_ record: ResidentRecord) { resident = record.resident }

    private enum CodingKeys: String, CodingKey {
        case resident
    }

    init(from decoder: any Decoder) throws {
        resident = try decoder.container(keyedBy: CodingKeys.self).decode(Resident.self, forKey: .resident)
    }

    /// The identities of every stored resident record: as views where the store decodes encoded documents, else
    /// from the full records.
    static func all(in store: any DocumentStore) async throws(StoreError) -> [ResidentIdentityView] {
        do throws(StoreError) {
            return try await store.list(ResidentIdentityView.self, matching: .all).map(\.document)
        } catch .coding {
            return try await store.list(ResidentRecord.self, matching: .all).map { ResidentIdentityView($0.document) }
        }
    }
}
