import BrobyggerCore
import BrobyggerPostgreSQL
import BrobyggerTesting
import Foundation

// Figures for the PostgreSQL store on a local server (README.md, "Performance"). Build both executables in release
// and run it through the test server script, from the repository's root:
//
//   (cd Adapters/PostgreSQL && swift build -c release)
//   bash scripts/postgres-test.sh -- Adapters/PostgreSQL/.build/release/PostgreSQLBenchmarks \
//       Adapters/PostgreSQL/.build/release/brobygger-postgres
//
// 1. single durable saves per second: one writer, then 8 concurrent writers (each save commits on its own);
// 2. `brobygger-postgres generate --scale national`, then every import of its README, one process each, timed;
// 3. `brobygger-postgres compliance --format csv` on the imported year, whole process, three runs.
// The server comes from BROBYGGER_TEST_POSTGRES_URL; each part works in a schema of its own and drops it.

func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

func seconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = start.duration(to: .now)
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

func format(_ value: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", value) }

/// Runs a command and returns its exit status and how long it took.
func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, seconds: Double) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
    let start = ContinuousClock.now
    try process.run()
    process.waitUntilExit()
    return (process.terminationStatus, seconds(since: start))
}

guard let url = ProcessInfo.processInfo.environment["BROBYGGER_TEST_POSTGRES_URL"] else {
    say("set BROBYGGER_TEST_POSTGRES_URL (scripts/postgres-test.sh does)")
    exit(2)
}
let arguments = Array(CommandLine.arguments.dropFirst())
let tool = arguments.first
let suffix = String(UInt32.random(in: 0...UInt32.max), radix: 16)

func configuration(_ schema: String) throws -> PostgreSQLConfiguration {
    var configuration = try PostgreSQLConfiguration(url: url)
    configuration.schema = schema
    return configuration
}

func drop(_ schema: String) async throws {
    // The schema's tables are dropped through a store-independent statement of psql's, when available.
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["psql", "-q", "-c", "DROP SCHEMA IF EXISTS \(schema) CASCADE"]
    process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
    process.standardError = FileHandle(forWritingAtPath: "/dev/null")
    try? process.run()
    process.waitUntilExit()
}

let author = Author(name: (try? PersonName(given: "Bench", family: "Mark"))!)

// 1. Single durable saves.
do {
    let schema = "bench_saves_" + suffix
    let store = try await PostgreSQLDocumentStore.open(try configuration(schema))
    func document(_ n: Int, task: Int) -> ConformanceDocument {
        ConformanceDocument(
            id: .init(rawValue: SequentialIdentifierSource.uuid(seed: UInt32(30 + task), value: UInt64(n))),
            resident: "r\(n % 100)", facility: "f\(n % 10)", status: "active", socialNotes: ["note \(n)"],
            diagnoses: ["DF20"])
    }
    let count = 2_000
    var start = ContinuousClock.now
    for n in 0..<count {
        _ = try await store.save(
            document(n, task: 0), expecting: .new, provenance: Provenance(author: author, instant: Instant(Date())))
    }
    let one = Double(count) / seconds(since: start)
    start = ContinuousClock.now
    for n in 0..<count {
        var changed = document(n, task: 0)
        changed.status = "closed"
        _ = try await store.save(
            changed, expecting: .version(1), provenance: Provenance(author: author, instant: Instant(Date())))
    }
    let updates = Double(count) / seconds(since: start)
    start = ContinuousClock.now
    try await withThrowingTaskGroup(of: Void.self) { group in
        for task in 1...8 {
            group.addTask {
                for n in 0..<(count / 4) {
                    _ = try await store.save(
                        document(n, task: task), expecting: .new,
                        provenance: Provenance(author: author, instant: Instant(Date())))
                }
            }
        }
        try await group.waitForAll()
    }
    let eight = Double(count * 2) / seconds(since: start)
    say(
        "single durable saves: \(format(one, 0))/s new (1 writer), \(format(updates, 0))/s updates (1 writer), "
            + "\(format(eight, 0))/s new (8 writers)")
    await store.close()
    try await drop(schema)
}

// 2. and 3. The national year through the tool.
if let tool {
    let schema = "bench_national_" + suffix
    let storeURL = url + (url.contains("?") ? "&" : "?") + "schema=" + schema
    let files = FileManager.default.temporaryDirectory.appendingPathComponent("pg-bench-\(suffix)").path
    defer { try? FileManager.default.removeItem(atPath: files) }
    let generated = try run(tool, ["generate", files, "--scale", "national"])
    guard generated.status == 0 else {
        say("generate failed (\(generated.status))")
        exit(1)
    }
    say("generate --scale national: \(format(generated.seconds)) s")
    let readme = try String(contentsOfFile: files + "/README.txt", encoding: .utf8)
    // With --compare-file-store, the same imports and reports on the file store too, for a baseline in the same run.
    var stores = [("PostgreSQL", storeURL)]
    if arguments.contains("--compare-file-store") { stores.append(("file store", files + "/file-store")) }
    for (name, store) in stores {
        var total = 0.0
        for line in readme.split(separator: "\n") {
            let words = line.split(separator: " ").map(String.init)
            guard words.count >= 5, words[1] == "brobygger", words[2] == "import" else { continue }
            let imported = try run(tool, ["import", words[3], files + "/" + words[4], "--store", store])
            guard imported.status == 0 else {
                say("import \(words[3]) failed (\(imported.status))")
                exit(1)
            }
            say("  \(name): import \(words[3]) \(words[4]): \(format(imported.seconds)) s")
            total += imported.seconds
        }
        say("\(name): import of the national year: \(format(total)) s in all")
        var runs: [Double] = []
        for _ in 0..<3 {
            let report = try run(tool, ["compliance", "--format", "csv", "--store", store])
            guard report.status == 0 || report.status == 1 else {
                say("compliance failed (\(report.status))")
                exit(1)
            }
            runs.append(report.seconds)
        }
        say("\(name): compliance --format csv, whole process: \(runs.map { format($0) }.joined(separator: " s, ")) s")
    }
    if !arguments.contains("--keep") { try await drop(schema) }
}
