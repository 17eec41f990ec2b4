import Brobygger
import BrobyggerTesting
import Foundation
import Testing

@Suite("team_contacts.csv and follow-up after discharge")
struct TeamContactsImportTests {
    static let header = TeamContactsImport.header.joined(separator: ",")

    static func contacts(_ rows: String...) -> String { ([header] + rows).joined(separator: "\n") }

    @Test("contacts are recorded on the residents' records; the same file again changes nothing")
    func imports() async throws {
        let store = try await IntakeFixture.store()
        let a = IntakeFixture.cprA.unmaskedFormatted
        let text = Self.contacts(
            "c1,\(a),team-1,home_visit,in_person,2025-03-24T10:00:00+01:00,Sygeplejerske Hansen",
            "c2,\(a),team-1,planned_outpatient_visit,phone,2025-03-03T09:00:00+01:00,")
        let plan = try await IntakeFixture.importAll(.teamContacts, text, store: store)
        #expect(plan.rows == 2)
        #expect(plan.writes.count == 1)
        let record = try #require(
            try await store.list(ResidentRecord.self, matching: .all).map(\.document).first {
                $0.resident.person == .cpr(IntakeFixture.cprA)
            })
        #expect(record.contacts.map(\.kind) == [.plannedOutpatientVisit, .homeVisit], "in time order")
        #expect(record.contacts.allSatisfy { $0.team == StableIdentifier.make("team-1", kind: "organisation") })
        #expect(record.contacts[1].professional == TeamContactsImport.professionalID("Sygeplejerske Hansen"))

        let again = try await IntakeFixture.plan(.teamContacts, text, store: store)
        #expect(again.problems.isEmpty)
        #expect(again.writes.isEmpty)
        #expect(again.unchanged == 1)

