/// A health professional's authorisation ID in the Danish Patient Safety Authority's register
/// (*autorisations-ID*): five characters, each a digit, an upper-case consonant or `Y` (dk-core
/// `AuthorizationIdentifier`). Lower-case input is read as upper case.
public struct AuthorisationID: NationalIdentifier, Comparable, CustomStringConvertible {
    /// dk-core's system for authorisation IDs: `https://autregweb.sst.dk`.
    public static let fhirSystem = "https://autregweb.sst.dk"

    private static let allowed = Set("0123456789BCDFGHJKLMNPQRSTVWXYZ".utf8)

    /// The five characters, upper case.
    public let value: String

    /// Parses an authorisation ID.
    ///
    /// - Throws: ``ValidationError`` with code `authorisation.format` unless the text is five digits, consonants
    ///   or `Y`.
    public init(_ text: String) throws(ValidationError) {
        let upper = text.uppercased()
        guard upper.utf8.count == 5, upper.utf8.allSatisfy({ Self.allowed.contains($0) }) else {
            throw ValidationError(
                field: .root, code: "authorisation.format",
                rule: "an authorisation ID is five characters: digits, consonants or Y", offendingValue: text)
        }
        self.value = upper
    }

    /// Decodes the ID.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try decoder.validating { try AuthorisationID(text) }
    }

    /// Encodes the ID.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    /// The ID.
    public var description: String { value }

    /// Orders by value.
    public static func < (lhs: AuthorisationID, rhs: AuthorisationID) -> Bool { lhs.value < rhs.value }
}
