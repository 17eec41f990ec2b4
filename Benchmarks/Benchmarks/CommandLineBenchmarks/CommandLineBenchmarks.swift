import Benchmark
import BenchmarkFixtures
import Foundation

/// The root package's `brobygger` in a release build, and the national year it generated as importable files.
///
/// Generating (≈ 20 s) and importing (≈ 8 minutes, see the README) are slow, so both are kept in a cache folder in
/// the temporary directory, stamped with the tool binary's size and modification time: a rebuilt tool generates
/// and imports again, an unchanged one reuses them (`brobygger generate` writes the same files for the same seed).
struct GeneratedYear: Sendable {
    let tool: String
    let cache: String
    let stamp: String
    /// The import steps README.txt lists, in its order, that this build of the tool accepts.
    let steps: [ImportStep]
    /// The import steps README.txt lists that this build of the tool does not accept yet.
    let unsupported: [String]

    /// One `brobygger import KIND FILE`.
    struct ImportStep: Sendable {
        let kind: String
        let file: String
    }

    var files: String { cache + "/national" }
    /// A store holding the whole import, left by the import benchmark for the compliance benchmark.
    var importedStore: String { cache + "/store" }

    /// Builds the tool (a no-op when the release build is current) and generates the national year, or finds both.
    static func make() throws -> GeneratedYear {
        let root = RootPackage.directory.path
        let cache = NSTemporaryDirectory() + "brobygger-bench-cli"
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        let log = cache + "/build.log"
        let build = ["build", "-c", "release", "--package-path", root]
        try check(
            ChildProcess.run("swift", build + ["--product", "brobygger"], output: log, errors: log, searchPath: true),
            "swift build -c release --product brobygger (see \(log))")
        let binPath = cache + "/bin-path.txt"
        try check(
            ChildProcess.run("swift", build + ["--show-bin-path"], output: binPath, errors: log, searchPath: true),
            "swift build --show-bin-path")
        let bin = try String(contentsOfFile: binPath, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let tool = bin + "/brobygger"
        let attributes = try FileManager.default.attributesOfItem(atPath: tool)
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        let stamp = "\((attributes[.size] as? NSNumber)?.intValue ?? 0)-\(modified)"
        let files = cache + "/national"
        if read(cache + "/files.stamp") != stamp {
            try? FileManager.default.removeItem(atPath: files)
            try? FileManager.default.removeItem(atPath: cache + "/store.stamp")
            try check(
                ChildProcess.run(tool, ["generate", files, "--scale", "national"], errors: cache + "/generate.log"),
                "brobygger generate \(files) --scale national (see \(cache)/generate.log)")
            try stamp.write(toFile: cache + "/files.stamp", atomically: true, encoding: .utf8)
        }
        // README.txt gives the import order as lines "  N. brobygger import KIND FILE --store STORE".
        let readme = try String(contentsOfFile: files + "/README.txt", encoding: .utf8)
        var steps: [ImportStep] = []
        var unsupported: [String] = []
        for line in readme.split(separator: "\n") {
            let words = line.split(separator: " ").map(String.init)
            guard words.count >= 5, words[0].hasSuffix("."), words[1] == "brobygger", words[2] == "import" else {
                continue
            }
            // A kind the tool does not know is a usage error (exit 2) before any file is read.
            let probe = try ChildProcess.run(
                tool, ["import", words[3], cache + "/no-such-file", "--dry-run", "--store", cache + "/probe"])
            if probe.status == 2 {
                unsupported.append("import \(words[3]) \(words[4])")
            } else {
                steps.append(ImportStep(kind: words[3], file: files + "/" + words[4]))
            }
        }
        guard !steps.isEmpty else {
            throw ChildProcess.Failure(description: "README.txt in \(files) lists no import the tool accepts")
        }
        try unsupported.joined(separator: "\n").write(
            toFile: cache + "/unsupported.txt", atomically: true, encoding: .utf8)
        return GeneratedYear(tool: tool, cache: cache, stamp: stamp, steps: steps, unsupported: unsupported)
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

    /// Keeps `store`, a complete import, as the cached store for the compliance benchmark.
    func keep(_ store: String) throws {
        try? FileManager.default.removeItem(atPath: importedStore)
        try FileManager.default.moveItem(atPath: store, toPath: importedStore)
        try stamp.write(toFile: cache + "/store.stamp", atomically: true, encoding: .utf8)
    }

    /// The cached store, importing it first when it is missing or was imported by another build of the tool.
    func storeImported() throws -> String {
        if Self.read(cache + "/store.stamp") != stamp {
            let store = cache + "/importing"
            try? FileManager.default.removeItem(atPath: store)
            try importAll(into: store)
            try keep(store)
        }
        // The report must come out: exit 0 (all in time) or 1 (findings), and CSV rows beyond the header.
        let csv = cache + "/compliance.csv"
        try Self.check(
            ChildProcess.run(tool, ["compliance", "--store", importedStore, "--format", "csv"], output: csv),
            "brobygger compliance", allowing: [0, 1])
        guard let text = Self.read(csv), text.split(separator: "\n").count > 1 else {
            throw ChildProcess.Failure(description: "brobygger compliance wrote no rows")
        }
        return importedStore
    }

    static func read(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }

    static func check(_ outcome: ChildProcess.Outcome, _ what: String, allowing: Set<Int32> = [0]) throws {
        guard allowing.contains(outcome.status) else {
            throw ChildProcess.Failure(description: "\(what) exited with status \(outcome.status)")
        }
    }
}

let generated = Fixture { try GeneratedYear.make() }
let imported = Fixture { () throws -> (year: GeneratedYear, store: String) in
    let year = try GeneratedYear.make()
    return (year, try year.storeImported())
}

/// The child's peak resident memory: the benchmark process's own says nothing about the tool.
let childPeakMemory = BenchmarkMetric.custom("Child peak resident (MB)", useScalingFactor: false)

func configuration(maxIterations: Int, maxSeconds: Int, setup: @escaping Benchmark.BenchmarkSetupHook)
    -> Benchmark.Configuration
{
    var configuration = BenchmarkDefaults.configuration(
        maxIterations: maxIterations, maxSeconds: maxSeconds, warmupIterations: 0, mallocTolerance: 10,
        threadCPUTime: false, setup: setup)
    configuration.metrics.append(childPeakMemory)
    configuration.thresholds?[childPeakMemory] = BenchmarkThresholds(relative: [.p50: 10, .p90: 10])
    return configuration
}

let benchmarks: @Sendable () -> Void = {
    // Issue benchmark 8: the CLI end to end, `brobygger compliance` on an imported national year, started with
    // posix_spawn. The first run builds the release tool (minutes). Benchmarks run in name order, so "1 import"
    // runs first and leaves its store for "2 compliance".
    Benchmark(
        benchmarkName("CLI 1: brobygger import, every generated file of a national year"),
        configuration: configuration(maxIterations: 1, maxSeconds: 1, setup: generated.prepare)
    ) { benchmark in
        let year = generated.value
        for _ in benchmark.scaledIterations {
            let store = year.cache + "/importing"
            try? FileManager.default.removeItem(atPath: store)
            benchmark.startMeasurement()
            try year.importAll(into: store)
            benchmark.stopMeasurement()
            try year.keep(store)
        }
    }
    // Issue 16 target: `brobygger rc report` on the national answers file (420,000 answers) at most 0.5 s, the
    // whole process including reading the file.
    Benchmark(
        benchmarkName("CLI 3: brobygger rc report, the national answers file"),
        configuration: configuration(maxIterations: 20, maxSeconds: 60, setup: generated.prepare)
    ) { benchmark in
        let year = generated.value
        for _ in benchmark.scaledIterations {
            let outcome = try ChildProcess.run(year.tool, ["rc", "report", year.files + "/rc_responses.csv"])
            try GeneratedYear.check(outcome, "brobygger rc report", allowing: [0, 1])
            benchmark.measurement(childPeakMemory, outcome.peakResidentBytes / 1_000_000)
        }
    }
    Benchmark(
        benchmarkName("CLI 2: brobygger compliance --format csv, imported national year"),
        configuration: configuration(maxIterations: 20, maxSeconds: 60, setup: imported.prepare)
    ) { benchmark in
        let (year, store) = imported.value
        for _ in benchmark.scaledIterations {
            let outcome = try ChildProcess.run(year.tool, ["compliance", "--store", store, "--format", "csv"])
            try GeneratedYear.check(outcome, "brobygger compliance", allowing: [0, 1])
            benchmark.measurement(childPeakMemory, outcome.peakResidentBytes / 1_000_000)
        }
    }
    // Issue 21 target: the worklist of a national store in at most 0.2 s (here the whole process, opening included).
    Benchmark(
        benchmarkName("CLI 3: brobygger discharges open --format csv, imported national year"),
        configuration: configuration(maxIterations: 20, maxSeconds: 60, setup: imported.prepare)
    ) { benchmark in
        let (year, store) = imported.value
        for _ in benchmark.scaledIterations {
            let outcome = try ChildProcess.run(year.tool, ["discharges", "open", "--store", store, "--format", "csv"])
            try GeneratedYear.check(outcome, "brobygger discharges open", allowing: [0, 1])
            benchmark.measurement(childPeakMemory, outcome.peakResidentBytes / 1_000_000)
        }
    }
}
