import Benchmark
import BenchmarkFixtures
import Brobygger
import BrobyggerTesting

/// The benchmark survey (5,000 respondents × 12 workgroups, 420,000 answers) and its scorer.
struct SurveyInput: Sendable {
    let scorer: RelationalCoordinationScorer
    let responses: RelationalCoordinationSyntheticSurvey
    let round: RelationalCoordinationRound.ID

    static func benchmark() -> SurveyInput {
        let generated = RelationalCoordinationSurveyGenerator.benchmark.generate()
        return SurveyInput(
            scorer: RelationalCoordinationScorer(survey: generated.survey), responses: generated,
            round: generated.survey.rounds[0].id)
    }
}

let input = Fixture { SurveyInput.benchmark() }

let benchmarks: @Sendable () -> Void = {
    // Issue target: under 50 ms; memory under 200 MB.
    Benchmark(
        benchmarkName("RC report with suppression: 5,000 respondents x 12 workgroups"),
        configuration: BenchmarkDefaults.configuration(setup: input.prepare)
    ) { benchmark in
        let data = input.value
        for _ in benchmark.scaledIterations {
            try ThreadCPUTime.measure(benchmark) {
                blackHole(try data.scorer.score(data.responses.responses, round: data.round))
            }
        }
    }
}
