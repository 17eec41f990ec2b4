import Benchmark
import BenchmarkFixtures
import Foundation

/// The root package's `brobygger`, in a release build, and a national year it generated as importable files.
struct GeneratedYear: Sendable {
    let tool: String
    let files: String
    /// The import steps README.txt lists, in its order, that this build of the tool accepts: (kind, file).
    let steps: [(kind: String, file: String)]
    /// The import steps README.txt lists that this build of the tool does not accept yet.
    let unsupported: [String]

    /// Builds the tool (a no-op when the release build is current) and generates the national year.
    static func make() throws -> GeneratedYear {
        let root = RootPackage.directory.path
        let scratch = try temporaryDirectory("brobygger-bench-cli")
        let log = scratch + "/build.log"
        let build = ["build", "-c", "release", "--package-path", root]
        try check(
            ChildProcess.run("swift", build + ["--product", "brobygger"], output: log, errors: log, searchPath: true),
            "swift build -c release --product brobygger (see \(log))")
        let binPath = scratch + "/bin-path.txt"
        try check(
            ChildProcess.run("swift", build + ["--show-bin-path"], output: binPath, errors: log, searchPath: true),
            "swift build --show-bin-path")
        let bin = try String(contentsOfFile: binPath, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let tool = bin + "/brobygger"
        let files = scratch + "/national"
        try check(
            ChildProcess.run(tool, ["generate", files, "--scale", "national"], errors: scratch + "/generate.log"),
            "brobygger generate \(files) --scale national (see \(scratch)/generate.log)")
        // README.txt gives the import order as lines "  N. brobygger import KIND FILE --store STORE".
        let readme = try String(contentsOfFile: files + "/README.txt", encoding: .utf8)
        var steps: [(kind: String, file: String)] = []
        var unsupported: [String] = []
        for line in readme.split(separator: "\n") {
            let words = line.split(separator: " ").map(String.init)
            guard words.count >= 5, words[0].hasSuffix("."), words[1] == "brobygger", words[2] == "import" else {
                continue
            }
            // A kind the tool does not know is a usage error (exit 2) before any file is read.
            let probe = try ChildProcess.run(
                tool, ["import", words[3], scratch + "/no-such-file", "--dry-run", "--store", scratch + "/probe"])
            if probe.status == 2 {
                unsupported.append("import \(words[3]) \(words[4])")
            } else {
                steps.append((words[3], files + "/" + words[4]))
            }
        }
        guard !steps.isEmpty else {
            throw ChildProcess.Failure(description: "README.txt in \(files) lists no import the tool accepts")
        }
        return GeneratedYear(tool: tool, files: files, steps: steps, unsupported: unsupported)
    }

    /// Imports every generated file the tool accepts into a new store at `store`, in README.txt's order.
    func importAll(into store: String) throws {
        for step in steps {
            let log = store + ".import-\(step.kind).log"
            try Self.check(
                ChildProcess.run(tool, ["import", step.kind, step.file, "--store", store], output: log, errors: log),
                "brobygger import \(step.kind) (see \(log))")
        }
    }

    /// Removes the generated files.
    func remove() {
        try? FileManager.default.removeItem(atPath: (files as NSString).deletingLastPathComponent)
    }

    static func temporaryDirectory(_ prefix: String) throws -> String {
        let directory = NSTemporaryDirectory() + prefix + "-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return directory
    }

    static func check(_ outcome: ChildProcess.Outcome, _ what: String, allowing: Set<Int32> = [0]) throws {
        guard allowing.contains(outcome.status) else {
            throw ChildProcess.Failure(description: "\(what) exited with status \(outcome.status)")
        }
    }
}

/// A national year imported into a store by the tool.
struct ImportedYear: Sendable {
    let year: GeneratedYear
    let store: String

    static func make() throws -> ImportedYear {
        let year = try GeneratedYear.make()
        let store = try GeneratedYear.temporaryDirectory("brobygger-bench-store") + "/store"
        try year.importAll(into: store)
        // The report must come out: exit 0 (all in time) or 1 (findings), and CSV rows beyond the header.
        let csv = store + ".compliance.csv"
        try GeneratedYear.check(
            ChildProcess.run(year.tool, ["compliance", "--store", store, "--format", "csv"], output: csv),
            "brobygger compliance", allowing: [0, 1])
        let rows = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\n").count
        guard rows > 1 else { throw ChildProcess.Failure(description: "brobygger compliance wrote no rows") }
        return ImportedYear(year: year, store: store)
    }

    /// Removes the store and the generated files.
    func remove() {
        try? FileManager.default.removeItem(atPath: (store as NSString).deletingLastPathComponent)
        year.remove()
    }
}

let generated = Fixture { try GeneratedYear.make() }
let imported = Fixture { try ImportedYear.make() }

/// The child's peak resident memory: the benchmark process's own says nothing about the tool.
let childPeakMemory = BenchmarkMetric.custom("Child peak resident (MB)", useScalingFactor: false)

func configuration(
    maxIterations: Int, setup: @escaping Benchmark.BenchmarkSetupHook,
    teardown: @escaping Benchmark.BenchmarkTeardownHook
) -> Benchmark.Configuration {
    var configuration = BenchmarkDefaults.configuration(
        maxIterations: maxIterations, maxSeconds: 60, warmupIterations: 0, mallocTolerance: 10, setup: setup,
        teardown: teardown)
    configuration.metrics.append(childPeakMemory)
    configuration.thresholds?[childPeakMemory] = BenchmarkThresholds(relative: [.p50: 10, .p90: 10])
    return configuration
}

let benchmarks: @Sendable () -> Void = {
    // Issue benchmark 8: the CLI end to end, `brobygger compliance` on an imported national year, started with
    // posix_spawn. The first run builds the release tool (minutes); the import is measured on its own.
    Benchmark(
        "CLI: brobygger import, national year",
        configuration: configuration(maxIterations: 2, setup: generated.prepare, teardown: { generated.value.remove() })
    ) { benchmark in
        let year = generated.value
        for _ in benchmark.scaledIterations {
            let store = try GeneratedYear.temporaryDirectory("brobygger-bench-store") + "/store"
            benchmark.startMeasurement()
            try year.importAll(into: store)
            benchmark.stopMeasurement()
            try? FileManager.default.removeItem(atPath: (store as NSString).deletingLastPathComponent)
        }
    }
    Benchmark(
        "CLI: brobygger compliance --format csv, imported national year",
        configuration: configuration(maxIterations: 20, setup: imported.prepare, teardown: { imported.value.remove() })
    ) { benchmark in
        let data = imported.value
        for _ in benchmark.scaledIterations {
            let outcome = try ChildProcess.run(
                data.year.tool, ["compliance", "--store", data.store, "--format", "csv"])
            try GeneratedYear.check(outcome, "brobygger compliance", allowing: [0, 1])
            benchmark.measurement(childPeakMemory, outcome.peakResidentBytes / 1_000_000)
        }
    }
}
