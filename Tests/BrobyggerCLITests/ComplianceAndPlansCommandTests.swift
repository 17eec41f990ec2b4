import Brobygger
import BrobyggerTesting
import Foundation
import Testing

@testable import BrobyggerCommandLine

/// The `compliance`, `plans due` and `plan show` commands over a demo store (one demo, shared by the tests).
@Suite("Compliance and care-plan commands", .serialized, .timeLimit(.minutes(5)))
struct ComplianceAndPlansCommandTests {
    /// The demo store, made once by the first test that needs it.
    actor DemoStore {
        private var directory: String?

        func path() async -> String {
            if let directory { return directory }
            let made = ScratchDirectory.path("cli-demo")
            _ = await Tool.run(["demo", "--store", made], environment: TestSupport.environment(CapturedOutput()))
            directory = made
            return made
        }
    }

    static let demo = DemoStore()

    private func run(_ arguments: [String]) async -> (ExitCode, CapturedOutput) {
        let output = CapturedOutput()
        let store = await Self.demo.path()
        let code = await Tool.run(arguments + ["--store", store], environment: TestSupport.environment(output))
        return (code, output)
    }

    @Test("the compliance report in every format agrees with itself, and missing agreements give exit code 1")
    func compliance() async throws {
        let (code, text) = await run(["compliance"])
        #expect(code == .findings)
        #expect(text.standardOutput.contains("Overholdelse af psykiatriloven §13a/§13b"))
        let (_, csv) = await run(["compliance", "--format", "csv"])
        let lines = csv.standardOutput.split(separator: "\n")
        #expect(lines.first?.hasPrefix("level,organisation,name,discharges,required,in_time,late,missing") == true)
        let region = try #require(lines.first { $0.hasPrefix("region,") }).split(separator: ",")
        let required = Int(region[4])!
        #expect(required == Int(region[5])! + Int(region[6])! + Int(region[7])!)
        let (_, json) = await run(["compliance", "--format", "json"])
        let report = try JSONDecoder().decode(DischargeComplianceReport.self, from: Data(json.standardOutput.utf8))
        #expect(report.total.required == required)
        let (_, markdown) = await run(["compliance", "--format", "markdown"])
        #expect(markdown.standardOutput.contains("|"))
    }

    @Test("one ward's rows, by name; an unknown ward is a usage error")
    func scope() async throws {
        let (_, json) = await run(["compliance", "--format", "json"])
        let report = try JSONDecoder().decode(DischargeComplianceReport.self, from: Data(json.standardOutput.utf8))
        let ward = try #require(report.rows(.ward).first)
        let (_, one) = await run(["compliance", "--format", "json", "--ward", ward.scope.name])
        let scoped = try JSONDecoder().decode(DischargeComplianceReport.self, from: Data(one.standardOutput.utf8))
        #expect(scoped.rows == [ward])
        let (code, output) = await run(["compliance", "--ward", "no such ward"])
        #expect(code == .usage)
        #expect(output.standardError.contains("no ward 'no such ward' in the report"))
    }

    @Test("plans due lists missing and overdue meetings first; plan show renders a plan with its findings")
    func plans() async throws {
        let (code, due) = await run(["plans", "due", "--as-of", "2025-12-28"])
        #expect(code == .findings)
        let ids = due.standardOutput.split(separator: "\n").compactMap { line in
            line.split(separator: " ").first.flatMap { try? CoordinatedCarePlan.ID(uuidString: String($0)) }
        }
        let first = try #require(ids.first)
        let (showCode, shown) = await run(["plan", "show", first.uuidString, "--as-of", "2025-12-28"])
        #expect(shown.standardOutput.hasPrefix("# Koordinerende indsatsplan"))
        #expect(showCode == .findings || showCode == .success)
        let (badCode, bad) = await run(["plan", "show", "nope"])
        #expect(badCode == .usage)
        #expect(bad.standardError.contains("is not a plan identifier"))
        let (missingCode, _) = await run(["plan", "show", UUID().uuidString])
        #expect(missingCode == .store)
    }
}
