/// Persistence for every kind of Brobygger document: current versions, full histories, queries and the audit log.
///
/// A store never overwrites: saving appends a version, and ``history(of:id:)`` returns every version ever saved. A
/// save names the version it expects to replace; a stale save fails with ``StoreError/conflict(kind:id:expected:actual:)``
/// and changes nothing. Implementations must be safe to call from many tasks at once.
///
/// Brobygger ships an in-memory store and a file store (module `BrobyggerStores`). A host's own database adapter
/// conforms to this protocol and proves itself with the conformance suite in `BrobyggerTesting`.
public protocol DocumentStore: AuditLog {
    /// The current version of a document, or `nil` if it does not exist.
    func current<Document: StorableDocument>(_ type: Document.Type, id: Document.ID) async throws(StoreError)
        -> Revision<Document>?

    /// The current version of each of several documents of a kind, in the order of `ids`: what
    /// ``current(_:id:)`` gives for each (`nil` for a document that does not exist; an identifier named twice gives
    /// its document twice), read together.
    ///
    /// An import planning a file of thousands of documents asks once. A store that reads many documents faster
    /// together than one by one implements it (the file store reads neighbouring documents with one read and decodes
    /// them on every core); any other may rely on the default implementation, which asks for each in turn.
    func current<Document: StorableDocument>(_ type: Document.Type, ids: [Document.ID]) async throws(StoreError)
        -> [Revision<Document>?]

    /// Every version of a document, oldest first, or `nil` if it does not exist.
    func history<Document: StorableDocument>(of type: Document.Type, id: Document.ID) async throws(StoreError)
        -> RevisionHistory<Document>?

    /// The current versions of the documents of a kind that match a query, ordered by storage key.
    func list<Document: StorableDocument>(_ type: Document.Type, matching query: DocumentQuery) async throws(StoreError)
        -> [Revision<Document>]

    /// How many current documents of a kind match a query (at most its `limit`): the number ``list(_:matching:)``
    /// would return, answered from the index where the store has one, without reading a document.
    ///
    /// A store without an index may rely on the default implementation, which lists and counts.
    func count<Document: StorableDocument>(_ type: Document.Type, matching query: DocumentQuery)
        async throws(StoreError) -> Int

    /// Saves a new version of a document.
    ///
    /// - Parameters:
    ///   - document: The document's new content.
    ///   - expected: The version the writer read (``ExpectedVersion/new`` for a new document).
    ///   - provenance: Who saves it, when and why.
    /// - Returns: The saved version.
    /// - Throws: ``StoreError/conflict(kind:id:expected:actual:)`` when the current version is not the expected one;
    ///   nothing is saved then.
    func save<Document: StorableDocument>(
        _ document: Document, expecting expected: ExpectedVersion, provenance: Provenance
    )
        async throws(StoreError) -> Revision<Document>

    /// Saves a batch of documents, one new version each, all or none.
    ///
    /// Every expected version is checked before anything is written; a conflict, a document named twice or a failed
    /// write leaves the store as it was. A store that cannot do better may rely on the default implementation
    /// (see `DocumentWrite`), which checks first and then saves one at a time.
    ///
    /// - Parameters:
    ///   - writes: The saves; at most one per document.
    ///   - provenance: Who saves them, when and why (one provenance for the whole batch).
    ///   - progress: Called with the number of writes prepared so far, or `nil`.
    /// - Returns: The new version number of each write, in order.
    func save(_ writes: [DocumentWrite], provenance: Provenance, progress: (@Sendable (Int) -> Void)?)
        async throws(StoreError) -> [Int]
}

extension DocumentStore {
    /// Reads each document with ``current(_:id:)``, one after another: correct for any store. Stores that read many
    /// documents faster together answer with one read of their own instead.
    public func current<Document: StorableDocument>(_ type: Document.Type, ids: [Document.ID])
        async throws(StoreError) -> [Revision<Document>?]
    {
        var revisions: [Revision<Document>?] = []
        revisions.reserveCapacity(ids.count)
        for id in ids { revisions.append(try await current(type, id: id)) }
        return revisions
    }

    /// Counts by listing: correct for any store, as slow as ``list(_:matching:)``. Stores with an index of their
    /// own answer from it instead.
    public func count<Document: StorableDocument>(_ type: Document.Type, matching query: DocumentQuery)
        async throws(StoreError) -> Int
    {
        try await list(type, matching: query).count
    }
}

/// An append-only record of who read or changed what, when, and on which basis.
public protocol AuditLog: Sendable {
    /// Appends an entry. Entries are never changed or removed.
    func appendAudit(_ entry: AuditEntry) async throws(StoreError)

    /// The entries that match a query, oldest first.
    func auditEntries(matching query: AuditQuery) async throws(StoreError) -> [AuditEntry]
}
