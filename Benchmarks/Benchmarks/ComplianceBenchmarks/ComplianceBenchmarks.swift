import Benchmark
import BenchmarkFixtures
import Brobygger
import BrobyggerTesting

/// What the compliance report reads: the national year's discharge cases, documents, follow-ups and organisations,
/// without the rest of the synthetic region.
struct ComplianceInput: Sendable {
    let period: DayRange
    let cases: [DischargeCase]
    let documents: [DischargeDocumentRecord]
    let persons: [Resident.ID: PersonIdentifier]
    let followUps: [FollowUpAfterDischarge]
    let networkMeetings: [NetworkMeetingRequest]
    let organisations: [Organisation]

    static func national() throws -> ComplianceInput {
        let region = try SyntheticRegion.generate(.national)
        let discharge = try DischargeSyntheticDocuments.derive(from: region)
        return ComplianceInput(
            period: region.period, cases: discharge.cases, documents: discharge.records, persons: discharge.persons,
            followUps: region.followUps(stays: discharge.stays), networkMeetings: discharge.networkMeetings,
            organisations: region.organisations)
    }
}

let input = Fixture { try ComplianceInput.national() }

let benchmarks: @Sendable () -> Void = {
    // Issue target: §13a/§13b compliance report over the national year under 50 ms; memory under 200 MB.
    Benchmark(
        benchmarkName("Compliance report (§13a/§13b): national year"),
        configuration: BenchmarkDefaults.configuration(setup: input.prepare)
    ) { benchmark in
        let data = input.value
        for _ in benchmark.scaledIterations {
            ThreadCPUTime.measure(benchmark) {
                blackHole(
                    DischargeComplianceReport.build(
                        period: data.period, cases: data.cases, documents: data.documents, persons: data.persons,
                        followUps: data.followUps, networkMeetings: data.networkMeetings,
                        organisations: data.organisations))
            }
        }
    }
}
