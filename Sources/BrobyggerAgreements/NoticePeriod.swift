import BrobyggerCore

/// A period of notice for terminating an agreement, in whole months, running to the end of a month.
///
/// The Region Hovedstaden template lets either party terminate the agreement "with three months' notice to the end
/// of a month" (*med tre måneders varsel til udgangen af en måned*, Erfaringsopsamling 2024, Bilag 2, “Varighed”).
/// This library reads that as: the notice period starts on the day notice is given and runs for the agreed number of
/// months; the agreement ends on the last day of the month in which the notice period expires. Notice given on 15
/// January 2026 with three months' notice expires on 15 April 2026, so the agreement ends on 30 April 2026; any notice
/// given in January ends the agreement on 30 April. The number of months is a template parameter (default 3), never a
/// constant.
public struct NoticePeriod: Sendable, Hashable, Codable {
    /// The length of the notice in months; at least 1.
    public let months: Int

    /// Creates a notice period.
    ///
    /// - Throws: `ValidationError` with code `notice.months-out-of-range` when `months` is below 1.
    public init(months: Int) throws(ValidationError) {
        guard months >= 1 else {
            throw ValidationError(
                field: "months", code: "notice.months-out-of-range", rule: "Notice is at least one month",
                offendingValue: String(months))
        }
        self.months = months
    }

    /// The date the notice period expires: `months` calendar months after `noticeDate`, with the day clamped to the
    /// length of the month (notice given on 31 August with three months expires on 30 November).
    public func expiry(noticeGivenOn noticeDate: CalendarDate) -> CalendarDate {
        noticeDate.adding(months: months)
    }

    /// The earliest date the agreement can end: the last day of the month in which the notice period expires.
    ///
    /// Because the expiry is found by adding whole months, clamping the day never moves it into another month, so
    /// every notice given in one month ends the agreement on the same day (leap years included: notice given on
    /// 30 November 2027 ends the agreement on 29 February 2028).
    public func earliestEndDate(noticeGivenOn noticeDate: CalendarDate) -> CalendarDate {
        expiry(noticeGivenOn: noticeDate).lastDayOfMonth
    }

    private enum CodingKeys: String, CodingKey {
        case months
    }

    /// Decodes a notice period through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let months = try decoder.container(keyedBy: CodingKeys.self).decode(Int.self, forKey: .months)
        self = try decoder.validating { () throws(ValidationError) in try NoticePeriod(months: months) }
    }
}
