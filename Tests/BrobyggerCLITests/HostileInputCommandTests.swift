import Brobygger
import BrobyggerTesting
import Foundation
import Testing

@testable import BrobyggerCommandLine

/// The tool against hostile stored text and hostile arguments: nothing reaches the terminal raw, no argument makes
/// the work unbounded, and each kind of failure has its one exit code.
@Suite("Hostile input through the tool", .serialized, .timeLimit(.minutes(5)))
struct HostileInputCommandTests {
    /// A retitle (`ESC ] 0;… BEL`), a screen clear (`ESC [2J`) and a C1 CSI.
    static let injection = "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m"

    /// A file store holding one care plan whose free text carries the injection (free text bypasses the name check:
    /// it may hold line breaks, and stores written before the check may hold anything).
    static func hostileStore() async throws -> (directory: String, plan: CoordinatedCarePlan.ID) {
        let directory = ScratchDirectory.path("hostile-store")
        var plan = CarePlanPeterCase().planAtFollowUp()
        plan.agreements.append(CarePlanAgreement(text: "Aftale \(injection) slut", approvedByResident: true))
        plan.challenges.append(CarePlanChallenge(domain: .psychiatric, text: injection))
        let store = try FileDocumentStore(directory: directory)
        _ = try await Repository<CoordinatedCarePlan>(store).create(plan, provenance: TestSupport.provenance)
        await store.close()
        return (directory, plan.id)
    }

    private func run(_ arguments: [String]) async -> (ExitCode, CapturedOutput) {
        let output = CapturedOutput()
        let code = await Tool.run(arguments, environment: TestSupport.environment(output))
        return (code, output)
    }

