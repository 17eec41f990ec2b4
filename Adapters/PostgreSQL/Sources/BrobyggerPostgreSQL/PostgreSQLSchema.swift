import PostgresNIO

/// The adapter's tables, created and migrated by the adapter itself, and versioned.
///
/// Schema `<schema>` (default `brobygger`) holds:
/// - `schema_version`: one row per applied migration; the store's schema version is the highest;
/// - `documents`: one row per document, its current version number, the instant of that version, its index keys
///   (`name=value`, with `\` and `=` in the name escaped by `\`) and its period; what queries and optimistic
///   concurrency read;
/// - `versions`: every version ever saved, with its provenance (`jsonb`) and the document twice: as JSON
///   (`document jsonb`, for other systems reading the tables) and, from schema version 2, in the file store's compact
///   binary encoding (`encoded bytea`, `CompactDocumentCoding`), which is what the adapter reads; `encoded` is `NULL`
///   in rows written at schema version 1 (and for a document the binary encoding cannot hold), and then the adapter
///   reads the JSON. Rows are never updated or deleted (a trigger refuses it);
/// - `audit`: the audit log in append order, with the queried fields as columns and the whole entry as JSON;
///   also append-only.
///
/// Opening a store for writing migrates the schema under an advisory lock, so instances starting together migrate
/// once; a schema newer than ``PostgreSQLSchema/version`` is refused with
/// ``PostgreSQLStoreError/schemaTooNew(schema:found:supported:)`` rather than written in a format this adapter does
/// not know.
public enum PostgreSQLSchema {
    /// The schema version this adapter reads and writes.
    ///
    /// 1: the tables above, documents as JSON only. 2: `versions.encoded` (`bytea`, nullable, stored uncompressed and
    /// out of line: `SET STORAGE EXTERNAL`, since the binary encoding has little for `pglz` to find and writing it
    /// should cost no compression); version-1 rows stay as they are and are read from their JSON.
    public static let version = 2

    /// The statements of each migration, by the version it brings the schema to.
    static func migrations(_ schema: String) -> [Int: [String]] {
        let s = "\"\(schema)\""
        return [
            1: [
                """
                CREATE TABLE \(s).documents (
                    kind text COLLATE "C" NOT NULL,
                    key text COLLATE "C" NOT NULL,
                    version integer NOT NULL CHECK (version >= 1),
                    last_instant bigint NOT NULL,
                    index_keys text[] NOT NULL DEFAULT '{}',
                    period_start date,
                    period_end date,
                    PRIMARY KEY (kind, key))
                """,
                "CREATE INDEX documents_index_keys ON \(s).documents USING gin (index_keys)",
                """
                CREATE TABLE \(s).versions (
                    kind text COLLATE "C" NOT NULL,
                    key text COLLATE "C" NOT NULL,
                    version integer NOT NULL CHECK (version >= 1),
                    instant bigint NOT NULL,
                    provenance jsonb NOT NULL,
                    document jsonb NOT NULL,
                    PRIMARY KEY (kind, key, version))
                """,
                """
                CREATE TABLE \(s).audit (
                    position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    id text NOT NULL UNIQUE,
                    instant bigint NOT NULL,
                    document_kind text NOT NULL,
                    document_id text,
                    resident text,
                    organisation text,
                    entry jsonb NOT NULL)
                """,
                "CREATE INDEX audit_resident ON \(s).audit (resident)",
                "CREATE INDEX audit_document ON \(s).audit (document_kind, document_id)",
                "CREATE INDEX audit_organisation ON \(s).audit (organisation)",
                """
                CREATE FUNCTION \(s).refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'Brobygger keeps every version and audit entry: % on % refused', TG_OP, TG_TABLE_NAME;
                END
                $$
                """,
                """
                CREATE TRIGGER versions_append_only BEFORE UPDATE OR DELETE ON \(s).versions
                FOR EACH ROW EXECUTE FUNCTION \(s).refuse_change()
                """,
                """
                CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON \(s).audit
                FOR EACH ROW EXECUTE FUNCTION \(s).refuse_change()
                """,
            ],
            2: [
                // Nullable without a default: no row is rewritten (and the append-only trigger is not fired).
                "ALTER TABLE \(s).versions ADD COLUMN encoded bytea",
                "ALTER TABLE \(s).versions ALTER COLUMN encoded SET STORAGE EXTERNAL",
            ],
        ]
    }

    /// The schema's version, 0 when it has no Brobygger tables.
    static func foundVersion(_ connection: PostgresConnection, schema: String) async throws -> Int {
        let exists = try await connection.query(
            "SELECT to_regclass(\(#""\#(schema)".schema_version"#))::text", logger: ConnectionPool.logger
        ).collect()
        guard let row = exists.first, try row.decode(String?.self) != nil else { return 0 }
        let rows = try await connection.query(
            PostgresQuery(unsafeSQL: "SELECT coalesce(max(version), 0)::int8 FROM \"\(schema)\".schema_version"),
            logger: ConnectionPool.logger
        ).collect()
        return Int(try rows.first?.decode(Int64.self) ?? 0)
    }

    /// Creates or migrates the schema to `target` (``version``; tests build older schemas with a lower one), under a
    /// transaction-scoped advisory lock. A schema found newer than `target` is left as it is.
    ///
    /// - Returns: The version found before migrating.
    static func migrate(_ connection: PostgresConnection, schema: String, to target: Int = version) async throws
        -> Int
    {
        let logger = ConnectionPool.logger
        try await connection.query("BEGIN", logger: logger)
        do {
            try await connection.query(
                "SELECT pg_advisory_xact_lock(\(Int64(lockKey(schema))))", logger: logger)
            let found = try await foundVersion(connection, schema: schema)
            if found >= target {
                try await connection.query("ROLLBACK", logger: logger)
                return found
            }
            if found == 0 {
                try await connection.query(
                    PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \"\(schema)\""), logger: logger)
                try await connection.query(
                    PostgresQuery(
                        unsafeSQL: """
                            CREATE TABLE IF NOT EXISTS "\(schema)".schema_version (
                                version integer PRIMARY KEY,
                                migrated_at timestamptz NOT NULL DEFAULT now())
                            """), logger: logger)
            }
            let steps = migrations(schema)
            for next in (found + 1)..<(target + 1) {
                for statement in steps[next] ?? [] {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query(
                    PostgresQuery(
                        unsafeSQL: "INSERT INTO \"\(schema)\".schema_version (version) VALUES (\(next))"),
                    logger: logger)
            }
            try await connection.query("COMMIT", logger: logger)
            return found
        } catch {
            _ = try? await connection.query("ROLLBACK", logger: logger)
            throw error
        }
    }

    /// A stable 64-bit key for the schema's advisory lock (FNV-1a of `brobygger:<schema>`).
    static func lockKey(_ schema: String) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in ("brobygger:" + schema).utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return Int64(bitPattern: hash)
    }
}
