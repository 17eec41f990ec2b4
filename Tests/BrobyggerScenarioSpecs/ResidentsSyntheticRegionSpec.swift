import Brobygger
import BrobyggerTesting
import XCTest

/// A region runs its weekly resident-overview meetings and its annual indicator report on synthetic data before
/// going live, the way an integration team would test its pipeline.
final class ResidentsSyntheticRegionSpec: XCTestCase {
    func testARegionBuildsEveryBoardAndItsIndicatorsFromOneYearOfEvents() throws {
        let region = try SyntheticRegion.generate(.hovedstaden)
        XCTAssertEqual(region.facilities.count, 72)
        XCTAssertEqual(region.teams.count, 5)
        XCTAssertEqual(region.residents.count, 1_350)

        let register = region.courseRegister()
        let stays = register.stays
        let findings = register.timelines.values.flatMap(\.findings.findings)
        XCTAssertTrue(findings.allSatisfy { $0.severity != .error }, "\(findings.prefix(3))")

        // Every facility's board for one week, as the team sees it and as the facility sees it.
        let records = region.overviewRecords(stays: stays)
        let week = try ISOWeek(iso8601: "2025-W40")
        var teamRows = 0
        var facilityRows = 0
        for facility in region.facilities {
            let team = try XCTUnwrap(facility.outreachTeam)
            let asTeam = records.board(
                facility: facility.id, team: team, week: week, viewer: region.teamViewer(team), terms: region.terms)
            let asFacility = records.board(
                facility: facility.id, team: team, week: week, viewer: region.facilityViewer(facility.id),
                terms: region.terms)
            XCTAssertEqual(asTeam.criteria.count, SyntheticRegionVocabulary.exampleCriteria.count)
            XCTAssertTrue(asTeam.findings.isClean)
            // Consent can only take rows away from a viewer, never add them.
            XCTAssertLessThanOrEqual(
                asFacility.rows.count + asFacility.withheldRowCount, asTeam.rows.count + asTeam.withheldRowCount)
            teamRows += asTeam.rows.count
            facilityRows += asFacility.rows.count
        }
        XCTAssertGreaterThan(teamRows, 0)
        XCTAssertGreaterThan(facilityRows, 0)

        // The year's indicators per team add up to the region's.
        let calculator = region.indicatorCalculator(stays: stays)
        let year = region.period
        var admissions = 0
        for team in region.teams {
            let indicators = try calculator.indicators(for: .team(team.id), period: year)
            admissions += indicators.admissions.count ?? 0
            XCTAssertNotNil(indicators.averageLengthOfStay.decimal)
        }
        let psychiatricAdmissions = stays.filter { $0.wardType == .psychiatric && year.contains($0.admissionDate) }
        XCTAssertEqual(admissions, psychiatricAdmissions.count)
        let analysis = ReadmissionAnalysis(stays: stays)
        XCTAssertFalse(analysis.frequentAdmitters.isEmpty)
        XCTAssertFalse(analysis.acuteReadmissions.isEmpty)

        // The follow-ups after discharge are mostly met within five weekdays, and the rest are findings.
        let followUps = region.followUps(stays: stays)
        let met = followUps.filter { if case .met = $0.status { true } else { false } }
        XCTAssertGreaterThan(met.count * 2, followUps.count)
        XCTAssertFalse(followUps.compactMap { $0.finding() }.isEmpty)
    }
}
