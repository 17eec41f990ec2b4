import Brobygger
import BrobyggerTesting
import Foundation
import XCTest

/// The code of the article "Getting started" (Documentation/Brobygger.docc/GettingStarted.md), compiled and run.
///
/// The article's code blocks are the regions between `// snippet: NAME` and `// end-snippet`; `ArticleCodeSpec`
/// checks that every block of every article is one of these regions. The assertions after each region check what
/// the article says the code does.
final class GettingStartedSnippets: XCTestCase {
    func testGettingStarted() async throws {
        // snippet: getting-started-resident
        let today = try CalendarDate(iso8601: "2026-03-16")
        let cpr = try CPRNumber("070761-4285")
        let resident = try Resident(
            id: .random(),
            person: .cpr(cpr),
            name: PersonName(given: "Birgit", family: "Holm"),
            actingMunicipality: MunicipalityCode("0360"),
            diagnoses: [Diagnosis(code: DiagnosisCode("DF200"), rank: .primary, date: today.adding(days: -4_000))]
        )
        print(resident.person)  // 070761-xxxx
        // end-snippet
        XCTAssertEqual("\(resident.person)", "070761-xxxx")

        // snippet: getting-started-invalid
        do {
            _ = try CPRNumber("320161-4285")
        } catch {
            print(error.code, error.field)  // cpr.invalid-date, and the error text shows only 320161-xxxx
        }
        // end-snippet
        XCTAssertThrowsError(try CPRNumber("320161-4285")) { error in
            XCTAssertEqual((error as? ValidationError)?.code, "cpr.invalid-date")
            XCTAssertFalse("\(error)".contains("4285"))
        }

        // snippet: getting-started-care-plan
        let team = try CarePlanOrganisation(id: .random(), kind: .outreachTeam, name: "Botilbudsteam Vest")
        let goal = CarePlanGoal(id: .random(), text: "Birgit bor fortsat i egen lejlighed på botilbuddet")
        var plan = try CoordinatedCarePlan(
            id: .random(), resident: resident.id, residentName: resident.name,
            initiatingSector: .psychiatry, coordinator: .organisation(team)
        )
        plan = try plan.settingGoals([goal], subGoals: [])
        plan = try plan.settingEffort(
            CarePlanEffort(
                id: .random(), title: "Medicinopfølgning", goal: "Birgit tager sin medicin hver dag",
                domain: .physicalHealth, responsible: [.organisation(team)],
                start: today, due: today.adding(days: 90)
            )
        )
        for finding in plan.validate(on: today) {
            print(finding.severity, finding.code, finding.source.reference)
        }
        // end-snippet
        let report = plan.validate(on: today)
        XCTAssertFalse(report.isClean, "a draft without meeting or approval has findings")
        XCTAssertTrue(report.findings.allSatisfy { !$0.source.reference.isEmpty })

        // snippet: getting-started-compliance
        let ward = try Organisation(id: .random(), kind: .ward, name: "Psykiatrisk afsnit P3")
        let region = try Organisation(id: .random(), kind: .region, name: "Region Sjælland")
        let episode = try EpisodeOfCareIdentifier("P3-2026-118")
        let timeline = try CourseTimeline(
            resident: resident.id,
            events: [
                CourseEvent(
                    id: .random(), resident: resident.id, episode: episode, kind: .admitInpatient,
                    instant: Instant(date: today.adding(days: -14), hour: 14), ward: ward.id,
                    admission: AdmissionDetails(legalStatus: .voluntary)
                ),
                CourseEvent(
                    id: .random(), resident: resident.id, episode: episode, kind: .discharge,
                    instant: Instant(date: today.adding(days: -4), hour: 11), ward: ward.id
                ),
            ]
        )
        let placement = Placement(
            id: .random(), resident: resident.id, facility: .random(), legalBasis: .temporaryStay,
            period: try DayRange(start: today.adding(days: -400))
        )
        let cases = DischargeCase.cases(stays: timeline.stays, placements: [placement])
        let compliance = DischargeComplianceReport.build(
            period: try DayRange(start: today.adding(days: -30), end: today), cases: cases,
            documents: [],  // the discharge agreements and coordination plans you hold
            persons: [resident.id: resident.person],  // joins register rows (by CPR number) to stays
            organisations: [ward, region]
        )
        print(compliance.total.required, compliance.total.missing)  // 1 1
        print(compliance.markdown())
        // end-snippet
        XCTAssertEqual(compliance.total.required, 1)
        XCTAssertEqual(compliance.total.missing, 1)
        XCTAssertEqual(
            compliance.exceptions.first?.findings().findings.first?.source.reference, "psykiatriloven §13a stk. 1")

        // snippet: getting-started-survey
        let wardStaff = try RelationalCoordinationWorkgroup(id: .random(), name: "Sengeafsnit", role: .wardStaff)
        let teamNurses = try RelationalCoordinationWorkgroup(
            id: .random(), name: "Botilbudsteam", role: .outreachTeamNurses)
        let spring = try RelationalCoordinationRound(
            id: .random(), label: "Forår 2026", opens: today, closes: today.adding(days: 14))
        let survey = try RelationalCoordinationSurvey(
            id: .random(), focalWorkProcess: "Udskrivning fra sengeafsnit til botilbud",
            workgroups: [wardStaff, teamNurses], rounds: [spring]
        )
        var responses: [RelationalCoordinationResponse] = []
        for number in 1...12 {
            // Each respondent rates both groups on the seven dimensions (answer positions 1–5, nil = not answered).
            let answers = try RelationalCoordinationAnswers(positions: (0..<7).map { 3 + (number + $0) % 3 })
            responses.append(
                RelationalCoordinationResponse(
                    respondent: try RelationalCoordinationRespondent(pseudonym: "respondent-\(number)"),
                    workgroup: number.isMultiple(of: 2) ? wardStaff.id : teamNurses.id, round: spring.id,
                    ratings: [
                        RelationalCoordinationRating(rated: wardStaff.id, answers: answers),
                        RelationalCoordinationRating(rated: teamNurses.id, answers: answers),
                    ]
                )
            )
        }
        let scores = try RelationalCoordinationScorer(survey: survey).score(responses, round: spring.id)
        print(RelationalCoordinationMarkdownRenderer().render(scores))
        // end-snippet
        let networkIndex = try XCTUnwrap(scores.network.index, "\(scores.network) \(scores.dataQuality)")
        XCTAssertEqual(networkIndex.n, 12)
        XCTAssertGreaterThan(networkIndex.mean, 3)

        // snippet: getting-started-storage
        let store = InMemoryDocumentStore()  // or FileDocumentStore(directory:), or your own DocumentStore
        let plans = Repository<CoordinatedCarePlan>(store)
        let author = Author(name: try PersonName(given: "Lene", family: "Friis"))
        let saved = try await plans.create(
            plan, provenance: Provenance(author: author, instant: Instant(date: today, hour: 10)))
        print(saved.number)  // 1: the first version
        let birgitsPlans = try await plans.list(DocumentQuery(keys: [IndexKey("resident", resident.id)]))
        // end-snippet
        XCTAssertEqual(saved.number, 1)
        XCTAssertEqual(birgitsPlans.map(\.document), [plan])
    }
}
