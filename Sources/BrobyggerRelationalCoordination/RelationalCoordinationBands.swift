import BrobyggerCore

/// The cut-offs that put a score into a ``RelationalCoordinationBand``.
///
/// **Unconfirmed practice, not a standard.** The defaults (weak < 3.5, moderate 3.5–4.0 with both ends included,
/// strong > 4.0) are the categories used in published research code (the eliPfad study, `RC_cat`);
/// they were not found in a Relational Coordination Analytics or Brandeis primary document. Set your own when
/// your region or licence says otherwise, and say which cut-offs a report used.
public struct RelationalCoordinationBands: Sendable, Hashable, Codable {
    /// Scores strictly below this are weak. Default 3.5.
    public let weakBelow: Double
    /// Scores strictly above this are strong. Default 4.0.
    public let strongAbove: Double

    /// The defaults seen in practice: weak < 3.5, moderate 3.5–4.0, strong > 4.0.
    public static let practiceDefault = try! RelationalCoordinationBands(weakBelow: 3.5, strongAbove: 4.0)

    /// Creates cut-offs.
    /// - Throws: `ValidationError` unless 1 ≤ `weakBelow` ≤ `strongAbove` ≤ 5.
    public init(weakBelow: Double, strongAbove: Double) throws(ValidationError) {
        guard weakBelow.isFinite, strongAbove.isFinite, 1 <= weakBelow, weakBelow <= strongAbove, strongAbove <= 5
        else {
            throw ValidationError(
                field: "weakBelow", code: "rc.bands.invalid",
                rule: "Band cut-offs satisfy 1 ≤ weakBelow ≤ strongAbove ≤ 5",
                offendingValue: "\(weakBelow)–\(strongAbove)")
        }
        self.weakBelow = weakBelow
        self.strongAbove = strongAbove
    }

    /// The band `score` falls in.
    public func band(for score: Double) -> RelationalCoordinationBand {
        if score < weakBelow { return .weak }
        if score > strongAbove { return .strong }
        return .moderate
    }

    private enum CodingKeys: String, CodingKey {
        case weakBelow
        case strongAbove
    }

    /// Decodes cut-offs through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let weakBelow = try container.decode(Double.self, forKey: .weakBelow)
        let strongAbove = try container.decode(Double.self, forKey: .strongAbove)
        self = try decoder.validating { () throws(ValidationError) in
            try Self(weakBelow: weakBelow, strongAbove: strongAbove)
        }
    }
}
