import BrobyggerCore
import BrobyggerStores
import BrobyggerTesting
import Foundation
import Testing

/// A fresh directory under the system's temporary directory.
func temporaryDirectory() -> String {
    ScratchDirectory.make("store")
}

/// Removes a directory made by ``temporaryDirectory()`` and the files named by its path plus each suffix.
func removeTemporaryDirectory(_ path: String, logs suffixes: [String] = []) {
    ScratchDirectory.remove(path)
    for suffix in suffixes { ScratchDirectory.remove(path + suffix) }
}

@Suite("Storage conformance", .timeLimit(.minutes(5)))
struct StoreConformanceTests {
    @Test("the in-memory store passes the conformance suite")
    func inMemory() async {
        let report = await StoreConformance.run { InMemoryDocumentStore() }
        #expect(report.checks.count >= 13)
        #expect(report.passed, "\(report)")
    }

    @Test("the file store passes the conformance suite", arguments: [UInt64(1), 2])
    func fileStore(seed: UInt64) async {
        let report = await StoreConformance.run(seed: seed) {
            try FileDocumentStore(directory: temporaryDirectory() + "/store")
        }
        #expect(report.passed, "\(report)")
    }

    @Test("the file store passes the reopening checks, and the in-memory store (which cannot reopen) fails them")
    func reopening() async {
        let report = await StoreConformance.runReopening {
            let directory = temporaryDirectory() + "/store"
            let store = try FileDocumentStore(directory: directory)
            return (
                store,
                {
                    await store.close()
                    return try FileDocumentStore(directory: directory)
                }
            )
        }
        #expect(report.checks.count == 4)
        #expect(report.passed, "\(report)")
        let forgetful = await StoreConformance.runReopening { (InMemoryDocumentStore(), { InMemoryDocumentStore() }) }
        #expect(forgetful.failures.count == 4, "\(forgetful)")
    }

    /// A store that ignores the expected version must fail the suite: the suite can fail.
    @Test("the suite catches a store without optimistic concurrency")
    func catchesBrokenStore() async {
        let report = await StoreConformance.run { LastWriterWinsStore() }
        #expect(!report.passed)
        let failed = Set(report.failures.map(\.name))
        #expect(failed.contains("a stale write conflicts and changes nothing"))
        #expect(failed.contains("creating an existing document conflicts"))
        #expect(failed.contains("updating a missing document conflicts"))
        #expect(failed.contains("concurrent writers on one document: exactly one wins"))
        #expect(!failed.contains("round trip"))
    }
}

/// A deliberately broken store: it accepts every save without checking the expected version.
actor LastWriterWinsStore: DocumentStore {
    let inner = InMemoryDocumentStore()

    func current<D: StorableDocument>(_ type: D.Type, id: D.ID) async throws(StoreError) -> Revision<D>? {
        try await inner.current(type, id: id)
    }

    func history<D: StorableDocument>(of type: D.Type, id: D.ID) async throws(StoreError) -> RevisionHistory<D>? {
        try await inner.history(of: type, id: id)
    }

    func list<D: StorableDocument>(_ type: D.Type, matching query: DocumentQuery) async throws(StoreError) -> [Revision<
        D
    >] {
        try await inner.list(type, matching: query)
    }

    func save<D: StorableDocument>(_ document: D, expecting expected: ExpectedVersion, provenance: Provenance)
        async throws(StoreError) -> Revision<D>
    {
        let actual = try await inner.current(D.self, id: document.id)?.number ?? 0
        return try await inner.save(document, expecting: actual == 0 ? .new : .version(actual), provenance: provenance)
    }

    func appendAudit(_ entry: AuditEntry) async throws(StoreError) { try await inner.appendAudit(entry) }

    func auditEntries(matching query: AuditQuery) async throws(StoreError) -> [AuditEntry] {
        try await inner.auditEntries(matching: query)
    }
}
