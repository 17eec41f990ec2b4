import BrobyggerCore
import Foundation

/// A quotient rounded to one decimal place, exactly: the value is held as whole tenths, computed with integer
/// arithmetic and rounded half away from zero, so 6772 bed days ÷ 403 admissions is exactly 16.8 on every
/// platform (Erfaringsopsamling 2024, afsnit 5.1.2, Tabel 2 prints averages and rates with one decimal).
public struct RoundedDecimal: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The value in tenths (168 for 16.8).
    public let tenths: Int

    /// Creates a value from whole tenths.
    public init(tenths: Int) {
        self.tenths = tenths
    }

    /// Rounds `numerator ÷ denominator` to one decimal, half away from zero.
    ///
    /// - Throws: `ValidationError` (`decimal.zero-denominator`) when the denominator is 0.
    public init(numerator: Int, denominator: Int) throws(ValidationError) {
        guard denominator != 0 else {
            throw ValidationError(
                field: "denominator", code: "decimal.zero-denominator", rule: "A quotient needs a non-zero denominator",
                offendingValue: "0")
        }
        let negative = (numerator < 0) != (denominator < 0)
        let scaled = abs(numerator) * 10
        let divisor = abs(denominator)
        var quotient = scaled / divisor
        if (scaled % divisor) * 2 >= divisor { quotient += 1 }
        tenths = negative ? -quotient : quotient
    }

    /// The value as a `Double` (for charts; compare and print the exact value).
    public var doubleValue: Double { Double(tenths) / 10 }

    /// The value with a point, e.g. `16.8`.
    public var description: String {
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }

    /// The value with a Danish decimal comma, e.g. `16,8`.
    public var danishFormatted: String { description.replacingOccurrences(of: ".", with: ",") }

    /// Orders values numerically.
    public static func < (lhs: RoundedDecimal, rhs: RoundedDecimal) -> Bool { lhs.tenths < rhs.tenths }
}
