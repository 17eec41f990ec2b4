import Benchmark
import Brobygger
import BrobyggerTesting

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident, .throughput],
        maxDuration: .seconds(5))

    Benchmark("Working days: 5 after every day of a decade") { benchmark in
        let calendar = DanishCalendar.standard
        let start = CalendarDate(daysSinceEpoch: 19_723)
        for _ in benchmark.scaledIterations {
            for offset in 0..<3_653 {
                blackHole(calendar.adding(workingDays: 5, to: start.adding(days: offset)))
            }
        }
    }

    // Issue target: under 50 ms in a release build on a 2-core machine, memory proportional to the input.
    Benchmark("RC report with suppression: 5,000 respondents × 12 workgroups (420,000 answers)") { benchmark in
        let generated = RelationalCoordinationSurveyGenerator.benchmark.generate()
        let scorer = RelationalCoordinationScorer(survey: generated.survey)
        let round = generated.survey.rounds[0].id
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try scorer.score(generated.responses, round: round))
        }
    }
}
