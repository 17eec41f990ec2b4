import BrobyggerCore

/// The change in one measure between two rounds.
public struct RelationalCoordinationMeasureChange: Sendable, Hashable, Codable {
    /// The value in the earlier round.
    public let before: RelationalCoordinationStatistic
    /// The value in the later round.
    public let after: RelationalCoordinationStatistic

    /// Creates a change.
    public init(before: RelationalCoordinationStatistic, after: RelationalCoordinationStatistic) {
        self.before = before
        self.after = after
    }

    /// After minus before.
    public var difference: Double { after.mean - before.mean }

    /// The standard error of the difference, √(s₁²/n₁ + s₂²/n₂), treating the rounds as independent samples;
    /// `nil` when either round has a single observation. Measured changes in relational coordination are often
    /// small even when practice changed a lot (Edwards & Lundstrøm 2014, doi:10.7146/tfa.v16i4.108977): read a
    /// difference against its standard error, never alone.
    public var standardError: Double? {
        guard let s1 = before.standardDeviation, let s2 = after.standardDeviation else { return nil }
        return (s1 * s1 / Double(before.n) + s2 * s2 / Double(after.n)).squareRoot()
    }

    /// Whether the mean moved into another band.
    public var bandChanged: Bool { before.band != after.band }
}
