import Brobygger
import BrobyggerTesting
import Foundation
import XCTest

/// The code of the article "Importing a day's files in your own service"
/// (Documentation/Brobygger.docc/IntegratingTheIntake.md), compiled and run: a service imports the flat files and
/// MedCom messages of a day into its own store through the library alone, then prints the compliance report.
final class IntakeSnippets: XCTestCase {
    /// MedCom's published examples, kept with the FHIR module's tests.
    static let medcomExamples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("BrobyggerFHIRTests/Resources/medcom")

    /// Writes the day's files: a ward (with the SOR code MedCom's examples name), an outreach team and a facility,
    /// two residents (one the examples' patient), a stay with its discharge, and a team contact.
    func writeDay(to directory: String) throws {
        let ida = SampleCPRNumbers.make(born: try CalendarDate(iso8601: "1980-05-17"), sex: .female, serial: 3)
        let files = [
            "organisations.csv": """
            id,kind,name,sor,gln,municipality,region
            centre-1,psychiatric_centre,Psykiatrisk Center Vest,,,,1084
            ward-1,ward,Afsnit V1,265161000016000,5790000209354,,1084
            team-1,outreach_team,Botilbudsteam Vest,,,,1084
            home-1,facility,Botilbuddet Engen,,,0101,
            """,
            "facilities.csv": """
            id,legal_basis,owner,capacity,approved_target_groups,team
            home-1,sel108,municipal,12,psychiatric;autism,team-1
            """,
            "residents.csv": """
            resident,given_name,family_name,municipality,diagnoses
            \(ida.unmaskedFormatted),Ida,Olsen,0101,DF20
            2509479989,Bent,Test,0101,DF20
            """,
            "placements.csv": """
            resident,facility,legal_basis,from,to
            \(ida.unmaskedFormatted),home-1,sel108,2025-01-01,
            2509479989,home-1,sel108,2025-01-01,
            """,
            "events.csv": """
            event_id,resident,episode,kind,at,ward,admission,supersedes
            e1,\(ida.unmaskedFormatted),ep1,admit_inpatient,2025-03-02T14:05:00+01:00,ward-1,voluntary,
            e2,\(ida.unmaskedFormatted),ep1,discharge,2025-03-20T10:00:00+01:00,ward-1,,
            """,
            "team_contacts.csv": """
            contact_id,resident,team,kind,channel,at,professional
            c1,\(ida.unmaskedFormatted),team-1,home_visit,in_person,2025-03-24T10:00:00+01:00,
            """,
        ]
        try FileManager.default.createDirectory(atPath: directory + "/medcom", withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: directory + "/" + name)) }
        try FileManager.default.copyItem(
            at: Self.medcomExamples.appendingPathComponent("HospitalNotification_Ex_STIN_A.json"),
            to: URL(fileURLWithPath: directory + "/medcom/stin.json"))
    }

    func testADaysFilesIntoTheServicesOwnStore() async throws {
        let directory = ScratchDirectory.make("intake-article")
        defer { ScratchDirectory.remove(directory) }
        try writeDay(to: directory)
        let today = try CalendarDate(iso8601: "2025-06-01")

        // snippet: intake-files
        let store: any DocumentStore = InMemoryDocumentStore()  // or the service's own DocumentStore adapter
        let planner = ImportPlanner(store: store, today: today)
        let provenance = Provenance(
            author: Author(name: try PersonName(given: "Nightly", family: "Intake")), instant: try Instant(date: today),
            reason: "the day's files")
        let files: [(IntakeKind, String)] = [
            (.organisations, "organisations.csv"), (.facilities, "facilities.csv"), (.residents, "residents.csv"),
            (.placements, "placements.csv"), (.events, "events.csv"), (.teamContacts, "team_contacts.csv"),
        ]
        for (kind, name) in files {
            let plan = try await planner.plan(kind, inputs: [IntakeInput(contentsOf: directory + "/" + name)])
            for note in plan.notes { print("note: \(note)") }  // e.g. a target group this version does not know
            guard plan.problems.isEmpty else {
                for problem in plan.problems { print(problem) }  // FILE:LINE: COLUMN: RULE, CPR numbers masked
                return
            }
            try await plan.apply(to: store, provenance: provenance)  // one batch: all of it or nothing
        }
        // end-snippet

        // snippet: intake-medcom
        let messages = try FileManager.default.contentsOfDirectory(atPath: directory + "/medcom").sorted()
            .map { name in try IntakeInput(contentsOf: directory + "/medcom/" + name) }
        let medcom = try await planner.plan(.medcom, inputs: messages)
        guard medcom.problems.isEmpty else { return }
        try await medcom.apply(to: store, provenance: provenance)
        // end-snippet

        // snippet: intake-report
        let report = try await DischargeComplianceReport.build(store: store, asOf: today)
        print(report.markdown())
        // end-snippet

        XCTAssertEqual(report.total.required, 1)
        XCTAssertEqual(report.total.missing, 1)
        XCTAssertEqual(report.total.followUpsMet, 1)
        let records = try await store.list(ResidentRecord.self, matching: .all).map(\.document)
        XCTAssertEqual(records.count, 2)
        XCTAssertEqual(records.flatMap(\.events).count, 3, "two rows of events.csv and one MedCom message")
        let facility = try await store.list(ResidentialFacility.self, matching: .all).first?.document
        XCTAssertEqual(facility?.approvedTargetGroups.contains(.unrecognized("autism")), true)
    }
}
