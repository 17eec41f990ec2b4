import Benchmark
import BenchmarkFixtures
import Brobygger
import Foundation

/// The eleven real MedCom hospital-notification examples from the FHIR tests.
let messages = Fixture { RootPackage.medComExamples() }

let benchmarks: @Sendable () -> Void = {
    // Issue target: at least 5,000 messages per second, and decoding within 2× of JSONSerialization.
    let configuration = BenchmarkDefaults.configuration(setup: messages.prepare)
    Benchmark(benchmarkName("MedCom hospital notifications: ingest the examples"), configuration: configuration) {
        benchmark in
        for _ in benchmark.scaledIterations {
            try ThreadCPUTime.measure(benchmark) {
                for message in messages.value { blackHole(try HospitalNotification(json: message)) }
            }
        }
    }
    Benchmark(benchmarkName("MedCom hospital notifications: FHIR.decode Bundle"), configuration: configuration) {
        benchmark in
        for _ in benchmark.scaledIterations {
            try ThreadCPUTime.measure(benchmark) {
                for message in messages.value { blackHole(try FHIR.decode(FHIR.Bundle.self, from: message)) }
            }
        }
    }
    Benchmark(
        benchmarkName("MedCom hospital notifications: JSONSerialization parse (reference)"),
        configuration: configuration
    ) {
        benchmark in
        for _ in benchmark.scaledIterations {
            try ThreadCPUTime.measure(benchmark) {
                for message in messages.value { blackHole(try JSONSerialization.jsonObject(with: message)) }
            }
        }
    }
}
