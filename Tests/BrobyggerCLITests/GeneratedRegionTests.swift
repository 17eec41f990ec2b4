import Foundation
import Testing

/// End-to-end tests of the built executable on a region written by `brobygger generate` and imported file by file
/// in the order its README.txt gives: the imports, `compliance` in every format and scope, `plans due`,
/// `plan show`, and bad input to the new import kinds.
@Suite("brobygger generate and the imports, end to end", .serialized)
struct GeneratedRegionTests {
    /// One generated region and one store it was imported into, shared by the tests.
    struct Fixture: Sendable {
        var generate: ToolProcess.Result
        var files: String
        var store: String
        var imports: [(step: [String], result: ToolProcess.Result)]

        static let shared: Fixture = {
            let files = ToolProcess.scratch("generated")
            let generate = ToolProcess.run(["generate", files])
            let store = ToolProcess.scratch("generated-store")
            let imports = importSteps(files).map { step in (step, ToolProcess.run(step + ["--store", store])) }
            return Fixture(generate: generate, files: files, store: store, imports: imports)
        }()

        /// The import commands README.txt lists, in order, with the files' full paths.
        static func importSteps(_ directory: String) -> [[String]] {
            let readme = (try? String(contentsOfFile: directory + "/README.txt", encoding: .utf8)) ?? ""
            return readme.components(separatedBy: "\n").compactMap { line in
                guard let range = line.range(of: ". brobygger import ") else { return nil }
                let words = line[range.upperBound...].components(separatedBy: " ")
                guard words.count >= 2 else { return nil }
                return ["import", words[0], directory + "/" + words[1]]
            }
        }
    }

    var fixture: Fixture { Fixture.shared }

    func run(_ arguments: [String], store: String? = nil) -> ToolProcess.Result {
        ToolProcess.run(arguments + ["--store", store ?? fixture.store])
    }

