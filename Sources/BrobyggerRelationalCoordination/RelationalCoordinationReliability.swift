import BrobyggerCore

/// Internal consistency of the seven items: Cronbach's α over the ratings in which all seven were answered.
///
/// α = k/(k − 1) · (1 − Σ s²ᵢ / s²ₜ) with k = 7 items, s²ᵢ the variance of item i and s²ₜ the variance of the sum
/// of the seven items, over complete ratings (one per respondent and rated group). A respondent rating several
/// groups contributes several ratings, so these are not independent observations; treat α as descriptive.
/// Published validations of the instrument report internal consistency (Brandeis University, Heller School: the
/// Relational Coordination Survey's validation page), but their α values were not retrieved, so no threshold is
/// applied here.
public struct RelationalCoordinationReliability: Sendable, Hashable, Codable {
    /// The number of ratings with all seven items answered.
    public let completeCases: Int
    /// Cronbach's α; `nil` when there are fewer than *k* complete ratings or the total score does not vary.
    public let cronbachAlpha: Double?

    /// Creates a reliability result.
    /// - Throws: `ValidationError` when the count is negative or α is not finite or above 1.
    public init(completeCases: Int, cronbachAlpha: Double?) throws(ValidationError) {
        guard completeCases >= 0 else {
            throw ValidationError(
                field: "completeCases", code: "rc.reliability.negative-count", rule: "A count is not negative",
                offendingValue: String(completeCases))
        }
        if let cronbachAlpha, !cronbachAlpha.isFinite || cronbachAlpha > 1 + 1e-9 {
            throw ValidationError(
                field: "cronbachAlpha", code: "rc.reliability.invalid-alpha", rule: "Cronbach's α is finite and ≤ 1",
                offendingValue: String(cronbachAlpha))
        }
        self.completeCases = completeCases
        self.cronbachAlpha = cronbachAlpha
    }

    private enum CodingKeys: String, CodingKey {
        case completeCases
        case cronbachAlpha
    }

    /// Decodes a reliability result through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let count = try container.decode(Int.self, forKey: .completeCases)
        let alpha = try container.decodeIfPresent(Double.self, forKey: .cronbachAlpha)
        self = try decoder.validating { () throws(ValidationError) in
            try Self(completeCases: count, cronbachAlpha: alpha)
        }
    }
}
