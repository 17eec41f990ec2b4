import Brobygger
import BrobyggerTesting
import Foundation
import Testing

/// A documents import needs of the resident records only who they are about (to bind a care plan by CPR number),
/// so its snapshot reads the residents' identities, not their records.
@Suite("Import snapshot of a documents file")
struct SnapshotIdentityTests {
    /// The intake fixture's residents, placements and events in `store`.
    static func fill(_ store: any DocumentStore) async throws {
        try await IntakeFixture.importAll(.organisations, IntakeFixture.organisations, store: store)
        try await IntakeFixture.importAll(.facilities, IntakeFixture.facilities, store: store)
        try await IntakeFixture.importAll(.residents, IntakeFixture.residents, store: store)
        try await IntakeFixture.importAll(.placements, IntakeFixture.placements, store: store)
        try await IntakeFixture.importAll(.events, IntakeFixture.events, store: store)
    }

    static func stores() throws -> [any DocumentStore] {
        [try FileDocumentStore(directory: ScratchDirectory.make("snapshot-identity")), InMemoryDocumentStore()]
    }

    @Test("the documents snapshot maps every CPR number to the stored resident and reads no record")
    func identitiesOnly() async throws {
        for store in try Self.stores() {
            try await Self.fill(store)
            let full = try await StoreSnapshot.load(store, for: nil)
            let identities = try await StoreSnapshot.load(store, for: .documents)
            #expect(full.residentsByCPR.count == 2)
            #expect(identities.residentsByCPR == full.residentsByCPR)
            #expect(identities.records.isEmpty)
            #expect(identities.facilities.keys.sorted() == full.facilities.keys.sorted())
        }
    }

    @Test("a care plan bound by CPR number is planned for the stored resident, from a file store too")
    func carePlanBoundByCPR() async throws {
        for store in try Self.stores() {
            try await Self.fill(store)
            let ida = try #require(try await StoreSnapshot.load(store, for: .events).residentsByCPR[IntakeFixture.cprA])
            let plan = try CarePlanBuilder("identity").resident(CarePlanBuilder.identifier("identity", "someone-else"))
                .build()
            let tagged = TaggedDocument(document: .carePlan(plan), resident: IntakeFixture.cprA.unmaskedValue)
            let data = try JSONEncoder().encode([tagged])
            let planned = try await ImportPlanner(store: store, today: IntakeFixture.today).plan(
                .documents, inputs: [IntakeInput(name: "documents.json", data: data)])
            #expect(planned.problems == [])
            let write = try #require(planned.writes.first)
            let stored = try #require(write.write.document as? CoordinatedCarePlan)
            #expect(stored.resident == ida)
        }
    }
}
