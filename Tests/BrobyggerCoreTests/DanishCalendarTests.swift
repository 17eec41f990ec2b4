import BrobyggerCore
import Foundation
import Testing

@Suite("Danish calendar")
struct DanishCalendarTests {
    let calendar = DanishCalendar.standard

    private func date(_ text: String) throws -> CalendarDate { try CalendarDate(iso8601: text) }

    @Test(
        "Easter Sunday",
        arguments: [
            (1900, "1900-04-15"), (1943, "1943-04-25"), (2000, "2000-04-23"), (2023, "2023-04-09"),
            (2024, "2024-03-31"), (2025, "2025-04-20"), (2026, "2026-04-05"), (2038, "2038-04-25"),
            (2100, "2100-03-28"),
        ])
    func easter(year: Int, expected: String) {
        #expect(DanishCalendar.easterSunday(year: year).iso8601 == expected)
    }

    @Test("2023 has General Prayer Day, 2024 does not")
    func generalPrayerDay() throws {
        let holidays2023 = calendar.publicHolidays(in: 2023)
        let holidays2024 = calendar.publicHolidays(in: 2024)
        #expect(holidays2023.count == 11)
        #expect(holidays2024.count == 10)
        #expect(holidays2023.first { $0.kind == .generalPrayerDay }?.date == (try date("2023-05-05")))
        #expect(!holidays2024.contains { $0.kind == .generalPrayerDay })
        #expect(calendar.isWorkingDay(try date("2024-04-26")))
        #expect(!calendar.isWorkingDay(try date("2023-05-05")))
    }

