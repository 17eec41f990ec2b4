/// A Danish business registration number (*CVR-nummer*): eight digits whose weighted sum with weights
/// 2, 7, 6, 5, 4, 3, 2, 1 is divisible by 11 (dk-core `CVRIdentifier`).
public struct CVRNumber: NationalIdentifier, Comparable, CustomStringConvertible {
    /// dk-core's system for CVR: `http://cvr.dk`.
    public static let fhirSystem = "http://cvr.dk"

    /// The modulus-11 weights.
    public static let weights = [2, 7, 6, 5, 4, 3, 2, 1]

    /// The eight digits.
    public let value: String

    /// Parses a CVR number.
    ///
    /// - Throws: ``ValidationError`` with code `cvr.format` unless the text is 8 digits, or `cvr.checksum` when the
    ///   weighted sum is not divisible by 11.
    public init(_ text: String) throws(ValidationError) {
        guard text.utf8.count == 8, let digits = Digits.values(Substring(text)) else {
            throw ValidationError(
                field: .root, code: "cvr.format", rule: "a CVR number is 8 digits", offendingValue: text)
        }
        let sum = zip(digits, Self.weights).reduce(0) { $0 + $1.0 * $1.1 }
        guard sum % 11 == 0 else {
            throw ValidationError(
                field: .root, code: "cvr.checksum",
                rule: "the digits weighted 2,7,6,5,4,3,2,1 must sum to a multiple of 11", offendingValue: text)
        }
        self.value = text
    }

    /// Decodes the digits.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try decoder.validating { try CVRNumber(text) }
    }

    /// Encodes the digits.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    /// The digits.
    public var description: String { value }

    /// Orders by value.
    public static func < (lhs: CVRNumber, rhs: CVRNumber) -> Bool { lhs.value < rhs.value }
}
