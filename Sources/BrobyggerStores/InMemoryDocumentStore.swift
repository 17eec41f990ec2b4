import BrobyggerCore

/// A document store in memory, for apps that keep state elsewhere and for tests.
///
/// An actor: any number of tasks may read and write at once; each save is atomic and checked against the expected
/// version. Queries use an index of each kind's keys. Nothing survives the process.
public actor InMemoryDocumentStore: DocumentStore {
    private struct Entry {
        var versions: [any Sendable]
        var keys: [IndexKey]
        var period: DayRange?
        var lastInstant: Instant
    }

    private var documents: [DocumentKind: [String: Entry]] = [:]
    private var index: [DocumentKind: [IndexKey: Set<String>]] = [:]
    private var audit: [AuditEntry] = []

    /// Creates an empty store.
    public init() {}

    /// The number of documents of a kind.
    public func count(of kind: DocumentKind) -> Int { documents[kind]?.count ?? 0 }

    /// The current version of a document.
    public func current<Document: StorableDocument>(_ type: Document.Type, id: Document.ID) async throws(StoreError)
        -> Revision<Document>?
    {
        guard let entry = documents[Document.documentKind]?[id.storageKey] else { return nil }
        return try Self.cast(entry.versions[entry.versions.count - 1], id: id.storageKey)
    }

    /// Every version of a document.
    public func history<Document: StorableDocument>(of type: Document.Type, id: Document.ID) async throws(StoreError)
        -> RevisionHistory<Document>?
    {
        guard let entry = documents[Document.documentKind]?[id.storageKey] else { return nil }
        var versions: [Revision<Document>] = []
        versions.reserveCapacity(entry.versions.count)
        for version in entry.versions {
            versions.append(try Self.cast(version, id: id.storageKey))
        }
        do {
            return try RevisionHistory(versions: versions)
        } catch {
            throw .corrupted(path: "memory:\(Document.documentKind)/\(id.storageKey)", reason: error.description)
        }
    }

    /// The current versions matching a query, ordered by storage key.
    public func list<Document: StorableDocument>(_ type: Document.Type, matching query: DocumentQuery)
        async throws(StoreError) -> [Revision<Document>]
    {
        let kind = Document.documentKind
        guard let entries = documents[kind] else { return [] }
        var candidates: [String]
        if query.keys.isEmpty {
            candidates = Array(entries.keys)
        } else {
            let sets = query.keys.map { index[kind]?[$0] ?? [] }.sorted { $0.count < $1.count }
            var result = sets[0]
            for set in sets.dropFirst() { result.formIntersection(set) }
            candidates = Array(result)
        }
        candidates.sort()
        var revisions: [Revision<Document>] = []
        for key in candidates {
            guard let entry = entries[key], query.matches(keys: entry.keys, period: entry.period) else { continue }
            revisions.append(try Self.cast(entry.versions[entry.versions.count - 1], id: key))
            if let limit = query.limit, revisions.count >= limit { break }
        }
        return revisions
    }

    /// Saves a new version if the current one is the expected one.
    public func save<Document: StorableDocument>(
        _ document: Document, expecting expected: ExpectedVersion, provenance: Provenance
    ) async throws(StoreError) -> Revision<Document> {
        let kind = Document.documentKind
        let key = document.id.storageKey
        do {
            try StorageKeyRule.validate(kind.rawValue, field: "documentKind")
            try StorageKeyRule.validate(key)
        } catch {
            throw .invalid(error)
        }
        let existing = documents[kind]?[key]
        let actual = existing?.versions.count ?? 0
        guard actual == expected.number else {
            throw .conflict(kind: kind, id: key, expected: expected, actual: actual)
        }
        if let existing, provenance.instant < existing.lastInstant {
            throw .invalid(
                ValidationError(
                    field: "provenance.instant", code: "history.time-order",
                    rule: "a version cannot be older than the version before it",
                    offendingValue: provenance.instant.iso8601))
        }
        let revision: Revision<Document>
        do {
            revision = try Revision(number: actual + 1, document: document, provenance: provenance)
        } catch {
            throw .invalid(error)
        }
        let keys = document.indexKeys
        if let existing {
            for old in existing.keys { index[kind]?[old]?.remove(key) }
        }
        for new in keys { index[kind, default: [:]][new, default: []].insert(key) }
        var entry = existing ?? Entry(versions: [], keys: keys, period: nil, lastInstant: provenance.instant)
        entry.versions.append(revision)
        entry.keys = keys
        entry.period = document.indexPeriod
        entry.lastInstant = provenance.instant
        documents[kind, default: [:]][key] = entry
        return revision
    }

    /// Appends an audit entry.
    public func appendAudit(_ entry: AuditEntry) async throws(StoreError) {
        audit.append(entry)
    }

    /// The audit entries matching a query, oldest first.
    public func auditEntries(matching query: AuditQuery) async throws(StoreError) -> [AuditEntry] {
        audit.filter(query.matches)
    }

    private static func cast<Document: StorableDocument>(_ value: any Sendable, id: String) throws(StoreError)
        -> Revision<Document>
    {
        guard let revision = value as? Revision<Document> else {
            throw .coding(
                kind: Document.documentKind, id: id,
                reason: "stored as \(type(of: value)), read as \(Revision<Document>.self)")
        }
        return revision
    }
}
