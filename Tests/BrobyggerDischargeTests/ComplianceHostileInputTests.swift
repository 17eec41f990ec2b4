import BrobyggerCore
import BrobyggerDischarge
import Testing

/// The compliance report against hostile stored text and an implausible date.
@Suite("Compliance report and hostile input")
struct ComplianceHostileInputTests {
    static func date(_ text: String) throws -> CalendarDate { try CalendarDate(iso8601: text) }

    @Test("CSV and Markdown hold no control character from a unit's name")
    func renderings() throws {
        let name = "Afsnit\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m\u{202E}, \"x\" | *y*"
        let report = DischargeComplianceReport(
            period: DayRange(day: try Self.date("2025-06-01")),
            rows: [.init(scope: .init(level: .ward, organisation: nil, name: name), counts: .init())], exceptions: [],
            rules: [])
        for output in [report.csv(), report.markdown()] {
            #expect(!output.unicodeScalars.contains { ControlCharacters.isRefused($0, lineBreaks: .allowed) })
            #expect(output.contains("Afsnit"))
        }
        #expect(report.markdown().contains("\\| \\*y\\*"))
    }

    @Test("the default period ignores a discharge dated 9999-12-31 and says so")
    func implausibleDischarge() throws {
        let today = try Self.date("2026-03-02")
        let discharges = [try Self.date("2025-03-21"), try Self.date("2025-11-30"), try Self.date("9999-12-31")]
        let period = try ComplianceReportPeriod(discharges: discharges, today: today)
        #expect(period.period == (try DayRange(start: Self.date("2024-12-01"), end: Self.date("2025-11-30"))))
        #expect(period.choice == .latestDischarge)
        #expect(period.implausibleDischarges == 1)
        #expect(
            period.explanation.contains("1 discharge(s) dated outside the plausible window 1900-01-01 – 2036-03-02"))
        let empty = try ComplianceReportPeriod(discharges: [try Self.date("9999-12-31")], today: today)
        #expect(empty.choice == .today)
        #expect(empty.period.end == today)
        #expect(throws: ValidationError.self) {
            try ComplianceReportPeriod(
                from: Self.date("2025-12-01"), to: Self.date("2025-01-01"), discharges: [], today: today)
        }
        let given = try ComplianceReportPeriod(
            from: Self.date("2025-01-01"), to: Self.date("2025-06-30"), discharges: discharges, today: today)
        #expect(given.choice == .given)
        #expect(given.danishExplanation.hasPrefix("Perioden 2025-01-01 – 2025-06-30 er valgt af brugeren."))
    }
}
