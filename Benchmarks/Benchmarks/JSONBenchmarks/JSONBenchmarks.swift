import Benchmark
import BenchmarkFixtures
import Brobygger
import BrobyggerTesting
import Foundation

/// The discharge agreements and coordination plans of the national year, as one JSON document.
struct DischargeDocuments: Codable, Sendable {
    let agreements: [DischargeAgreement]
    let plans: [CoordinationPlan]
}

/// One corpus of documents: how to make it, and its name in the benchmark names.
struct Corpus<Value: Codable & Sendable>: Sendable {
    let name: String
    let make: @Sendable () throws -> Value

    /// The documents, for encoding.
    var values: Fixture<Value> { Fixture { try make() } }
    /// Their JSON, for decoding (the documents themselves are dropped once encoded).
    var bytes: Fixture<Data> { Fixture { try JSONEncoder().encode(try make()) } }
    /// Their JSON parsed by `JSONSerialization`, for the reference encoder.
    var objects: Fixture<JSONObject> {
        Fixture { JSONObject(value: try JSONSerialization.jsonObject(with: try JSONEncoder().encode(try make()))) }
    }
}

/// A `JSONSerialization` object tree (immutable once parsed).
struct JSONObject: @unchecked Sendable {
    let value: Any
}

/// Megabytes per second of the measuring thread's CPU time, over the bytes of one iteration: the operations are
/// single-threaded, and CPU time does not stretch when other work shares the machine's two cores as wall time does.
let megabytesPerSecond = BenchmarkMetric.custom("MB/s (CPU time)", polarity: .prefersLarger, useScalingFactor: false)
/// The size of the JSON, in kilobytes.
let kilobytes = BenchmarkMetric.custom("JSON size (kB)", useScalingFactor: false)

func configuration(setup: @escaping Benchmark.BenchmarkSetupHook) -> Benchmark.Configuration {
    var configuration = BenchmarkDefaults.configuration(maxIterations: 10, maxSeconds: 20, setup: setup)
    configuration.metrics += [megabytesPerSecond, kilobytes]
    configuration.thresholds?[megabytesPerSecond] = BenchmarkThresholds(relative: [.p50: 15, .p90: 15])
    configuration.thresholds?[kilobytes] = BenchmarkThresholds(relative: [.p50: 1, .p90: 1])
    return configuration
}

/// Runs `body` once per iteration and reports the size and the rate over `count` bytes.
func measure(_ benchmark: Benchmark, bytes count: @autoclosure () -> Int, _ body: () throws -> Void) rethrows {
    for _ in benchmark.scaledIterations {
        let seconds = try ThreadCPUTime.measure(benchmark, body)
        benchmark.measurement(megabytesPerSecond, Int(Double(count()) / 1_000_000 / seconds))
        benchmark.measurement(kilobytes, count() / 1_000)
    }
}

func register<Value: Codable & Sendable>(_ corpus: Corpus<Value>) {
    let values = corpus.values
    let bytes = corpus.bytes
    let objects = corpus.objects
    Benchmark(benchmarkName("JSON encode: \(corpus.name)"), configuration: configuration(setup: values.prepare)) {
        benchmark in
        let documents = values.value
        var size = 0
        try measure(benchmark, bytes: size) { size = try JSONEncoder().encode(documents).count }
    }
    Benchmark(benchmarkName("JSON decode: \(corpus.name)"), configuration: configuration(setup: bytes.prepare)) {
        benchmark in
        let data = bytes.value
        try measure(benchmark, bytes: data.count) { blackHole(try JSONDecoder().decode(Value.self, from: data)) }
    }
    Benchmark(
        benchmarkName("JSON reference, JSONSerialization parse: \(corpus.name)"),
        configuration: configuration(setup: bytes.prepare)
    ) { benchmark in
        let data = bytes.value
        try measure(benchmark, bytes: data.count) { blackHole(try JSONSerialization.jsonObject(with: data)) }
    }
    Benchmark(
        benchmarkName("JSON reference, JSONSerialization write: \(corpus.name)"),
        configuration: configuration(setup: objects.prepare)
    ) { benchmark in
        let tree = objects.value.value
        var size = 0
        try measure(benchmark, bytes: size) { size = try JSONSerialization.data(withJSONObject: tree).count }
    }
}

let benchmarks: @Sendable () -> Void = {
    // Issue target: decoding within 2× of JSONSerialization parsing the same bytes; encode and decode in MB/s.
    register(
        Corpus(name: "10,000 care plans") {
            try SyntheticRegion.generate(.national).carePlans(CarePlanGenerationParameters(count: 10_000))
        })
    register(
        Corpus(name: "national discharge agreements and coordination plans") {
            let discharge = try DischargeSyntheticDocuments.derive(from: try SyntheticRegion.generate(.national))
            return DischargeDocuments(agreements: discharge.agreements, plans: discharge.plans)
        })
    register(
        Corpus(name: "1,000 collaboration agreements") {
            try SyntheticRegion.generate(.national).collaborationAgreements(count: 1_000)
        })
}
