import Brobygger
import Foundation

// The adapter skeleton of PluggingInYourStorage.md, compiled against a stand-in for a database driver's connection.

/// What the skeleton needs from a database driver: parameterised queries returning one text column, and statements,
/// in a transaction. A real adapter uses its driver's own API instead.
protocol SQLConnection: Sendable {
    /// Runs a query; each row's first column as text.
    func query(_ sql: String, _ parameters: [String]) async throws -> [String]
    /// Runs a statement.
    func execute(_ sql: String, _ parameters: [String]) async throws
    /// Runs `body` in one transaction.
    func transaction(_ body: @Sendable (any SQLConnection) async throws -> Void) async throws
}

/// The driver's error for a violated unique constraint.
struct UniqueViolation: Error {}

// snippet: storage-adapter
/// Documents in two tables: `versions(kind, key, number, body)` with a unique (kind, key, number), and
/// `index_keys(kind, key, name, value)`; the audit log in `audit(instant, body)`.
actor PostgresDocumentStore: DocumentStore {
    let database: any SQLConnection

    init(database: any SQLConnection) {
        self.database = database
    }

    func current<D: StorableDocument>(_ type: D.Type, id: D.ID) async throws(StoreError) -> Revision<D>? {
        let rows = try await rows(
            "SELECT body FROM versions WHERE kind = $1 AND key = $2 ORDER BY number DESC LIMIT 1",
            D.documentKind.rawValue, id.storageKey)
        guard let body = rows.first else { return nil }
        return try decode(Revision<D>.self, from: body, id: id.storageKey)
    }

    func history<D: StorableDocument>(of type: D.Type, id: D.ID) async throws(StoreError) -> RevisionHistory<D>? {
        let rows = try await rows(
            "SELECT body FROM versions WHERE kind = $1 AND key = $2 ORDER BY number", D.documentKind.rawValue,
            id.storageKey)
        guard !rows.isEmpty else { return nil }
        let versions = try decodeAll(Revision<D>.self, from: rows, id: id.storageKey)
        do {
            return try RevisionHistory(versions: versions)
        } catch {
            throw .corrupted(path: "versions/\(D.documentKind)/\(id.storageKey)", reason: error.description)
        }
    }

    func list<D: StorableDocument>(_ type: D.Type, matching query: DocumentQuery) async throws(StoreError)
        -> [Revision<D>]
    {
        // One EXISTS per index key; the period and the limit are applied here, for brevity.
        var sql = "SELECT v.body FROM versions v WHERE v.kind = $1 AND v.number = "
        sql += "(SELECT max(number) FROM versions WHERE kind = v.kind AND key = v.key)"
        var parameters = [D.documentKind.rawValue]
        for key in query.keys {
            sql += " AND EXISTS (SELECT 1 FROM index_keys i WHERE i.kind = v.kind AND i.key = v.key"
            sql += " AND i.name = $\(parameters.count + 1) AND i.value = $\(parameters.count + 2))"
            parameters += [key.name, key.value]
        }
        let revisions = try decodeAll(
            Revision<D>.self, from: try await rows(sql + " ORDER BY v.key", parameters), id: D.documentKind.rawValue)
        let matching = revisions.filter {
            query.matches(keys: $0.document.indexKeys, period: $0.document.indexPeriod)
        }
        return Array(matching.prefix(query.limit ?? .max))
    }

    func save<D: StorableDocument>(_ document: D, expecting expected: ExpectedVersion, provenance: Provenance)
        async throws(StoreError) -> Revision<D>
    {
        let kind = D.documentKind.rawValue
        let key = document.id.storageKey
        let latest = try await current(D.self, id: document.id)?.number ?? 0
        guard expected.number == latest else {
            throw .conflict(kind: D.documentKind, id: key, expected: expected, actual: latest)
        }
        let revision: Revision<D>
        do {
            revision = try Revision(number: latest + 1, document: document, provenance: provenance)
        } catch {
            throw .invalid(error)
        }
        let body = try encode(revision, id: key)
        do {
            try await database.transaction { database in
                try await database.execute(
                    "INSERT INTO versions (kind, key, number, body) VALUES ($1, $2, $3, $4)",
                    [kind, key, String(revision.number), body])
                try await database.execute("DELETE FROM index_keys WHERE kind = $1 AND key = $2", [kind, key])
                for indexKey in document.indexKeys {
                    try await database.execute(
                        "INSERT INTO index_keys (kind, key, name, value) VALUES ($1, $2, $3, $4)",
                        [kind, key, indexKey.name, indexKey.value])
                }
            }
        } catch is UniqueViolation {
            // Another writer saved the same version number first.
            throw .conflict(kind: D.documentKind, id: key, expected: expected, actual: latest + 1)
        } catch {
            throw .io(path: "versions/\(kind)/\(key)", reason: "\(error)")
        }
        return revision
    }

    func appendAudit(_ entry: AuditEntry) async throws(StoreError) {
        let body = try encode(entry, id: entry.id.storageKey)
        do {
            try await database.execute("INSERT INTO audit (body) VALUES ($1)", [body])
        } catch {
            throw .io(path: "audit", reason: "\(error)")
        }
    }

    func auditEntries(matching query: AuditQuery) async throws(StoreError) -> [AuditEntry] {
        try decodeAll(AuditEntry.self, from: try await rows("SELECT body FROM audit ORDER BY position"), id: "audit")
            .filter(query.matches)
    }

    private func rows(_ sql: String, _ parameters: String...) async throws(StoreError) -> [String] {
        try await rows(sql, parameters)
    }

    private func rows(_ sql: String, _ parameters: [String]) async throws(StoreError) -> [String] {
        do {
            return try await database.query(sql, parameters)
        } catch {
            throw .io(path: sql, reason: "\(error)")
        }
    }

    private func encode(_ value: some Encodable, id: String) throws(StoreError) -> String {
        do {
            return String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
        } catch {
            throw .coding(kind: "audit", id: id, reason: "\(error)")
        }
    }

    private func decodeAll<T: Decodable>(_ type: T.Type, from bodies: [String], id: String) throws(StoreError) -> [T] {
        var values: [T] = []
        for body in bodies { values.append(try decode(T.self, from: body, id: id)) }
        return values
    }

    private func decode<T: Decodable>(_ type: T.Type, from body: String, id: String) throws(StoreError) -> T {
        do {
            return try JSONDecoder().decode(T.self, from: Data(body.utf8))
        } catch {
            throw .corrupted(path: id, reason: "\(error)")
        }
    }
}
// end-snippet
