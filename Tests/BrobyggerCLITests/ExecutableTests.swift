import Foundation
import Testing

/// End-to-end tests of the built `brobygger` executable on the demo store and on the sample files it exports.
@Suite("brobygger executable, end to end")
struct ExecutableTests {
    /// One demo run with exported samples, and a store built by importing the samples, shared by the tests.
    struct Fixture: Sendable {
        var demo: ToolProcess.Result
        var demoStore: String
        var samples: String
        var importedStore: String
        var imports: [ToolProcess.Result]

        static let shared: Fixture = {
            let demoStore = ToolProcess.scratch("demo")
            let samples = ToolProcess.scratch("samples")
            let demo = ToolProcess.run(["demo", "--store", demoStore, "--export", samples])
            let importedStore = ToolProcess.scratch("imported")
            let imports = importOrder.map { kind, file in
                ToolProcess.run(["import", kind] + paths(samples, file) + ["--store", importedStore])
            }
            return Fixture(
                demo: demo, demoStore: demoStore, samples: samples, importedStore: importedStore, imports: imports)
        }()

        static let importOrder = [
            ("organisations", "organisations.csv"), ("facilities", "facilities.csv"), ("residents", "residents.csv"),
            ("placements", "placements.csv"), ("events", "events.csv"), ("team-contacts", "team_contacts.csv"),
            ("medcom", "medcom/*.json"),
            ("discharge-documents", "discharge_documents.csv"), ("documents", "documents.json"),
            ("rc-responses", "rc_responses.csv"),
        ]

        /// The full paths of a sample file, or of every JSON file of a folder for `folder/*.json`.
        static func paths(_ samples: String, _ file: String) -> [String] {
            guard file.hasSuffix("/*.json") else { return [samples + "/" + file] }
            let folder = samples + "/" + file.dropLast("/*.json".count)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            return names.filter { $0.hasSuffix(".json") }.sorted().map { folder + "/" + $0 }
        }

        /// The facility the tour shows.
        var tourFacility: String? {
            demo.standardOutput.components(separatedBy: "\n").first { $0.hasPrefix("Beboeroverblik — ") }
                .map { line in
                    let name = line.dropFirst("Beboeroverblik — ".count)
                    return String(name[..<name.range(of: ", uge")!.lowerBound])
                }
        }

        /// The agreement id the tour names.
        var tourAgreement: String? {
            demo.standardOutput.components(separatedBy: "\n").first { $0.contains("agreement render ") }
                .flatMap { $0.components(separatedBy: "agreement render ").last?.components(separatedBy: " ").first }
        }
    }

    var fixture: Fixture { Fixture.shared }

