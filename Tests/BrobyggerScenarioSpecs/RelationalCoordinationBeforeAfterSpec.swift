import Brobygger
import BrobyggerTesting
import Foundation
import XCTest

/// A *botilbud* and its outreach team run joint competence development aimed at the seven dimensions of
/// relational coordination (Region Hovedstadens Psykiatri, “B. Fælles kompetenceudviklingsaktiviteter”). Their
/// collaboration unit surveys everyone involved in discharges before and six months after, and shows the results to
/// the facility manager without exposing small groups.
final class RelationalCoordinationBeforeAfterSpec: XCTestCase {
    func testAJointCompetenceProgrammeShowsUpAsChangeInTheFacilityTeamTies() throws {
        // The design: five workgroups around discharge, two rounds; everybody rates every group, their own included.
        var design = RelationalCoordinationSurveyBuilder(
            focalWorkProcess: "Udskrivning af beboere fra sengeafsnit til botilbud", seed: 2026)
        let ward = design.addWorkgroup("Sengeafsnit", role: .wardStaff)
        let nurses = design.addWorkgroup("Botilbudsteam, sygeplejersker", role: .outreachTeamNurses)
        let doctors = design.addWorkgroup("Botilbudsteam, læger", role: .outreachTeamDoctors)
        let facility = design.addWorkgroup("Botilbud, personale", role: .facilityStaff)
        let gps = design.addWorkgroup("Praktiserende læger", role: .generalPractitioners)
        let before = design.addRound("Før kompetenceforløb", opens: "2026-01-12", closes: "2026-01-30")
        let after = design.addRound("Efter kompetenceforløb", opens: "2026-08-17", closes: "2026-09-04")
        let survey = try design.build()
        let groups = [ward, nurses, doctors, facility, gps]
        let members = [ward: 12, nurses: 9, doctors: 6, facility: 14, gps: 3]

        // The answers: the facility–team ties start weak and improve; everything else stays put. Scores vary
        // around each tie's level and one answer in twenty is skipped.
        let builder = RelationalCoordinationResponseBuilder(survey: survey)
        var random = RelationalCoordinationRandomSource(seed: 7)
        func level(
            _ rater: RelationalCoordinationWorkgroup.ID, _ rated: RelationalCoordinationWorkgroup.ID, after: Bool
        )
            -> Double
        {
            let team: Set = [nurses, doctors]
            let facilityTeamTie =
                (rater == facility && team.contains(rated)) || (team.contains(rater) && rated == facility)
            if facilityTeamTie { return after ? 4.2 : 3.0 }
            return rater == rated ? 4.3 : 3.7
        }
        var responses: [RelationalCoordinationResponse] = []
        for (roundIndex, round) in [before, after].enumerated() {
            for (groupIndex, group) in groups.enumerated() {
                for person in 0..<members[group]! {
                    let ratings = groups.map { rated in
                        let mean = level(group, rated, after: roundIndex == 1)
                        let scores: [Int?] = (0..<7).map { _ in
                            random.unit() < 0.05
                                ? nil : min(5, max(1, Int(random.normal(mean: mean, standardDeviation: 0.6).rounded())))
                        }
                        return (rated: rated, scores: scores)
                    }
                    responses.append(
                        builder.response(
                            respondent: "g\(groupIndex)-\(person)", group: group,
                            round: round, ratings: ratings))
                }
            }
        }

        // Scoring with the regional defaults: k = 5, a rating counts with 4 of 7 items, bands 3.5 / 4.0.
        let scorer = RelationalCoordinationScorer(survey: survey, configuration: .standard)
        XCTAssertTrue(scorer.validate(responses).findings.allSatisfy { $0.severity == .information })
        let baseline = try scorer.score(responses, round: before)
        let followUp = try scorer.score(responses, round: after)
        let change = try RelationalCoordinationChange(from: baseline, to: followUp)

        // The facility staff's rating of the team's nurses moved from weak to at least moderate, by much more than
        // its standard error.
        let facilityOnNurses = try XCTUnwrap(change.tie(from: facility, to: nurses)?.index)
        XCTAssertEqual(facilityOnNurses.before.band, .weak)
        XCTAssertGreaterThanOrEqual(facilityOnNurses.after.band, .moderate)
        XCTAssertGreaterThan(facilityOnNurses.difference, 3 * (facilityOnNurses.standardError ?? .infinity))
        // Every dimension of that tie improved, as the programme intended.
        for dimension in RelationalCoordinationDimension.allCases {
            let delta = try XCTUnwrap(change.tie(from: facility, to: nurses)?[dimension])
            XCTAssertGreaterThan(delta.difference, 0, dimension.name)
        }
        // A tie the programme did not touch moved by less than its noise.
        let wardOnDoctors = try XCTUnwrap(change.tie(from: ward, to: doctors)?.index)
        XCTAssertLessThan(abs(wardOnDoctors.difference), 3 * (wardOnDoctors.standardError ?? 0))
        XCTAssertGreaterThan(try XCTUnwrap(change.network.index?.difference), 0)

        // The three GPs are too few to show: their ratings are withheld in both rounds, and so is enough else that
        // the GPs' values cannot be worked out from the group totals.
        for rated in groups {
            XCTAssertTrue(try XCTUnwrap(baseline.tie(from: gps, to: rated)).cell.status.isSuppressed)
        }
        XCTAssertNil(baseline.group(gps)?.respondentCount)
        XCTAssertGreaterThan(baseline.suppression.complementaryTies + baseline.suppression.complementaryAggregates, 0)

        // The manager gets a Danish-labelled Markdown summary and a heat map; the item wording is the licensed text
        // the app holds, never shipped by the SDK.
        let wording = try RelationalCoordinationWording(
            languageTag: "da",
            items: RelationalCoordinationDimension.allCases.map {
                .init(dimension: $0, label: $0.danishName, stem: "(licenseret spørgsmålstekst)", optionLabels: [:])
            })
        let summary = RelationalCoordinationMarkdownRenderer(wording: wording).render(change, names: followUp)
        XCTAssertTrue(summary.contains("| Botilbud, personale | Botilbudsteam, sygeplejersker |"), summary)
        XCTAssertTrue(summary.contains("| Fælles mål |"), summary)
        let heatMap = RelationalCoordinationHeatMap(wording: wording).svg(for: followUp)
        XCTAssertTrue(heatMap.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        XCTAssertTrue(heatMap.contains("withheld"))
        let changeMap = RelationalCoordinationChangeHeatMap(wording: wording).svg(for: change, names: followUp)
        XCTAssertTrue(changeMap.contains("not comparable"), "the GPs' ties cannot be compared")
        let network = RelationalCoordinationNetworkDiagram(wording: wording).svg(for: followUp)
        XCTAssertTrue(network.contains("Botilbud, personale"))

        // Reports travel as JSON to the region's dashboard unchanged.
        let data = try JSONEncoder().encode(followUp)
        XCTAssertEqual(try JSONDecoder().decode(RelationalCoordinationReport.self, from: data), followUp)
    }
}
