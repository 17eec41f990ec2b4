/// One immutable version of a versioned document, with who made it, when and why.
public struct Revision<Document: Hashable & Sendable & Codable>: Hashable, Sendable, Codable {
    /// The version number, starting at 1.
    public let number: Int
    /// The document as it was in this version.
    public let document: Document
    /// Who made this version, when and why.
    public let provenance: Provenance

    /// Creates a revision.
    ///
    /// - Throws: ``ValidationError`` with code `revision.number` for a number below 1.
    public init(number: Int, document: Document, provenance: Provenance) throws(ValidationError) {
        guard number >= 1 else {
            throw ValidationError(
                field: "number", code: "revision.number", rule: "version numbers start at 1",
                offendingValue: String(number))
        }
        self.number = number
        self.document = document
        self.provenance = provenance
    }

    /// Creates a revision whose number is known to be valid.
    init(uncheckedNumber number: Int, document: Document, provenance: Provenance) {
        self.number = number
        self.document = document
        self.provenance = provenance
    }

    private enum CodingKeys: String, CodingKey {
        case number, document, provenance
    }

    /// Decodes through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let number = try c.decode(Int.self, forKey: .number)
        let document = try c.decode(Document.self, forKey: .document)
        let provenance = try c.decode(Provenance.self, forKey: .provenance)
        self = try decoder.validating {
            try Revision(number: number, document: document, provenance: provenance)
        }
    }
}
