import Benchmark
import Brobygger
import BrobyggerTesting
import Foundation

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident, .throughput],
        maxDuration: .seconds(5))
    let national = NationalData.shared

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

    // Issue target: §13a/§13b compliance report over the national year under 50 ms.
    Benchmark("§13a/§13b compliance report: national year (\(national.discharge.cases.count) discharges)") {
        benchmark in
        let followUps = national.region.followUps(stays: national.discharge.stays)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(
                DischargeComplianceReport.build(
                    period: national.region.period, cases: national.discharge.cases,
                    documents: national.discharge.records, followUps: followUps,
                    networkMeetings: national.discharge.networkMeetings, organisations: national.region.organisations))
        }
    }

    // Issue targets (national year, release build, 2 cores): readmission analysis under 50 ms; boards for every
    // facility for one week under 100 ms; memory under 200 MB.
    Benchmark("Readmission analysis: national year (\(national.stays.count) stays)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(ReadmissionAnalysis(stays: national.stays))
        }
    }
    Benchmark(
        "Resident-overview boards: every facility for one week (national, \(national.region.facilities.count) facilities)"
    ) {
        benchmark in
        let records = national.region.overviewRecords(stays: national.stays)
        let week = try ISOWeek(iso8601: "2025-W40")
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            for facility in national.region.facilities {
                guard let team = facility.outreachTeam else { continue }
                blackHole(
                    records.board(
                        facility: facility.id, team: team, week: week, viewer: national.region.teamViewer(team),
                        terms: national.region.terms))
            }
        }
    }

    // Issue 8: 100,000 saves and 100,000 gets of residents with events from 8 tasks (in memory); 10,000 document
    // saves and a cold load of the synthetic region (file store).
    Benchmark(
        "In-memory store: 100,000 saves and 100,000 gets of resident records from 8 tasks",
        configuration: .init(maxIterations: 5)
    ) {
        benchmark in
        let records = national.records
        let author = Author(name: try PersonName(given: "Bench", family: "Mark"))
        let instant = Instant(secondsSince1970: 1_780_000_000)
        for _ in benchmark.scaledIterations {
            let store = InMemoryDocumentStore()
            try await withThrowingTaskGroup(of: Void.self) { group in
                for task in 0..<8 {
                    group.addTask {
                        for index in stride(from: task, to: 100_000, by: 8) {
                            let record = records[index % records.count]
                            let version = index / records.count
                            _ = try await store.save(
                                record, expecting: version == 0 ? .new : .version(version),
                                provenance: Provenance(author: author, instant: instant))
                        }
                    }
                }
                try await group.waitForAll()
            }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for task in 0..<8 {
                    group.addTask {
                        for index in stride(from: task, to: 100_000, by: 8) {
                            blackHole(
                                try await store.current(ResidentRecord.self, id: records[index % records.count].id))
                        }
                    }
                }
                try await group.waitForAll()
            }
        }
    }
    Benchmark("File store: 10,000 document saves", configuration: .init(maxIterations: 3)) { benchmark in
        let records = Array(national.records.prefix(10_000))
        let author = Author(name: try PersonName(given: "Bench", family: "Mark"))
        for _ in benchmark.scaledIterations {
            let directory = NSTemporaryDirectory() + "brobygger-bench-" + UUID().uuidString
            let store = try FileDocumentStore(directory: directory)
            for record in records {
                _ = try await store.save(
                    record, expecting: .new,
                    provenance: Provenance(author: author, instant: Instant(secondsSince1970: 1_780_000_000)))
            }
            await store.close()
            try? FileManager.default.removeItem(atPath: directory)
        }
    }
    Benchmark(
        "File store: cold load of the Region Hovedstaden synthetic region", configuration: .init(maxIterations: 10)
    ) {
        benchmark in
        let directory = try await NationalData.hovedstadenStore()
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            let store = try FileDocumentStore(directory: directory, mode: .readOnly)
            blackHole(try await store.list(ResidentRecord.self, matching: .all).count)
        }
    }

    // Issue target: decoding within 2× of JSONSerialization parsing the same bytes.
    let carePlanJSON = national.carePlansJSON
    Benchmark(
        "JSON: decode 10,000 care plans (\(carePlanJSON.count / 1_000_000) MB)",
        configuration: .init(maxIterations: 20)
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try JSONDecoder().decode([CoordinatedCarePlan].self, from: carePlanJSON))
        }
    }
    Benchmark(
        "JSON: JSONSerialization parse of the same care plans (reference)", configuration: .init(maxIterations: 20)
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try JSONSerialization.jsonObject(with: carePlanJSON))
        }
    }
    Benchmark("JSON: encode 10,000 care plans", configuration: .init(maxIterations: 20)) { benchmark in
        let plans = national.carePlans
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try JSONEncoder().encode(plans))
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

/// The synthetic data sets, generated once per benchmark run.
final class NationalData: Sendable {
    let region: SyntheticRegion
    let stays: [Stay]
    let records: [ResidentRecord]
    let carePlans: [CoordinatedCarePlan]
    let carePlansJSON: Data
    let discharge: DischargeSyntheticDocuments

    init(_ parameters: SyntheticRegionParameters) {
        do {
            region = try SyntheticRegion.generate(parameters)
            stays = region.courseRegister().stays
            records = try region.residentRecords()
            carePlans = try region.carePlans(CarePlanGenerationParameters(count: 10_000))
            carePlansJSON = try JSONEncoder().encode(carePlans)
            discharge = try DischargeSyntheticDocuments.derive(from: region)
        } catch {
            fatalError("synthetic data failed: \(error)")
        }
    }

    static let shared = NationalData(.national)
    static let hovedstaden = NationalData(.hovedstaden)

    /// A file store holding the Region Hovedstaden records, written once.
    static func hovedstadenStore() async throws -> String {
        let directory = NSTemporaryDirectory() + "brobygger-bench-hovedstaden"
        try? FileManager.default.removeItem(atPath: directory)
        let store = try FileDocumentStore(directory: directory)
        let author = Author(name: try PersonName(given: "Bench", family: "Mark"))
        for record in hovedstaden.records {
            _ = try await store.save(
                record, expecting: .new, provenance: Provenance(author: author, instant: Instant(secondsSince1970: 0)))
        }
        await store.close()
        return directory
    }
}
