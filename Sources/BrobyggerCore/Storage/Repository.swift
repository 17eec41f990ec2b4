/// A typed view of a store for one kind of document: `Repository<CoordinatedCarePlan>(store)`.
///
/// The repository adds nothing to the store's guarantees; it saves writing the document type at every call.
public struct Repository<Document: StorableDocument>: Sendable {
    /// The underlying store.
    public let store: any DocumentStore

    /// Creates a repository over a store.
    public init(_ store: any DocumentStore) {
        self.store = store
    }

    /// The current version of a document.
    public func get(_ id: Document.ID) async throws(StoreError) -> Revision<Document>? {
        try await store.current(Document.self, id: id)
    }

    /// The current version of a document, or ``StoreError/notFound(kind:id:)``.
    public func require(_ id: Document.ID) async throws(StoreError) -> Revision<Document> {
        guard let revision = try await store.current(Document.self, id: id) else {
            throw .notFound(kind: Document.documentKind, id: id.storageKey)
        }
        return revision
    }

    /// Every version of a document.
    public func history(_ id: Document.ID) async throws(StoreError) -> RevisionHistory<Document>? {
        try await store.history(of: Document.self, id: id)
    }

    /// The current documents matching a query.
    public func list(_ query: DocumentQuery = .all) async throws(StoreError) -> [Revision<Document>] {
        try await store.list(Document.self, matching: query)
    }

    /// Saves a first version.
    public func create(_ document: Document, provenance: Provenance) async throws(StoreError) -> Revision<Document> {
        try await store.save(document, expecting: .new, provenance: provenance)
    }

    /// Saves a new version over the version the caller read.
    public func update(_ document: Document, replacing version: Int, provenance: Provenance) async throws(StoreError)
        -> Revision<Document>
    {
        try await store.save(document, expecting: .version(version), provenance: provenance)
    }
}
