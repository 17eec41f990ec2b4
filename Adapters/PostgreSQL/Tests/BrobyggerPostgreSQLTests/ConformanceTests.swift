import BrobyggerCore
import BrobyggerPostgreSQL
import BrobyggerTesting
import Testing

/// The stores the conformance suite opened, each closed and its schema dropped when the next is made.
actor OpenedStores {
    private var stores: [(PostgreSQLDocumentStore, PostgreSQLConfiguration)] = []

    func add(_ store: PostgreSQLDocumentStore, _ configuration: PostgreSQLConfiguration) async {
        await closeAll()
        stores.append((store, configuration))
    }

    func closeAll() async {
        for (store, configuration) in stores {
            await store.close()
            await TestServer.drop(configuration)
        }
        stores = []
    }
}

@Suite("The storage conformance suite on PostgreSQL")
struct ConformanceTests {
    @Test(arguments: [UInt64(1), 20])
    func thePostgreSQLStorePassesTheConformanceSuite(seed: UInt64) async throws {
        _ = try TestServer.url()
        let opened = OpenedStores()
        let report = await StoreConformance.run(seed: seed) {
            let configuration = try TestServer.configuration("conformance")
            let store = try await PostgreSQLDocumentStore.open(configuration)
            await opened.add(store, configuration)
            return store
        }
        await opened.closeAll()
        #expect(report.checks.count >= 16)
        #expect(report.passed, "\(report)")
    }
}
