import BrobyggerCore

/// A qualitative band for a relational-coordination score (weak, moderate, strong).
///
/// Bands are a reading aid seen in practice, not part of Gittell's method: see ``RelationalCoordinationBands``
/// for the cut-offs and their status.
public enum RelationalCoordinationBand: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Below the lower cut-off (default < 3.5).
    case weak
    /// Between the cut-offs, both included (default 3.5–4.0).
    case moderate
    /// Above the upper cut-off (default > 4.0).
    case strong

    /// An English label.
    public var name: String {
        switch self {
        case .weak: "Weak"
        case .moderate: "Moderate"
        case .strong: "Strong"
        }
    }

    /// The Danish label (*svag*, *moderat*, *stærk*).
    public var danishName: String {
        switch self {
        case .weak: "Svag"
        case .moderate: "Moderat"
        case .strong: "Stærk"
        }
    }

    /// Orders bands from weak to strong.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
