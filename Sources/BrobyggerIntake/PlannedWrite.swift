import BrobyggerAgreements
import BrobyggerCarePlans
import BrobyggerCore
import BrobyggerDischarge
import BrobyggerFHIR
import BrobyggerRelationalCoordination
import BrobyggerResidents

/// A document an import will save, with the version it was read at, applied only after every row was checked.
///
/// The expected version makes the save optimistic: a document changed in the store since the import read it is a
/// conflict (a store error), never silently overwritten.
public struct PlannedWrite: Sendable {
    /// The document kind, for the summary.
    public var kind: DocumentKind
    /// The document's storage key.
    public var key: String
    /// Whether it creates a new document.
    public var isNew: Bool
    /// The save, for the import's one batch.
    public var write: DocumentWrite

    /// A save of `document` expecting `expected`.
    public static func save<Document: StorableDocument>(_ document: Document, expecting expected: ExpectedVersion)
        -> PlannedWrite
    {
        PlannedWrite(
            kind: Document.documentKind, key: document.id.storageKey, isNew: expected == .new,
            write: DocumentWrite(document, expecting: expected))
    }

    /// A save of `document` if it differs from `existing`; `nil` when it is unchanged.
    public static func saveIfChanged<Document: StorableDocument>(_ document: Document, existing: Revision<Document>?)
        -> PlannedWrite?
    {
        if let existing, existing.document == document { return nil }
        return save(document, expecting: existing.map { .version($0.number) } ?? .new)
    }
}
