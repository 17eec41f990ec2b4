import Benchmark
import BenchmarkFixtures
import Brobygger

let benchmarks: @Sendable () -> Void = {
    Benchmark(
        benchmarkName("Working days: 5 after every day of a decade"),
        // 16 to 20 allocations per run, all the runtime's: a relative tolerance on so few means nothing.
        configuration: BenchmarkDefaults.configuration(mallocTolerance: 50)
    ) {
        benchmark in
        let calendar = DanishCalendar.standard
        let start = CalendarDate(daysSinceEpoch: 19_723)
        for _ in benchmark.scaledIterations {
            ThreadCPUTime.measure(benchmark) {
                for offset in 0..<3_653 {
                    blackHole(calendar.adding(workingDays: 5, to: start.adding(days: offset)))
                }
            }
        }
    }
}
