import BrobyggerAgreements
import BrobyggerCarePlans
import BrobyggerCore
import BrobyggerDischarge
import BrobyggerFHIR
import BrobyggerRelationalCoordination
import BrobyggerResidents

/// A document as a JSON documents file holds it: `{"kind": "…", "document": {…}}`, with `"resident": "<CPR number>"`
/// for a care plan bound to a stored resident (see ``JSONDocumentFile``).
///
/// Encoded in one pass by `JSONEncoder`, so writing a whole region's documents stays fast.
public struct TaggedDocument: Encodable {
    /// The document.
    public var document: AnyDocument
    /// The CPR number of the resident the document is bound to, if any.
    public var resident: String?

    /// `document`, bound to the resident with CPR number `resident` when given.
    public init(document: AnyDocument, resident: String? = nil) {
        self.document = document
        self.resident = resident
    }

    private enum CodingKeys: String, CodingKey {
        case kind, resident, document
    }

    /// Encodes the tag, the binding and the document in the SDK's Codable JSON.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(document.kind.rawValue, forKey: .kind)
        try container.encodeIfPresent(resident, forKey: .resident)
        switch document {
        case .organisation(let value): try container.encode(value, forKey: .document)
        case .facility(let value): try container.encode(value, forKey: .document)
        case .team(let value): try container.encode(value, forKey: .document)
        case .residentRecord(let value): try container.encode(value, forKey: .document)
        case .agreement(let value): try container.encode(value, forKey: .document)
        case .carePlan(let value): try container.encode(value, forKey: .document)
        }
    }
}
