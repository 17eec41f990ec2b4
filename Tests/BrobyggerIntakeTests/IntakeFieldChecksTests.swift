import Brobygger
import BrobyggerTesting
import Foundation
import Testing

@testable import BrobyggerIntake

/// Issue 19: every date and instant the intake reads lies in the plausible window (`PlausibleDateWindow`), every
/// text field it reads is free of control characters (`ControlCharacters`), each with the column named, and the
/// intake's fast instant parser accepts what `Instant(iso8601:)` accepts, with the same value.
@Suite("Intake field checks")
struct IntakeFieldChecksTests {
    struct BadRow: Sendable, CustomTestStringConvertible {
        var kind: IntakeKind
        var header: String
        var row: String
        var field: String
        var code: String
        var testDescription: String { "\(kind.rawValue): \(field) \(code)" }
    }

    static var badRows: [BadRow] {
        let a = IntakeFixture.cprA.unmaskedFormatted
        let events = "event_id,resident,episode,kind,at,ward,admission,supersedes"
        let placements = "resident,facility,legal_basis,from,to"
        let contacts = TeamContactsImport.header.joined(separator: ",")
        return [
            BadRow(
                kind: .events, header: events, row: "e9,\(a),ep1,discharge,9999-12-31T10:00:00+01:00,ward-1,,",
                field: "at", code: "date.implausible"),
            BadRow(
                kind: .events, header: events, row: "e9,\(a),ep1,discharge,1899-12-31T10:00:00+01:00,ward-1,,",
                field: "at", code: "date.implausible"),
            BadRow(
                kind: .events, header: events, row: "e\u{1B}[2J9,\(a),ep1,discharge,2025-03-21T10:00:00+01:00,ward-1,,",
                field: "event_id", code: "text.control-character"),
            BadRow(
                kind: .events, header: events,
                row: "e9,\(a),ep1,discharge,2025-03-21T10:00:00+01:00,ward-1,,e\u{202E}2",
                field: "supersedes", code: "text.control-character"),
            BadRow(
                kind: .placements, header: placements, row: "\(a),home-1,sel108,1850-01-01,",
                field: "from", code: "date.implausible"),
            BadRow(
                kind: .placements, header: placements, row: "\(a),home-1,sel108,2025-01-01,9999-12-31",
                field: "to", code: "date.implausible"),
            BadRow(
                kind: .teamContacts, header: contacts,
                row: "c9,\(a),team-1,home_visit,in_person,9999-01-01T10:00:00+01:00,", field: "at",
                code: "date.implausible"),
            BadRow(
                kind: .teamContacts, header: contacts,
                row: "c9,\(a),team-1,home_visit,in_person,2025-03-24T10:00:00+01:00,Hansen\u{1B}]0;x\u{07}",
                field: "professional", code: "text.control-character"),
            BadRow(
                kind: .teamContacts, header: contacts,
                row: "c9\u{9B}1m,\(a),team-1,home_visit,in_person,2025-03-24T10:00:00+01:00,",
                field: "contact_id", code: "text.control-character"),
        ]
    }

    @Test("an implausible date or a control character is a problem of its row naming the column", arguments: badRows)
    func badRow(_ bad: BadRow) async throws {
        let store = try await IntakeFixture.store()
        let plan = try await IntakeFixture.plan(bad.kind, bad.header + "\n" + bad.row, store: store)
        #expect(plan.writes.isEmpty)
        let problem = try #require(plan.problems.first)
        #expect(plan.problems.count == 1)
        #expect(problem.line == 2 && problem.field == bad.field)
        #expect(problem.rule.contains(bad.code), "\(problem)")
        #expect(!problem.description.unicodeScalars.contains { ControlCharacters.isRefused($0) })
    }

    @Test("the window is configuration: a planner with a wider window takes the date")
    func configuredWindow() async throws {
        let store = try await IntakeFixture.store()
        let text =
            "resident,facility,legal_basis,from,to\n\(IntakeFixture.cprB.unmaskedFormatted),home-1,sel108,1850-03-01,1850-12-31"
        let planner = ImportPlanner(
            store: store, today: IntakeFixture.today,
            window: try PlausibleDateWindow(earliest: try CalendarDate(iso8601: "1800-01-01")))
        let plan = try await planner.plan(.placements, inputs: [IntakeInput(name: "p.csv", data: Data(text.utf8))])
        #expect(plan.problems.isEmpty, "\(plan.problems)")
    }

