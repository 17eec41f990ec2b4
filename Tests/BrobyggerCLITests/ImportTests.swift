import Brobygger
import BrobyggerTesting
import Foundation
import Testing

@testable import BrobyggerCommandLine

@Suite("Imports")
struct ImportTests {
    @Test("a full set of files imports, and importing it again changes nothing")
    func fullSet() async throws {
        let store = try await TestSupport.populatedStore()
        let organisations = try await store.list(Organisation.self, matching: .all)
        #expect(organisations.count == 5)
        let ward = try #require(organisations.first { $0.document.kind == .ward })
        #expect(ward.document.name == "Afsnit 1, Test")
        #expect(ward.document.identifiers.region == .hovedstaden)
        let facility = try #require(try await store.list(ResidentialFacility.self, matching: .all).first?.document)
        #expect(facility.name == "Botilbuddet Engen")
        #expect(facility.approvedTargetGroups == [.psychiatric, .substanceUse])
        #expect(facility.outreachTeam == StableIdentifier.make("team-1", kind: "organisation"))
        let records = try await store.list(ResidentRecord.self, matching: .key("facility", facility.id))
        #expect(records.count == 2)
        let ida = try #require(records.first { $0.document.resident.name.given == "Ida" }?.document)
        #expect(ida.resident.diagnoses.map(\.code.code) == ["DF20", "DF12"])
        #expect(ida.resident.diagnoses.map(\.rank) == [.primary, .secondary])
        #expect(ida.events.count == 3)
        #expect(ida.events.last?.amendment == .correction(of: StableIdentifier.make("e2", kind: "event")))
        let bo = try #require(records.first { $0.document.resident.name.given == "Bo" }?.document)
        #expect(bo.events.last?.isCancellation == true)
        #expect(bo.events.last?.kind == .admitEmergency)
        #expect(bo.placements.first?.period.end == (try CalendarDate(iso8601: "2025-12-31")))

        for (kind, text) in [
            ("organisations", TestSupport.organisations), ("facilities", TestSupport.facilities),
            ("residents", TestSupport.residents), ("placements", TestSupport.placements),
            ("events", TestSupport.events),
        ] {
            let again = try await TestSupport.plan(kind, text, store: store)
            #expect(again.problems.isEmpty, "\(kind): \(again.problems)")
            #expect(again.writes.isEmpty, "\(kind) changed on re-import")
        }
    }

    struct BadRow: Sendable, CustomTestStringConvertible {
        var kind: String
        var row: String
        var field: String?
        var rule: String
        var testDescription: String { "\(kind): \(rule)" }
    }