        // A later row with the same contact_id replaces the contact.
        let corrected = try await IntakeFixture.importAll(
            .teamContacts, Self.contacts("c1,\(a),team-1,home_visit,video,2025-03-24T10:00:00+01:00,"), store: store)
        #expect(corrected.writes.count == 1)
        let after = try #require(
            try await store.list(ResidentRecord.self, matching: .all).map(\.document).first {
                $0.resident.person == .cpr(IntakeFixture.cprA)
            })
        #expect(after.contacts.count == 2)
        #expect(after.contacts.first { $0.id == TeamContactsImport.contactID("c1") }?.channel == .video)
    }

    struct BadRow: Sendable, CustomTestStringConvertible {
        var row: String
        var field: String?
        var rule: String
        var testDescription: String { rule }
    }

    static var badRows: [BadRow] {
        let a = IntakeFixture.cprA.unmaskedFormatted
        let at = "2025-03-24T10:00:00+01:00"
        return [
            BadRow(row: ",\(a),team-1,home_visit,in_person,\(at),", field: "contact_id", rule: "a value is required"),
            BadRow(row: "c9,3213213213,team-1,home_visit,in_person,\(at),", field: "resident", rule: "[cpr."),
            BadRow(
                row: "c9,\(IntakeFixture.cprB.unmaskedValue.prefix(6))9999,team-1,home_visit,in_person,\(at),",
                field: "resident", rule: "no resident with this CPR number"),
            BadRow(row: "c9,\(a),ward-1,home_visit,in_person,\(at),", field: "team", rule: "not a outreach_team"),
            BadRow(row: "c9,\(a),team-9,home_visit,in_person,\(at),", field: "team", rule: "no organisation"),
            BadRow(row: "c9,\(a),team-1,coffee,in_person,\(at),", field: "kind", rule: "home_visit"),
            BadRow(row: "c9,\(a),team-1,home_visit,pigeon,\(at),", field: "channel", rule: "in_person | phone"),
            BadRow(row: "c9,\(a),team-1,home_visit,phone,2025-03-24T10:00,", field: "at", rule: "UTC offset"),
            BadRow(row: "c1,\(a),team-1,home_visit,phone,\(at),", field: "contact_id", rule: "already on line 2"),
        ]
    }

    @Test("an invalid row is reported as FILE:LINE: COLUMN: RULE, with no CPR number unmasked", arguments: badRows)
    func badRow(_ bad: BadRow) async throws {
        let store = try await IntakeFixture.store()
        let valid = "c1,\(IntakeFixture.cprA.unmaskedFormatted),team-1,home_visit,in_person,2025-03-24T10:00:00+01:00,"
        let plan = try await IntakeFixture.plan(.teamContacts, Self.contacts(valid, bad.row), store: store)
        let problem = try #require(plan.problems.first, "no problem reported")
        #expect(plan.problems.allSatisfy { $0.line == 3 })
        #expect(problem.field == bad.field)
        #expect(problem.rule.contains(bad.rule), "\(problem.rule)")
        #expect(problem.description.hasPrefix("team-contacts.csv:3: "))
        for problem in plan.problems {
            #expect(!problem.description.contains(IntakeFixture.cprA.unmaskedValue.suffix(4)))
            #expect(!problem.description.contains("9999"))
        }
    }

    @Test("a header without a required column names it")
    func missingColumn() async throws {
        let plan = try await IntakeFixture.plan(
            .teamContacts, "contact_id,resident,team,kind,at\n", store: InMemoryDocumentStore())
        #expect(
            plan.problems == [
                InputProblem(
                    file: "team-contacts.csv", line: 1, field: "channel", rule: "the header lacks the required column")
            ])
    }

    @Test("with no team contacts in the store a follow-up is not registered, never not met; with them it is judged")
    func followUpNotRegistered() async throws {
        let store = try await IntakeFixture.store()
        let before = try await DischargeComplianceReport.build(store: store, asOf: IntakeFixture.today).total
        #expect(before.required == 1)
        #expect(before.followUpsEvaluated == 1)
        #expect(before.followUpsNotRegistered == 1)
        #expect(before.followUpsNotMet == 0)
        #expect(before.followUpsMet == 0)

        // Contacts of the team registered in the period, none with Ida after her discharge: not met.
        let b = IntakeFixture.cprB.unmaskedFormatted
        try await IntakeFixture.importAll(
            .teamContacts, Self.contacts("c7,\(b),team-1,home_visit,in_person,2025-03-10T10:00:00+01:00,"),
            store: store)
        let notMet = try await DischargeComplianceReport.build(store: store, asOf: IntakeFixture.today).total
        #expect(notMet.followUpsNotRegistered == 0)
        #expect(notMet.followUpsNotMet == 1)

        // A home visit four working days after the discharge meets it.
        let a = IntakeFixture.cprA.unmaskedFormatted
        try await IntakeFixture.importAll(
            .teamContacts, Self.contacts("c8,\(a),team-1,home_visit,in_person,2025-03-26T10:00:00+01:00,"),
            store: store)
        let met = try await DischargeComplianceReport.build(store: store, asOf: IntakeFixture.today).total
        #expect(met.followUpsMet == 1)
        #expect(met.followUpsNotMet == 0)
    }

    @Test("the follow-up rule says not registered only where the team's contacts are not registered")
    func followUpStatus() throws {
        let resident = Resident.ID.random()
        let admitted = try Instant(iso8601: "2025-03-02T14:05:00+01:00")
        let discharged = try Instant(iso8601: "2025-03-20T10:00:00+01:00")
        let events = [
            try CourseEvent(
                id: .random(), resident: resident, episode: try EpisodeOfCareIdentifier("ep1"), kind: .admitInpatient,
                instant: admitted, ward: nil, admission: AdmissionDetails(legalStatus: .voluntary)),
            try CourseEvent(
                id: .random(), resident: resident, episode: try EpisodeOfCareIdentifier("ep1"), kind: .discharge,
                instant: discharged, ward: nil),
        ]
        let stay = try #require(try CourseTimeline(resident: resident, events: events).stays.first)
        let late = IntakeFixture.today
        #expect(
            FollowUpAfterDischarge.evaluate(stay: stay, contacts: [], asOf: late, contactsRegistered: false)?.status
                == .notRegistered)
        #expect(FollowUpAfterDischarge.evaluate(stay: stay, contacts: [], asOf: late)?.status == .overdue)
        #expect(FollowUpAfterDischarge.Status.notRegistered.isOutstanding == false)
    }
}
