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
    /// The line of the input the document comes from (the first of its rows, when several rows make one document);
    /// `nil` when not a CSV row.
    public var line: Int?
    /// The position of the document in a JSON documents array (`[3]`), when it comes from one.
    public var element: String?

    /// Where the document comes from in `file`: `file:line`, `file [3]` or the file alone.
    public func source(in file: String) -> String {
        if let line { return "\(file):\(line)" }
        if let element { return "\(file) \(element)" }
        return file
    }

    /// A save of `document` expecting `expected`.
    ///
    /// - Parameter line: The input line the document comes from, named when another row writes it too.
    public static func save<Document: StorableDocument>(
        _ document: Document, expecting expected: ExpectedVersion, line: Int? = nil
    ) -> PlannedWrite {
        PlannedWrite(
            kind: Document.documentKind, key: document.id.storageKey, isNew: expected == .new,
            write: DocumentWrite(document, expecting: expected), line: line)
    }

    /// A save of `document` if it differs from `existing`; `nil` when it is unchanged.
    ///
    /// - Parameter line: The input line the document comes from, named when another row writes it too.
    public static func saveIfChanged<Document: StorableDocument>(
        _ document: Document, existing: Revision<Document>?, line: Int? = nil
    ) -> PlannedWrite? {
        if let existing, existing.document == document { return nil }
        return save(document, expecting: existing.map { .version($0.number) } ?? .new, line: line)
    }
}