    static var badRows: [BadRow] {
        let a = TestSupport.cprA.unmaskedFormatted
        return [
            BadRow(kind: "organisations", row: "x,hospital,X,,,,,", field: "kind", rule: "not a known code"),
            BadRow(kind: "organisations", row: "x,ward,X,,,,1090,", field: "region", rule: "1090"),
            BadRow(kind: "organisations", row: "x,ward,X,,,99,,", field: "municipality", rule: "got \"99\""),
            BadRow(kind: "organisations", row: "x,ward,,,,,,", field: "name", rule: "a value is required"),
            BadRow(kind: "organisations", row: "centre-1,ward,X,,,,,", field: "id", rule: "already used on line 2"),
            BadRow(
                kind: "facilities", row: "nowhere,sel108,municipal,3,psychiatric,", field: "id", rule: "no organisation"
            ),
            BadRow(
                kind: "facilities", row: "ward-1,sel108,municipal,3,psychiatric,", field: "id", rule: "not a facility"),
            BadRow(
                kind: "facilities", row: "home-1,sel109,municipal,3,psychiatric,", field: "legal_basis",
                rule: "sel107 | sel108 | abl105"),
            BadRow(
                kind: "facilities", row: "home-1,sel108,municipal,0,psychiatric,", field: "capacity",
                rule: "at least one place"),
            BadRow(
                kind: "facilities", row: "home-1,sel108,municipal,3,psychiatric;;autism,",
                field: "approved_target_groups", rule: "an empty target group code"),
            BadRow(
                kind: "facilities", row: "home-1,sel108,municipal,3,psychiatric,home-1", field: "team",
                rule: "not a outreach_team"),
            BadRow(kind: "residents", row: "3213213213,A,B,0101,", field: "resident", rule: "[cpr."),
            BadRow(kind: "residents", row: "\(a),A,B,0101,F2", field: "diagnoses", rule: "ICD-10"),
            BadRow(kind: "residents", row: "\(a),A,B,0101,DF20;DF20", field: "diagnoses", rule: "once per date"),
            BadRow(kind: "placements", row: "\(a),nowhere,sel108,2025-01-01,", field: "facility", rule: "no facility"),
            BadRow(kind: "placements", row: "\(a),home-1,sel108,2025-05-01,2025-04-01", field: "to", rule: "end"),
            BadRow(
                kind: "placements", row: "\(TestSupport.cprA.unmaskedValue.prefix(6))0000,home-1,sel108,2025-05-01,",
                field: "resident", rule: "no resident"),
            BadRow(
                kind: "events", row: "z1,\(a),ep1,admit_inpatient,2025-05-01T10:00:00+02:00,ward-1,,",
                field: "admission", rule: "voluntary"),
            BadRow(
                kind: "events", row: "z1,\(a),ep1,discharge,2025-05-01,ward-1,,", field: "at",
                rule: "got \"2025-05-01\""),
            BadRow(
                kind: "events", row: "z1,\(a),ep1,cancel,2025-05-01T10:00:00+02:00,,,", field: "supersedes",
                rule: "names the event_id"),
            BadRow(
                kind: "events", row: "z1,\(a),ep1,cancel,2025-05-01T10:00:00+02:00,,,nope", field: "supersedes",
                rule: "no earlier event"),
            BadRow(
                kind: "events", row: "z1,\(a),ep1,discharge,2025-05-01T10:00:00+02:00,home-1,,", field: "ward",
                rule: "not a ward"),
            BadRow(
                kind: "events", row: "z1,\(a),ep1,STIN,2025-05-01T10:00:00+02:00,ward-1,voluntary,", field: "kind",
                rule: "admit_inpatient"),
        ]
    }

    static let headers: [String: String] = [
        "organisations": "id,kind,name,sor,gln,municipality,region,note",
        "facilities": FacilitiesImport.header.joined(separator: ","),
        "residents": ResidentsImport.header.joined(separator: ","),
        "placements": PlacementsImport.header.joined(separator: ","),
        "events": EventsImport.header.joined(separator: ","),
    ]

