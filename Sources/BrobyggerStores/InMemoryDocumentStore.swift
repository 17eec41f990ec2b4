import BrobyggerCore

/// A document store in memory, for apps that keep state elsewhere and for tests.
///
/// An actor: any number of tasks may read and write at once; each save is atomic and checked against the expected
/// version. Queries use an index of each kind's keys. Nothing survives the process.
public actor InMemoryDocumentStore: DocumentStore {
    private var versions: [DocumentKind: [String: [any Sendable]]] = [:]
    private var index = DocumentIndex()
    private var audit: [AuditEntry] = []

    /// Creates an empty store.
    public init() {}

    /// The number of documents of a kind.
    public func count(of kind: DocumentKind) -> Int { index.count(of: kind) }

    /// The current version of a document.
    public func current<Document: StorableDocument>(_ type: Document.Type, id: Document.ID) async throws(StoreError)
        -> Revision<Document>?
    {
        guard let stored = versions[Document.documentKind]?[id.storageKey], let last = stored.last else { return nil }
        return try Self.cast(last, id: id.storageKey)
    }

    /// Every version of a document.
    public func history<Document: StorableDocument>(of type: Document.Type, id: Document.ID) async throws(StoreError)
        -> RevisionHistory<Document>?
    {
        guard let stored = versions[Document.documentKind]?[id.storageKey] else { return nil }
        var revisions: [Revision<Document>] = []
        revisions.reserveCapacity(stored.count)
        for version in stored {
            revisions.append(try Self.cast(version, id: id.storageKey))
        }
        do {
            return try RevisionHistory(versions: revisions)
        } catch {
            throw .corrupted(path: "memory:\(Document.documentKind)/\(id.storageKey)", reason: error.description)
        }
    }

    /// The current versions matching a query, ordered by storage key.
    public func list<Document: StorableDocument>(_ type: Document.Type, matching query: DocumentQuery)
        async throws(StoreError) -> [Revision<Document>]
    {
        let kind = Document.documentKind
        var revisions: [Revision<Document>] = []
        for (key, _) in index.matches(kind, query) {
            guard let last = versions[kind]?[key]?.last else { continue }
            revisions.append(try Self.cast(last, id: key))
        }
        return revisions
    }

    /// How many current documents match a query, from the index alone.
    public func count<Document: StorableDocument>(_ type: Document.Type, matching query: DocumentQuery)
        async throws(StoreError) -> Int
    {
        index.matches(Document.documentKind, query).count
    }

    /// Saves a new version if the current one is the expected one.
    public func save<Document: StorableDocument>(
        _ document: Document, expecting expected: ExpectedVersion, provenance: Provenance
    ) async throws(StoreError) -> Revision<Document> {
        let kind = Document.documentKind
        let key = document.id.storageKey
        let number = try index.checkSave(kind, key, expecting: expected, at: provenance.instant)
        let revision: Revision<Document>
        do {
            revision = try Revision(number: number, document: document, provenance: provenance)
        } catch {
            throw .invalid(error)
        }
        versions[kind, default: [:]][key, default: []].append(revision)
        index.record(
            kind, key,
            .init(
                versions: number, keys: document.indexKeys, period: document.indexPeriod,
                lastInstant: provenance.instant))
        return revision
    }

    /// Saves a batch of documents atomically: every expected version is checked and every revision built before the
    /// first is stored, so a failure leaves the store as it was.
    public func save(_ writes: [DocumentWrite], provenance: Provenance, progress: (@Sendable (Int) -> Void)?)
        async throws(StoreError) -> [Int]
    {
        try DocumentWrite.checkDistinct(writes)
        var prepared: [(kind: DocumentKind, key: String, revision: any Sendable, entry: DocumentIndex.Entry)] = []
        prepared.reserveCapacity(writes.count)
        for write in writes {
            let number = try index.checkSave(write.kind, write.key, expecting: write.expected, at: provenance.instant)
            prepared.append(try Self.prepare(write.document, number: number, provenance: provenance))
        }
        for (done, item) in prepared.enumerated() {
            versions[item.kind, default: [:]][item.key, default: []].append(item.revision)
            index.record(item.kind, item.key, item.entry)
            progress?(done + 1)
        }
        return prepared.map(\.entry.versions)
    }

    private static func prepare<Document: StorableDocument>(
        _ document: Document, number: Int, provenance: Provenance
    ) throws(StoreError) -> (kind: DocumentKind, key: String, revision: any Sendable, entry: DocumentIndex.Entry) {
        do {
            let revision = try Revision(number: number, document: document, provenance: provenance)
            let entry = DocumentIndex.Entry(
                versions: number, keys: document.indexKeys, period: document.indexPeriod,
                lastInstant: provenance.instant)
            return (Document.documentKind, document.id.storageKey, revision, entry)
        } catch {
            throw .invalid(error)
        }
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