    @Test("the demo fills the store and prints the tour; its samples of every format re-import cleanly")
    func demoAndSamples() throws {
        let demo = fixture.demo
        #expect(demo.status == 0, "\(demo)")
        for heading in [
            "Region Hovedstaden i tal", "Beboeroverblik — ", "Relationel koordinering", "Samarbejdsaftale — ",
        ] {
            #expect(demo.standardOutput.contains(heading), "missing \(heading)")
        }
        #expect(!demo.standardOutput.contains("\u{1B}["), "no colour when not a terminal")
        let files = try FileManager.default.contentsOfDirectory(atPath: fixture.samples).sorted()
        #expect(
            files == [
                "discharge_documents.csv", "documents.json", "events.csv", "facilities.csv", "medcom",
                "organisations.csv", "placements.csv", "rc_responses.csv", "rc_responses_wide.csv", "residents.csv",
                "team_contacts.csv",
            ])
        for result in fixture.imports {
            #expect(result.status == 0, "\(result)")
            #expect(result.standardOutput.hasPrefix("Imported "))
        }
        // The MedCom samples are one stay, sent by its ward to the facility, one bundle per course event.
        let bundles = Fixture.paths(fixture.samples, "medcom/*.json")
        #expect(bundles.count >= 2)
        #expect(
            bundles.first?.hasSuffix("01-admit_inpatient.json") == true
                || bundles.first?.hasSuffix("01-admit_emergency.json") == true)
        #expect(bundles.last?.hasSuffix("-discharge.json") == true)
        let medcom = try #require(fixture.imports.first { $0.standardOutput.hasPrefix("Imported medcom") })
        #expect(medcom.standardOutput.contains("from \(bundles.count) files"), "\(medcom)")
        #expect(medcom.standardOutput.contains("1 changed"), "the stay is recorded on its resident: \(medcom)")
        // Importing the same files again changes nothing.
        for (kind, file) in Fixture.importOrder {
            let again = ToolProcess.run(
                ["import", kind] + Fixture.paths(fixture.samples, file) + ["--store", fixture.importedStore])
            #expect(again.status == 0)
            #expect(again.standardOutput.contains(" 0 new, 0 changed"), "\(again)")
        }
    }

    @Test("a second demo in the same directory replaces the first; a directory the demo did not make is refused")
    func demoReplacesOnlyItsOwnStore() throws {
        let other = ToolProcess.scratch("not-a-demo")
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: other + "/notes.txt", contents: Data("mine".utf8))
        let refused = ToolProcess.run(["demo", "--store", other])
        #expect(refused.status == 4)
        #expect(refused.standardError.contains("the demo did not make"))
        #expect(ToolProcess.snapshot(other) == ["notes.txt": Data("mine".utf8)])
    }

    @Test(
        "every command has help",
        arguments: [
            [], ["demo"], ["generate"], ["import"], ["compliance"], ["board"], ["plans"], ["plans", "due"], ["plan"],
            ["plan", "show"], ["rc"], ["rc", "report"], ["agreement"], ["agreement", "new"], ["agreement", "render"],
            ["validate"],
        ])
    func help(_ path: [String]) {
        let result = ToolProcess.run(path + ["--help"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("USAGE: brobygger"))
        #expect(result.standardOutput.contains("-h, --help"))
    }

    @Test("the board shows the tour facility by name, in Danish, from the store")
    func board() throws {
        let facility = try #require(fixture.tourFacility)
        let result = ToolProcess.run([
            "board", "--facility", facility, "--week", "2025-W52", "--store", fixture.demoStore,
        ])
        #expect(result.status == 0, "\(result)")
        #expect(result.standardOutput.contains("Beboeroverblik — \(facility), uge 52 2025"))
        #expect(result.standardOutput.contains("Beboer"))
        #expect(result.standardOutput.contains("intensiveret indsats"))
        let markdown = ToolProcess.run([
            "board", "--facility", facility, "--week", "2025-W52", "--format", "markdown", "--store", fixture.demoStore,
        ])
        #expect(markdown.standardOutput.hasPrefix("# Beboeroverblik"))
        #expect(markdown.standardOutput.contains("| Beboer | Indsats |"))
    }

    @Test("the relational-coordination report reads both layouts alike and writes the heat map")
    func rcReport() throws {
        let svg = ToolProcess.scratch("heatmap") + ".svg"
        let long = ToolProcess.run(["rc", "report", fixture.samples + "/rc_responses.csv", "--svg", svg])
        let wide = ToolProcess.run(["rc", "report", fixture.samples + "/rc_responses_wide.csv"])
        #expect(long.status == 0, "\(long)")
        #expect(long.standardOutput.contains("Netværkets indeks"))
        #expect(
            long.standardOutput.replacingOccurrences(of: "Heat map written to \(svg).\n", with: "")
                .replacingOccurrences(of: "rc_responses.csv", with: "")
                == wide.standardOutput
                .replacingOccurrences(of: "rc_responses_wide.csv", with: ""))
        #expect(try String(contentsOfFile: svg, encoding: .utf8).contains("<svg"))
        let markdown = ToolProcess.run([
            "rc", "report", fixture.samples + "/rc_responses.csv", "--format", "markdown", "--k", "3",
        ])
        #expect(markdown.status == 0)
        #expect(markdown.standardOutput.contains("|"))
        let tooSmall = ToolProcess.run(["rc", "report", fixture.samples + "/rc_responses.csv", "--k", "2"])
        #expect(tooSmall.status == 2)
    }

    @Test("an agreement is drafted for a facility from the store and rendered as Markdown and HTML")
    func agreements() throws {
        let store = try ToolProcess.copy(fixture.importedStore, as: "agreements")
        let facility = try #require(fixture.tourFacility)
        let created = ToolProcess.run([
            "agreement", "new", "--template", "region-hovedstaden", "--facility", facility, "--store", store,
        ])
        #expect(created.status == 0, "\(created)")
        // The open points come from the library: the weekday the text names, rendered "[aftales]" until agreed.
        #expect(created.standardOutput.contains("Open points ("), "\(created)")
        #expect(created.standardOutput.contains("error agreement.parameter.missing"), "\(created)")
        #expect(created.standardOutput.contains("on-site-weekday"), "\(created)")
        let id = try #require(
            created.standardOutput.components(separatedBy: "Created draft agreement ").last?
                .components(separatedBy: " ").first)
        let markdown = ToolProcess.run(["agreement", "render", id, "--store", store])
        #expect(markdown.status == 0, "\(markdown)")
        #expect(markdown.standardOutput.contains(facility))
        let html = ToolProcess.run([
            "agreement", "render", id, "--format", "html", "--language", "en", "--store", store,
        ])
        #expect(html.standardOutput.contains("<h1"))
        let tour = try #require(fixture.tourAgreement)
        #expect(ToolProcess.run(["agreement", "render", tour, "--store", fixture.demoStore]).status == 0)
        let missing = ToolProcess.run(["agreement", "render", UUID().uuidString, "--store", store])
        #expect(missing.status == 4)
        #expect(missing.standardError.contains("not found"))
    }

    @Test("validate prints findings with sources and exits 1 on error findings, 0 when clean")
    func validate() throws {
        let result = ToolProcess.run(["validate", fixture.samples + "/documents.json"])
        #expect(result.status == 1, "\(result)")
        #expect(result.standardOutput.contains("error agreement.signature.missing"))
        #expect(
            result.standardOutput.contains(
                "source: Sundhedsstyrelsen og Social- og Boligstyrelsen (2024), Erfaringsopsamling af botilbudsteams"))
        let organisation = ToolProcess.scratch("organisation") + ".json"
        try Data(
            #"{"kind":"organisation","document":{"id":"3f2b8c1e-0a4d-4e6f-9b1a-2c3d4e5f6a7b","kind":"ward","name":"Afsnit 7"}}"#
                .utf8
        ).write(to: URL(fileURLWithPath: organisation))
        let clean = ToolProcess.run(["validate", organisation])
        #expect(clean.status == 0, "\(clean)")
        #expect(clean.standardOutput.contains("valid"))
    }

    struct BadInput: Sendable, CustomTestStringConvertible {
        var name: String
        var file: String
        var content: String
        var arguments: [String]
        var status: Int32
        var message: String
        var testDescription: String { name }
    }

    static let badInputs: [BadInput] = [
        BadInput(
            name: "malformed CSV", file: "organisations.csv",
            content: "id,kind,name\nw1,ward,\"Afsnit 1\nw2,ward,B\n", arguments: ["import", "organisations"],
            status: 3, message: "organisations.csv:2: a quoted field is never closed"),
        BadInput(
            name: "wrong code", file: "facilities.csv",
            content: "id,legal_basis,owner,capacity,approved_target_groups,team\nx,sel999,municipal,3,psychiatric,\n",
            arguments: ["import", "facilities"], status: 3,
            message: "facilities.csv:2: legal_basis: 'sel999' is not a known code"),
        BadInput(
            name: "unknown facility", file: "placements.csv",
            content: "resident,facility,legal_basis,from,to\n0101801234,no-such-home,sel108,2025-01-01,\n",
            arguments: ["import", "placements"], status: 3,
            message: "placements.csv:2: facility: no facility with this id in the store"),
        BadInput(
            name: "missing column", file: "residents.csv", content: "resident,given_name,municipality\n",
            arguments: ["import", "residents"], status: 3,
            message: "residents.csv:1: family_name: the header lacks the required column"),
        BadInput(
            name: "truncated JSON", file: "documents.json", content: #"[{"kind":"organisation","document":{"id":"#,
            arguments: ["import", "documents"], status: 3, message: "documents.json: not valid JSON"),
        BadInput(
            name: "truncated JSON to validate", file: "documents.json", content: #"{"kind":"organisation","docu"#,
            arguments: ["validate"], status: 3, message: "documents.json: not valid JSON"),
        BadInput(
            name: "truncated MedCom bundle", file: "notification.json", content: #"{"resourceType":"Bundle","type":"#,
            arguments: ["import", "medcom"], status: 3, message: "notification.json: not JSON: unexpected end of input"),
        BadInput(
            name: "unknown import kind", file: "x.csv", content: "a\n", arguments: ["import", "teams"], status: 2,
            message: "'teams' is not a valid KIND"),
    ]

    @Test("bad input gives the documented exit code and message and leaves the store untouched", arguments: badInputs)
    func badInput(_ bad: BadInput) throws {
        let store = fixture.importedStore
        let before = ToolProcess.snapshot(store)
        #expect(!before.isEmpty)
        let directory = ToolProcess.scratch("bad")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let file = directory + "/" + bad.file
        try Data(bad.content.utf8).write(to: URL(fileURLWithPath: file))
        let storeOption = bad.arguments.first == "import" ? ["--store", store] : []
        let result = ToolProcess.run(bad.arguments + [file] + storeOption)
        #expect(result.status == bad.status, "\(result)")
        #expect(result.standardError.contains(bad.message), "\(result)")
        #expect(ToolProcess.snapshot(store) == before)
    }

    @Test("with --skip-invalid the valid rows are imported and the skipped lines listed")
    func skipInvalid() throws {
        let store = try ToolProcess.copy(fixture.importedStore, as: "skip")
        let file = ToolProcess.scratch("skip") + ".csv"
        try Data("id,kind,name\nnew-ward,ward,Afsnit Ny\nbad,hospital,X\n".utf8).write(to: URL(fileURLWithPath: file))
        let result = ToolProcess.run(["import", "organisations", file, "--skip-invalid", "--store", store])
        #expect(result.status == 0, "\(result)")
        #expect(result.standardOutput.contains("1 new"))
        #expect(result.standardOutput.contains("line 3"))
        #expect(result.standardError.contains(":3: kind:"))
    }

    @Test("a dry run reports what would change and writes nothing")
    func dryRun() throws {
        let store = fixture.importedStore
        let before = ToolProcess.snapshot(store)
        let file = ToolProcess.scratch("dry") + ".csv"
        try Data("id,kind,name\nanother-ward,ward,Afsnit Prøve\n".utf8).write(to: URL(fileURLWithPath: file))
        let result = ToolProcess.run(["import", "organisations", file, "--dry-run", "--store", store])
        #expect(result.status == 0, "\(result)")
        #expect(result.standardOutput == "Dry run: 1 new, 0 changed, 0 unchanged documents; nothing was written.\n")
        #expect(ToolProcess.snapshot(store) == before)
    }

    @Test("commands on a missing store exit with the store error code")
    func missingStore() {
        let result = ToolProcess.run(["board", "--facility", "x", "--store", ToolProcess.scratch("none")])
        #expect(result.status == 4)
        #expect(result.standardError.contains("no Brobygger store here"))
    }
}