    @Test(
        "an invalid row is reported with its line, column and rule, and nothing is planned for it", arguments: badRows)
    func badRow(_ bad: BadRow) async throws {
        let store = try await TestSupport.populatedStore(events: false)
        // The bad row follows one valid row, so it is on line 3.
        let valid: String =
            switch bad.kind {
            case "organisations": "centre-1,psychiatric_centre,Psykiatrisk Center Test,,,,1084,"
            case "facilities": "home-2,abl105,private,4,psychiatric,"
            case "residents": "\(TestSupport.cprB.unmaskedValue),Bo,Berg,0147,"
            case "placements": "\(TestSupport.cprB.unmaskedFormatted),home-1,sel108,2025-02-01,2025-12-31"
            default: "ok1,\(TestSupport.cprB.unmaskedFormatted),ep7,leave_start,2025-06-01T10:00:00+02:00,ward-1,,"
            }
        let text = [Self.headers[bad.kind]!, valid, bad.row].joined(separator: "\n")
        let plan = try await TestSupport.plan(bad.kind, text, store: store)
        let problem = try #require(plan.problems.first, "no problem reported")
        #expect(plan.problems.allSatisfy { $0.line == 3 })
        #expect(problem.file == "\(bad.kind).csv")
        #expect(problem.field == bad.field)
        #expect(problem.rule.contains(bad.rule), "\(problem.rule)")
        for problem in plan.problems {
            #expect(
                !problem.description.contains(TestSupport.cprA.unmaskedValue.suffix(4)) || bad.kind == "organisations")
        }
    }

    @Test("a missing required column is an input error naming the file and the column")
    func missingColumn() async throws {
        let store = InMemoryDocumentStore()
        let plan = try await TestSupport.plan("residents", "resident,given_name,municipality\n", store: store)
        #expect(
            plan.problems == [
                InputProblem(
                    file: "residents.csv", line: 1, field: "family_name", rule: "the header lacks the required column")
            ])
    }

    @Test("an event already recorded with other values is refused; a correction is the way to change it")
    func changedEvent() async throws {
        let store = try await TestSupport.populatedStore()
        let text = """
            event_id,resident,episode,kind,at,ward,admission,supersedes
            e1,\(TestSupport.cprA.unmaskedFormatted),ep1,admit_inpatient,2025-03-02T15:05:00+01:00,ward-1,voluntary,
            """
        let plan = try await TestSupport.plan("events", text, store: store)
        #expect(plan.problems.map(\.field) == ["event_id"])
        #expect(plan.writes.isEmpty)
    }

    @Test("JSON documents: tagged, in an array, or bare; a truncated file is an input error")
    func documents() throws {
        let organisation = try Organisation(
            id: StableIdentifier.make("x", kind: "organisation"), kind: .ward, name: "Afsnit X")
        let tagged = try AnyDocument.organisation(organisation).tagged()
        let one = try JSONSerialization.data(withJSONObject: tagged)
        let other = try AnyDocument.organisation(
            Organisation(id: StableIdentifier.make("y", kind: "organisation"), kind: .ward, name: "Afsnit Y")
        ).tagged()
        let array = try JSONSerialization.data(withJSONObject: [tagged, other])
        let bare = try JSONEncoder().encode(organisation)
        #expect(try JSONDocumentFile.read(one, file: "a.json").map(\.kind) == [Organisation.documentKind])
        #expect(try JSONDocumentFile.read(array, file: "a.json").count == 2)
        #expect(try JSONDocumentFile.read(bare, file: "a.json").map(\.label) == ["Afsnit X"])
        #expect {
            try JSONDocumentFile.read(one.prefix(one.count / 2), file: "a.json")
        } throws: { error in
            (error as? InputProblems)?.problems.first?.rule.contains("not valid JSON") == true
        }
        var broken = tagged
        broken["document"] = ["id": organisation.id.uuidString, "kind": "ward", "name": "  "]
        #expect {
            try JSONDocumentFile.read(try JSONSerialization.data(withJSONObject: broken), file: "a.json")
        } throws: { error in
            let problem = (error as? InputProblems)?.problems.first
            return problem?.field == "document.name" && problem?.rule.contains("blank") == true
        }
    }

    @Test("survey answers read the same from the long and the wide layout")
    func rcLayouts() throws {
        let long = """
            round,respondent,respondent_group,rated_group,dimension,answer
            R1,p1,Ward,Team,frequent,5
            R1,p1,Ward,Team,timely,4
            R1,p1,Ward,Team,mutual_respect,
            R1,p2,Team,Ward,frequent,1
            """
        let wide = """
            round,respondent,respondent_group,rated_group,frequent,timely,accurate,problem_solving,shared_goals,shared_knowledge,mutual_respect
            R1,p1,Ward,Team,5,4,,,,,
            R1,p2,Team,Ward,1,,,,,,
            """
        let a = try RCResponsesFile.read(
            try CSVTable.parse(Data(long.utf8), file: "l.csv"), today: TestSupport.today, surveyName: "s")
        let b = try RCResponsesFile.read(
            try CSVTable.parse(Data(wide.utf8), file: "w.csv"), today: TestSupport.today, surveyName: "s")
        #expect(a.responses == b.responses)
        #expect(a.survey.workgroups.map(\.name) == ["Ward", "Team"])
        // "just the right amount" (score 5) is the third option of the frequency item.
        #expect(a.responses[0].ratings[0].answers[.frequentCommunication] == 3)
        #expect(a.responses[0].ratings[0].answers[.timelyCommunication] == 4)

        let bad = "round,respondent,respondent_group,rated_group,dimension,answer\nR1,p1,Ward,Team,speed,7\n"
        #expect {
            try RCResponsesFile.read(try CSVTable.parse(Data(bad.utf8), file: "b.csv"), today: TestSupport.today)
        } throws: { error in
            (error as? InputProblems)?.problems.map(\.field) == ["dimension"]
        }
    }
}
