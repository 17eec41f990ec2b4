import BrobyggerCore
import Foundation
import Testing

@Suite("Calendar dates, weeks and ranges")
struct CalendarDateTests {
    @Test("parses and prints YYYY-MM-DD")
    func roundTrip() throws {
        let date = try CalendarDate(iso8601: "2026-11-24")
        #expect(date.components == (2026, 11, 24))
        #expect(date.iso8601 == "2026-11-24")
        #expect(date.weekday == .tuesday)
        #expect(CalendarDate(daysSinceEpoch: 0).iso8601 == "1970-01-01")
    }

    @Test("day numbers and civil dates agree over four centuries")
    func dayNumbers() throws {
        var date = try CalendarDate(year: 1850, month: 1, day: 1)
        var expected = (year: 1850, month: 1, day: 1)
        while date.year < 2250 {
            #expect(date.components == expected)
            expected.day += 1
            if expected.day > CalendarDate.daysInMonth(year: expected.year, month: expected.month) {
                expected.day = 1
                expected.month += 1
                if expected.month > 12 {
                    expected.month = 1
                    expected.year += 1
                }
            }
            date = date.adding(days: 1)
        }
    }

    @Test(
        "rejects days that do not exist",
        arguments: ["2023-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "26-11-24", "2026/11/24"])
    func invalid(text: String) {
        #expect(throws: ValidationError.self) { try CalendarDate(iso8601: text) }
    }

    @Test("leap years follow the Gregorian rule")
    func leapYears() {
        #expect(CalendarDate.isLeapYear(2000))
        #expect(!CalendarDate.isLeapYear(1900))
        #expect(CalendarDate.isLeapYear(2024))
        #expect(!CalendarDate.isLeapYear(2026))
    }

    @Test("adding months clamps to the month's last day")
    func months() throws {
        let endOfJanuary = try CalendarDate(year: 2024, month: 1, day: 31)
        #expect(endOfJanuary.adding(months: 1).iso8601 == "2024-02-29")
        #expect(try CalendarDate(year: 2023, month: 1, day: 31).adding(months: 1).iso8601 == "2023-02-28")
        #expect(try CalendarDate(year: 2026, month: 11, day: 15).adding(months: 3).iso8601 == "2027-02-15")
        #expect(try CalendarDate(year: 2026, month: 1, day: 15).adding(months: -2).iso8601 == "2025-11-15")
        #expect(try CalendarDate(year: 2024, month: 2, day: 29).adding(years: 1).iso8601 == "2025-02-28")
        #expect(try CalendarDate(year: 2024, month: 2, day: 10).lastDayOfMonth.iso8601 == "2024-02-29")
    }

    @Test("ISO weeks: week 1 holds the first Thursday")
    func isoWeeks() throws {
        #expect(try CalendarDate(iso8601: "2026-11-24").isoWeek.iso8601 == "2026-W48")
        #expect(try ISOWeek(iso8601: "2026-W48").monday.iso8601 == "2026-11-23")
        #expect(try CalendarDate(iso8601: "2021-01-03").isoWeek.iso8601 == "2020-W53")
        #expect(try CalendarDate(iso8601: "2024-12-30").isoWeek.iso8601 == "2025-W01")
        #expect(ISOWeek.weeks(in: 2020) == 53)
        #expect(ISOWeek.weeks(in: 2026) == 53)
        #expect(ISOWeek.weeks(in: 2025) == 52)
        #expect(throws: ValidationError.self) { try ISOWeek(iso8601: "2025-W53") }
        #expect(try ISOWeek(iso8601: "2026-W53").sunday.iso8601 == "2027-01-03")
    }

    @Test("day ranges: containment, overlap, intersection, open ends")
    func ranges() throws {
        let a = try DayRange(start: CalendarDate(iso8601: "2026-01-01"), end: CalendarDate(iso8601: "2026-01-31"))
        let b = try DayRange(start: CalendarDate(iso8601: "2026-01-31"))
        let c = try DayRange(start: CalendarDate(iso8601: "2026-02-01"), end: CalendarDate(iso8601: "2026-02-02"))
        #expect(a.overlaps(b))
        #expect(!a.overlaps(c))
        #expect(b.overlaps(c))
        #expect(a.intersection(b) == DayRange(day: try CalendarDate(iso8601: "2026-01-31")))
        #expect(a.dayCount == 31)
        #expect(b.dayCount == nil)
        #expect(b.contains(try CalendarDate(iso8601: "2099-01-01")))
        #expect(throws: ValidationError.self) {
            try DayRange(start: CalendarDate(iso8601: "2026-02-01"), end: CalendarDate(iso8601: "2026-01-31"))
        }
        do {
            _ = try JSONDecoder().decode(DayRange.self, from: Data(#"{"start":"2026-02-01","end":"2026-01-31"}"#.utf8))
            Issue.record("decoded a reversed range")
        } catch let DecodingError.dataCorrupted(context) {
            #expect(context.codingPath.map(\.stringValue) == ["end"])
        }
    }
}

@Suite("Instants in Danish time")
struct InstantTests {
    @Test("parses offsets and keeps the instant")
    func parse() throws {
        let winter = try Instant(iso8601: "2026-03-02T14:05:00+01:00")
        #expect(winter == (try Instant(iso8601: "2026-03-02T13:05:00Z")))
        #expect(winter == (try Instant(iso8601: "2026-03-02T14:05:00+0100")))
        #expect(winter.iso8601 == "2026-03-02T14:05:00+01:00")
        let fraction = try Instant(iso8601: "2026-03-02T14:05:00.250+01:00")
        #expect(fraction.secondsSince1970 - winter.secondsSince1970 == 0.25)
        #expect(fraction.iso8601 == "2026-03-02T14:05:00.250+01:00")
    }

    @Test(
        "rejects an instant without offset or with impossible parts",
        arguments: [
            "2026-03-02T14:05:00", "2026-03-02", "2026-02-30T10:00:00Z", "2026-03-02T24:00:00Z",
            "2026-03-02T14:05:00+25:00", "not a time",
        ])
    func invalid(text: String) {
        #expect(throws: ValidationError.self) { try Instant(iso8601: text) }
    }

    @Test("Danish calendar day and time of day follow summer time")
    func copenhagen() throws {
        // 22:30 UTC on 30 June is 00:30 on 1 July in Copenhagen (CEST, +02:00).
        let summer = try Instant(iso8601: "2026-06-30T22:30:00Z")
        #expect(summer.calendarDate.iso8601 == "2026-07-01")
        #expect(summer.localTime.description == "00:30")
        #expect(summer.iso8601 == "2026-07-01T00:30:00+02:00")
        // 23:30 UTC on 31 December is 00:30 on 1 January (CET, +01:00).
        let winter = try Instant(iso8601: "2026-12-31T23:30:00Z")
        #expect(winter.calendarDate.iso8601 == "2027-01-01")
        // Wall-clock construction on both sides of the change on 29 March 2026.
        let before = try Instant(date: CalendarDate(iso8601: "2026-03-29"), hour: 1, minute: 30)
        let after = try Instant(date: CalendarDate(iso8601: "2026-03-29"), hour: 3, minute: 30)
        #expect(before.iso8601 == "2026-03-29T01:30:00+01:00")
        #expect(after.iso8601 == "2026-03-29T03:30:00+02:00")
        #expect(before.seconds(until: after) == 3_600)
    }

    @Test("JSON round trip")
    func coding() throws {
        let instant = try Instant(iso8601: "2026-10-25T02:30:00+01:00")
        let decoded = try JSONDecoder().decode([Instant].self, from: JSONEncoder().encode([instant]))
        #expect(decoded == [instant])
    }

    @Test("clocks")
    func clocks() throws {
        let date = try CalendarDate(iso8601: "2026-11-24")
        let clock = FixedClock(noonOn: date)
        #expect(clock.today == date)
        #expect(clock.now().localTime.hour == 12)
    }
}
