import BrobyggerCore
import Foundation
import Testing

/// Hostile input: control characters in names and codes, CPR numbers in free text, implausible dates, and working-day
/// arithmetic whose work does not grow with the count.
@Suite("Hostile input")
struct HostileInputTests {
    /// A terminal retitle (`ESC ] 0;… BEL`) and a screen clear (`ESC [2J`).
    static let terminalInjection = "Peter\u{1B}]0;pwned\u{07}\u{1B}[2J"

    static let refused: [String] = [
        "\u{1B}", "\u{00}", "\u{07}", "\u{7F}", "\u{9B}", "\u{85}", "\u{202E}", "\u{202A}", "\u{2066}", "\u{2069}",
        "\t", "\n", "\r",
    ]

    @Test(
        "a name with a control character, NUL or a bidirectional override is refused, naming the part",
        arguments: refused)
    func personName(character: String) throws {
        let error = try #require(throws: ValidationError.self) {
            try PersonName(given: "Peter\(character)Hansen", family: "Hansen")
        }
        #expect(error.code == "text.control-character")
        #expect(error.field == "given")
        #expect(error.offendingValue?.hasPrefix("U+") == true)
        #expect(throws: ValidationError.self) { try PersonName(given: "Peter", family: "Han\(character)sen") }
    }

    @Test("decoding refuses the terminal injection in a name and in an organisation's name")
    func decoding() throws {
        let name = try JSONEncoder().encode(["given": Self.terminalInjection, "family": "Hansen"])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(PersonName.self, from: name) }
        #expect(throws: ValidationError.self) {
            try Organisation(id: .random(), kind: .municipality, name: "Kommune\u{1B}[2J")
        }
        #expect(throws: ValidationError.self) {
            try Organisation(id: .random(), kind: .municipality, name: "Kommune\u{202E}enummok")
        }
    }

    @Test("ordinary Danish names and text pass the check")
    func ordinaryText() throws {
        #expect(throws: Never.self) { try PersonName(given: "Åse Ærø-Øster", family: "Müller O'Brien") }
        #expect(throws: Never.self) {
            try ControlCharacters.check("Mål:\n\t– ringe hver uge", field: "note", lineBreaks: .allowed)
        }
        #expect(throws: ValidationError.self) {
            try ControlCharacters.check("Mål:\u{1B}[31m", field: "note", lineBreaks: .allowed)
        }
    }

    @Test("a validation error quoting outside input carries no control character")
    func validationErrorIsSafe() {
        let error = ValidationError(field: "x", code: "x", rule: "x", offendingValue: Self.terminalInjection)
        #expect(!error.description.unicodeScalars.contains { ControlCharacters.isRefused($0) })
    }

    @Test("every output kind replaces control characters and escapes markup", arguments: refused + ["\u{FFFE}"])
    func safeOutput(character: String) {
        let text = "<b>\(character)&#27;[x](javascript:alert(1))|*_\"'\(character)"
        let outputs = [
            SafeOutput.terminal(text), SafeOutput.markdown(text), SafeOutput.html(text), SafeOutput.xml(text),
            SafeOutput.csvField(text), SafeOutput.terminal(text, lineBreaks: .allowed),
        ]
        for output in outputs {
            #expect(!output.unicodeScalars.contains { ControlCharacters.isRefused($0, lineBreaks: .allowed) })
            #expect(!output.contains("\u{1B}"))
        }
        #expect(!SafeOutput.terminal(text).contains("\n"))
        #expect(!SafeOutput.markdown(text).contains("\n"))
        #expect(SafeOutput.markdown(text).contains("\\<b\\>"))
        #expect(SafeOutput.markdown(text).contains("\\&\\#27;"))
        #expect(SafeOutput.markdown(text).contains("\\[x\\]"))
        #expect(SafeOutput.html(text).hasPrefix("&lt;b&gt;"))
        #expect(!SafeOutput.xml(text).contains("<"))
        #expect(!SafeOutput.xml(text).contains("\u{FFFE}"))
        // A lone carriage return would overwrite the line on a terminal; a CRLF line end is kept.
        #expect(SafeOutput.terminal("a\r\nb\rc", lineBreaks: .allowed) == "a\r\nb\u{FFFD}c")
        #expect(SafeOutput.csvField("a,b") == "\"a,b\"")
        #expect(SafeOutput.terminal("Ærø") == "Ærø")
    }

    @Test("a CPR-shaped number in free text is found, and masked wherever it is shown")
    func personalNumbersInText() {
        let text = "Ring til 2703682774 eller 270368-2774"
        #expect(PersonalNumbersInText.contains(text))
        #expect(!PersonalNumbersInText.contains("Ring til 12345678 kl. 10"))
        #expect(!PersonalNumbersInText.contains("id 3f2504e0-4f89-11d3-9a0c-0305e82c3301"))
        let findings = PersonalNumbersInText.findings(in: [(path: FieldPath("goals[0].text"), text: text)])
        #expect(findings.map(\.code) == ["text.personal-number"])
        #expect(findings.first?.source.description.contains("art. 5 stk. 1 litra c") == true)
        #expect(findings.allSatisfy { !$0.description.contains("2774") })
        #expect(PersonIdentifier.maskingNumbers(in: text) == "Ring til 270368-xxxx eller 270368-xxxx")
    }

    @Test("the plausible window refuses 9999-12-31 and 1899-12-31 and keeps ten years ahead")
    func plausibleWindow() throws {
        let today = try CalendarDate(iso8601: "2026-03-02")
        let window = PlausibleDateWindow.standard
        let error = try #require(throws: ValidationError.self) {
            try window.check(CalendarDate(iso8601: "9999-12-31"), field: "date", today: today)
        }
        #expect(error.code == "date.implausible")
        #expect(error.field == "date")
        #expect(throws: ValidationError.self) {
            try window.check(CalendarDate(iso8601: "1899-12-31"), field: "date", today: today)
        }
        #expect(throws: Never.self) { try window.check(today.adding(years: 10), field: "date", today: today) }
        #expect(throws: ValidationError.self) {
            try window.check(today.adding(years: 10).adding(days: 1), field: "date", today: today)
        }
        #expect(throws: ValidationError.self) {
            try window.check(Instant(iso8601: "9999-12-31T10:00:00Z"), field: "at", clock: FixedClock(noonOn: today))
        }
        #expect(throws: ValidationError.self) { try PlausibleDateWindow(yearsAhead: 101) }
        #expect(throws: ValidationError.self) { try PlausibleDateWindow(earliest: CalendarDate(iso8601: "0001-01-01")) }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(PlausibleDateWindow.self, from: Data(#"{"yearsAhead": -1}"#.utf8))
        }
        let decoded = try JSONDecoder().decode(PlausibleDateWindow.self, from: Data("{}".utf8))
        #expect(decoded == .standard)
    }
}

