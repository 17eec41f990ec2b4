import Benchmark
import BenchmarkFixtures
import Brobygger
import BrobyggerTesting

/// The national year's stays (50,000 admissions), without the rest of the synthetic region.
let stays = Fixture { try SyntheticRegion.generate(.national).courseRegister().stays }

let benchmarks: @Sendable () -> Void = {
    // Issue target: readmission analysis over the national year under 50 ms; memory under 200 MB.
    Benchmark(
        benchmarkName("Readmission analysis: national year"),
        configuration: BenchmarkDefaults.configuration(setup: stays.prepare)
    ) { benchmark in
        let stays = stays.value
        for _ in benchmark.scaledIterations {
            ThreadCPUTime.measure(benchmark) { blackHole(ReadmissionAnalysis(stays: stays)) }
        }
    }
}
