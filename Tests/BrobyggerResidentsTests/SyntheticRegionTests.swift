import BrobyggerCore
import BrobyggerResidents
import BrobyggerTesting
import Foundation
import Testing

@Suite struct SyntheticRegionTests {
    @Test func defaultRegionHasTheDocumentedSizesAndRealCases() throws {
        let started = Date()
        let region = try SyntheticRegion.generate()
        let generation = Date().timeIntervalSince(started)
        #expect(region.teams.count == 5)
        #expect(region.facilities.count == 72)
        #expect(region.residents.count == 1_350)
        #expect(region.period.start == ResidentsFixtureTime.date("2025-01-01"))
        #expect(region.period.end == ResidentsFixtureTime.date("2025-12-31"))
        let register = region.courseRegister()
        let stays = register.stays
        let admissionsInPeriod = stays.filter { region.period.contains($0.admissionDate) }
        #expect(stays.count == region.parameters.admissionCount)
        #expect(admissionsInPeriod.count == stays.count)
        let analysis = ReadmissionAnalysis(stays: stays)
        #expect(!analysis.acuteReadmissions.isEmpty)
        #expect(!analysis.frequentAdmitters.isEmpty)
        #expect(stays.contains { $0.legalStatus == .compulsory })
        #expect(stays.contains { $0.legalStatus == .detention })
        #expect(analysis.profiles.contains { $0.dischargedAtWeekend })
        #expect(analysis.profiles.contains { $0.dischargedOutsideDaytime })
        let review = PlacementReview().review(
            region.placements, residents: region.residents, facilities: region.facilities,
            asOf: region.period.end!)
        #expect(!review.findings(withCode: "placement.unapproved-target-group").isEmpty)
        #expect(review.findings(withCode: "placement.overlapping").isEmpty)
        #expect(!region.intensity.isEmpty)
        print(
            "generated in \(generation)s; stays \(stays.count); findings \(register.timelines.values.map { $0.findings.findings.count }.reduce(0, +))"
        )
    }

    @Test func generationIsDeterministic() throws {
        let parameters = SyntheticRegionParameters(seed: 7, teams: 2, facilities: 6, residents: 80)
        let first = try SyntheticRegion.generate(parameters)
        let second = try SyntheticRegion.generate(parameters)
        #expect(first.residents == second.residents)
        #expect(first.events == second.events)
        #expect(first.contacts == second.contacts)
        let other = try SyntheticRegion.generate(
            SyntheticRegionParameters(seed: 8, teams: 2, facilities: 6, residents: 80))
        #expect(other.residents != first.residents)
    }
}

@Suite struct RoundTripTests {
    /// decode(encode(x)) == x for every record of a synthetic region, and decoding goes through validation.
    @Test func everyRecordOfASyntheticRegionRoundTrips() throws {
        let region = try SyntheticRegion.generate(
            SyntheticRegionParameters(seed: 11, teams: 2, facilities: 8, residents: 120))
        let encoder = JSONEncoder()
        let decoder = JSONDecoder()
        func roundTrip<T: Codable & Equatable>(_ value: T) throws {
            let decoded = try decoder.decode(T.self, from: encoder.encode(value))
            #expect(decoded == value)
        }
        try roundTrip(region.residents)
        try roundTrip(region.facilities)
        try roundTrip(region.teams)
        try roundTrip(region.placements)
        try roundTrip(region.events)
        try roundTrip(region.contacts)
        try roundTrip(region.intensity)
        try roundTrip(region.goals)
        try roundTrip(region.interventions)
        try roundTrip(region.consents)
        try roundTrip(region.incidents)
        try roundTrip(region.terms)
        let register = region.courseRegister()
        try roundTrip(register)
        try roundTrip(register.stays)
        let records = region.overviewRecords(stays: register.stays)
        for facility in region.facilities {
            let board = records.board(
                facility: facility.id, team: facility.outreachTeam!, week: try ISOWeek(iso8601: "2025-W30"),
                viewer: region.teamViewer(facility.outreachTeam!), terms: region.terms)
            try roundTrip(board)
        }
        let indicators = try region.indicatorCalculator(stays: register.stays).indicators(
            for: .region(.hovedstaden), period: region.period)
        try roundTrip(indicators)
    }
}