    @Test("generate writes every format and a README with the import order; the same seed writes the same files")
    func generateWritesEveryFormat() throws {
        #expect(fixture.generate.status == 0, "\(fixture.generate)")
        #expect(fixture.generate.standardOutput.contains("1350 residents"))
        let files = try FileManager.default.contentsOfDirectory(atPath: fixture.files).sorted()
        #expect(
            files == [
                "README.txt", "discharge_documents.csv", "documents.json", "events.csv", "facilities.csv",
                "organisations.csv", "organisations.json", "placements.csv", "rc_responses.csv",
                "rc_responses_wide.csv", "residents.csv", "team_contacts.csv",
            ])
        let kinds = Fixture.importSteps(fixture.files).map { $0[1] }
        #expect(
            kinds == [
                "organisations", "documents", "facilities", "residents", "placements", "events", "team-contacts",
                "discharge-documents", "documents", "rc-responses",
            ])
        let again = ToolProcess.scratch("generated-again")
        #expect(ToolProcess.run(["generate", again]).status == 0)
        #expect(ToolProcess.snapshot(again) == ToolProcess.snapshot(fixture.files))
        let otherSeed = ToolProcess.scratch("generated-seed")
        #expect(ToolProcess.run(["generate", otherSeed, "--seed", "7"]).status == 0)
        #expect(
            ToolProcess.snapshot(otherSeed)["residents.csv"] != ToolProcess.snapshot(fixture.files)["residents.csv"])
        let bad = ToolProcess.run(["generate", otherSeed, "--scale", "europe"])
        #expect(bad.status == 2)
        #expect(bad.standardError.contains("europe"))
    }

    @Test("the generated files import cleanly in README order, and importing them again changes nothing")
    func importsInOrder() throws {
        #expect(fixture.imports.count == 10)
        for (step, result) in fixture.imports {
            #expect(result.status == 0, "\(step): \(result)")
            #expect(result.standardOutput.hasPrefix("Imported "), "\(step): \(result)")
            #expect(!result.standardOutput.contains(" 0 new, 0 changed"), "\(step) imported nothing")
        }
        let before = ToolProcess.snapshot(fixture.store)
        for (step, _) in fixture.imports {
            let again = run(step)
            #expect(again.status == 0, "\(step): \(again)")
            #expect(again.standardOutput.contains(" 0 new, 0 changed"), "\(step): \(again)")
        }
        #expect(ToolProcess.snapshot(fixture.store).keys == before.keys)
    }

    @Test("the imported region's compliance report equals the demo's, the team follow-ups included")
    func complianceMatchesTheDemo() throws {
        let demoStore = ExecutableTests.Fixture.shared.demoStore
        let imported = run(["compliance", "--format", "csv"])
        let demo = run(["compliance", "--format", "csv"], store: demoStore)
        #expect(imported.status == 1, "\(imported)")
        #expect(demo.status == 1)
        // level,organisation,name,discharges,required,in_time,late,missing,content_complete,content_incomplete,
        // follow_ups_evaluated,follow_ups_met,follow_ups_late,follow_ups_not_met,follow_ups_not_registered,…
        func counts(_ csv: String) -> [String] {
            csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
                .map { fields in ([fields[0]] + fields[2...14]).joined(separator: ",") }
        }
        #expect(counts(imported.standardOutput) == counts(demo.standardOutput))
        #expect(counts(imported.standardOutput).count > 10)
    }

    @Test("compliance in every format", arguments: ["text", "markdown", "csv", "json"])
    func complianceFormats(_ format: String) throws {
        let result = run(["compliance", "--format", format])
        #expect(result.status == 1, "missing agreements are findings: \(result)")
        let output = result.standardOutput
        switch format {
        case "text":
            #expect(output.hasPrefix("Overholdelse af psykiatriloven §13a/§13b, 2025-01-01 – 2025-12-31"))
            #expect(output.contains("Psykiatrisk Center 1"))
        case "markdown":
            #expect(output.contains("| "))
            #expect(output.contains("Psykiatrisk Center 1"))
        case "csv":
            #expect(output.hasPrefix("level,organisation,name,discharges,required,in_time,late,missing"))
        default:
            let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
            #expect((object["rows"] as? [Any])?.isEmpty == false)
        }
    }

    /// The CSV rows of a compliance run, as `level,name`.
    func scopes(_ arguments: [String]) -> (Int32, [String]) {
        let result = run(["compliance", "--format", "csv"] + arguments)
        let rows = result.standardOutput.split(separator: "\n").dropFirst().map { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            return "\(fields[0]),\(fields[2])"
        }
        return (result.status, rows)
    }

    @Test("--region, --centre and --ward narrow the report to that unit and the units under it")
    func complianceScopes() throws {
        let (_, all) = scopes([])
        let (regionStatus, region) = scopes(["--region", "Region Hovedstaden"])
        #expect(regionStatus == 1)
        #expect(region.first == "region,Region Hovedstaden")
        #expect(region.contains("centre,Psykiatrisk Center 2"))
        #expect(region.count <= all.count)
        let (_, centre) = scopes(["--centre", "psykiatrisk center 1"])
        #expect(centre.first == "centre,Psykiatrisk Center 1")
        #expect(centre.count > 1)
        #expect(centre.dropFirst().allSatisfy { $0.hasPrefix("ward,") })
        #expect(!centre.contains("centre,Psykiatrisk Center 2"))
        let ward = try #require(centre.dropFirst().first?.components(separatedBy: ",").last)
        let (_, wardOnly) = scopes(["--ward", ward])
        #expect(wardOnly == ["ward,\(ward)"])
        let unknown = run(["compliance", "--centre", "Psykiatrisk Center 99"])
        #expect(unknown.status == 2)
        #expect(unknown.standardError.contains("no centre 'Psykiatrisk Center 99' in the report"))
    }

    @Test("--from and --to set the period; a malformed date is a usage error")
    func compliancePeriod() throws {
        let march = run(["compliance", "--from", "2025-03-01", "--to", "2025-03-31"])
        #expect(march.standardOutput.hasPrefix("Overholdelse af psykiatriloven §13a/§13b, 2025-03-01 – 2025-03-31"))
        func discharges(_ arguments: [String]) -> Int? {
            let csv = run(["compliance", "--format", "csv"] + arguments).standardOutput
            return csv.split(separator: "\n").first { $0.hasPrefix("region,") }
                .flatMap { Int($0.split(separator: ",", omittingEmptySubsequences: false)[3]) }
        }
        let year = try #require(discharges([]))
        let month = try #require(discharges(["--from", "2025-03-01", "--to", "2025-03-31"]))
        #expect(month > 0)
        #expect(month < year / 4)
        let bad = run(["compliance", "--from", "2025-02-30"])
        #expect(bad.status == 2)
        #expect(bad.standardError.contains("--from takes a date YYYY-MM-DD"))
    }

    @Test("plans due lists overdue and missing meetings; plan show renders a listed plan")
    func plans() throws {
        let due = run(["plans", "due", "--as-of", "2025-12-31", "--within", "20"])
        #expect(due.status == 1, "\(due)")
        #expect(due.standardOutput.contains("intet næste møde") || due.standardOutput.contains("overskredet"))
        let id = try #require(
            due.standardOutput.split(separator: "\n").compactMap { line in
                line.split(separator: " ").first.flatMap { UUID(uuidString: String($0)) }
            }.first)
        let show = run(["plan", "show", id.uuidString.lowercased(), "--as-of", "2025-12-31"])
        #expect([0, 1].contains(show.status), "\(show)")
        #expect(show.standardOutput.hasPrefix("# Koordinerende indsatsplan"))
        let missing = run(["plan", "show", UUID().uuidString])
        #expect(missing.status == 4)
        let notAnID = run(["plan", "show", "plan-7"])
        #expect(notAnID.status == 2)
        let badWithin = run(["plans", "due", "--within", "soon"])
        #expect(badWithin.status == 2)
    }

    @Test("the survey answers import as rounds; the wide layout of the same answers changes nothing")
    func surveyLayouts() throws {
        let wide = run(["import", "rc-responses", fixture.files + "/rc_responses_wide.csv", "--survey", "rc_responses"])
        #expect(wide.status == 0, "\(wide)")
        #expect(wide.standardOutput.contains("0 new, 0 changed, 2 unchanged"), "\(wide)")
    }

    struct BadInput: Sendable, CustomTestStringConvertible {
        var name: String
        var kind: String
        var file: String
        /// The file's text, made from a valid generated file.
        var content: @Sendable (String) -> String
        var message: String
        var testDescription: String { name }
    }

    /// Replaces the `column`th field of the first data row of a generated CSV file.
    static func editFirstRow(_ column: Int, _ value: String) -> @Sendable (String) -> String {
        { text in
            var lines = text.components(separatedBy: "\r\n")
            var fields = lines[1].components(separatedBy: ",")
            fields[column] = value
            lines[1] = fields.joined(separator: ",")
            return lines.joined(separator: "\r\n")
        }
    }

    static let badInputs: [BadInput] = [
        BadInput(
            name: "register: wrong kind code", kind: "discharge-documents", file: "discharge_documents.csv",
            content: editFirstRow(3, "udskrivningsaftale"),
            message: "discharge_documents.csv:2: kind: agreement or coordination_plan; got \"udskrivningsaftale\""),
        BadInput(
            name: "register: unknown episode", kind: "discharge-documents", file: "discharge_documents.csv",
            content: editFirstRow(2, "EP-unknown"),
            message: "discharge_documents.csv:2: episode: no course event of the resident has this episode of care"),
        BadInput(
            name: "register: another resident's episode", kind: "discharge-documents",
            file: "discharge_documents.csv",
            content: { text in
                var lines = text.components(separatedBy: "\r\n")
                var first = lines[1].components(separatedBy: ",")
                let other = lines.dropFirst(2).map { $0.components(separatedBy: ",") }.first {
                    $0.count > 2 && $0[1] != first[1]
                }
                first[2] = other?[2] ?? first[2]
                lines[1] = first.joined(separator: ",")
                return lines.joined(separator: "\r\n")
            },
            message: "discharge_documents.csv:2: episode: the episode of care "),
        BadInput(
            name: "register: malformed CSV", kind: "discharge-documents", file: "discharge_documents.csv",
            content: { $0.components(separatedBy: "\r\n")[0] + "\r\nx,\"unclosed\r\n" },
            message: "discharge_documents.csv:2: a quoted field is never closed"),
        BadInput(
            name: "survey: answer out of range", kind: "rc-responses", file: "rc_responses.csv",
            content: editFirstRow(5, "6"), message: "rc_responses.csv:2: answer: an answer is a score 1–5"),
        BadInput(
            name: "survey: unknown dimension", kind: "rc-responses", file: "rc_responses.csv",
            content: editFirstRow(4, "trust"), message: "rc_responses.csv:2: dimension: 'trust' is not a known code"),
        BadInput(
            name: "events: unknown ward", kind: "events", file: "events.csv", content: editFirstRow(5, "ward-x"),
            message: "events.csv:2: ward: no organisation with this id in the store"),
        BadInput(
            name: "documents: truncated JSON", kind: "documents", file: "documents.json",
            content: { String($0.prefix(2000)) }, message: "documents.json: not valid JSON"),
        BadInput(
            name: "facilities: unknown team", kind: "facilities", file: "facilities.csv",
            content: editFirstRow(5, "team-x"),
            message: "facilities.csv:2: team: no organisation with this id in the store"),
    ]

    @Test("bad input exits 3, names file, line and field, and leaves the store untouched", arguments: badInputs)
    func badInput(_ bad: BadInput) throws {
        let before = ToolProcess.snapshot(fixture.store)
        #expect(!before.isEmpty)
        let text = try String(contentsOfFile: fixture.files + "/" + bad.file, encoding: .utf8)
        let directory = ToolProcess.scratch("bad-generated")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let file = directory + "/" + bad.file
        try Data(bad.content(text).utf8).write(to: URL(fileURLWithPath: file))
        let result = run(["import", bad.kind, file])
        #expect(result.status == 3, "\(result)")
        #expect(result.standardError.contains(directory + "/" + bad.message), "\(result)")
        #expect(result.standardError.contains("nothing was imported"), "\(result)")
        #expect(ToolProcess.snapshot(fixture.store) == before)
    }

    @Test("with --skip-invalid a register's valid rows are imported and the skipped line listed")
    func registerSkipInvalid() throws {
        let store = try ToolProcess.copy(fixture.store, as: "register-skip")
        let file = ToolProcess.scratch("register-skip") + ".csv"
        let text = try String(contentsOfFile: fixture.files + "/discharge_documents.csv", encoding: .utf8)
        var lines = text.components(separatedBy: "\r\n")
        lines[1] = lines[1].replacingOccurrences(of: ",agreement,", with: ",aftale,")
            .replacingOccurrences(of: ",coordination_plan,", with: ",plan,")
        try Data(lines.joined(separator: "\r\n").utf8).write(to: URL(fileURLWithPath: file))
        let result = run(["import", "discharge-documents", file, "--skip-invalid"], store: store)
        #expect(result.status == 0, "\(result)")
        #expect(result.standardOutput.contains("line 2"), "\(result)")
        #expect(result.standardError.contains(":2: kind:"), "\(result)")
        #expect(!result.standardError.contains(String(lines[1].split(separator: ",")[1])), "no CPR number in messages")
    }
}
