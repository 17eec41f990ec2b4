import BrobyggerCore
import BrobyggerStores
import Foundation
import PostgresNIO

/// A `DocumentStore` on a PostgreSQL server: for services that run several instances against one database, with the
/// server's backups, replicas and point-in-time recovery.
///
/// Guarantees, each enforced by the server rather than by this process:
/// - **Every version kept**: a save inserts a row into `versions` (never updated or deleted) with its provenance.
/// - **Documents twice**: each version is written as JSON (`versions.document`, for other systems reading the
///   tables) and in the file store's compact binary encoding (`versions.encoded`, ``CompactDocumentCoding``); reads
///   transfer and decode only the binary form, or the JSON where a row has none (written at schema version 1).
/// - **Optimistic concurrency**: a save updates the document's row only `WHERE version = expected`, in the same
///   statement that inserts the version, so of two instances saving over the same version exactly one wins and
///   the other gets ``StoreError/conflict(kind:id:expected:actual:)``.
/// - **Batches**: ``save(_:provenance:progress:)`` is one transaction; a conflict, an error, a dropped connection
///   or a killed process leaves nothing of it.
/// - **Consistent reads**: each read is one statement, so it sees one snapshot; a store opened
///   ``Mode/readOnly`` reads everything from one snapshot taken when it opened (a repeatable-read, read-only
///   transaction), like the file store's read-only mode.
///
/// The tables are described at ``PostgreSQLSchema``. The store is a class holding only constants and an actor
/// (its connection pool), so calls from many tasks run in parallel on the pool's connections.
public final class PostgreSQLDocumentStore: DocumentStore {
    /// How the store is opened.
    public enum Mode: Sendable, Hashable {
        /// Reads and writes; creates and migrates the schema.
        case readWrite
        /// Reads one snapshot taken at opening; changes nothing, and needs an existing schema of this version.
        case readOnly
    }

    /// Where the store lives (its description has no password).
    public let configuration: PostgreSQLConfiguration
    /// How it was opened.
    public let mode: Mode
    /// The schema version found when opening, before any migration (0 for a new store).
    public let migratedFrom: Int

    private let pool: ConnectionPool
    private let snapshot: PostgresConnection?
    private let snapshotCache = SnapshotCache()
    private let table: Tables

    private struct Tables: Sendable {
        let documents: String
        let versions: String
        let audit: String

        init(_ schema: String) {
            documents = "\"\(schema)\".documents"
            versions = "\"\(schema)\".versions"
            audit = "\"\(schema)\".audit"
        }
    }

    private init(
        configuration: PostgreSQLConfiguration, mode: Mode, migratedFrom: Int, pool: ConnectionPool,
        snapshot: PostgresConnection?
    ) {
        self.configuration = configuration
        self.mode = mode
        self.migratedFrom = migratedFrom
        self.pool = pool
        self.snapshot = snapshot
        self.table = Tables(configuration.schema)
        self.revisionColumns =
            mode == .readOnly && migratedFrom < 2
            ? "v.version, v.provenance, NULL::bytea, v.document"
            : "v.version, v.provenance, v.encoded, CASE WHEN v.encoded IS NULL THEN v.document END"
    }

    /// Connects, checks the login and the schema, and (read-write) creates or migrates the schema.
    ///
    /// - Throws: ``PostgreSQLStoreError``: the server is unreachable, refuses the login, lacks the database, has a
    ///   schema newer than ``PostgreSQLSchema/version`` (or, read-only, none or an older one).
    public static func open(_ configuration: PostgreSQLConfiguration, mode: Mode = .readWrite)
        async throws(PostgreSQLStoreError) -> PostgreSQLDocumentStore
    {
        try await open(configuration, mode: mode, supporting: PostgreSQLSchema.version)
    }

    /// Opens as an adapter whose schema version is `supported` would: tests check with it how an older adapter
    /// meets a newer schema.
    static func open(_ configuration: PostgreSQLConfiguration, mode: Mode, supporting supported: Int)
        async throws(PostgreSQLStoreError) -> PostgreSQLDocumentStore
    {
        let pool = try ConnectionPool(settings: configuration, maximum: configuration.maximumConnections)
        let connection = try await pool.connectOnce()
        let schema = configuration.schema
        do throws(PostgreSQLStoreError) {
            let found: Int
            do {
                found =
                    mode == .readWrite
                    ? try await PostgreSQLSchema.migrate(connection, schema: schema, to: supported)
                    : try await PostgreSQLSchema.foundVersion(connection, schema: schema)
            } catch {
                throw ServerErrors.classify(error, settings: configuration)
            }
            if found > supported {
                throw .schemaTooNew(schema: schema, found: found, supported: supported)
            }
            if mode == .readOnly {
                if found == 0 { throw .noStore(server: configuration.server, schema: schema) }
                // Every schema version from 1 on is read (version 1 from its JSON); none older exists.
                if found < 1 {
                    throw .schemaTooOld(schema: schema, found: found, supported: supported)
                }
                do {
                    try await connection.query(
                        "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY", logger: ConnectionPool.logger)
                    // The snapshot is taken by the transaction's first query.
                    try await connection.query("SELECT 1", logger: ConnectionPool.logger)
                } catch {
                    throw ServerErrors.classify(error, settings: configuration)
                }
                return PostgreSQLDocumentStore(
                    configuration: configuration, mode: mode, migratedFrom: found, pool: pool, snapshot: connection)
            }
            try? await connection.close()
            return PostgreSQLDocumentStore(
                configuration: configuration, mode: mode, migratedFrom: found, pool: pool, snapshot: nil)
        } catch {
            try? await connection.close()
            throw error
        }
    }

