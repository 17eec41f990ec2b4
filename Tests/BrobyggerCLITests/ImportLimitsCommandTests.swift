import Brobygger
import BrobyggerTesting
import Foundation
import Testing

@testable import BrobyggerCommandLine

/// Issue 19, items 5–7 through the tool: a document twice in one import and a file beyond a size limit are input
/// errors (exit 3) naming their sources, never store errors (exit 4); `--skip-invalid` keeps the earlier write.
@Suite("Import: duplicates and size limits through the tool", .serialized, .timeLimit(.minutes(5)))
struct ImportLimitsCommandTests {
    static let organisations = """
        id,kind,name,sor,gln,municipality,region
        w1,ward,Afsnit 1,,,,1084
        w2,ward,Afsnit 2,,,,1084
        """

    private static func run(_ arguments: [String], store: String) async -> (ExitCode, CapturedOutput) {
        let output = CapturedOutput()
        let code = await Tool.run(arguments + ["--store", store], environment: TestSupport.environment(output))
        return (code, output)
    }

    /// A scratch directory with `files` written in it, and the path of a store in it (not created).
    private static func directory(_ files: [String: String]) throws -> (String, String) {
        let directory = ScratchDirectory.make("import-limits")
        for (name, text) in files {
            try Data(text.utf8).write(to: URL(fileURLWithPath: directory + "/" + name))
        }
        return (directory, directory + "/store")
    }

    @Test("the same file named twice is an input error (exit 3); with --skip-invalid it is imported once")
    func sameFileTwice() async throws {
        let (directory, store) = try Self.directory(["o.csv": Self.organisations])
        let file = directory + "/o.csv"
        let (code, output) = await Self.run(["import", "organisations", file, file], store: store)
        #expect(code == .input, "\(output.standardError)")
        #expect(output.standardError.contains("the file is named twice (inputs 1 and 2)"))
        let (skipped, skippedOutput) = await Self.run(
            ["import", "organisations", file, file, "--skip-invalid"], store: store)
        #expect(skipped == .success, "\(skippedOutput.standardError)")
        #expect(skippedOutput.standardOutput.contains("2 new"))
        #expect(skippedOutput.standardOutput.contains("\(file): the whole file"))
    }

    @Test("two files writing one document: exit 3 naming both rows; --skip-invalid keeps the earlier, skips the later")
    func twoFilesOneDocument() async throws {
        let (directory, store) = try Self.directory([
            "a.csv": Self.organisations, "b.csv": "id,kind,name,sor,gln,municipality,region\nw2,ward,Afsnit B,,,,1084",
        ])
        let a = directory + "/a.csv"
        let b = directory + "/b.csv"
        let (code, output) = await Self.run(["import", "organisations", a, b], store: store)
        #expect(code == .input, "\(output.standardError)")
        #expect(output.standardError.contains("\(b):2: the organisation document is also written by \(a):3"))
        let (skipped, skippedOutput) = await Self.run(
            ["import", "organisations", a, b, "--skip-invalid"], store: store)
        #expect(skipped == .success, "\(skippedOutput.standardError)")
        #expect(skippedOutput.standardOutput.contains("\(b): line 2"))
        let files = try FileDocumentStore(directory: store, mode: .readOnly)
        let names = try await files.list(Organisation.self, matching: .all).map(\.document.name).sorted()
        await files.close()
        #expect(names == ["Afsnit 1", "Afsnit 2"])
    }

    @Test("a JSON documents file naming one document twice is an input error naming both entries")
    func jsonDuplicate() async throws {
        let organisation = try Organisation(
            id: StableIdentifier.make("x", kind: "organisation"), kind: .ward, name: "Afsnit X")
        let tagged = try AnyDocument.organisation(organisation).tagged()
        let text = String(decoding: try JSONSerialization.data(withJSONObject: [tagged, tagged]), as: UTF8.self)
        let (directory, store) = try Self.directory(["d.json": text])
        let (code, output) = await Self.run(["import", "documents", directory + "/d.json"], store: store)
        #expect(code == .input, "\(output.standardError)")
        #expect(output.standardError.contains("d.json: [1]: the same organisation document"))
        #expect(output.standardError.contains("as [0]"))
    }

    @Test("two JSON files writing one document: --skip-invalid keeps the earlier and names the skipped entry")
    func jsonAcrossFiles() async throws {
        func tagged(_ id: String, _ name: String) throws -> [String: Any] {
            try AnyDocument.organisation(
                Organisation(id: StableIdentifier.make(id, kind: "organisation"), kind: .ward, name: name)
            ).tagged()
        }
        let first = try JSONSerialization.data(withJSONObject: [try tagged("x", "Afsnit X")])
        let second = try JSONSerialization.data(withJSONObject: [try tagged("y", "Afsnit Y"), try tagged("x", "Ny")])
        let (directory, store) = try Self.directory([
            "1.json": String(decoding: first, as: UTF8.self), "2.json": String(decoding: second, as: UTF8.self),
        ])
        let files = [directory + "/1.json", directory + "/2.json"]
        let (code, output) = await Self.run(["import", "documents"] + files, store: store)
        #expect(code == .input)
        #expect(output.standardError.contains("2.json: [1]: the organisation document is also written by "))
        let (skipped, skippedOutput) = await Self.run(
            ["import", "documents"] + files + ["--skip-invalid"], store: store)
        #expect(skipped == .success, "\(skippedOutput.standardError)")
        #expect(skippedOutput.standardOutput.contains("2.json: document [1]"))
        let opened = try FileDocumentStore(directory: store, mode: .readOnly)
        let names = try await opened.list(Organisation.self, matching: .all).map(\.document.name).sorted()
        await opened.close()
        #expect(names == ["Afsnit X", "Afsnit Y"])
    }

    @Test("a field beyond the limit is an input error naming the line, the column and the limit")
    func longField() async throws {
        let text =
            "id,kind,name,sor,gln,municipality,region\nw1,ward," + String(repeating: "N", count: 1_000_000)
            + ",,,,1084\n"
        let (directory, store) = try Self.directory(["o.csv": text])
        let (code, output) = await Self.run(["import", "organisations", directory + "/o.csv"], store: store)
        #expect(code == .input)
        #expect(
            output.standardError.contains(
                "o.csv:2: name: the field holds more than the limit of 65,536 bytes per field"))
    }

    @Test("a MedCom message's instants lie in the plausible window on the day of the import")
    func medcomWindow() async throws {
        let store = try await MedComImportTests.store()
        let snapshot = try await StoreSnapshot.load(store)
        let message = try MedComImportTests.example("STIN_B1")
        let plausible = MedComImport.plan([message], snapshot: snapshot, today: TestSupport.today)
        #expect(plausible.problems.isEmpty, "\(plausible.problems)")
        // Imported on a day in 1950 the message's instants lie more than ten years ahead.
        let early = MedComImport.plan([message], snapshot: snapshot, today: try CalendarDate(iso8601: "1950-01-01"))
        #expect(early.writes.isEmpty)
        #expect(early.problems.map(\.field).contains("Bundle.timestamp"))
        #expect(early.problems.allSatisfy { $0.rule.contains("date.implausible") && $0.file == message.0 })
    }
}
