import BrobyggerCore
import BrobyggerTesting
import Foundation
import PostgresNIO
import Testing

@testable import BrobyggerPostgreSQL

@Suite("Opening, schema versions, read-only snapshots and typed errors")
struct OpeningTests {
    static func document(_ n: UInt64, status: String = "active") -> ConformanceDocument {
        ConformanceDocument(
            id: .init(rawValue: SequentialIdentifierSource.uuid(seed: 5, value: n)), resident: "r1", facility: "f1",
            status: status)
    }

    @Test func theAdapterCreatesItsSchemaOnceAndRecordsItsVersion() async throws {
        let configuration = try TestServer.configuration("migrate")
        defer { Task { await TestServer.drop(configuration) } }
        let first = try await PostgreSQLDocumentStore.open(configuration)
        #expect(first.migratedFrom == 0)
        await first.close()
        let second = try await PostgreSQLDocumentStore.open(configuration)
        #expect(second.migratedFrom == PostgreSQLSchema.version)
        await second.close()
        #expect(try await PostgreSQLDocumentStore.schemaVersion(configuration) == PostgreSQLSchema.version)
        let applied = try await TestServer.count(
            "SELECT count(*) FROM \"\(configuration.schema)\".schema_version", as: configuration)
        #expect(applied == PostgreSQLSchema.version)
    }

    @Test func instancesStartingTogetherMigrateOnce() async throws {
        let configuration = try TestServer.configuration("together")
        defer { Task { await TestServer.drop(configuration) } }
        let stores = try await withThrowingTaskGroup(of: PostgreSQLDocumentStore.self) { group in
            for _ in 0..<4 { group.addTask { try await PostgreSQLDocumentStore.open(configuration) } }
            var stores: [PostgreSQLDocumentStore] = []
            for try await store in group { stores.append(store) }
            return stores
        }
        #expect(stores.filter { $0.migratedFrom == 0 }.count == 1)
        for store in stores { await store.close() }
    }

