import Brobygger
import BrobyggerTesting
import Foundation
import Testing

@testable import BrobyggerCommandLine

/// The personal-data audit of the tool: the demo's whole output, the output of every command over the demo store,
/// the store's audit log and the exported sample files other than the three input formats that must carry CPR
/// numbers contain no full CPR number of any of the region's 1,350 residents, in either form, and no other
/// `DDMMYY-SSSS` either.
@Suite("Personal data in the tool's output", .serialized, .timeLimit(.minutes(10)))
struct DemoOutputPersonalDataTests {
    /// The sample files whose format is keyed by CPR number.
    static let filesCarryingCPRNumbers: Set<String> = [
        "residents.csv", "placements.csv", "events.csv", "discharge_documents.csv", "team_contacts.csv",
    ]

    /// Both forms of every CPR number of the demo's region.
    static func regionCPRNumbers() throws -> Set<String> {
        let region = try SyntheticRegion.generate(.hovedstaden)
        var forms = Set<String>()
        for resident in region.residents {
            guard case .cpr(let number) = resident.person else { continue }
            forms.insert(number.unmaskedValue)
            forms.insert(number.unmaskedFormatted)
        }
        return forms
    }

    /// The full CPR numbers in `text`: every known number in either form, and anything shaped `DDMMYY-SSSS` that
    /// stands alone (not inside a longer run of digits, letters and hyphens, such as a UUID).
    static func leaks(in text: String, known: Set<String>) -> [String] {
        var found = Set<String>()
        let pattern = try! NSRegularExpression(
            pattern: "(?<![0-9A-Za-z-])([0-9]{6}-[0-9]{4}|[0-9]{10})(?![0-9A-Za-z]|-[0-9A-Za-z])")
        for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let range = Range(match.range, in: text) else { continue }
            let candidate = String(text[range])
            if candidate.contains("-") || known.contains(candidate) { found.insert(candidate) }
        }
        return found.sorted()
    }

    /// Runs the tool in-process; returns what it wrote to standard output and standard error.
    static func run(_ arguments: [String]) async -> (code: ExitCode, text: String) {
        let output = CapturedOutput()
        let code = await Tool.run(arguments, environment: TestSupport.environment(output))
        return (code, output.standardOutput + "\n" + output.standardError)
    }

    @Test("the demo, every command over its store, the audit log and the non-CPR sample files show no CPR number")
    func demoOutputIsMasked() async throws {
        let known = try Self.regionCPRNumbers()
        #expect(known.count >= 2_000, "the region's CPR numbers in both forms")
        let root = ScratchDirectory.path("audit")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let store = root + "/store"
        let samples = root + "/samples"

        var outputs: [(label: String, text: String)] = []
        let demo = await Self.run(["demo", "--store", store, "--export", samples])
        #expect(demo.code == .success)
        outputs.append(("demo", demo.text))

        let files = try FileDocumentStore(directory: store, mode: .readOnly)
        let plan = try #require(try await files.list(CoordinatedCarePlan.self, matching: DocumentQuery()).first)
        let agreement = try #require(
            try await files.list(CollaborationAgreement.self, matching: DocumentQuery()).first)
        let facility = try #require(try await files.list(ResidentialFacility.self, matching: DocumentQuery()).first)
        let commands: [[String]] = [
            ["compliance"], ["compliance", "--format", "markdown"], ["compliance", "--format", "csv"],
            ["compliance", "--format", "json"], ["plans", "due"], ["plans", "due", "--within", "60"],
            ["plan", "show", plan.document.id.uuidString],
            ["board", "--facility", facility.document.id.uuidString, "--week", "2025-W40"],
            ["board", "--facility", facility.document.id.uuidString, "--week", "2025-W40", "--format", "markdown"],
            ["agreement", "render", agreement.document.id.uuidString],
            ["agreement", "render", agreement.document.id.uuidString, "--format", "html", "--language", "en"],
        ]
        for arguments in commands.map({ $0 + ["--store", store] }) + [
            ["validate", samples + "/documents.json"], ["rc", "report", samples + "/rc_responses.csv"],
            ["rc", "report", samples + "/rc_responses_wide.csv", "--format", "markdown"],
        ] {
            let result = await Self.run(arguments)
            #expect(result.code != .usage, "\(arguments): \(result.text.prefix(500))")
            outputs.append((arguments.joined(separator: " "), result.text))
        }
        // Importing the residents file into an empty store, and a broken copy of it, reports rows by line.
        let residentsFile = samples + "/residents.csv"
        let broken = root + "/residents-broken.csv"
        let residents = try String(contentsOfFile: residentsFile, encoding: .utf8)
        let brokenText = residents.replacingOccurrences(of: ",0", with: ",9", options: [], range: nil)
        try Data(brokenText.utf8).write(to: URL(fileURLWithPath: broken))
        let empty = root + "/empty"
        for arguments in [["import", "residents", residentsFile, "--dry-run"], ["import", "residents", broken]] {
            let result = await Self.run(arguments + ["--store", empty])
            outputs.append((arguments.joined(separator: " "), result.text))
        }

        for (label, text) in outputs {
            #expect(!text.isEmpty, "\(label) printed nothing")
            let leaks = Self.leaks(in: text, known: known)
            #expect(
                leaks.isEmpty,
                "\(label) shows \(leaks.count) CPR numbers, e.g. a number of the shape \(leaks.first.map { String($0.prefix(6)) + "-…" } ?? "")"
            )
        }

        // The store's audit log and indexes; the documents themselves (format 1: the record folders; format 2:
        // documents.dat) carry the numbers they must.
        let enumerator = FileManager.default.enumerator(atPath: store)
        var scanned = 0
        while let path = enumerator?.nextObject() as? String {
            let url = URL(fileURLWithPath: store).appendingPathComponent(path)
            guard path != "documents.dat", !path.contains("resident-record"), !path.contains("discharge-agreement"),
                !path.contains("coordination-plan"), let data = FileManager.default.contents(atPath: url.path)
            else { continue }
            scanned += 1
            let leaks = Self.leaks(in: String(decoding: data, as: UTF8.self), known: known)
            #expect(leaks.isEmpty, "\(path) holds \(leaks.count) CPR numbers")
        }
        #expect(scanned > 0)

        var sampleFiles = 0
        for file in try FileManager.default.subpathsOfDirectory(atPath: samples).sorted() {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: samples + "/" + file, isDirectory: &isDirectory),
                !isDirectory.boolValue
            else { continue }
            let text = try String(contentsOfFile: samples + "/" + file, encoding: .utf8)
            let leaks = Self.leaks(in: text, known: known)
            if Self.filesCarryingCPRNumbers.contains(file) || file.hasPrefix("medcom/") {
                // The check can see them: these input formats are keyed by CPR number, and a MedCom hospital
                // notification names its patient by CPR number.
                #expect(!leaks.isEmpty, "\(file) is expected to carry CPR numbers")
            } else {
                sampleFiles += 1
                #expect(leaks.isEmpty, "\(file) holds \(leaks.count) CPR numbers")
            }
        }
        #expect(sampleFiles >= 5)
    }

    @Test("the leak check finds both forms and ignores longer numbers, dates and masked numbers")
    func leakCheck() {
        let known: Set = ["0707614285", "070761-4285"]
        #expect(Self.leaks(in: "x 0707614285 y", known: known) == ["0707614285"])
        #expect(Self.leaks(in: "x 070761-4285, y", known: known) == ["070761-4285"])
        #expect(Self.leaks(in: "unknown 120399-1234", known: known) == ["120399-1234"])
        #expect(Self.leaks(in: "070761-xxxx 2026-03-02 5790000123456 07076142851", known: known).isEmpty)
        #expect(Self.leaks(in: "ab283237-1657-4d34-8b0c-4877addf8e60", known: known).isEmpty)
    }
}
