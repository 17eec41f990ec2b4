import Brobygger
import BrobyggerTesting
import Foundation
import XCTest

/// The code of the article "The ward's side of §13a" (Documentation/Brobygger.docc/TheWardsSideOf13a.md), compiled
/// and run as a scenario: one stay from MedCom's admission notification through the open-stays worklist and the
/// drafted agreement to the concluded agreement, and on to the discharge, which then raises no alert.
final class WardSideSnippets: XCTestCase {
    /// MedCom's published examples, kept with the FHIR module's tests.
    static let medcomExamples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("BrobyggerFHIRTests/Resources/medcom")

    /// The ward of MedCom's examples (its SOR code and GLN), an outreach team, a §108 facility and the examples'
    /// patient placed on it.
    static let files: [(IntakeKind, String)] = [
        (
            .organisations,
            """
            id,kind,name,sor,gln,municipality,region
            centre-1,psychiatric_centre,Psykiatrisk Center Vest,,,,1084
            ward-1,ward,Afsnit V1,265161000016000,5790000209354,,1084
            team-1,outreach_team,Botilbudsteam Vest,,,,1084
            home-1,facility,Botilbuddet Engen,,,0101,
            """
        ),
        (
            .facilities,
            """
            id,legal_basis,owner,capacity,approved_target_groups,team
            home-1,sel108,municipal,12,psychiatric,team-1
            """
        ),
        (
            .residents,
            """
            resident,given_name,family_name,municipality,diagnoses
            2509479989,Bent,Test,0101,DF20
            """
        ),
        (
            .placements,
            """
            resident,facility,legal_basis,from,to
            2509479989,home-1,sel108,2022-01-01,
            """
        ),
    ]

    func testOneStayFromAdmissionToConcludedAgreementAndDischarge() async throws {
        let store: any DocumentStore = InMemoryDocumentStore()
        let today = try CalendarDate(iso8601: "2023-03-03")
        let now = try Instant(iso8601: "2023-03-03T09:00:00+01:00")
        let provenance = Provenance(
            author: Author(name: try PersonName(given: "Afsnit", family: "V1")), instant: now, reason: "the ward")
        for (kind, text) in Self.files {
            let plan = try await ImportPlanner(store: store, today: today).plan(
                kind, inputs: [IntakeInput(name: "\(kind.rawValue).csv", data: Data(text.utf8))])
            XCTAssertTrue(plan.problems.isEmpty, "\(plan.problems)")
            try await plan.apply(to: store, provenance: provenance)
        }
        let stin = try IntakeInput(
            contentsOf: Self.medcomExamples.appendingPathComponent("HospitalNotification_Ex_STIN_A.json").path)

        // snippet: ward-admission
        let feed = DischargeWorklistFeed(store: store)
        let changes = try await feed.apply(.medcom, inputs: [stin], provenance: provenance, asOf: now)
        for change in changes {
            print(change)  // worklist.admitted-needs-agreement: 250947-xxxx …, CPR masked
        }
        // end-snippet
        XCTAssertEqual(changes.map(\.code), ["worklist.admitted-needs-agreement"])

        // snippet: ward-worklist
        let worklist = try await DischargeWorklist.build(store: store, asOf: now)
        for entry in worklist.entries {
            print(entry.wardName ?? "", entry.facilityName ?? "", entry.daysAdmitted, entry.state.danishName)
        }
        // end-snippet
        let entry = try XCTUnwrap(worklist.entries.first)
        XCTAssertEqual(worklist.entries.count, 1)
        XCTAssertEqual(entry.wardName, "Afsnit V1")
        XCTAssertEqual(entry.facilityName, "Botilbuddet Engen")
        XCTAssertEqual(entry.outreachTeamName, "Botilbudsteam Vest")
        XCTAssertEqual(entry.daysAdmitted, 2)
        XCTAssertEqual(entry.state, .none)
        XCTAssertTrue(worklist.hasStaysNeedingAction)

        // snippet: ward-draft
        let draft = try await DischargeAgreementDraft.build(
            store: store, person: entry.person!, episode: entry.episode, asOf: today)
        for finding in draft.missing {
            print(finding.code, finding.message, finding.source)  // what the ward must still add, and why
        }
        let agreement = try draft.agreement(id: .random(), provenance: provenance)
        var save = ImportPlan()
        save.writes = [PlannedWrite.save(agreement, expecting: .new)]
        _ = try await feed.apply(save, provenance: provenance, asOf: now)
        // end-snippet
        XCTAssertEqual(
            Set(draft.missing.map(\.code)),
            [
                "content.treatment-offers", "content.social-offers", "content.responsible-consultant",
                "timing.agreement-before-discharge",
            ])
        XCTAssertEqual(
            draft.content.parties.map(\.role),
            [.patient, .psychiatricDepartment, .residentialFacility, .outreachTeam, .municipality])
        let drafted = try await DischargeWorklist.build(store: store, asOf: now)
        XCTAssertEqual(drafted.entries.first?.state, .draft)

        // snippet: ward-conclude
        var content = draft.content
        content.consultant = ResponsibleConsultant(name: try PersonName(given: "Karen", family: "Overlæge"))
        content.offers = [
            try DischargeOffer(kind: .treatment, summary: "Depotmedicin hver 14. dag i distriktspsykiatrien"),
            try DischargeOffer(kind: .social, summary: "Støtte på botilbuddet efter serviceloven §108"),
        ]
        content.concludedOn = today
        var conclude = ImportPlan()
        conclude.writes = [
            PlannedWrite.save(try agreement.revised(content, provenance: provenance), expecting: .version(1))
        ]
        let concluded = try await feed.apply(conclude, provenance: provenance, asOf: now)
        // concluded.map(\.code) == ["worklist.agreement-concluded"]
        // end-snippet
        XCTAssertEqual(concluded.map(\.code), ["worklist.agreement-concluded"])
        XCTAssertEqual(
            DischargeContentRuleSet.statutory.evaluate(.init(kind: .agreement, content: content, dischargeDate: nil))
                .findings, [])
        let after = try await DischargeWorklist.build(store: store, asOf: now)
        XCTAssertEqual(after.entries.first?.state, .concluded(on: today))
        XCTAssertEqual(after.entries.first?.consultant?.name.family, "Overlæge")
        XCTAssertFalse(after.hasStaysNeedingAction)

        // The discharge: the stay leaves the worklist with its agreement in place, so there is no alert.
        let discharge = """
            event_id,resident,episode,kind,at,ward,admission,supersedes
            d1,2509479989,\(entry.episode.value),discharge,2023-03-07T09:45:30+01:00,ward-1,,
            """
        let ended = try await feed.apply(
            .events, inputs: [IntakeInput(name: "events.csv", data: Data(discharge.utf8))], provenance: provenance,
            asOf: try Instant(iso8601: "2023-03-07T10:00:00+01:00"))
        XCTAssertEqual(ended.map(\.code), ["worklist.stay-ended"])
        let later = try await DischargeWorklist.build(store: store, asOf: now.adding(seconds: 5 * 86_400))
        XCTAssertEqual(later.entries, [])
        let report = try await DischargeComplianceReport.build(
            store: store, asOf: try CalendarDate(iso8601: "2023-03-31"))
        XCTAssertEqual(report.total.required, 1)
        XCTAssertEqual(report.total.inTime, 1)
    }
}
