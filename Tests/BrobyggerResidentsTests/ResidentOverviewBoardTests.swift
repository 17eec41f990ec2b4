import BrobyggerCore
import BrobyggerResidents
import BrobyggerTesting
import Foundation
import Testing

@Suite struct ResidentOverviewBoardTests {
    let teamBuilder = TeamBuilder("board-team")
    let facility = try! FacilityBuilder("board-facility").build()
    let anna = try! ResidentBuilder("anna").named("Anna", "Berg").diagnosis("DF200", on: "2015-01-01").build()
    let bent = try! ResidentBuilder("bent").named("Bent", "Aagaard").diagnosis("DF312", on: "2015-01-01").build()
    let carl = try! ResidentBuilder("carl").named("Carl", "Dam").diagnosis("DF200", on: "2015-01-01").build()
    let week = try! ISOWeek(iso8601: "2026-W11")
    let nurse = TeamBuilder.member("nurse-1", ofTeam: "board-team")
    var team: Organisation.ID { teamBuilder.id }

    var terms: StaticCollaborationTerms {
        StaticCollaborationTerms(terms: [
            .init(
                facility: facility.id, team: team, criteria: SyntheticRegionVocabulary.exampleCriteria,
                schedule: try! OverviewMeetingSchedule(weekday: .wednesday))
        ])
    }

    func placement(_ resident: Resident) -> Placement {
        Placement(
            id: .random(), resident: resident.id, facility: facility.id, legalBasis: .longTermStay,
            period: ResidentsFixtureTime.range("2020-01-01", nil))
    }

    func records(consents: [ConsentToShare]) throws -> ResidentOverviewRecords {
        let author = Author(
            name: try PersonName(given: "Mette", family: "Holm"), professional: nurse, organisation: team)
        let annaHistory = try EffortIntensityHistory(
            resident: anna.id,
            changes: [
                try EffortIntensityChange(
                    level: .intensified, effectiveFrom: ResidentsFixtureTime.date("2026-03-02"),
                    reason: "Selvskade i weekenden", decidedBy: author, triggeringCriteria: ["selvskade"]),
                try EffortIntensityChange(
                    level: .normal, effectiveFrom: ResidentsFixtureTime.date("2026-03-30"), reason: "Stabil",
                    decidedBy: author),
            ])
        let social = try PlannedIntervention(
            id: .random(), resident: anna.id, kind: .socialPsychiatric, date: ResidentsFixtureTime.date("2026-03-10"),
            activity: "Gåtur", performedBy: [.organisation(facility.id)], withWhom: [.resident],
            recordedBy: facility.id)
        let psychiatric = try PlannedIntervention(
            id: .random(), resident: anna.id, kind: .psychiatric, date: ResidentsFixtureTime.date("2026-03-11"),
            activity: "Samtale om medicin", performedBy: [.professional(nurse)], withWhom: [.resident],
            recordedBy: team)
        let outsideWeek = try PlannedIntervention(
            id: .random(), resident: anna.id, kind: .psychiatric, date: ResidentsFixtureTime.date("2026-03-20"),
            activity: "Lægesamtale", performedBy: [.professional(nurse)], recordedBy: team)
        let goals = try ResidentGoals(
            resident: anna.id, statements: ["Jeg vil se min datter"],
            recordedOn: ResidentsFixtureTime.date("2026-01-05"),
            recordedBy: facility.id)
        let observation = CriterionObservation(
            resident: bent.id, criterion: "medicinsvigt", observedOn: ResidentsFixtureTime.date("2026-03-12"),
            recordedBy: facility.id)
        let unknown = CriterionObservation(
            resident: bent.id, criterion: "ukendt", observedOn: ResidentsFixtureTime.date("2026-03-12"),
            recordedBy: facility.id)
        return ResidentOverviewRecords(
            residents: [anna, bent, carl], placements: [placement(anna), placement(bent), placement(carl)],
            intensity: [annaHistory], observations: [observation, unknown], goals: [goals],
            interventions: [social, psychiatric, outsideWeek], consents: try ConsentRegister(consents))
    }

    func everythingShared(_ resident: Resident) throws -> ConsentToShare {
        try ConsentToShare(
            id: .random(), resident: resident.id, givenBy: .resident, givenOn: ResidentsFixtureTime.date("2026-01-01"),
            information: Set(SharedInformation.known), recipients: [.organisation(facility.id), .organisation(team)],
            period: ResidentsFixtureTime.range("2026-01-01", nil))
    }