    /// The schema version of the store at `configuration`, without creating or migrating anything: 0 when it has
    /// no Brobygger tables.
    ///
    /// - Throws: ``PostgreSQLStoreError`` when the server cannot be reached or refuses the login.
    public static func schemaVersion(_ configuration: PostgreSQLConfiguration) async throws(PostgreSQLStoreError)
        -> Int
    {
        let pool = try ConnectionPool(settings: configuration, maximum: 1)
        let connection = try await pool.connectOnce()
        do {
            let version = try await PostgreSQLSchema.foundVersion(connection, schema: configuration.schema)
            try? await connection.close()
            return version
        } catch {
            try? await connection.close()
            throw ServerErrors.classify(error, settings: configuration)
        }
    }

    /// Closes the store's connections (ending a read-only store's snapshot). Calls afterwards throw
    /// `StoreError.closed`. Closing twice does nothing.
    public func close() async {
        if let snapshot {
            _ = try? await snapshot.query("COMMIT", logger: ConnectionPool.logger)
            try? await snapshot.close()
        }
        await pool.close()
    }

    // MARK: Running statements

    /// Runs `body` on the read-only snapshot's connection, or on a pooled connection.
    private func withConnection<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result)
        async throws(StoreError) -> Result
    {
        if let snapshot {
            guard !snapshot.isClosed else { throw .closed }
            do {
                return try await body(snapshot)
            } catch {
                throw storeError(error)
            }
        }
        let connection = try await pool.lease()
        do {
            let result = try await body(connection)
            await pool.release(connection, reusable: true)
            return result
        } catch {
            await pool.release(connection, reusable: !(error is PSQLError) || ServerErrors.sqlState(error) != nil)
            throw storeError(error)
        }
    }

    /// Runs `body` in a transaction on a pooled connection, rolling back when it throws; retries the whole
    /// transaction (up to three times) when the server aborts it for a deadlock or a serialization failure.
    ///
    /// Errors come back as thrown, for the caller to read the server's SQLSTATE before mapping them.
    private func inTransaction<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result)
        async throws -> Result
    {
        guard mode == .readWrite else { throw StoreError.readOnly }
        var attempt = 0
        while true {
            attempt += 1
            let connection = try await pool.lease()
            do {
                try await connection.query("BEGIN", logger: ConnectionPool.logger)
                let result = try await body(connection)
                try await connection.query("COMMIT", logger: ConnectionPool.logger)
                await pool.release(connection, reusable: true)
                return result
            } catch {
                var reusable = !connection.isClosed
                if reusable {
                    do {
                        try await connection.query("ROLLBACK", logger: ConnectionPool.logger)
                    } catch {
                        reusable = false
                    }
                }
                await pool.release(connection, reusable: reusable)
                let state = ServerErrors.sqlState(error)
                if attempt < 3, state == "40P01" || state == "40001" { continue }
                throw error
            }
        }
    }

    private func storeError(_ error: any Error) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? PostgreSQLStoreError { return error.storeError }
        return ServerErrors.classify(error, settings: configuration).storeError
    }

    private static func query(_ sql: String, _ binds: (inout PostgresBindings) throws -> Void) rethrows
        -> PostgresQuery
    {
        var bindings = PostgresBindings()
        try binds(&bindings)
        return PostgresQuery(unsafeSQL: sql, binds: bindings)
    }

    // MARK: Encoding

    private static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// One version ready to be written.
    private struct Prepared: Sendable {
        var kind: String
        var key: String
        var expected: ExpectedVersion
        var keys: String
        var periodStart: String?
        var periodEnd: String?
        var document: String
        /// The document in the compact binary encoding; empty when the encoding cannot hold it (a conformance that
        /// uses its containers out of stack order), and then the row keeps only the JSON.
        var encoded: ByteBuffer
    }

    private static func prepare<Document: StorableDocument>(
        _ document: Document, expected: ExpectedVersion, encoder: JSONEncoder
    ) throws(StoreError) -> Prepared {
        let kind = Document.documentKind
        let key = document.id.storageKey
        do {
            try StorageKeyRule.validate(kind.rawValue, field: "documentKind")
            try StorageKeyRule.validate(key)
        } catch {
            throw .invalid(error)
        }
        let json: String
        do {
            json = String(decoding: try encoder.encode(document), as: UTF8.self)
        } catch {
            throw .coding(kind: kind, id: key, reason: "\(error)")
        }
        let encoded = (try? CompactDocumentCoding.encode(document)).map { ByteBuffer(bytes: $0) } ?? ByteBuffer()
        let keys = try encodeKeys(document.indexKeys)
        let period = document.indexPeriod
        return Prepared(
            kind: kind.rawValue, key: key, expected: expected, keys: keys, periodStart: period?.start.iso8601,
            periodEnd: period?.end?.iso8601, document: json, encoded: encoded)
    }

    /// Index keys as one text of `name=value` items separated by U+001F, which SQL splits into the `text[]`
    /// column. In the name, `\` and `=` are escaped by `\`, so that every key has one spelling.
    static func encodeKeys(_ keys: [IndexKey]) throws(StoreError) -> String {
        var items: [String] = []
        items.reserveCapacity(keys.count)
        for key in keys {
            items.append(try encodeKey(key))
        }
        return items.joined(separator: "\u{1F}")
    }

    static func encodeKey(_ key: IndexKey) throws(StoreError) -> String {
        guard !key.name.contains("\u{1F}"), !key.value.contains("\u{1F}") else {
            throw .invalid(
                ValidationError(
                    field: "indexKeys", code: "storage.index-key",
                    rule: "an index key's name and value contain no control character U+001F",
                    offendingValue: key.name))
        }
        let name = key.name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "=", with: "\\=")
        return name + "=" + key.value
    }

    private func encodeProvenance(_ provenance: Provenance) throws(StoreError) -> String {
        do {
            return String(decoding: try Self.makeEncoder().encode(provenance), as: UTF8.self)
        } catch {
            throw .coding(kind: "provenance", id: "-", reason: "\(error)")
        }
    }

    // MARK: Decoding

    /// The JSON text of a `jsonb` or `text` cell (binary `jsonb` starts with a format version byte, 1).
    private static func jsonData(_ buffer: ByteBuffer, type: PostgresDataType) -> Data {
        var buffer = buffer
        if type == .jsonb, buffer.getInteger(at: buffer.readerIndex, as: UInt8.self) == 1 {
            buffer.moveReaderIndex(forwardBy: 1)
        }
        return Data(buffer.readableBytesView)
    }

    /// The columns a revision is read from, over `versions` as `v`: the version, the provenance, the binary
    /// document, and the JSON document only where there is no binary one, so a row's document is transferred once.
    /// A read-only store of a version-1 schema (not migrated: read-only stores change nothing) has no `encoded` column
    /// and reads every document from its JSON.
    private let revisionColumns: String

    /// A revision from a row's cells ``revisionColumns``: the document decoded from its binary form
    /// (``CompactDocumentCoding``) when the row has one, else from its JSON.
    private static func revision<Document: StorableDocument>(
        _ type: Document.Type, key: String, cells: ArraySlice<PostgresCell>, decoder: JSONDecoder
    ) throws(StoreError) -> Revision<Document> {
        let kind = Document.documentKind
        do {
            guard cells.count == 4 else { throw StoreError.coding(kind: kind, id: key, reason: "unexpected row") }
            let number = try cells[cells.startIndex].decode(Int32.self)
            let provenanceCell = cells[cells.startIndex + 1]
            let provenance = try decoder.decode(
                Provenance.self, from: jsonData(provenanceCell.bytes ?? ByteBuffer(), type: provenanceCell.dataType))
            let document: Document
            if let encoded = cells[cells.startIndex + 2].bytes {
                document = try decodeEncoded(type, encoded, key: key, number: number)
            } else {
                let documentCell = cells[cells.startIndex + 3]
                document = try decoder.decode(
                    Document.self, from: jsonData(documentCell.bytes ?? ByteBuffer(), type: documentCell.dataType))
            }
            return try Revision(number: Int(number), document: document, provenance: provenance)
        } catch let error as StoreError {
            throw error
        } catch let error as ValidationError {
            throw .coding(kind: kind, id: key, reason: error.description)
        } catch {
            throw .coding(kind: kind, id: key, reason: PersonalData.masked("\(error)"))
        }
    }

    /// A document from its `versions.encoded` bytes; damaged bytes are `StoreError.coding` naming the document and
    /// its version, never a crash (``CompactDocumentCoding/decode(_:from:)`` never reads outside the bytes).
    static func decodeEncoded<Document: StorableDocument>(
        _ type: Document.Type, _ encoded: ByteBuffer, key: String, number: Int32
    ) throws(StoreError) -> Document {
        do {
            return try CompactDocumentCoding.decode(type, from: Array(encoded.readableBytesView))
        } catch {
            throw .coding(
                kind: Document.documentKind, id: key,
                reason: "version \(number) in versions.encoded is damaged: \(PersonalData.masked("\(error)"))")
        }
    }

    // MARK: Reading

    /// The number of documents of a kind.
    public func count(of kind: DocumentKind) async throws(StoreError) -> Int {
        let sql = "SELECT count(*) FROM \(table.documents) WHERE kind = $1"
        return try await withConnection { connection in
            let rows = try await connection.query(
                Self.query(sql) { $0.append(kind.rawValue) }, logger: ConnectionPool.logger
            ).collect()
            return Int(try rows.first?.decode(Int64.self) ?? 0)
        }
    }

    /// The current version of a document.
    public func current<Document: StorableDocument>(_ type: Document.Type, id: Document.ID) async throws(StoreError)
        -> Revision<Document>?
    {
        let key = id.storageKey
        if snapshot != nil, let cached = try await cachedCurrent(Document.documentKind, key: key) {
            guard let cells = cached else { return nil }
            return try Self.revision(type, key: key, cells: cells, decoder: JSONDecoder())
        }
        let sql = """
            SELECT \(revisionColumns) FROM \(table.documents) d
            JOIN \(table.versions) v ON v.kind = d.kind AND v.key = d.key AND v.version = d.version
            WHERE d.kind = $1 AND d.key = $2
            """
        let rows = try await withConnection { connection in
            try await connection.query(
                Self.query(sql) {
                    $0.append(Document.documentKind.rawValue)
                    $0.append(key)
                }, logger: ConnectionPool.logger
            ).collect()
        }
        guard let row = rows.first else { return nil }
        return try Self.revision(type, key: key, cells: Array(row)[...], decoder: JSONDecoder())
    }

    /// On a read-only store, whose snapshot never changes: after ``SnapshotCache/threshold`` lookups of one kind
    /// (an import checking each of its documents against the store), the current versions of the whole kind are
    /// read in one statement and later lookups answered from them, instead of one round trip each. Returns `nil`
    /// when the kind is not cached (yet), else the document's cells (`nil` inside when it does not exist).
    private func cachedCurrent(_ kind: DocumentKind, key: String) async throws(StoreError)
        -> ArraySlice<PostgresCell>??
    {
        switch await snapshotCache.lookup(kind, key: key) {
        case .cached(let cells): return .some(cells)
        case .notCached: return nil
        case .load:
            let sql = """
                SELECT d.key, \(revisionColumns) FROM \(table.documents) d
                JOIN \(table.versions) v ON v.kind = d.kind AND v.key = d.key AND v.version = d.version
                WHERE d.kind = $1
                """
            let rows = try await withConnection { connection in
                try await connection.query(
                    Self.query(sql) { $0.append(kind.rawValue) }, logger: ConnectionPool.logger
                ).collect()
            }
            var byKey: [String: ArraySlice<PostgresCell>] = [:]
            byKey.reserveCapacity(rows.count)
            for row in rows {
                let cells = Array(row)
                guard let rowKey = try? cells.first?.decode(String.self) else { continue }
                byKey[rowKey] = cells.dropFirst()
            }
            await snapshotCache.store(kind, byKey)
            return .some(byKey[key])
        }
    }

    /// Every version of a document, oldest first.
    public func history<Document: StorableDocument>(of type: Document.Type, id: Document.ID) async throws(StoreError)
        -> RevisionHistory<Document>?
    {
        let key = id.storageKey
        let sql = """
            SELECT \(revisionColumns) FROM \(table.versions) v
            WHERE v.kind = $1 AND v.key = $2 ORDER BY v.version
            """
        let rows = try await withConnection { connection in
            try await connection.query(
                Self.query(sql) {
                    $0.append(Document.documentKind.rawValue)
                    $0.append(key)
                }, logger: ConnectionPool.logger
            ).collect()
        }
        guard !rows.isEmpty else { return nil }
        let decoder = JSONDecoder()
        var versions: [Revision<Document>] = []
        versions.reserveCapacity(rows.count)
        for row in rows {
            versions.append(try Self.revision(type, key: key, cells: Array(row)[...], decoder: decoder))
        }
        do {
            return try RevisionHistory(versions: versions)
        } catch {
            throw .corrupted(
                path: "\(configuration.schema).versions \(Document.documentKind)/\(key)", reason: error.description)
        }
    }

    /// The current versions matching a query, ordered by storage key (byte order).
    public func list<Document: StorableDocument>(_ type: Document.Type, matching query: DocumentQuery)
        async throws(StoreError) -> [Revision<Document>]
    {
        var (conditions, bindings) = try Self.conditions(Document.documentKind, query)
        var sql = """
            SELECT d.key, \(revisionColumns) FROM \(table.documents) d
            JOIN \(table.versions) v ON v.kind = d.kind AND v.key = d.key AND v.version = d.version
            WHERE \(conditions) ORDER BY d.key
            """
        if let limit = query.limit {
            bindings.append(Int64(max(0, limit)))
            sql += " LIMIT $\(bindings.count)"
        }
        let statement = PostgresQuery(unsafeSQL: sql, binds: bindings)
        let rows = try await withConnection { connection in
            try await connection.query(statement, logger: ConnectionPool.logger).collect()
        }
        return try await Self.decodeListed(type, rows: rows)
    }

    /// How many current documents match a query, counted by the server from the documents table alone: no
    /// version is read or decoded.
    public func count<Document: StorableDocument>(_ type: Document.Type, matching query: DocumentQuery)
        async throws(StoreError) -> Int
    {
        var (conditions, bindings) = try Self.conditions(Document.documentKind, query)
        var sql = "SELECT d.key FROM \(table.documents) d WHERE \(conditions)"
        if let limit = query.limit {
            bindings.append(Int64(max(0, limit)))
            sql += " ORDER BY d.key LIMIT $\(bindings.count)"
        }
        let statement = PostgresQuery(unsafeSQL: "SELECT count(*) FROM (\(sql)) AS matching", binds: bindings)
        return try await withConnection { connection in
            let rows = try await connection.query(statement, logger: ConnectionPool.logger).collect()
            return Int(try rows.first?.decode(Int64.self) ?? 0)
        }
    }

    /// The `WHERE` conditions (over the documents table as `d`) and their bindings that select the current
    /// documents of `kind` matching `query`'s keys and period; the limit is left to the caller.
    private static func conditions(_ kind: DocumentKind, _ query: DocumentQuery) throws(StoreError)
        -> (String, PostgresBindings)
    {
        var conditions = ["d.kind = $1"]
        var bindings = PostgresBindings()
        bindings.append(kind.rawValue)
        if !query.keys.isEmpty {
            var encoded: [String] = []
            for key in query.keys { encoded.append(try Self.encodeKey(key)) }
            bindings.append(encoded)
            conditions.append("d.index_keys @> $\(bindings.count)::text[]")
        }
        if let period = query.overlapping {
            bindings.append(period.start.iso8601)
            conditions.append(
                "d.period_start IS NOT NULL AND (d.period_end IS NULL OR d.period_end >= $\(bindings.count)::date)")
            if let end = period.end {
                bindings.append(end.iso8601)
                conditions.append("d.period_start <= $\(bindings.count)::date")
            }
        }
        return (conditions.joined(separator: " AND "), bindings)
    }

    /// Decodes listed rows (`key` and ``revisionColumns``), a large listing in parallel on every core: for
    /// a whole kind (20,000 resident records) decoding the JSON is most of a listing's time.
    private static func decodeListed<Document: StorableDocument>(_ type: Document.Type, rows: [PostgresRow])
        async throws(StoreError) -> [Revision<Document>]
    {
        @Sendable func decode(_ slice: ArraySlice<PostgresRow>) throws(StoreError) -> [Revision<Document>] {
            let decoder = JSONDecoder()
            var revisions: [Revision<Document>] = []
            revisions.reserveCapacity(slice.count)
            for row in slice {
                let cells = Array(row)
                let key = (try? cells.first?.decode(String.self)) ?? "?"
                revisions.append(try Self.revision(type, key: key, cells: cells.dropFirst(), decoder: decoder))
            }
            return revisions
        }
        let parts = min(max(1, ProcessInfo.processInfo.activeProcessorCount), 8)
        guard rows.count >= 256, parts > 1 else { return try decode(rows[...]) }
        let size = (rows.count + parts - 1) / parts
        let results = await withTaskGroup(of: (Int, Result<[Revision<Document>], StoreError>).self) { group in
            for part in 0..<parts {
                let slice = rows[min(rows.count, part * size)..<min(rows.count, (part + 1) * size)]
                group.addTask {
                    do throws(StoreError) {
                        return (part, .success(try decode(slice)))
                    } catch {
                        return (part, .failure(error))
                    }
                }
            }
            var results: [(Int, Result<[Revision<Document>], StoreError>)] = []
            for await result in group { results.append(result) }
            return results.sorted { $0.0 < $1.0 }
        }
        var revisions: [Revision<Document>] = []
        revisions.reserveCapacity(rows.count)
        for (_, result) in results { revisions += try result.get() }
        return revisions
    }

    // MARK: Saving

    /// Saves a new version if the current one is the expected one, in one statement: the document's row is
    /// inserted (first version) or updated `WHERE version = expected`, and the version row inserted from what that
    /// returned, so the check and the write cannot be separated by another writer.
    public func save<Document: StorableDocument>(
        _ document: Document, expecting expected: ExpectedVersion, provenance: Provenance
    ) async throws(StoreError) -> Revision<Document> {
        guard mode == .readWrite else { throw .readOnly }
        let prepared = try Self.prepare(document, expected: expected, encoder: Self.makeEncoder())
        let provenanceJSON = try encodeProvenance(provenance)
        let change: String
        switch expected {
        case .new:
            change = """
                INSERT INTO \(table.documents) AS d (kind, key, version, last_instant, index_keys, period_start, period_end)
                VALUES ($1, $2, 1, $3, string_to_array($4, E'\\x1F'), $5::date, $6::date)
                ON CONFLICT (kind, key) DO NOTHING RETURNING d.kind, d.key, d.version
                """
        case .version:
            change = """
                UPDATE \(table.documents) AS d SET version = d.version + 1, last_instant = $3,
                    index_keys = string_to_array($4, E'\\x1F'), period_start = $5::date, period_end = $6::date
                WHERE d.kind = $1 AND d.key = $2 AND d.version = $10 AND d.last_instant <= $3
                RETURNING d.kind, d.key, d.version
                """
        }
        let sql = """
            WITH changed AS (\(change))
            INSERT INTO \(table.versions) (kind, key, version, instant, provenance, document, encoded)
            SELECT kind, key, version, $3, $7::jsonb, $8::jsonb, NULLIF($9::bytea, ''::bytea) FROM changed
            RETURNING version
            """
        let instant = provenance.instant.millisecondsSince1970
        let statement = Self.query(sql) {
            $0.append(prepared.kind)
            $0.append(prepared.key)
            $0.append(instant)
            $0.append(prepared.keys)
            $0.append(prepared.periodStart)
            $0.append(prepared.periodEnd)
            $0.append(provenanceJSON)
            $0.append(prepared.document)
            $0.append(prepared.encoded)
            if case .version(let number) = expected { $0.append(Int32(clamping: number)) }
        }
        let saved: Int32? = try await withConnection { connection in
            let rows = try await connection.query(statement, logger: ConnectionPool.logger).collect()
            return try rows.first?.decode(Int32.self)
        }
        guard let saved else {
            let (actual, lastInstant) = try await currentState(prepared.kind, prepared.key)
            throw Self.refusal(
                kind: Document.documentKind, key: prepared.key, expected: expected, actual: actual,
                lastInstant: lastInstant, instant: instant)
        }
        do {
            return try Revision(number: Int(saved), document: document, provenance: provenance)
        } catch {
            throw .invalid(error)
        }
    }

    /// Why a save was refused, from the document's state read afterwards: a conflict when another version is
    /// current, else a version older than its predecessor.
    private static func refusal(
        kind: DocumentKind, key: String, expected: ExpectedVersion, actual: Int, lastInstant: Int64?,
        instant: Int64
    ) -> StoreError {
        if actual == expected.number, let lastInstant, instant < lastInstant {
            return .invalid(
                ValidationError(
                    field: "provenance.instant", code: "history.time-order",
                    rule: "a version cannot be older than the version before it",
                    offendingValue: Instant(millisecondsSince1970: instant).iso8601))
        }
        return .conflict(kind: kind, id: key, expected: expected, actual: actual)
    }

    private func currentState(_ kind: String, _ key: String) async throws(StoreError) -> (Int, Int64?) {
        let sql = "SELECT version, last_instant FROM \(table.documents) WHERE kind = $1 AND key = $2"
        return try await withConnection { connection in
            let rows = try await connection.query(
                Self.query(sql) {
                    $0.append(kind)
                    $0.append(key)
                }, logger: ConnectionPool.logger
            ).collect()
            guard let row = rows.first else { return (0, nil) }
            let (version, last) = try row.decode((Int32, Int64).self)
            return (Int(version), last)
        }
    }

    /// The most versions written by one statement of a batch.
    static let chunkSize = 1_000

    /// Saves a batch in one transaction, all or none.
    ///
    /// The rows of the batch's existing documents are read and locked first (`FOR UPDATE`, in key order, so two
    /// batches wait for each other instead of deadlocking) and every expected version checked; then the documents'
    /// rows and versions are written in statements of up to 1,000 documents, each reported to `progress`; then the
    /// transaction commits. A conflict, an error, a dropped connection or a killed process before the commit
    /// leaves the store as it was: the server rolls the transaction back.
    public func save(_ writes: [DocumentWrite], provenance: Provenance, progress: (@Sendable (Int) -> Void)?)
        async throws(StoreError) -> [Int]
    {
        guard mode == .readWrite else { throw .readOnly }
        try DocumentWrite.checkDistinct(writes)
        let prepared = try await Self.prepareAll(writes)
        let provenanceJSON = try encodeProvenance(provenance)
        let instant = provenance.instant.millisecondsSince1970
        let numbers = prepared.map { $0.expected.number + 1 }
        guard !prepared.isEmpty else { return [] }
        let lockSQL = """
            SELECT d.kind, d.key, d.version, d.last_instant FROM \(table.documents) d
            JOIN unnest($1::text[], $2::text[]) AS w(kind, key) ON d.kind = w.kind AND d.key = w.key
            ORDER BY d.kind, d.key FOR UPDATE OF d
            """
        let writeSQL = """
            WITH w AS (
                SELECT * FROM unnest(
                    $1::text[], $2::text[], $3::int4[], $4::text[], $5::text[], $6::text[], $7::text[], $10::bytea[])
                AS w(kind, key, version, keys, period_start, period_end, document, encoded)),
            changed AS (
                INSERT INTO \(table.documents) AS d (kind, key, version, last_instant, index_keys, period_start, period_end)
                SELECT kind, key, version, $8, string_to_array(keys, E'\\x1F'), NULLIF(period_start, '')::date, NULLIF(period_end, '')::date
                FROM w
                ON CONFLICT (kind, key) DO UPDATE SET version = excluded.version, last_instant = excluded.last_instant,
                    index_keys = excluded.index_keys, period_start = excluded.period_start,
                    period_end = excluded.period_end
                WHERE d.version = excluded.version - 1 AND d.last_instant <= excluded.last_instant
                RETURNING 1),
            inserted AS (
                INSERT INTO \(table.versions) (kind, key, version, instant, provenance, document, encoded)
                SELECT kind, key, version, $8, $9::jsonb, document::jsonb, NULLIF(encoded, ''::bytea) FROM w
                RETURNING 1)
            SELECT (SELECT count(*) FROM changed), (SELECT count(*) FROM inserted)
            """
        let kinds = prepared.map(\.kind)
        let keys = prepared.map(\.key)
        do {
            try await inTransaction { connection in
                let lockQuery = Self.query(lockSQL) {
                    $0.append(kinds)
                    $0.append(keys)
                }
                var existing: [String: (version: Int, last: Int64)] = [:]
                for try await (kind, key, version, last) in try await connection.query(
                    lockQuery, logger: ConnectionPool.logger
                ).decode((String, String, Int32, Int64).self) {
                    existing[kind + "/" + key] = (Int(version), last)
                }
                for item in prepared {
                    let found = existing[item.kind + "/" + item.key]
                    let actual = found?.version ?? 0
                    if actual != item.expected.number || (found.map { instant < $0.last } ?? false) {
                        throw Self.refusal(
                            kind: DocumentKind(rawValue: item.kind), key: item.key, expected: item.expected,
                            actual: actual, lastInstant: found?.last, instant: instant)
                    }
                }
                var done = 0
                while done < prepared.count {
                    let chunk = prepared[done..<min(done + Self.chunkSize, prepared.count)]
                    let statement = Self.query(writeSQL) {
                        $0.append(chunk.map(\.kind))
                        $0.append(chunk.map(\.key))
                        $0.append(chunk.map { Int32(clamping: $0.expected.number + 1) })
                        $0.append(chunk.map(\.keys))
                        $0.append(chunk.map { $0.periodStart ?? "" })
                        $0.append(chunk.map { $0.periodEnd ?? "" })
                        $0.append(chunk.map(\.document))
                        $0.append(instant)
                        $0.append(provenanceJSON)
                        $0.append(chunk.map(\.encoded))
                    }
                    let rows = try await connection.query(statement, logger: ConnectionPool.logger).collect()
                    guard let row = rows.first else { throw BatchRace() }
                    let (changed, inserted) = try row.decode((Int64, Int64).self)
                    guard changed == chunk.count, inserted == chunk.count else {
                        // Only a writer that created one of the batch's new documents since the check gets here.
                        throw BatchRace()
                    }
                    done += chunk.count
                    progress?(done)
                }
            }
        } catch {
            if error is BatchRace || ServerErrors.sqlState(error) == "23505" {
                let raced = StoreError.io(
                    path: configuration.server,
                    reason: "a concurrent writer changed the batch's documents; nothing was saved")
                throw try await refusalAfterRace(raced, prepared: prepared, instant: instant)
            }
            throw storeError(error)
        }
        return numbers
    }

    /// Encodes a batch's documents, a large batch in parallel on every core (an import of 20,000 resident records
    /// spends most of its own time here).
    private static func prepareAll(_ writes: [DocumentWrite]) async throws(StoreError) -> [Prepared] {
        @Sendable func prepare(_ slice: ArraySlice<DocumentWrite>) throws(StoreError) -> [Prepared] {
            let encoder = makeEncoder()
            var prepared: [Prepared] = []
            prepared.reserveCapacity(slice.count)
            for write in slice {
                prepared.append(try Self.prepare(write.document, expected: write.expected, encoder: encoder))
            }
            return prepared
        }
        let parts = min(max(1, ProcessInfo.processInfo.activeProcessorCount), 8)
        guard writes.count >= 256, parts > 1 else { return try prepare(writes[...]) }
        let size = (writes.count + parts - 1) / parts
        let results = await withTaskGroup(of: (Int, Result<[Prepared], StoreError>).self) { group in
            for part in 0..<parts {
                let slice = writes[min(writes.count, part * size)..<min(writes.count, (part + 1) * size)]
                group.addTask {
                    do throws(StoreError) {
                        return (part, .success(try prepare(slice)))
                    } catch {
                        return (part, .failure(error))
                    }
                }
            }
            var results: [(Int, Result<[Prepared], StoreError>)] = []
            for await result in group { results.append(result) }
            return results.sorted { $0.0 < $1.0 }
        }
        var prepared: [Prepared] = []
        prepared.reserveCapacity(writes.count)
        for (_, result) in results { prepared += try result.get() }
        return prepared
    }

    /// A concurrent writer created one of a batch's new documents between the batch's check and its write.
    private struct BatchRace: Error {}

    /// Turns a lost race (or a unique violation on a version) into the conflict it is, naming the first write
    /// whose expected version is no longer current.
    private func refusalAfterRace(_ error: StoreError, prepared: [Prepared], instant: Int64) async throws(StoreError)
        -> StoreError
    {
        for item in prepared {
            let (actual, last) = try await currentState(item.kind, item.key)
            if actual != item.expected.number {
                return Self.refusal(
                    kind: DocumentKind(rawValue: item.kind), key: item.key, expected: item.expected, actual: actual,
                    lastInstant: last, instant: instant)
            }
        }
        return error
    }

    // MARK: Audit log

    /// Appends an audit entry; it is durable when this returns (the server's commit).
    public func appendAudit(_ entry: AuditEntry) async throws(StoreError) {
        guard mode == .readWrite else { throw .readOnly }
        let json: String
        do {
            json = String(decoding: try Self.makeEncoder().encode(entry), as: UTF8.self)
        } catch {
            throw .coding(kind: "audit", id: entry.id.storageKey, reason: "\(error)")
        }
        let sql = """
            INSERT INTO \(table.audit) (id, instant, document_kind, document_id, resident, organisation, entry)
            VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)
            """
        let statement = Self.query(sql) {
            $0.append(entry.id.storageKey)
            $0.append(entry.instant.millisecondsSince1970)
            $0.append(entry.documentKind.rawValue)
            $0.append(entry.documentID)
            $0.append(entry.subject.resident)
            $0.append(entry.accessor.organisation?.storageKey)
            $0.append(json)
        }
        _ = try await withConnection { connection in
            try await connection.query(statement, logger: ConnectionPool.logger).collect().count
        }
    }

    /// The audit entries matching a query, in the order they were appended.
    public func auditEntries(matching query: AuditQuery) async throws(StoreError) -> [AuditEntry] {
        var conditions: [String] = []
        var bindings = PostgresBindings()
        if let kind = query.documentKind {
            bindings.append(kind.rawValue)
            conditions.append("document_kind = $\(bindings.count)")
        }
        if let id = query.documentID {
            bindings.append(id)
            conditions.append("document_id = $\(bindings.count)")
        }
        if let subject = query.subject {
            if let resident = subject.resident {
                bindings.append(resident)
                conditions.append("resident = $\(bindings.count)")
            } else {
                conditions.append("resident IS NULL")
            }
        }
        if let organisation = query.organisation {
            bindings.append(organisation.storageKey)
            conditions.append("organisation = $\(bindings.count)")
        }
        if let from = query.from {
            bindings.append(from.millisecondsSince1970)
            conditions.append("instant >= $\(bindings.count)")
        }
        if let until = query.until {
            bindings.append(until.millisecondsSince1970)
            conditions.append("instant < $\(bindings.count)")
        }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let statement = PostgresQuery(
            unsafeSQL: "SELECT entry FROM \(table.audit)\(filter) ORDER BY position", binds: bindings)
        let rows = try await withConnection { connection in
            try await connection.query(statement, logger: ConnectionPool.logger).collect()
        }
        let decoder = JSONDecoder()
        var entries: [AuditEntry] = []
        entries.reserveCapacity(rows.count)
        for row in rows {
            guard let cell = row.first else { continue }
            do {
                let entry = try decoder.decode(
                    AuditEntry.self, from: Self.jsonData(cell.bytes ?? ByteBuffer(), type: cell.dataType))
                // The columns narrow the search; the query's own rule has the last word.
                if query.matches(entry) { entries.append(entry) }
            } catch {
                throw .corrupted(
                    path: "\(configuration.schema).audit",
                    reason: "unreadable audit entry: \(PersonalData.masked("\(error)"))")
            }
        }
        return entries
    }
}

/// The current versions of whole kinds, read once from a read-only store's snapshot (see `current`).
actor SnapshotCache {
    /// Lookups of one kind before the whole kind is read.
    static let threshold = 16

    enum Lookup {
        case cached(ArraySlice<PostgresCell>?)
        case notCached
        case load
    }

    private var lookups: [DocumentKind: Int] = [:]
    private var kinds: [DocumentKind: [String: ArraySlice<PostgresCell>]] = [:]

    func lookup(_ kind: DocumentKind, key: String) -> Lookup {
        if let rows = kinds[kind] { return .cached(rows[key]) }
        lookups[kind, default: 0] += 1
        return lookups[kind] == Self.threshold ? .load : .notCached
    }

    func store(_ kind: DocumentKind, _ rows: [String: ArraySlice<PostgresCell>]) {
        kinds[kind] = rows
    }
}
