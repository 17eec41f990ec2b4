import BrobyggerCore

/// A count per 1,000 inhabitants, rounded to one decimal, keeping the count and the population it came from.
///
/// Region Sjælland's indicator table prints these in brackets ("Tal i parentes angiver pr. 1.000 indbyggere",
/// Region Sjælland 2020, kapitel 2), e.g. 823 admitted patients in Roskilde (87,577 inhabitants) → 9.4.
public struct RatePerThousand: Sendable, Hashable, Codable {
    /// The count.
    public let count: Int
    /// The population; at least 1.
    public let inhabitants: Int
    /// When the population was counted, as given by the source (e.g. "1/2019").
    public let inhabitantsReference: String?

    /// Creates a rate.
    ///
    /// - Throws: `ValidationError` when the count is negative or the population below 1.
    public init(count: Int, inhabitants: Int, inhabitantsReference: String? = nil) throws(ValidationError) {
        guard count >= 0 else {
            throw ValidationError(
                field: "count", code: "rate.negative-count", rule: "A count is not negative",
                offendingValue: String(count))
        }
        guard inhabitants >= 1 else {
            throw ValidationError(
                field: "inhabitants", code: "rate.invalid-population", rule: "A population is at least 1",
                offendingValue: String(inhabitants))
        }
        self.count = count
        self.inhabitants = inhabitants
        self.inhabitantsReference = inhabitantsReference
    }

    /// The rate per 1,000 inhabitants, rounded half away from zero to one decimal.
    public var value: RoundedDecimal {
        (try? RoundedDecimal(numerator: count * 1_000, denominator: inhabitants)) ?? RoundedDecimal(tenths: 0)
    }

    private enum CodingKeys: String, CodingKey {
        case count, inhabitants, inhabitantsReference
    }

    /// Decodes a rate through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let count = try container.decode(Int.self, forKey: .count)
        let inhabitants = try container.decode(Int.self, forKey: .inhabitants)
        let reference = try container.decodeIfPresent(String.self, forKey: .inhabitantsReference)
        self = try decoder.validating {
            try RatePerThousand(count: count, inhabitants: inhabitants, inhabitantsReference: reference)
        }
    }

    /// Encodes the rate.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(count, forKey: .count)
        try container.encode(inhabitants, forKey: .inhabitants)
        try container.encodeIfPresent(inhabitantsReference, forKey: .inhabitantsReference)
    }
}
