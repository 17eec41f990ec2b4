import Brobygger
import BrobyggerTesting
import Foundation
import Testing

/// Properties of Danish working-day arithmetic over random start days (1990–2060, every weekday, around every
/// holiday), random counts and random regional configurations, beyond the fixed cases of the calendar's unit tests:
/// adding then counting agrees, the result is the first day that reaches the count, and the holidays agree with an
/// independent Easter computation.
struct WorkingDayPropertyTests {
    /// A random configuration: Saturdays counted or not, and up to two extra closed days.
    static func configuration(_ random: inout SyntheticRegionRandom) -> DanishCalendar.Configuration {
        var closed: [DanishCalendar.ClosedDay] = []
        if random.chance(0.5) { closed.append(.annual(month: 6, day: 5, name: "Grundlovsdag")) }
        if random.chance(0.3) { closed.append(.annual(month: 12, day: 24, name: "Juleaftensdag")) }
        return try! DanishCalendar.Configuration(extraClosedDays: closed, saturdaysAreWorkingDays: random.chance(0.2))
    }

    @Test(arguments: PropertyCorpus.seeds)
    func addingThenCountingAgreesAndStopsAtTheFirstDayThatReachesTheCount(seed: UInt64) {
        var random = SyntheticRegionRandom(seed: seed)
        for _ in 0..<400 {
            let calendar = DanishCalendar(configuration: Self.configuration(&random))
            let start = CalendarDate(daysSinceEpoch: random.int(7_305...33_000))
            let count = random.int(-40...40)
            let end = calendar.adding(workingDays: count, to: start)
            let label = "seed \(seed): \(count) working days from \(start) with \(calendar.configuration)"
            #expect(calendar.workingDays(from: start, to: end) == count, "\(label) gives \(end)")
            guard count != 0 else {
                #expect(end == start, "\(label)")
                continue
            }
            #expect(calendar.isWorkingDay(end), "\(label): \(end) is not a working day")
            // The day before the result (in the direction of travel) has not yet reached the count.
            let previous = end.adding(days: count > 0 ? -1 : 1)
            #expect(abs(calendar.workingDays(from: start, to: previous)) == abs(count) - 1, "\(label)")
            // One more working day lands strictly later.
            let further = calendar.adding(workingDays: count + count.signum(), to: start)
            #expect(count > 0 ? further > end : further < end, "\(label)")
        }
    }

    /// Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher), independent of the calendar's own.
    static func easterSunday(_ year: Int) -> CalendarDate {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return try! CalendarDate(year: year, month: month, day: day)
    }

    @Test func theMovableHolidaysFollowEaster() {
        let calendar = DanishCalendar.standard
        for year in 1990...2100 {
            let easter = Self.easterSunday(year)
            let expected: [(Int, PublicHoliday.Kind?)] = [
                (-4, nil), (-3, .maundyThursday), (-2, .goodFriday), (0, .easterSunday), (1, .easterMonday),
                (26, year <= DanishCalendar.lastYearWithGeneralPrayerDay ? .generalPrayerDay : nil),
                (39, .ascensionDay), (49, .whitSunday), (50, .whitMonday),
            ]
            for (offset, kind) in expected {
                let day = easter.adding(days: offset)
                #expect(calendar.holiday(on: day)?.kind == kind, "\(year): \(day), \(offset) days from Easter")
            }
            #expect(!calendar.isWorkingDay(easter.adding(days: 1)), "\(year): Easter Monday is a working day")
        }
    }
}
