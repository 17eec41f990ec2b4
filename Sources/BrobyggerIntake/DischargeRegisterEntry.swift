import BrobyggerAgreements
import BrobyggerCarePlans
import BrobyggerCore
import BrobyggerDischarge
import BrobyggerFHIR
import BrobyggerRelationalCoordination
import BrobyggerResidents

/// A row of a ward's §13a/§13b register (`discharge_documents.csv`) as a store keeps it (any app sharing the store reads it): the discharge agreement
/// (*udskrivningsaftale*) or coordination plan (*koordinationsplan*) of one stay, psykiatriloven §13a–§13b, known by
/// its date and counts rather than its full content.
///
/// `brobygger compliance` counts these rows with the full `DischargeAgreement` and `CoordinationPlan` documents of
/// the store; a row whose `document_id` is the storage key of a stored full document is that document and is not
/// counted twice.
public struct DischargeRegisterEntry: StorableDocument {
    /// Stores file register rows under this kind.
    public static let documentKind: DocumentKind = "discharge-register-entry"

    /// The register row.
    public let record: DischargeDocumentRecord

    /// The stored form of a register row.
    public init(record: DischargeDocumentRecord) {
        self.record = record
    }

    /// The identifier: the `document_id` itself when it is a UUID, else a name-based UUID of it, so re-importing the
    /// same register changes nothing.
    public var id: Identifier<DischargeRegisterEntry> {
        StableIdentifier.make(record.documentID, kind: "discharge-document")
    }

    /// Listed by episode of care.
    public var indexKeys: [IndexKey] { [IndexKey("episode", record.episode.value)] }
}

extension DischargeRegisterEntry: DirectFieldDecodable {
    /// Reads a stored register row from its one field, `record`, as the synthesised `init(from:)` reads it.
    public init(directFields fields: DirectFields) throws {
        record = try fields.decode(DischargeDocumentRecord.self, CodingKeys.record)
    }
}
