import BrobyggerCore
import BrobyggerTesting
import Foundation
import PostgresNIO
import Testing

@testable import BrobyggerPostgreSQL

/// Schema version 2: documents kept as JSON and in the compact binary encoding (`versions.encoded`), read from the
/// binary form; a version-1 store migrated and read whole; damaged binary documents; an older adapter refused.
@Suite("Binary documents and the migration from schema version 1")
struct EncodedDocumentTests {
    static func document(_ n: UInt64, status: String = "active") throws -> ConformanceDocument {
        ConformanceDocument(
            id: .init(rawValue: SequentialIdentifierSource.uuid(seed: 7, value: n)), resident: "r\(n % 3)",
            facility: "f\(n % 2)", status: status,
            period: try DayRange(
                start: CalendarDate(iso8601: "2026-0\(1 + n % 9)-01"),
                end: n % 2 == 0 ? nil : CalendarDate(iso8601: "2026-12-31")),
            socialNotes: ["note \(n)", "Ærø, \"quoted\" \\ and ✓"], diagnoses: n % 2 == 0 ? ["DF20"] : [])
    }

    /// Runs one statement with bindings on a connection of its own.
    static func run(_ sql: String, as configuration: PostgreSQLConfiguration, _ binds: PostgresBindings) async throws {
        let connection = try await PostgresConnection.connect(
            configuration: configuration.connectionConfiguration(), id: 1, logger: ConnectionPool.logger)
        do {
            try await connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: ConnectionPool.logger)
            try await connection.close()
        } catch {
            try? await connection.close()
            throw error
        }
    }

    /// Writes a version as the version-1 adapter did: the document's row and a `versions` row with JSON only.
    static func writeAsVersionOne(
        _ document: ConformanceDocument, version: Int, second: Double, as configuration: PostgreSQLConfiguration
    ) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let provenance = TestServer.provenance(second)
        let s = "\"\(configuration.schema)\""
        var binds = PostgresBindings()
        binds.append(ConformanceDocument.documentKind.rawValue)
        binds.append(document.id.storageKey)
        binds.append(Int32(version))
        binds.append(provenance.instant.millisecondsSince1970)
        binds.append(try PostgreSQLDocumentStore.encodeKeys(document.indexKeys))
        binds.append(document.indexPeriod?.start.iso8601)
        binds.append(document.indexPeriod?.end?.iso8601)
        binds.append(String(decoding: try encoder.encode(provenance), as: UTF8.self))
        binds.append(String(decoding: try encoder.encode(document), as: UTF8.self))
        try await run(
            """
            WITH changed AS (
                INSERT INTO \(s).documents AS d (kind, key, version, last_instant, index_keys, period_start, period_end)
                VALUES ($1, $2, $3, $4, string_to_array($5, E'\\x1F'), $6::date, $7::date)
                ON CONFLICT (kind, key) DO UPDATE SET version = excluded.version, last_instant = excluded.last_instant,
                    index_keys = excluded.index_keys, period_start = excluded.period_start,
                    period_end = excluded.period_end
                RETURNING d.kind, d.key, d.version)
            INSERT INTO \(s).versions (kind, key, version, instant, provenance, document)
            SELECT kind, key, version, $4, $8::jsonb, $9::jsonb FROM changed
            """, as: configuration, binds)
    }

    @Test func aVersionOneStoreIsMigratedReadsEqualAndGetsBinaryDocumentsFromThen() async throws {
        let configuration = try TestServer.configuration("fromv1")
        defer { Task { await TestServer.drop(configuration) } }
        // The schema as the version-1 adapter creates it, filled as it wrote: 6 documents, the first with 2 versions.
        let old = try await PostgreSQLDocumentStore.open(configuration, mode: .readWrite, supporting: 1)
        #expect(old.migratedFrom == 0)
        await old.close()
        #expect(try await PostgreSQLDocumentStore.schemaVersion(configuration) == 1)
        let documents = try (1...6).map { try Self.document($0) }
        for document in documents {
            try await Self.writeAsVersionOne(document, version: 1, second: 0, as: configuration)
        }
        let firstBefore = documents[0]
        var first = firstBefore
        first.status = "closed"
        try await Self.writeAsVersionOne(first, version: 2, second: 1, as: configuration)
        let schema = "\"\(configuration.schema)\""

        // A read-only store (an import's planning, a report) reads it as it is, from its JSON, and migrates nothing.
        let unmigrated = try await PostgreSQLDocumentStore.open(configuration, mode: .readOnly)
        #expect(
            try await unmigrated.list(ConformanceDocument.self, matching: .all).map(\.document)
                == ([first] + documents.dropFirst()).sorted { $0.id.storageKey < $1.id.storageKey })
        #expect(try await unmigrated.history(of: ConformanceDocument.self, id: first.id)?.versions.count == 2)
        await unmigrated.close()
        #expect(try await PostgreSQLDocumentStore.schemaVersion(configuration) == 1)

        let store = try await PostgreSQLDocumentStore.open(configuration)
        #expect(store.migratedFrom == 1)
        #expect(try await PostgreSQLDocumentStore.schemaVersion(configuration) == 2)
        #expect(
            try await TestServer.count(
                "SELECT count(*) FROM \(schema).versions WHERE encoded IS NULL", as: configuration) == 7)
        let expected = [first] + documents.dropFirst()
        for document in expected {
            #expect(try await store.current(ConformanceDocument.self, id: document.id)?.document == document)
        }
        let listed = try await store.list(ConformanceDocument.self, matching: .all)
        #expect(listed.map(\.document) == expected.sorted { $0.id.storageKey < $1.id.storageKey })
        #expect(
            try await store.list(ConformanceDocument.self, matching: .key("status", Key("closed"))).map(\.document) == [
                first
            ])
        let history = try #require(try await store.history(of: ConformanceDocument.self, id: first.id))
        #expect(history.versions.map(\.document) == [firstBefore, first])
        #expect(history.versions.map(\.provenance) == [TestServer.provenance(0), TestServer.provenance(1)])

        // New versions, single and in a batch, are written both ways; the binary form is what is read.
        var third = first
        third.socialNotes.append("after the migration")
        _ = try await store.save(third, expecting: .version(2), provenance: TestServer.provenance(2))
        let added = try (7...9).map { try Self.document($0) }
        var changed = documents[1]
        changed.status = "moved"
        _ = try await store.save(
            [DocumentWrite(changed, expecting: .version(1))] + added.map { DocumentWrite($0, expecting: .new) },
            provenance: TestServer.provenance(3), progress: nil)
        #expect(
            try await TestServer.count(
                "SELECT count(*) FROM \(schema).versions WHERE encoded IS NULL", as: configuration) == 7)
        #expect(
            try await TestServer.count(
                "SELECT count(*) FROM \(schema).versions WHERE encoded IS NOT NULL AND get_byte(encoded, 0) = 178",
                as: configuration) == 5)
        // The JSON stays complete for other systems.
        #expect(
            try await TestServer.count(
                "SELECT count(*) FROM \(schema).versions WHERE document IS NULL", as: configuration) == 0)
        #expect(
            try await TestServer.count(
                "SELECT count(*) FROM \(schema).versions WHERE document->>'status' = 'moved' AND encoded IS NOT NULL",
                as: configuration) == 1)

        let after = try #require(try await store.history(of: ConformanceDocument.self, id: first.id))
        #expect(after.versions.map(\.document) == [firstBefore, first, third])
        let all = [third, changed] + documents.dropFirst(2) + added
        let listedAfter = try await store.list(ConformanceDocument.self, matching: .all)
        #expect(listedAfter.map(\.document) == all.sorted { $0.id.storageKey < $1.id.storageKey })
        await store.close()

        // A read-only store (its kind read whole after many lookups) reads the same mixture.
        let reader = try await PostgreSQLDocumentStore.open(configuration, mode: .readOnly)
        for _ in 0..<(SnapshotCache.threshold + 1) {
            for document in all {
                #expect(try await reader.current(ConformanceDocument.self, id: document.id)?.document == document)
            }
        }
        #expect(
            try await reader.list(ConformanceDocument.self, matching: .all).map(\.document)
                == listedAfter.map(\.document))
        await reader.close()
    }

    @Test func anAdapterOfSchemaVersionOneRefusesAVersionTwoSchema() async throws {
        let configuration = try TestServer.configuration("v1meetsv2")
        defer { Task { await TestServer.drop(configuration) } }
        let store = try await PostgreSQLDocumentStore.open(configuration)
        _ = try await store.save(try Self.document(1), expecting: .new, provenance: TestServer.provenance())
        await store.close()
        for mode in [PostgreSQLDocumentStore.Mode.readWrite, .readOnly] {
            do {
                _ = try await PostgreSQLDocumentStore.open(configuration, mode: mode, supporting: 1)
                Issue.record("a version-1 adapter opened a version-2 schema (\(mode))")
            } catch {
                #expect(error == .schemaTooNew(schema: configuration.schema, found: 2, supported: 1))
            }
        }
        #expect(try await PostgreSQLDocumentStore.schemaVersion(configuration) == 2)
    }

    @Test func damagedBinaryDocumentsAreCodingErrorsNamingTheDocument() async throws {
        let configuration = try TestServer.configuration("damaged")
        defer { Task { await TestServer.drop(configuration) } }
        let store = try await PostgreSQLDocumentStore.open(configuration)
        let document = try Self.document(1)
        _ = try await store.save(document, expecting: .new, provenance: TestServer.provenance())
        let key = document.id.storageKey
        let s = "\"\(configuration.schema)\""
        // `versions` refuses UPDATE, so a damaged version is added as the document's next one.
        for (version, damage) in [
            (2, "substring(encoded FROM 1 FOR length(encoded) - 3)"),
            (3, "overlay(encoded PLACING '\\xff'::bytea FROM 2)"),
            (4, "encoded || '\\x00'::bytea"),
        ] {
            try await TestServer.execute(
                [
                    """
                    INSERT INTO \(s).versions (kind, key, version, instant, provenance, document, encoded)
                    SELECT kind, key, \(version), instant, provenance, document, \(damage) FROM \(s).versions
                    WHERE key = '\(key)' AND version = 1
                    """,
                    "UPDATE \(s).documents SET version = \(version) WHERE key = '\(key)'",
                ], as: configuration)
            for read in [
                { _ = try await store.current(ConformanceDocument.self, id: document.id) },
                { _ = try await store.list(ConformanceDocument.self, matching: .all) },
                { _ = try await store.history(of: ConformanceDocument.self, id: document.id) },
            ] as [@Sendable () async throws -> Void] {
                do {
                    try await read()
                    Issue.record("damaged version \(version) was read")
                } catch let error as StoreError {
                    guard case .coding(let kind, let id, let reason) = error else {
                        Issue.record("\(error) is not a coding error")
                        continue
                    }
                    #expect(kind == ConformanceDocument.documentKind)
                    #expect(id == key)
                    #expect(reason.contains("versions.encoded"), "\(reason)")
                }
            }
        }
        await store.close()
    }

    struct Key: StorageKeyConvertible {
        var storageKey: String
        init(_ key: String) { storageKey = key }
    }
}
