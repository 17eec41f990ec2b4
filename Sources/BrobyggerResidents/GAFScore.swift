import BrobyggerCore

/// A Global Assessment of Functioning score (*GAF-score*) with the date it was assessed.
///
/// The score runs 1–100; below 40 signals major functional failure in several areas (Erfaringsopsamling 2024, afsnit
/// 3.1), which is true for most *botilbud* residents.
public struct GAFScore: Sendable, Hashable, Codable, Comparable {
    /// The score, 1–100.
    public let value: Int
    /// The date of the assessment.
    public let assessedOn: CalendarDate

    /// The score below which functioning counts as major functional failure (Erfaringsopsamling 2024, afsnit 3.1).
    public static let majorImpairmentThreshold = 40

    /// Creates a score.
    ///
    /// - Throws: `ValidationError` (`gaf.out-of-range`) unless `value` is 1–100.
    public init(value: Int, assessedOn: CalendarDate) throws(ValidationError) {
        guard (1...100).contains(value) else {
            throw ValidationError(
                field: "value", code: "gaf.out-of-range", rule: "GAF is an integer 1–100",
                offendingValue: String(value))
        }
        self.value = value
        self.assessedOn = assessedOn
    }

    /// Whether the score indicates major functional failure (below 40).
    public var indicatesMajorFunctionalImpairment: Bool { value < Self.majorImpairmentThreshold }

    /// Orders scores by assessment date, then value.
    public static func < (lhs: GAFScore, rhs: GAFScore) -> Bool {
        (lhs.assessedOn, lhs.value) < (rhs.assessedOn, rhs.value)
    }

    private enum CodingKeys: String, CodingKey {
        case value, assessedOn
    }

    /// Decodes a score through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let value = try container.decode(Int.self, forKey: .value)
        let date = try container.decode(CalendarDate.self, forKey: .assessedOn)
        self = try decoder.validating { try GAFScore(value: value, assessedOn: date) }
    }

    /// Encodes the score.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(value, forKey: .value)
        try container.encode(assessedOn, forKey: .assessedOn)
    }
}