    @Test func theBoardShowsResidentsOnIntensifiedEffortOrMeetingCriteria() throws {
        let board = try records(consents: [everythingShared(anna), everythingShared(bent)]).board(
            facility: facility.id, team: team, week: week,
            viewer: InformationViewer(organisation: team, organisationKind: .outreachTeam, professional: nurse),
            terms: terms)
        #expect(board.rows.map(\.name.given) == ["Anna", "Bent"])
        let anna = board.rows[0]
        #expect(anna.intensity == .intensified)
        #expect(anna.acuity == .acute)
        #expect(anna.criteria.map(\.id) == ["selvskade"])
        #expect(anna.goalsAndWishes == ["Jeg vil se min datter"])
        #expect(anna.socialPsychiatricInterventions?.map(\.activity) == ["Gåtur"])
        #expect(anna.psychiatricInterventions?.map(\.activity) == ["Samtale om medicin"])
        #expect(anna.withheld.isEmpty)
        let bent = board.rows[1]
        #expect(bent.intensity == .normal)
        #expect(bent.acuity == .subacute)
        #expect(board.findings.findings(withCode: "board.unknown-criterion").count == 1)
        #expect(board.meetingDates == [ResidentsFixtureTime.date("2026-03-11")])
    }

    @Test func withoutConsentTheOtherPartysRecordsAreWithheld() throws {
        let facilityViewer = InformationViewer(organisation: facility.id, organisationKind: .residentialFacility)
        let board = try records(consents: []).board(
            facility: facility.id, team: team, week: week, viewer: facilityViewer, terms: terms)
        // Anna's intensified effort was decided by the team: the facility may not see it without consent.
        #expect(board.rows.map(\.name.given) == ["Bent"])
        #expect(board.withheldRowCount == 1)

        let partial = try ConsentToShare(
            id: .random(), resident: anna.id, givenBy: .resident, givenOn: ResidentsFixtureTime.date("2026-01-01"),
            information: [.effortIntensity], recipients: [.organisation(facility.id)],
            period: ResidentsFixtureTime.range("2026-01-01", nil))
        let partialBoard = try records(consents: [partial]).board(
            facility: facility.id, team: team, week: week, viewer: facilityViewer, terms: terms)
        let row = try #require(partialBoard.rows.first { $0.resident == anna.id })
        #expect(row.psychiatricInterventions == nil)
        #expect(row.withheld == [.psychiatricTreatment])
        #expect(row.socialPsychiatricInterventions?.count == 1)
        #expect(row.goalsAndWishes == ["Jeg vil se min datter"])
    }

    @Test func boardsForAWholeRegionAreLinear() throws {
        let region = try SyntheticRegion.generate()
        let stays = region.courseRegister().stays
        let records = region.overviewRecords(stays: stays)
        let week = try ISOWeek(iso8601: "2025-W20")
        let clock = ContinuousClock()
        var rows = 0
        let elapsed = clock.measure {
            for facility in region.facilities {
                let team = facility.outreachTeam!
                rows +=
                    records.board(
                        facility: facility.id, team: team, week: week, viewer: region.teamViewer(team),
                        terms: region.terms
                    ).rows.count
            }
        }
        #expect(rows > 0)
        print("boards for \(region.facilities.count) facilities: \(elapsed), \(rows) rows")
        #expect(elapsed < .seconds(2))
    }

    @Test func intensityHistoryIsOrderedAndReasoned() throws {
        let author = Author(name: try PersonName(given: "Mette", family: "Holm"))
        #expect(throws: ValidationError.self) {
            try EffortIntensityChange(
                level: .intensified, effectiveFrom: ResidentsFixtureTime.date("2026-03-02"), reason: "",
                decidedBy: author)
        }
        #expect(throws: ValidationError.self) {
            try EffortIntensityChange(
                level: .normal, effectiveFrom: ResidentsFixtureTime.date("2026-03-02"), reason: "Stabil",
                decidedBy: author, triggeringCriteria: ["selvskade"])
        }
        let up = try EffortIntensityChange(
            level: .intensified, effectiveFrom: ResidentsFixtureTime.date("2026-03-02"), reason: "Forværring",
            decidedBy: author)
        var history = try EffortIntensityHistory(resident: anna.id, changes: [up])
        #expect(throws: ValidationError.self) { try history.append(up) }
        #expect(history.level(on: ResidentsFixtureTime.date("2026-03-01")) == .normal)
        #expect(history.level(on: ResidentsFixtureTime.date("2026-03-02")) == .intensified)
        #expect(history.isIntensified(during: week.dayRange))
        #expect(!history.isIntensified(during: ResidentsFixtureTime.range("2026-02-01", "2026-03-01")))
        let data = try JSONEncoder().encode(history)
        #expect(try JSONDecoder().decode(EffortIntensityHistory.self, from: data) == history)
    }
}
