import Foundation

/// Danish legal time: Europe/Copenhagen, with the toolchain's time-zone database.
///
/// When the database is not installed the EU rule in force in Denmark since 1996 (CEST from the last Sunday of
/// March 01:00 UTC to the last Sunday of October 01:00 UTC) is used, so dates are never off by a day for current
/// data even on a minimal system.
enum CopenhagenTime {
    static let zone: TimeZone? = TimeZone(identifier: "Europe/Copenhagen")

    /// The offset from UTC, in seconds, in force at `secondsSince1970`.
    ///
    /// Before 1894 Copenhagen kept its local mean time, 50 minutes 20 seconds ahead of UTC. An ISO 8601 offset has
    /// whole minutes only, so an instant written with that offset would read back 20 seconds off; those early
    /// instants are kept in Central European Time (+01:00) instead, which Denmark adopted on 1 January 1894.
    static func offset(at secondsSince1970: Double) -> Int {
        guard let zone else { return euRuleOffset(at: secondsSince1970) }
        let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: secondsSince1970))
        return offset % 60 == 0 ? offset : 3_600
    }

    static func euRuleOffset(at secondsSince1970: Double) -> Int {
        let day = Int((secondsSince1970 / 86_400).rounded(.down))
        let year = CalendarDate(daysSinceEpoch: day).year
        let start = lastSunday(year: year, month: 3) * 86_400 + 3_600
        let end = lastSunday(year: year, month: 10) * 86_400 + 3_600
        let seconds = Int(secondsSince1970.rounded(.down))
        return seconds >= start && seconds < end ? 7_200 : 3_600
    }

    private static func lastSunday(year: Int, month: Int) -> Int {
        let last = CalendarDate(daysSinceEpoch: CalendarDate.dayNumber(year: year, month: month, day: 31))
        return last.daysSinceEpoch - (last.weekday.rawValue % 7)
    }

    /// The UTC seconds of a Copenhagen wall-clock time. In the autumn hour that occurs twice the earlier instant is
    /// chosen; a time in the skipped spring hour is read with the offset before the change.
    static func seconds(localSeconds: Double) -> Double {
        let first = offset(at: localSeconds - 3_600 * 3)
        let candidate = localSeconds - Double(first)
        let second = offset(at: candidate)
        if second == first { return candidate }
        let adjusted = localSeconds - Double(second)
        return offset(at: adjusted) == second ? min(candidate, adjusted) : candidate
    }
}
