import BrobyggerCore

/// The value of one result indicator: a number, a share, or a status saying why there is no number.
public enum IndicatorValue: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A count.
    case count(Int)
    /// A quotient rounded to one decimal (e.g. average length of stay).
    case decimal(RoundedDecimal)
    /// A share with numerator and denominator.
    case share(Share)
    /// No number, for a stated reason.
    case status(MeasurementStatus)

    /// The count, if the value is one.
    public var count: Int? {
        if case .count(let value) = self { return value }
        return nil
    }

    /// The decimal, if the value is one.
    public var decimal: RoundedDecimal? {
        if case .decimal(let value) = self { return value }
        return nil
    }

    /// The value as printed: `403`, `16.8`, `34/403`, or the status code.
    public var description: String {
        switch self {
        case .count(let value): String(value)
        case .decimal(let value): value.description
        case .share(let share): "\(share.numerator)/\(share.denominator)"
        case .status(let status): status.rawValue
        }
    }
}
