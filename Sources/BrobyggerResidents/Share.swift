import BrobyggerCore

/// A share that keeps its numerator and denominator, never only the percentage: a project rule, because published
/// figures whose denominator varies from row to row (Erfaringsopsamling 2024, Bilag 3) cannot be checked otherwise.
public struct Share: Sendable, Hashable, Codable {
    /// How many have the property.
    public let numerator: Int
    /// Out of how many; at least 1.
    public let denominator: Int

    /// Creates a share.
    ///
    /// - Throws: `ValidationError` unless 0 ≤ numerator ≤ denominator and denominator ≥ 1.
    public init(numerator: Int, denominator: Int) throws(ValidationError) {
        guard denominator >= 1 else {
            throw ValidationError(
                field: "denominator", code: "share.invalid-denominator", rule: "A share's denominator is at least 1",
                offendingValue: String(denominator))
        }
        guard (0...denominator).contains(numerator) else {
            throw ValidationError(
                field: "numerator", code: "share.invalid-numerator",
                rule: "A share's numerator lies between 0 and its denominator", offendingValue: String(numerator))
        }
        self.numerator = numerator
        self.denominator = denominator
    }

    /// The percentage rounded to one decimal (for display).
    public var percentage: RoundedDecimal {
        // The denominator is at least 1, so the quotient is always defined.
        (try? RoundedDecimal(numerator: numerator * 100, denominator: denominator)) ?? RoundedDecimal(tenths: 0)
    }

    private enum CodingKeys: String, CodingKey {
        case numerator, denominator
    }

    /// Decodes a share through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let numerator = try container.decode(Int.self, forKey: .numerator)
        let denominator = try container.decode(Int.self, forKey: .denominator)
        self = try decoder.validating { try Share(numerator: numerator, denominator: denominator) }
    }

    /// Encodes the share.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(numerator, forKey: .numerator)
        try container.encode(denominator, forKey: .denominator)
    }
}