    private static func hasControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { ControlCharacters.isRefused($0, lineBreaks: .allowed) }
    }

    @Test("plan show prints no control character from the stored plan")
    func planShow() async throws {
        let (directory, id) = try await Self.hostileStore()
        let (code, output) = await run(["plan", "show", id.uuidString, "--store", directory, "--as-of", "2026-03-02"])
        #expect(code != .usage && code != .store)
        #expect(output.standardOutput.contains("Aftale"))
        #expect(!Self.hasControl(output.standardOutput))
        #expect(!output.standardOutput.contains("\u{1B}"))
    }

    @Test("the tool's tables and CSV replace control characters in cells")
    func tablesAndCSV() {
        var table = TextTable(headings: ["Navn"])
        table.rows = [["Ida\(Self.injection)\nOlsen"]]
        #expect(!Self.hasControl(table.text()))
        #expect(!table.text().contains("Ida\n"))
        #expect(!Self.hasControl(table.markdown()))
        var csv = CSVWriter(header: ["name"])
        csv.append(["Ida\(Self.injection)"])
        #expect(!Self.hasControl(csv.text))
    }

    @Test(
        "plans due --within outside 0–1000 is a usage error; the largest count answers",
        arguments: ["9223372036854775807", "1001", "-1", "ten"])
    func withinOutOfRange(within: String) async throws {
        let (directory, _) = try await Self.hostileStore()
        let (code, output) = await run(["plans", "due", "--within", within, "--store", directory])
        #expect(code == .usage)
        #expect(output.standardError.contains("from 0 to 1000"))
    }

    @Test("plans due --within 1000 answers; an --as-of outside the plausible window is a usage error")
    func withinLargest() async throws {
        let (directory, _) = try await Self.hostileStore()
        let (code, _) = await run(["plans", "due", "--within", "1000", "--store", directory])
        #expect(code != .usage)
        let (farCode, far) = await run(["plans", "due", "--as-of", "9999-12-31", "--store", directory])
        #expect(farCode == .usage)
        #expect(far.standardError.contains("plausible window"))
    }

    @Test("a reversed --from/--to is a usage error")
    func reversedPeriod() async throws {
        let (directory, _) = try await Self.hostileStore()
        let (code, output) = await run([
            "compliance", "--from", "2025-12-01", "--to", "2025-01-01", "--store", directory,
        ])
        #expect(code == .usage)
        #expect(output.standardError.contains("lies before --from"))
    }

    @Test("a long phase shows a status line on a terminal and erases it; nothing is drawn off a terminal")
    func phaseProgress() async throws {
        for terminal in [true, false] {
            let output = CapturedOutput()
            var environment = TestSupport.environment(output)
            environment.errorIsTerminal = terminal
            let result = try await PhaseProgress.run("Building the report", environment, delay: .zero) {
                // The phase lasts until its line has been drawn (on a terminal) or for a while (off one).
                for _ in 0..<(terminal ? 6_000 : 20) where !output.standardError.contains("Building the report… ") {
                    try await Task.sleep(for: .milliseconds(10))
                }
                return 42
            }
            #expect(result == 42)
            #expect(output.standardError.contains("Building the report… ") == terminal)
            #expect(output.standardError.hasSuffix(terminal ? "\r" : ""))
            #expect(output.standardOutput.isEmpty)
        }
    }

    @Test("the compliance report says which period it chose and why")
    func periodExplained() async throws {
        let (directory, _) = try await Self.hostileStore()
        let (_, output) = await run(["compliance", "--store", directory])
        #expect(output.standardOutput.contains("er de tolv måneder, der slutter i dag (ingen udskrivninger i data)"))
        let (_, csv) = await run(["compliance", "--store", directory, "--format", "csv"])
        #expect(!csv.standardOutput.contains("Perioden"))
        #expect(csv.standardError.contains("Perioden"))
    }

    @Test("a facility not in the store is a store error (exit 4), as for every document not found")
    func boardNotFound() async throws {
        let (directory, _) = try await Self.hostileStore()
        let (code, _) = await run(["board", "--facility", "no such facility", "--store", directory])
        #expect(code == .store)
        let (farCode, far) = await run(["board", "--facility", "x", "--week", "9999-W01", "--store", directory])
        #expect(farCode == .usage)
        #expect(far.standardError.contains("plausible window"))
    }

    @Test("an unwritable --svg path fails before the report is printed")
    func unwritableSVG() async throws {
        let directory = ScratchDirectory.path("hostile-rc")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var lines = ["round,respondent,respondent_group,rated_group,dimension,answer"]
        let dimensions = [
            "frequent", "timely", "accurate", "problem_solving", "shared_goals", "shared_knowledge", "mutual_respect",
        ]
        for (group, prefix) in [("nurses", "n"), ("doctors", "d")] {
            for index in 1...5 {
                for rated in ["nurses", "doctors"] {
                    for dimension in dimensions {
                        lines.append("r1,\(prefix)\(index),\(group),\(rated),\(dimension),4")
                    }
                }
            }
        }
        let file = directory + "/rc.csv"
        try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: file))
        let (good, goodOutput) = await run(["rc", "report", file, "--k", "3"])
        #expect(good != .usage && good != .input)
        #expect(!goodOutput.standardOutput.isEmpty)
        let (code, output) = await run(["rc", "report", file, "--k", "3", "--svg", directory + "/missing/dir/map.svg"])
        #expect(code == .input)
        #expect(output.standardOutput.isEmpty)
        let (bigK, _) = await run(["rc", "report", file, "--k", "1001"])
        #expect(bigK == .usage)
    }

    @Test("one discharge dated 9999-12-31 does not move the compliance report's period; the report says why")
    func implausibleDischarge() async throws {
        let store = try await TestSupport.populatedStore()
        let events = """
            event_id,resident,episode,kind,at,ward,admission,supersedes
            f1,\(TestSupport.cprB.unmaskedFormatted),ep10,admit_inpatient,2025-06-01T10:00:00+02:00,ward-1,voluntary,
            f2,\(TestSupport.cprB.unmaskedFormatted),ep10,discharge,9999-12-31T10:00:00+01:00,ward-1,,
            """
        // The intake refuses the date; a store written before it did, or by a reader told no day, may hold it.
        let refused = try await TestSupport.plan("events", events, store: store)
        #expect(refused.problems.map(\.field) == ["at"])
        let table = try CSVTable.parse(Data(events.utf8), file: "events.csv")
        let plan = try EventsImport.plan(table, snapshot: try await StoreSnapshot.load(store, for: .events))
        #expect(plan.problems.isEmpty)
        _ = try await store.save(plan.writes.map(\.write), provenance: TestSupport.provenance)
        let (report, period) = try await DischargeComplianceReport.buildWithPeriod(
            store: store, asOf: TestSupport.today)
        #expect(report.period.end == (try CalendarDate(iso8601: "2025-03-21")))
        #expect(period.choice == .latestDischarge)
        #expect(period.implausibleDischarges == 1)
        #expect(period.danishExplanation.contains("seneste udskrivning"))
        #expect(period.danishExplanation.contains("1 udskrivning(er) med en dato uden for det plausible tidsrum"))
    }
}
