/// One save in a batch handed to `DocumentStore.save(_:provenance:progress:)`: a document of any kind and the version
/// its writer read.
///
/// A batch lets an import or a migration write thousands of documents as one unit: either every write is saved or
/// none is (the file store makes this hold across a crash, too), and a store can flush to disk once per batch
/// instead of once per document.
public struct DocumentWrite: Sendable {
    /// The document to save.
    public let document: any StorableDocument
    /// The version the writer read (``ExpectedVersion/new`` for a new document).
    public let expected: ExpectedVersion

    /// A write of `document`, expecting `expected` to be its current version.
    public init(_ document: some StorableDocument, expecting expected: ExpectedVersion) {
        self.document = document
        self.expected = expected
    }

    /// The document's kind.
    public var kind: DocumentKind { Self.kind(of: document) }

    /// The document's storage key.
    public var key: String { document.id.storageKey }

    private static func kind<Document: StorableDocument>(of document: Document) -> DocumentKind {
        Document.documentKind
    }
}

extension DocumentStore {
    /// Saves a batch of documents, one new version each, all or none, reporting progress.
    ///
    /// Stores implement this requirement of `DocumentStore` natively where they can. This default implementation,
    /// for stores without batches of their own, first checks every expected version
    /// and then saves the documents one at a time; it keeps the all-or-none promise against stale writers seen
    /// before it starts, but not against a crash or a concurrent writer in between. Brobygger's own stores
    /// implement batches natively.
    ///
    /// - Parameters:
    ///   - writes: The saves; at most one per document.
    ///   - provenance: Who saves them, when and why.
    ///   - progress: Called with the number of writes done so far, from the store's context.
    /// - Returns: The new version number of each write, in order.
    /// - Throws: `StoreError.invalid` when a document appears twice; `StoreError.conflict` when any current version
    ///   is not the expected one (nothing is saved then).
    public func save(
        _ writes: [DocumentWrite], provenance: Provenance, progress: (@Sendable (Int) -> Void)?
    ) async throws(StoreError) -> [Int] {
        try DocumentWrite.checkDistinct(writes)
        for write in writes {
            let actual = try await currentNumber(of: write.document)
            guard actual == write.expected.number else {
                throw .conflict(kind: write.kind, id: write.key, expected: write.expected, actual: actual)
            }
        }
        var numbers: [Int] = []
        numbers.reserveCapacity(writes.count)
        for write in writes {
            numbers.append(try await saveOne(write.document, expecting: write.expected, provenance: provenance))
            progress?(numbers.count)
        }
        return numbers
    }

    /// Saves a batch of documents, one new version each, all or none.
    ///
    /// - Parameters:
    ///   - writes: The saves; at most one per document.
    ///   - provenance: Who saves them, when and why.
    /// - Returns: The new version number of each write, in order.
    /// - Throws: `StoreError.invalid` when a document appears twice; `StoreError.conflict` when any current version
    ///   is not the expected one (nothing is saved then).
    public func save(_ writes: [DocumentWrite], provenance: Provenance) async throws(StoreError) -> [Int] {
        try await save(writes, provenance: provenance, progress: nil)
    }

    private func currentNumber<Document: StorableDocument>(of document: Document) async throws(StoreError) -> Int {
        try await current(Document.self, id: document.id)?.number ?? 0
    }

    private func saveOne<Document: StorableDocument>(
        _ document: Document, expecting expected: ExpectedVersion, provenance: Provenance
    ) async throws(StoreError) -> Int {
        try await save(document, expecting: expected, provenance: provenance).number
    }
}

extension DocumentWrite {
    /// Checks that no document appears twice in a batch.
    ///
    /// - Throws: `StoreError.invalid` naming the repeated document.
    public static func checkDistinct(_ writes: [DocumentWrite]) throws(StoreError) {
        var seen = Set<String>()
        for write in writes where !seen.insert(write.kind.rawValue + "/" + write.key).inserted {
            throw .invalid(
                ValidationError(
                    field: "writes", code: "batch.duplicate",
                    rule: "a batch saves at most one version of each document",
                    offendingValue: "\(write.kind) \(write.key)"))
        }
    }
}
