import Benchmark
import Brobygger
import BrobyggerTesting
import Foundation

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

    // Issue target: at least 5,000 messages per second, and decoding within 2× of JSONSerialization.
    let medcom = MedComExamples.load()
    Benchmark(
        "MedCom hospital notifications: ingest \(medcom.count) messages"
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            for message in medcom { blackHole(try HospitalNotification(json: message)) }
        }
    }
    Benchmark(
        "MedCom hospital notifications: FHIR.decode Bundle, \(medcom.count) messages"
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            for message in medcom { blackHole(try FHIR.decode(FHIR.Bundle.self, from: message)) }
        }
    }
    Benchmark(
        "MedCom hospital notifications: JSONSerialization parse (reference), \(medcom.count) messages"
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            for message in medcom { blackHole(try JSONSerialization.jsonObject(with: message)) }
        }
    }
}

/// The real MedCom example messages kept with the FHIR tests.
enum MedComExamples {
    static func load() -> [Data] {
        let folder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Tests/BrobyggerFHIRTests/Resources/medcom")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".json") }.sorted().compactMap {
            FileManager.default.contents(atPath: folder.appendingPathComponent($0).path)
        }
    }
}
