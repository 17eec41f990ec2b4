import BrobyggerCore

/// An inclusive range of ICD-10 categories, such as F20–F29, used by configurable diagnosis rules.
public struct DiagnosisCategoryRange: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The first category in the range (`F20`).
    public let lower: String
    /// The last category in the range (`F29`).
    public let upper: String

    /// Creates a range from two three-character ICD-10 categories.
    ///
    /// - Throws: `ValidationError` when either bound is not a valid category or the range is reversed.
    public init(_ lower: String, _ upper: String) throws(ValidationError) {
        let lowerCode = try DiagnosisCode(lower)
        let upperCode = try DiagnosisCode(upper)
        guard lowerCode.category <= upperCode.category else {
            throw ValidationError(
                field: "upper", code: "diagnosis-range.reversed",
                rule: "A range's lower category is not above its upper",
                offendingValue: "\(lower)–\(upper)")
        }
        self.lower = lowerCode.category
        self.upper = upperCode.category
    }

    /// Whether the code's category lies in the range.
    public func contains(_ code: DiagnosisCode) -> Bool { code.isInRange(lower, upper) }

    /// The range as `F20–F29`.
    public var description: String { lower == upper ? lower : "\(lower)–\(upper)" }

    private enum CodingKeys: String, CodingKey {
        case lower, upper
    }

    /// Decodes a range through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let lower = try container.decode(String.self, forKey: .lower)
        let upper = try container.decode(String.self, forKey: .upper)
        self = try decoder.validating { try DiagnosisCategoryRange(lower, upper) }
    }

    /// Encodes the range.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(lower, forKey: .lower)
        try container.encode(upper, forKey: .upper)
    }

    /// Mental and behavioural disorders, F00–F99.
    public static let mentalAndBehavioural = known("F00", "F99")
    /// Substance use disorders, F10–F19.
    public static let substanceUse = known("F10", "F19")
    /// Schizophrenia spectrum and other psychotic disorders, F20–F29.
    public static let schizophreniaSpectrum = known("F20", "F29")
    /// Depressive episode and recurrent depression, F32–F33.
    public static let depression = known("F32", "F33")
    /// Phobic and other anxiety disorders, F40–F41.
    public static let anxiety = known("F40", "F41")
    /// Intellectual disabilities, F70–F79.
    public static let intellectualDisability = known("F70", "F79")
    /// Pervasive developmental disorders including autism, F84.
    public static let autismSpectrum = known("F84", "F84")

    /// Builds a range from literals known to be valid; used for the documented defaults.
    static func known(_ lower: String, _ upper: String) -> DiagnosisCategoryRange {
        do {
            return try DiagnosisCategoryRange(lower, upper)
        } catch {
            preconditionFailure("Invalid built-in diagnosis range \(lower)–\(upper): \(error)")
        }
    }
}
