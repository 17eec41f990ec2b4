/// A code in the Danish health organisation register (*Sundhedsvæsenets Organisationsregister*, SOR): at least
/// 11 digits (dk-core `SORIdentifier`).
public struct SORCode: NationalIdentifier, Comparable, CustomStringConvertible {
    /// dk-core's system for SOR: `urn:oid:1.2.208.176.1.1`.
    public static let fhirSystem = "urn:oid:1.2.208.176.1.1"

    /// The digits.
    public let value: String

    /// Parses a SOR code.
    ///
    /// - Throws: ``ValidationError`` with code `sor.format` unless the text is at least 11 digits.
    public init(_ text: String) throws(ValidationError) {
        guard text.utf8.count >= 11, Digits.isDigits(text) else {
            throw ValidationError(
                field: .root, code: "sor.format", rule: "a SOR code is at least 11 digits", offendingValue: text)
        }
        self.value = text
    }

    /// Decodes the digits.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try decoder.validating { try SORCode(text) }
    }

    /// Encodes the digits.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    /// The digits.
    public var description: String { value }

    /// Orders by value.
    public static func < (lhs: SORCode, rhs: SORCode) -> Bool { lhs.value < rhs.value }
}