    @Test("the 2024 holidays")
    func holidays2024() {
        #expect(
            calendar.publicHolidays(in: 2024).map(\.date.iso8601) == [
                "2024-01-01", "2024-03-28", "2024-03-29", "2024-03-31", "2024-04-01", "2024-05-09", "2024-05-19",
                "2024-05-20", "2024-12-25", "2024-12-26",
            ])
    }

    @Test("Constitution Day, Christmas Eve and New Year's Eve are working days unless configured")
    func notHolidays() throws {
        for text in ["2026-06-05", "2026-12-24", "2026-12-31"] {
            #expect(calendar.isWorkingDay(try date(text)))
        }
        let closed = DanishCalendar(
            configuration: try .init(extraClosedDays: [.constitutionDay, .christmasEve, .newYearsEve]))
        for text in ["2026-06-05", "2026-12-24", "2026-12-31"] {
            #expect(!closed.isWorkingDay(try date(text)))
        }
    }

    @Test("working days across Easter 2024")
    func easterWorkingDays() throws {
        // Wednesday before Easter + 1 working day skips Maundy Thursday to Easter Monday.
        #expect(calendar.adding(workingDays: 1, to: try date("2024-03-27")) == (try date("2024-04-02")))
        // Five working days after Friday 22 March 2024: 25, 26, 27 March, then 2 and 3 April (Wednesday).
        #expect(calendar.adding(workingDays: 5, to: try date("2024-03-22")) == (try date("2024-04-03")))
        #expect(calendar.workingDays(from: try date("2024-03-22"), to: try date("2024-04-03")) == 5)
    }

    @Test("working days across Christmas 2026")
    func christmas() throws {
        // 24 December 2026 is a Thursday and a working day; 25 and 26 are holidays; 27 a Sunday.
        #expect(calendar.adding(workingDays: 1, to: try date("2026-12-23")) == (try date("2026-12-24")))
        #expect(calendar.adding(workingDays: 2, to: try date("2026-12-23")) == (try date("2026-12-28")))
        let closed = DanishCalendar(configuration: try .init(extraClosedDays: [.christmasEve]))
        #expect(closed.adding(workingDays: 1, to: try date("2026-12-23")) == (try date("2026-12-28")))
    }

    @Test("a Friday-evening discharge is followed up by the next Friday")
    func fiveWeekdays() throws {
        #expect(calendar.adding(workingDays: 5, to: try date("2026-11-20")) == (try date("2026-11-27")))
        #expect(calendar.adding(workingDays: -5, to: try date("2026-11-27")) == (try date("2026-11-20")))
        #expect(calendar.adding(workingDays: 0, to: try date("2026-11-22")) == (try date("2026-11-22")))
    }

    @Test("Saturdays can be configured as working days")
    func saturdays() throws {
        let withSaturday = DanishCalendar(configuration: try .init(saturdaysAreWorkingDays: true))
        #expect(withSaturday.adding(workingDays: 1, to: try date("2026-11-20")) == (try date("2026-11-21")))
        #expect(calendar.adding(workingDays: 1, to: try date("2026-11-20")) == (try date("2026-11-23")))
    }

    @Test("adding then counting working days agrees, in both directions")
    func addThenCount() throws {
        let start = try date("2023-01-01")
        for offset in stride(from: 0, to: 1_100, by: 7) {
            let from = start.adding(days: offset)
            for n in [-12, -5, -1, 0, 1, 3, 5, 10, 23] {
                let to = calendar.adding(workingDays: n, to: from)
                #expect(calendar.workingDays(from: from, to: to) == n)
                if n != 0 { #expect(calendar.isWorkingDay(to)) }
            }
        }
    }

    @Test("deadlines read from the holiday table are those computed from the rules, inside and beyond its years")
    func holidayTable() throws {
        // An extra closed day that is a public holiday anyway changes no deadline, but makes the calendar work out
        // every year's closed days from the rules instead of reading them from its table.
        for saturdays in [false, true] {
            let tabled = DanishCalendar(configuration: try .init(saturdaysAreWorkingDays: saturdays))
            let computed = DanishCalendar(
                configuration: try .init(
                    extraClosedDays: [.annual(month: 12, day: 25, name: "Juledag")],
                    saturdaysAreWorkingDays: saturdays))
            for year in [1899, 1900, 1996, 2023, 2024, 2026, 2199, 2200] {
                let start = try date("\(year - 1)-12-01")
                for offset in stride(from: 0, to: 420, by: 3) {
                    let from = start.adding(days: offset)
                    for count in [-23, -5, -1, 1, 2, 5, 23, 400] {
                        let deadline = tabled.adding(workingDays: count, to: from)
                        #expect(deadline == computed.adding(workingDays: count, to: from))
                        #expect(tabled.workingDays(from: from, to: deadline) == count)
                        #expect(computed.workingDays(from: from, to: deadline) == count)
                    }
                }
            }
        }
        // Maundy Thursday and Good Friday 2026 (2 and 3 April) and Easter Monday (6 April) are read from the table.
        #expect(calendar.adding(workingDays: 1, to: try date("2026-04-01")) == (try date("2026-04-07")))
    }

    @Test("holiday look-up names the day")
    func names() throws {
        #expect(calendar.holiday(on: try date("2026-05-14"))?.kind == .ascensionDay)
        #expect(calendar.holiday(on: try date("2026-05-14"))?.kind.danishName == "Kristi himmelfartsdag")
        #expect(calendar.holiday(on: try date("2026-05-25"))?.kind == .whitMonday)
        #expect(calendar.holiday(on: try date("2026-05-26")) == nil)
    }

    @Test(
        "a closed day that cannot exist, or has no usable name, is refused naming the field",
        arguments: [
            (
                DanishCalendar.ClosedDay.annual(month: 13, day: 1, name: "x"), "extraClosedDays[1].month",
                "calendar.closed-day-month"
            ),
            (.annual(month: 0, day: 1, name: "x"), "extraClosedDays[1].month", "calendar.closed-day-month"),
            (.annual(month: 4, day: 31, name: "x"), "extraClosedDays[1].day", "calendar.closed-day-day"),
            (.annual(month: 2, day: 30, name: "x"), "extraClosedDays[1].day", "calendar.closed-day-day"),
            (.annual(month: 12, day: 24, name: " "), "extraClosedDays[1].name", "calendar.closed-day-name"),
            (
                .once(CalendarDate(daysSinceEpoch: 0), name: "Luk\u{1B}[2J"), "extraClosedDays[1].name",
                "text.control-character"
            ),
        ])
    func closedDayRefused(day: DanishCalendar.ClosedDay, field: String, code: String) throws {
        let error = #expect(throws: ValidationError.self) {
            try DanishCalendar.Configuration(extraClosedDays: [.christmasEve, day])
        }
        #expect(error?.field == FieldPath(field))
        #expect(error?.code == code)
    }

    @Test("29 February is a valid annual closed day and closes leap years only")
    func leapDay() throws {
        let calendar = DanishCalendar(
            configuration: try .init(extraClosedDays: [.annual(month: 2, day: 29, name: "x")]))
        #expect(!calendar.isWorkingDay(try date("2028-02-29")))
        #expect(calendar.isWorkingDay(try date("2027-03-01")))
    }

    @Test("decoding validates a configuration as the initialiser does")
    func decodingValidates() throws {
        let good = try DanishCalendar.Configuration(extraClosedDays: [
            .christmasEve, .annual(month: 5, day: 1, name: "1. maj"),
        ])
        let data = try JSONEncoder().encode(good)
        #expect(try JSONDecoder().decode(DanishCalendar.Configuration.self, from: data) == good)
        let bad = Data(
            #"{"extraClosedDays":[{"annual":{"month":2,"day":31,"name":"x"}}],"saturdaysAreWorkingDays":false}"#.utf8)
        let error = #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(DanishCalendar.Configuration.self, from: bad)
        }
        guard case .dataCorrupted(let context) = error else {
            Issue.record("expected dataCorrupted, got \(String(describing: error))")
            return
        }
        #expect(context.codingPath.map(\.stringValue) == ["extraClosedDays", "Index 0", "day"])
        #expect(context.debugDescription.contains("calendar.closed-day-day"))
    }

    @Test("a configuration naming more closed days than the bound is refused")
    func tooMany() {
        let days = Array(
            repeating: DanishCalendar.ClosedDay.christmasEve,
            count: DanishCalendar.Configuration.maximumExtraClosedDays + 1)
        #expect(throws: ValidationError.self) { try DanishCalendar.Configuration(extraClosedDays: days) }
    }
}
