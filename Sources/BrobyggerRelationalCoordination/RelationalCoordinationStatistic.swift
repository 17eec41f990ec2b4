import BrobyggerCore

/// A mean score with the number of observations behind it, their standard deviation and its band.
public struct RelationalCoordinationStatistic: Sendable, Hashable, Codable {
    /// The number of observations (respondent ratings) the mean rests on.
    public let n: Int
    /// The mean score, 1–5.
    public let mean: Double
    /// The sample standard deviation (divisor n − 1); `nil` when n = 1.
    public let standardDeviation: Double?
    /// The band the mean falls in under the configuration the report was made with.
    public let band: RelationalCoordinationBand

    /// Creates a statistic.
    /// - Throws: `ValidationError` when n < 1, the mean lies outside 1–5, or the standard deviation is negative,
    ///   not finite, or given for a single observation.
    public init(n: Int, mean: Double, standardDeviation: Double?, band: RelationalCoordinationBand)
        throws(ValidationError)
    {
        guard n >= 1 else {
            throw ValidationError(
                field: "n", code: "rc.statistic.empty", rule: "A statistic rests on at least one observation",
                offendingValue: String(n))
        }
        guard mean.isFinite, mean >= 1 - 1e-9, mean <= 5 + 1e-9 else {
            throw ValidationError(
                field: "mean", code: "rc.statistic.mean-out-of-range", rule: "A mean score lies in 1–5",
                offendingValue: String(mean))
        }
        if let standardDeviation {
            guard n >= 2, standardDeviation.isFinite, standardDeviation >= 0 else {
                throw ValidationError(
                    field: "standardDeviation", code: "rc.statistic.invalid-deviation",
                    rule: "A standard deviation is finite, non-negative and needs two observations",
                    offendingValue: String(standardDeviation))
            }
        }
        self.n = n
        self.mean = mean
        self.standardDeviation = standardDeviation
        self.band = band
    }

    /// Creates a statistic from accumulated sums of `x − 3` (centring keeps the sums small and exact).
    init(count: Int, centredSum: Double, centredSumOfSquares: Double, bands: RelationalCoordinationBands) {
        let mean = 3 + centredSum / Double(count)
        var deviation: Double? = nil
        if count >= 2 {
            let variance = (centredSumOfSquares - centredSum * centredSum / Double(count)) / Double(count - 1)
            deviation = max(0, variance).squareRoot()
        }
        self.n = count
        self.mean = min(5, max(1, mean))
        self.standardDeviation = deviation
        self.band = bands.band(for: mean)
    }

    private enum CodingKeys: String, CodingKey {
        case n
        case mean
        case standardDeviation
        case band
    }

    /// Decodes a statistic through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let n = try container.decode(Int.self, forKey: .n)
        let mean = try container.decode(Double.self, forKey: .mean)
        let deviation = try container.decodeIfPresent(Double.self, forKey: .standardDeviation)
        let band = try container.decode(RelationalCoordinationBand.self, forKey: .band)
        self = try decoder.validating { () throws(ValidationError) in
            try Self(n: n, mean: mean, standardDeviation: deviation, band: band)
        }
    }
}
