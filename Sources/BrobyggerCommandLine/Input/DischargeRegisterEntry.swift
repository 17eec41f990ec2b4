import Brobygger

/// A row of a ward's §13a/§13b register (`discharge_documents.csv`) as the tool stores it: the discharge agreement
/// (*udskrivningsaftale*) or coordination plan (*koordinationsplan*) of one stay, psykiatriloven §13a–§13b, known by
/// its date and counts rather than its full content.
///
/// `brobygger compliance` counts these rows with the full `DischargeAgreement` and `CoordinationPlan` documents of
/// the store; a row whose `document_id` is the storage key of a stored full document is that document and is not
/// counted twice.
struct DischargeRegisterEntry: StorableDocument {
    /// Stores file register rows under this kind.
    static let documentKind: DocumentKind = "discharge-register-entry"

    /// The register row.
    let record: DischargeDocumentRecord

    /// The identifier: the `document_id` itself when it is a UUID, else a name-based UUID of it, so re-importing the
    /// same register changes nothing.
    var id: Identifier<DischargeRegisterEntry> {
        StableIdentifier.make(record.documentID, kind: "discharge-document")
    }

    /// Listed by episode of care.
    var indexKeys: [IndexKey] { [IndexKey("episode", record.episode.value)] }
}