/// Working-day arithmetic against a day-by-day reference: the same answers, for any count.
@Suite("Working days without a loop over the count")
struct WorkingDayArithmeticTests {
    /// The definition, one day at a time.
    static func reference(_ calendar: DanishCalendar, adding count: Int, to date: CalendarDate) -> CalendarDate {
        var remaining = abs(count)
        var current = date
        while remaining > 0 {
            current = current.adding(days: count > 0 ? 1 : -1)
            if calendar.isWorkingDay(current) { remaining -= 1 }
        }
        return current
    }

    static let calendars = [
        DanishCalendar.standard,
        DanishCalendar(
            configuration: try! .init(
                extraClosedDays: [
                    .christmasEve, .newYearsEve, .constitutionDay, .annual(month: 2, day: 29, name: "x"),
                ],
                saturdaysAreWorkingDays: true)),
        DanishCalendar(
            configuration: try! .init(extraClosedDays: [
                .once(CalendarDate(daysSinceEpoch: 20_000), name: "once"), .annual(month: 12, day: 25, name: "dup"),
            ])),
    ]

    @Test("adding and counting agree with the day-by-day definition", arguments: calendars.indices)
    func matchesReference(index: Int) throws {
        let calendar = Self.calendars[index]
        let start = try CalendarDate(iso8601: "2019-12-20")
        for offset in stride(from: 0, to: 800, by: 7) {
            let date = start.adding(days: offset)
            for count in [0, 1, 2, 4, 5, 6, 9, 10, 22, 260, -1, -5, -23, -300, offset * 37 % 1_800 - 900] {
                let result = calendar.adding(workingDays: count, to: date)
                #expect(result == Self.reference(calendar, adding: count, to: date), "\(date) + \(count)")
                #expect(calendar.workingDays(from: date, to: result) == count, "\(date) + \(count)")
            }
        }
    }

    @Test("a count beyond the limit is the limit, so no count makes the work unbounded")
    func bounded() throws {
        let date = try CalendarDate(iso8601: "2026-03-02")
        let calendar = DanishCalendar.standard
        let limit = calendar.adding(workingDays: DanishCalendar.workingDayLimit, to: date)
        #expect(calendar.adding(workingDays: Int.max, to: date) == limit)
        #expect(calendar.adding(workingDays: 10_000_000, to: date) == limit)
        #expect(calendar.workingDays(from: date, to: limit) == DanishCalendar.workingDayLimit)
        #expect(
            calendar.adding(workingDays: Int.min, to: date)
                == calendar.adding(workingDays: -DanishCalendar.workingDayLimit, to: date))
    }
}