    @Test func aSchemaNewerThanTheAdapterIsRefusedWithATypedError() async throws {
        let configuration = try TestServer.configuration("toonew")
        defer { Task { await TestServer.drop(configuration) } }
        let store = try await PostgreSQLDocumentStore.open(configuration)
        _ = try await store.save(Self.document(1), expecting: .new, provenance: TestServer.provenance())
        await store.close()
        try await TestServer.execute(
            [
                "INSERT INTO \"\(configuration.schema)\".schema_version (version) VALUES (\(PostgreSQLSchema.version + 1))"
            ],
            as: configuration)
        for mode in [PostgreSQLDocumentStore.Mode.readWrite, .readOnly] {
            do {
                _ = try await PostgreSQLDocumentStore.open(configuration, mode: mode)
                Issue.record("opened a schema newer than the adapter (\(mode))")
            } catch {
                #expect(
                    error
                        == .schemaTooNew(
                            schema: configuration.schema, found: PostgreSQLSchema.version + 1,
                            supported: PostgreSQLSchema.version))
            }
        }
        // Nothing was migrated or written by the refused opening.
        let versions = try await TestServer.count(
            "SELECT max(version) FROM \"\(configuration.schema)\".schema_version", as: configuration)
        #expect(versions == PostgreSQLSchema.version + 1)
    }

    @Test func aReadOnlyStoreNeedsAnExistingSchema() async throws {
        let configuration = try TestServer.configuration("nostore")
        do {
            _ = try await PostgreSQLDocumentStore.open(configuration, mode: .readOnly)
            Issue.record("a read-only store opened where there is none")
        } catch {
            #expect(error == .noStore(server: configuration.server, schema: configuration.schema))
        }
        #expect(try await PostgreSQLDocumentStore.schemaVersion(configuration) == 0)
    }

    @Test func aReadOnlyStoreReadsTheSnapshotTakenWhenItOpened() async throws {
        let configuration = try TestServer.configuration("snapshot")
        defer { Task { await TestServer.drop(configuration) } }
        let writer = try await PostgreSQLDocumentStore.open(configuration)
        var document = Self.document(1)
        _ = try await writer.save(document, expecting: .new, provenance: TestServer.provenance(0))
        let reader = try await PostgreSQLDocumentStore.open(configuration, mode: .readOnly)
        document.status = "closed"
        _ = try await writer.save(document, expecting: .version(1), provenance: TestServer.provenance(1))
        _ = try await writer.save(Self.document(2), expecting: .new, provenance: TestServer.provenance(1))
        #expect(try await reader.current(ConformanceDocument.self, id: document.id)?.number == 1)
        #expect(try await reader.history(of: ConformanceDocument.self, id: document.id)?.versions.count == 1)
        #expect(try await reader.list(ConformanceDocument.self, matching: .all).count == 1)
        #expect(try await reader.list(ConformanceDocument.self, matching: .key("status", StatusKey("closed"))).isEmpty)
        do {
            _ = try await reader.save(Self.document(3), expecting: .new, provenance: TestServer.provenance(2))
            Issue.record("a read-only store saved")
        } catch {
            #expect(error == .readOnly)
        }
        // Many lookups of one kind are answered from the kind read whole, still from the snapshot.
        for round in 0..<(SnapshotCache.threshold + 4) {
            #expect(try await reader.current(ConformanceDocument.self, id: document.id)?.number == 1, "\(round)")
            #expect(try await reader.current(ConformanceDocument.self, id: Self.document(2).id) == nil, "\(round)")
            #expect(
                try await reader.current(ConformanceDocument.self, id: document.id)?.document.status == "active")
        }
        await reader.close()
        let later = try await PostgreSQLDocumentStore.open(configuration, mode: .readOnly)
        #expect(try await later.current(ConformanceDocument.self, id: document.id)?.number == 2)
        await later.close()
        await writer.close()
        do {
            _ = try await writer.current(ConformanceDocument.self, id: document.id)
            Issue.record("a closed store answered")
        } catch {
            #expect(error == .closed)
        }
    }

    struct StatusKey: StorageKeyConvertible {
        var storageKey: String
        init(_ key: String) { storageKey = key }
    }

    @Test func versionsAndAuditEntriesCannotBeChangedOrRemovedInTheDatabase() async throws {
        let configuration = try TestServer.configuration("appendonly")
        defer { Task { await TestServer.drop(configuration) } }
        let store = try await PostgreSQLDocumentStore.open(configuration)
        _ = try await store.save(Self.document(1), expecting: .new, provenance: TestServer.provenance())
        await store.close()
        let schema = configuration.schema
        try await TestServer.execute(
            ["INSERT INTO \"\(schema)\".audit (id, instant, document_kind, entry) VALUES ('x', 0, 'k', '{}')"],
            as: configuration)
        for statement in [
            "UPDATE \"\(schema)\".versions SET instant = 0", "DELETE FROM \"\(schema)\".versions",
            "UPDATE \"\(schema)\".audit SET instant = 1", "DELETE FROM \"\(schema)\".audit",
        ] {
            await #expect(throws: PSQLError.self, "\(statement) was allowed") {
                try await TestServer.execute([statement], as: configuration)
            }
        }
        #expect(try await TestServer.count("SELECT count(*) FROM \"\(schema)\".versions", as: configuration) == 1)
    }

    @Test func aServerThatIsDownGivesATypedErrorWithoutThePassword() async throws {
        var configuration = try TestServer.configuration("down")
        configuration.password = "Pa55word-never-shown"
        configuration.port = try Self.closedPort()
        do {
            _ = try await PostgreSQLDocumentStore.open(configuration)
            Issue.record("opened a store on a closed port")
        } catch {
            guard case .serverUnreachable(let server, _) = error else {
                Issue.record("failed with \(error), not serverUnreachable")
                return
            }
            #expect(server == configuration.server)
            #expect(!error.description.contains("Pa55word-never-shown"))
            #expect(!error.storeError.description.contains("Pa55word-never-shown"))
        }
    }

    /// A loopback port nothing listens on.
    static func closedPort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(descriptor, pointer, length) == 0 && getsockname(descriptor, pointer, &length) == 0
            }
        }
        try #require(bound)
        return Int(UInt16(bigEndian: address.sin_port))
    }

    @Test func aWrongPasswordGivesAnAuthenticationErrorWithoutEitherPassword() async throws {
        var configuration = try TestServer.configuration("auth")
        let real = configuration.password ?? ""
        configuration.password = "Wrong-password-42"
        do {
            _ = try await PostgreSQLDocumentStore.open(configuration)
            Issue.record("logged in with a wrong password")
        } catch {
            #expect(error == .authenticationFailed(server: configuration.server, user: configuration.user))
            #expect(!error.description.contains("Wrong-password-42"))
            #expect(real.isEmpty || !error.description.contains(real))
        }
    }

    @Test func aMissingDatabaseIsNamed() async throws {
        var configuration = try TestServer.configuration("nodb")
        configuration.database = "no_such_database_here"
        do {
            _ = try await PostgreSQLDocumentStore.open(configuration)
            Issue.record("opened a missing database")
        } catch {
            #expect(error == .databaseMissing(server: configuration.server, database: "no_such_database_here"))
        }
    }

    @Test func aServerMessageWithACPRNumberIsMasked() async throws {
        let configuration = try TestServer.configuration("mask")
        let cpr = SampleCPRNumbers.make(born: try CalendarDate(iso8601: "1980-01-01"), sex: .female, serial: 2)
        let digits = cpr.unmaskedValue
        do {
            try await TestServer.execute(
                ["DO $$ BEGIN RAISE EXCEPTION 'resident % refused', '\(digits)'; END $$"], as: configuration)
            Issue.record("the server raised nothing")
        } catch {
            let typed = ServerErrors.classify(error, settings: configuration)
            guard case .server(_, let state, let message) = typed else {
                Issue.record("classified as \(typed), not a server error")
                return
            }
            #expect(state == "P0001")
            #expect(message.contains("resident"))
            #expect(!typed.description.contains(digits))
            #expect(!typed.storeError.description.contains(digits))
            #expect(typed.description.contains(String(digits.prefix(6))))
        }
    }

    @Test func indexKeysAreStoredAsQueryableText() async throws {
        let configuration = try TestServer.configuration("keys")
        defer { Task { await TestServer.drop(configuration) } }
        let store = try await PostgreSQLDocumentStore.open(configuration)
        _ = try await store.save(Self.document(1), expecting: .new, provenance: TestServer.provenance())
        await store.close()
        // Another system reads the same keys with plain SQL.
        let found = try await TestServer.count(
            "SELECT count(*) FROM \"\(configuration.schema)\".documents WHERE index_keys @> ARRAY['facility=f1']",
            as: configuration)
        #expect(found == 1)
        #expect(try PostgreSQLDocumentStore.encodeKey(IndexKey("a=b", "c")) == #"a\=b=c"#)
        #expect(try PostgreSQLDocumentStore.encodeKey(IndexKey("a", "b=c")) == "a=b=c")
    }
}
