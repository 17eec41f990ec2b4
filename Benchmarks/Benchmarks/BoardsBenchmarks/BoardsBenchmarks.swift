import Benchmark
import BenchmarkFixtures
import Brobygger
import BrobyggerTesting

/// What the boards read: the overview records of the national year and, per facility, its team and the team's
/// viewer.
struct BoardsInput: Sendable {
    struct Board: Sendable {
        let facility: ResidentialFacility.ID
        let team: OutreachTeam.ID
        let viewer: InformationViewer
    }
    let records: ResidentOverviewRecords
    let boards: [Board]
    let terms: StaticCollaborationTerms

    static func national() throws -> BoardsInput {
        let region = try SyntheticRegion.generate(.national)
        let records = region.overviewRecords(stays: region.courseRegister().stays)
        let boards = region.facilities.compactMap { facility in
            facility.outreachTeam.map { Board(facility: facility.id, team: $0, viewer: region.teamViewer($0)) }
        }
        return BoardsInput(records: records, boards: boards, terms: region.terms)
    }
}

let input = Fixture { try BoardsInput.national() }

let benchmarks: @Sendable () -> Void = {
    // Issue target: resident-overview boards for every facility for one week under 100 ms; memory under 200 MB.
    Benchmark(
        benchmarkName("Resident-overview boards: every facility, one week (national)"),
        configuration: BenchmarkDefaults.configuration(setup: input.prepare)
    ) { benchmark in
        let data = input.value
        let week = try ISOWeek(iso8601: "2025-W40")
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            ThreadCPUTime.measure(benchmark) {
                for board in data.boards {
                    blackHole(
                        data.records.board(
                            facility: board.facility, team: board.team, week: week, viewer: board.viewer,
                            terms: data.terms))
                }
            }
        }
    }
}