    /// Edge cases of the ISO 8601 instant layout: offsets, fractions, seconds, separators, invalid days and times.
    static let edgeCases = [
        "2025-03-02T14:05:00+01:00", "2025-03-02T14:05+01:00", "2025-03-02T14:05:00Z", "2025-03-02T14:05:00z",
        "2025-03-02 14:05:00+0100", "2025-03-02T14:05:00.5+01:00", "2025-03-02T14:05:00,123Z",
        "2025-03-02T14:05:00.1234Z", "2025-03-02T23:59:59.9999999999999999999Z", "2025-03-02T14:05:00.Z",
        "2025-03-02T24:00:00Z", "2025-03-02T14:60:00Z", "2025-03-02T14:05:60Z", "2025-02-29T14:05:00Z",
        "2024-02-29T14:05:00Z", "2025-03-02T14:05:00+24:00", "2025-03-02T14:05:00+01:60", "2025-03-02T14:05:00+1:00",
        "2025-03-02T14:05:00", "2025-03-02t14:05:00Z", "2025-03-02T14:05:00Z ", "0000-01-01T00:00:00Z",
        "9999-12-31T23:59:59.999-23:59", "1900-01-01T00:00:00+00:50", "2025-13-01T00:00:00Z", "2025-00-10T00:00Z",
        "２025-03-02T14:05:00Z", "2025-03-02T1a:05:00Z", "2025-03-02T14:05:0Z", "2025-03-02T14:05:00+01:00:00",
        "2025-03-02T14:05:00-00:00", "2025-03-02T14:05:00.000+01:00", "2025-03-02T14:05:00.999+01:00",
    ]

    /// The fast parser's reading of `text`, and `Instant(iso8601:)`'s.
    static func both(_ text: String) -> (fast: Instant?, slow: Instant?) {
        let fast = Array(text.utf8).withUnsafeBufferPointer { CSVBytes.instant($0) }
        return (fast, try? Instant(iso8601: text))
    }

    /// Whether the fast parser agrees: it never takes text `Instant(iso8601:)` refuses, gives the same instant, and
    /// leaves only fractions of more than three digits to the full parser.
    static func agrees(_ text: String) -> Bool {
        let (fast, slow) = both(text)
        if let fast { return fast == slow }
        guard slow != nil else { return true }
        guard let separator = text.firstIndex(where: { $0 == "." || $0 == "," }) else { return false }
        return text[text.index(after: separator)...].prefix { $0.isASCII && $0.isNumber }.count > 3
    }

    @Test("the fast instant parser agrees with Instant(iso8601:) on the edge cases", arguments: edgeCases)
    func instantEdgeCase(_ text: String) {
        #expect(
            Self.agrees(text),
            "fast \(String(describing: Self.both(text).fast)), full \(String(describing: Self.both(text).slow))")
    }

    @Test("the fast instant parser agrees with Instant(iso8601:) on generated strings")
    func instantGenerated() {
        var random = IntakeLimitsTests.SplitMix(state: 2_026)
        let alphabet = Array("0123456789:-+.,TZ tz")
        var disagreements: [String] = []
        for _ in 0..<20_000 {
            // A valid instant, then a few random edits: replace, insert or delete one character.
            let year = 1_800 + Int(random.next() % 400)
            let pad = { (value: UInt64, width: Int) in
                let text = String(value)
                return String(repeating: "0", count: max(0, width - text.count)) + text
            }
            var text =
                "\(year)-\(pad(1 + random.next() % 12, 2))-\(pad(1 + random.next() % 31, 2))T"
                + "\(pad(random.next() % 24, 2)):\(pad(random.next() % 60, 2))"
            if random.next() % 2 == 0 { text += ":\(pad(random.next() % 60, 2))" }
            if random.next() % 3 == 0 {
                text += "." + String((0..<(1 + random.next() % 6)).map { _ in alphabet[Int(random.next() % 10)] })
            }
            text += ["Z", "+01:00", "-0230", "+02:00", "+0000"][Int(random.next() % 5)]
            var characters = Array(text)
            for _ in 0..<(random.next() % 3) where !characters.isEmpty {
                let position = Int(random.next() % UInt64(characters.count))
                switch random.next() % 3 {
                case 0: characters[position] = alphabet[Int(random.next() % UInt64(alphabet.count))]
                case 1: characters.insert(alphabet[Int(random.next() % UInt64(alphabet.count))], at: position)
                default: characters.remove(at: position)
                }
            }
            let candidate = String(characters)
            if !Self.agrees(candidate) { disagreements.append(candidate) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    }

    @Test("the fast date parser agrees with CalendarDate(iso8601:)")
    func dates() {
        for text in ["2025-02-28", "2025-02-29", "2024-02-29", "2025-13-01", "2025-1-01", "0000-01-01", "2025-03-0a"] {
            let fast = Array(text.utf8).withUnsafeBufferPointer { CSVBytes.date($0) }
            #expect(fast == (try? CalendarDate(iso8601: text)), "\(text)")
        }
    }
}
