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
        if let table, let offset = table.offset(at: secondsSince1970) { return offset }
        return zoneOffset(zone, at: secondsSince1970)
    }

    /// The database's offset at an instant, as ``offset(at:)`` gives it.
    static func zoneOffset(_ zone: TimeZone, at secondsSince1970: Double) -> Int {
        let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: secondsSince1970))
        return offset % 60 == 0 ? offset : 3_600
    }

    /// The database's offsets from 1970 to 2099, read once per process; `nil` without a database, or when the
    /// database cannot list its transitions (then every instant asks the database).
    static let table: OffsetTable? = zone.flatMap(OffsetTable.init)

    /// The offsets in force from 1970 to 2099, each from the instant it starts, as the time-zone database gives them:
    /// looking an instant up reads memory only, where asking `TimeZone` takes a lock that threads converting
    /// instants at once (a report over a year of contacts) contend for.
    struct OffsetTable: Sendable {
        /// 1970-01-01 and 2100-01-01 00:00 UTC, in seconds since 1970.
        static let span: Range<Double> = 0..<4_102_444_800
        /// The instants at which an offset starts, ascending; the first is the span's start.
        let starts: [Double]
        /// The offset from each start on.
        let offsets: [Int]

        /// The table of `zone`, or `nil` when the database's transitions do not reproduce its offsets (checked in
        /// the middle of January and of July of every year, and just before each transition).
        init?(_ zone: TimeZone) {
            var starts = [Self.span.lowerBound]
            var offsets = [CopenhagenTime.zoneOffset(zone, at: Self.span.lowerBound)]
            var current = Date(timeIntervalSince1970: Self.span.lowerBound)
            while let next = zone.nextDaylightSavingTimeTransition(after: current),
                next.timeIntervalSince1970 < Self.span.upperBound, next > current
            {
                starts.append(next.timeIntervalSince1970)
                offsets.append(CopenhagenTime.zoneOffset(zone, at: next.timeIntervalSince1970))
                current = next
            }
            self.starts = starts
            self.offsets = offsets
            var checks = starts.dropFirst().map { $0 - 1 }
            for year in 1970..<2100 {
                for month in [1, 7] {
                    checks.append(Double(CalendarDate.dayNumber(year: year, month: month, day: 15)) * 86_400)
                }
            }
            for instant in checks where offset(at: instant) != CopenhagenTime.zoneOffset(zone, at: instant) {
                return nil
            }
        }

        /// The offset at an instant in the span, `nil` outside it.
        func offset(at secondsSince1970: Double) -> Int? {
            guard Self.span.contains(secondsSince1970) else { return nil }
            // The last start at or before the instant.
            var low = 0
            var high = starts.count
            while high - low > 1 {
                let middle = (low + high) / 2
                if starts[middle] <= secondsSince1970 { low = middle } else { high = middle }
            }
            return offsets[low]
        }
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
