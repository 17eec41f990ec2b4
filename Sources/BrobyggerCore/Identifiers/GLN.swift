/// A GS1 Global Location Number (*lokationsnummer*, also called EAN number): the MedCom routing address of an
/// organisation. Thirteen digits, the last a GS1 modulus-10 check digit (dk-core `GLNIdentifier`).
public struct GLN: NationalIdentifier, Comparable, CustomStringConvertible {
    /// dk-core's system for GLN: `http://www.gs1.org/gln`. Earlier builds and MedCom's examples use
    /// ``alternativeFHIRSystem``; accept both when reading.
    public static let fhirSystem = "http://www.gs1.org/gln"
    /// The `https` form of the system found in MedCom's messages.
    public static let alternativeFHIRSystem = "https://www.gs1.org/gln"

    /// The thirteen digits.
    public let value: String

    /// Parses a GLN.
    ///
    /// - Throws: ``ValidationError`` with code `gln.format` unless the text is 13 digits, or `gln.check-digit` when
    ///   the last digit is not the GS1 check digit of the first twelve.
    public init(_ text: String) throws(ValidationError) {
        guard text.utf8.count == 13, let digits = Digits.values(Substring(text)) else {
            throw ValidationError(
                field: .root, code: "gln.format", rule: "a GLN is 13 digits", offendingValue: text)
        }
        guard Self.checkDigit(of: digits.prefix(12)) == digits[12] else {
            throw ValidationError(
                field: .root, code: "gln.check-digit",
                rule: "the 13th digit must be the GS1 modulus-10 check digit of the first twelve", offendingValue: text)
        }
        self.value = text
    }

    /// The GS1 modulus-10 check digit: weights 3 and 1 alternate from the rightmost data digit (which gets 3).
    public static func checkDigit(of data: some Collection<Int>) -> Int {
        var sum = 0
        for (offset, digit) in data.reversed().enumerated() {
            sum += digit * (offset % 2 == 0 ? 3 : 1)
        }
        return (10 - sum % 10) % 10
    }

    /// Decodes the digits.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try decoder.validating { try GLN(text) }
    }

    /// Encodes the digits.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    /// The digits.
    public var description: String { value }

    /// Orders by value.
    public static func < (lhs: GLN, rhs: GLN) -> Bool { lhs.value < rhs.value }
}
