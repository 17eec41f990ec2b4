import BrobyggerCore

/// Shorthand for dates and Copenhagen local times in fixtures and specs. Traps on invalid literals: fixtures are
/// written by hand, and a typo should fail loudly.
public enum ResidentsFixtureTime {
    /// A date from `YYYY-MM-DD`.
    public static func date(_ text: String) -> CalendarDate {
        do {
            return try CalendarDate(iso8601: text)
        } catch {
            preconditionFailure("Invalid fixture date \(text): \(error)")
        }
    }

    /// An instant at a local time (Europe/Copenhagen) on a date given as `YYYY-MM-DD`.
    public static func instant(_ day: String, _ hour: Int, _ minute: Int = 0) -> Instant {
        do {
            return try Instant(date: date(day), hour: hour, minute: minute)
        } catch {
            preconditionFailure("Invalid fixture time \(day) \(hour):\(minute): \(error)")
        }
    }

    /// A closed day range from two `YYYY-MM-DD` dates.
    public static func range(_ start: String, _ end: String?) -> DayRange {
        do {
            return try DayRange(start: date(start), end: end.map(date))
        } catch {
            preconditionFailure("Invalid fixture range \(start)…\(end ?? ""): \(error)")
        }
    }
}
