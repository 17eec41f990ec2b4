import Brobygger
import BrobyggerTesting
import Foundation
import XCTest

/// A resident is admitted compulsorily, discharged on a Friday evening and readmitted after 12 days. The outreach
/// team's systems must show the readmission, the follow-up deadline, the resident on the weekly board and the
/// right indicators.
final class ResidentsCourseOfCareSpec: XCTestCase {
    func testACompulsoryAdmissionFridayEveningDischargeAndReadmissionAfterTwelveDays() throws {
        // The facility, its team and the resident, as an app would set them up.
        let teamBuilder = TeamBuilder("amager")
        let facility = try FacilityBuilder("lunden").named("Bofællesskabet Lunden").servedBy(teamBuilder.id)
            .approvedFor([.psychiatric, .substanceUse]).build()
        let team = try teamBuilder.serving(facility.id, on: [.wednesday]).build()
        let nurse = TeamBuilder.member("nurse-1", ofTeam: "amager")
        let resident = try ResidentBuilder("preben").cpr("0702751235").named("Preben", "Hansen")
            .diagnosis("DF200", on: "2012-05-01").diagnosis("DF122", rank: .secondary, on: "2016-02-01")
            .gaf(34, on: "2025-11-01").teamPrimaryContact(nurse).build()
        let placement = Placement(
            id: .random(), resident: resident.id, facility: facility.id, legalBasis: .longTermStay,
            period: ResidentsFixtureTime.range("2019-06-01", nil))
        XCTAssertTrue(
            PlacementReview().review(
                [placement], residents: [resident], facilities: [facility],
                asOf: ResidentsFixtureTime.date("2026-03-01")
            ).isClean)

        // Hospital notifications arrive; the discharge arrives before the admission it closes.
        let events = try CourseEventSequence(resident: resident.id)
            .admitted("PCA-1", at: ResidentsFixtureTime.instant("2026-03-02", 14, 5), legalStatus: .compulsory)
            .discharged("PCA-1", at: ResidentsFixtureTime.instant("2026-03-06", 19, 30))
            .admitted("PCA-2", at: ResidentsFixtureTime.instant("2026-03-18", 23, 10), kind: .admitEmergency)
            .events
        var register = CourseRegister(residents: [resident.id])
        XCTAssertEqual(register.record(contentsOf: [events[1], events[0], events[2]]).count, 0)
        XCTAssertThrowsError(try register.record(events[0])) { error in
            XCTAssertEqual((error as? ValidationError)?.code, "timeline.duplicate-event")
        }
        let timeline = try XCTUnwrap(register.timeline(of: resident.id))
        XCTAssertTrue(timeline.findings.isClean)
        let stays = timeline.stays
        XCTAssertEqual(stays.map(\.episode.value), ["PCA-1", "PCA-2"])

        // Readmission analysis: an acute readmission 12 days after a Friday-evening discharge.
        let analysis = ReadmissionAnalysis(stays: stays)
        let link = try XCTUnwrap(analysis.links.first)
        XCTAssertEqual(link.daysAfterDischarge, 12)
        XCTAssertTrue(link.isAcute)
        XCTAssertFalse(link.isEarly)
        XCTAssertEqual(analysis.profiles.first?.dischargedOutsideDaytime, true)
        XCTAssertEqual(analysis.profiles.first?.dischargedAtWeekend, false)

        // Follow-up after the discharge: due Friday 13 March (5 weekdays); the team phoned on Tuesday.
        let call = TeamContact(
            id: .random(), resident: resident.id, team: team.id, kind: .homeVisit, channel: .phone,
            instant: ResidentsFixtureTime.instant("2026-03-10", 10), professional: nurse)
        let followUp = try XCTUnwrap(
            FollowUpAfterDischarge.evaluate(
                stay: stays[0], contacts: [call], asOf: ResidentsFixtureTime.date("2026-03-18")))
        XCTAssertEqual(followUp.dueDate, ResidentsFixtureTime.date("2026-03-13"))
        XCTAssertEqual(followUp.status, .met(on: ResidentsFixtureTime.date("2026-03-10")))

        // The team turned the effort up after the readmission; the board for week 12 shows him first, as acute.
        let criteria = SyntheticRegionVocabulary.exampleCriteria
        let terms = StaticCollaborationTerms(terms: [
            .init(
                facility: facility.id, team: team.id, criteria: criteria,
                schedule: try OverviewMeetingSchedule(weekday: .wednesday))
        ])
        let decidedBy = Author(
            name: try PersonName(given: "Mette", family: "Holm"), professional: nurse, organisation: team.id)
        let history = try EffortIntensityHistory(
            resident: resident.id,
            changes: [
                try EffortIntensityChange(
                    level: .intensified, effectiveFrom: ResidentsFixtureTime.date("2026-03-19"),
                    reason: "Genindlagt akut 12 dage efter udskrivning", decidedBy: decidedBy,
                    triggeringCriteria: ["trusler", "medicinsvigt"])
            ])
        let consent = try ConsentToShare(
            id: .random(), resident: resident.id, givenBy: .resident, givenOn: ResidentsFixtureTime.date("2025-09-01"),
            information: [.effortIntensity, .admissionsAndDischarges, .psychiatricTreatment, .goalsAndWishes],
            recipients: [.organisation(facility.id)], period: ResidentsFixtureTime.range("2025-09-01", nil))
        let records = ResidentOverviewRecords(
            residents: [resident], placements: [placement], intensity: [history],
            goals: [
                try ResidentGoals(
                    resident: resident.id, statements: ["Jeg vil gerne passe mit arbejde i haven"],
                    recordedOn: ResidentsFixtureTime.date("2026-01-10"), recordedBy: facility.id)
            ],
            followUps: [followUp], stays: stays, consents: try ConsentRegister([consent]))
        let board = records.board(
            facility: facility.id, team: team.id, week: try ISOWeek(iso8601: "2026-W12"),
            viewer: InformationViewer(organisation: facility.id, organisationKind: .residentialFacility), terms: terms)
        let row = try XCTUnwrap(board.rows.first)
        XCTAssertEqual(row.name.formatted, "Preben Hansen")
        XCTAssertEqual(row.intensity, .intensified)  // from Thursday of week 12
        XCTAssertEqual(row.acuity, .acute)
        XCTAssertEqual(row.criteria.map(\.id), ["trusler", "medicinsvigt"])
        XCTAssertEqual(row.goalsAndWishes, ["Jeg vil gerne passe mit arbejde i haven"])
        XCTAssertEqual(row.openFollowUps, [])
        XCTAssertEqual(board.meetingDates, [ResidentsFixtureTime.date("2026-03-18")])

        // Indicators for the team in March: two admissions, one compulsory, one readmission, 4 bed days in the
        // first stay plus the 14 nights (18–31 March) of the second stay, still ongoing.
        let calculator = ResultIndicatorCalculator(
            residents: [resident], facilities: [facility], teams: [team], placements: [placement], stays: stays,
            contacts: [call])
        let march = try calculator.indicators(
            for: .team(team.id), period: ResidentsFixtureTime.range("2026-03-01", "2026-03-31"))
        XCTAssertEqual(march.admissions, .count(2))
        XCTAssertEqual(march.compulsoryAdmissions, .count(1))
        XCTAssertEqual(march.readmissions, .count(1))
        XCTAssertEqual(march.acuteReadmissions, .count(1))
        XCTAssertEqual(march.bedDays, .count(4 + 14))
        XCTAssertEqual(march.averageLengthOfStay.description, "9.0")
        XCTAssertEqual(march.compulsoryShare, .share(try Share(numerator: 1, denominator: 2)))

        // Nothing above reveals the CPR number.
        XCTAssertFalse("\(resident) \(timeline) \(board)".contains("1235"))
    }

    func testADualDiagnosisPlacedOnAFacilityApprovedForPsychiatryOnly() throws {
        let facility = try FacilityBuilder("engen").named("Botilbuddet Engen").approvedFor([.psychiatric]).build()
        let resident = try ResidentBuilder("dual").diagnosis("DF200", on: "2015-01-01")
            .diagnosis("DF102", rank: .secondary, on: "2020-01-01").build()
        let emergency = Placement(
            id: .random(), resident: resident.id, facility: facility.id, legalBasis: .longTermStay,
            period: ResidentsFixtureTime.range("2026-02-01", nil))
        let day20 = PlacementReview().review(
            [emergency], residents: [resident], facilities: [facility], asOf: ResidentsFixtureTime.date("2026-02-20"))
        XCTAssertEqual(day20.findings.map(\.code), ["placement.unapproved-target-group"])
        let day30 = PlacementReview().review(
            [emergency], residents: [resident], facilities: [facility], asOf: ResidentsFixtureTime.date("2026-03-02"))
        XCTAssertEqual(day30.errors.map(\.code), ["placement.unapproved-offer-too-long"])
        XCTAssertEqual(day30.errors.first?.source.description, "serviceloven §4 stk. 4")
    }
}
