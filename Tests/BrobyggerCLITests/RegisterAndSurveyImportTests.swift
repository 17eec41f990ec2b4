import Brobygger
import BrobyggerTesting
import Foundation
import Testing

@testable import BrobyggerCommandLine

/// `import discharge-documents` (the §13a/§13b register) and `import rc-responses`, in process.
@Suite("Register and survey imports")
struct RegisterAndSurveyImportTests {
    static let registerHeader =
        "document_id,resident,episode,kind,basis,agreed_on,refused_on,treatment_offers,social_offers,parties,consultant"

    /// The register with one row for Ida's stay `ep1` (discharged 2025-03-21 from a §108 placement).
    static func register(_ row: String) -> String { registerHeader + "\n" + row + "\n" }

    static var idaAgreement: String {
        "uda-1,\(TestSupport.cprA.unmaskedFormatted),ep1,agreement,13a1,2025-03-19,,2,1,3,Overlæge Hansen"
    }

    /// The region row of the compliance report over `store` (zero counts when no discharge is in the report).
    static func regionCounts(_ store: any DocumentStore) async throws -> DischargeComplianceReport.Counts {
        let report = try await DischargeComplianceReport.build(store: store, asOf: TestSupport.today)
        return report.rows(.region).first?.counts ?? DischargeComplianceReport.Counts()
    }

    @Test("a register row makes a missing agreement count as made in time; importing it again changes nothing")
    func registerRowCounts() async throws {
        let store = try await TestSupport.populatedStore()
        let before = try await Self.regionCounts(store)
        #expect(before.required == 1)
        #expect(before.missing == 1)
        let plan = try await TestSupport.importAll(
            "discharge-documents", Self.register(Self.idaAgreement), store: store)
        #expect(plan.writes.count == 1)
        let after = try await Self.regionCounts(store)
        #expect(after.missing == 0)
        #expect(after.inTime == 1)
        let stored = try #require(try await store.list(DischargeRegisterEntry.self, matching: .all).first?.document)
        #expect(stored.record.consultant == "Overlæge Hansen")
        #expect(stored.record.resident == .cpr(TestSupport.cprA))
        let again = try await TestSupport.plan("discharge-documents", Self.register(Self.idaAgreement), store: store)
        #expect(again.problems.isEmpty)
        #expect(again.writes.isEmpty)
        #expect(again.unchanged == 1)
    }

    @Test("a register row agreed after the discharge counts as late")
    func lateRow() async throws {
        let store = try await TestSupport.populatedStore()
        let late = Self.idaAgreement.replacingOccurrences(of: "2025-03-19", with: "2025-04-30")
        _ = try await TestSupport.importAll("discharge-documents", Self.register(late), store: store)
        let counts = try await Self.regionCounts(store)
        #expect(counts.late == 1)
        #expect(counts.inTime == 0)
    }

    struct BadRegisterRow: Sendable, CustomTestStringConvertible {
        var row: String
        var field: String
        var rule: String
        var testDescription: String { "\(field): \(rule)" }
    }

    static var badRegisterRows: [BadRegisterRow] {
        let a = TestSupport.cprA.unmaskedFormatted
        let unknown = SampleCPRNumbers.make(born: try! CalendarDate(iso8601: "1990-01-01"), sex: .male, serial: 1)
        return [
            BadRegisterRow(row: "d,\(a),ep1,agrement,13a1,2025-03-19,,1,1,1,", field: "kind", rule: "got \"agrement\""),
            BadRegisterRow(row: "d,\(a),ep1,agreement,13b,2025-03-19,,1,1,1,", field: "basis", rule: "13a1 or 13a2"),
            BadRegisterRow(row: "d,\(a),ep1,agreement,13a1,19-03-2025,,1,1,1,", field: "agreed_on", rule: "YYYY-MM-DD"),
            BadRegisterRow(
                row: "d,\(a),ep1,agreement,13a1,2025-03-19,,-1,1,1,", field: "treatment_offers", rule: "count"),
            BadRegisterRow(row: ",\(a),ep1,agreement,13a1,2025-03-19,,1,1,1,", field: "document_id", rule: "required"),
            BadRegisterRow(row: "d,0101,ep1,agreement,13a1,2025-03-19,,1,1,1,", field: "resident", rule: "CPR"),
            BadRegisterRow(
                row: "d,\(unknown.unmaskedFormatted),ep1,agreement,13a1,2025-03-19,,1,1,1,", field: "resident",
                rule: "no resident with this CPR number in the store"),
            BadRegisterRow(
                row: "d,\(a),ep7,agreement,13a1,2025-03-19,,1,1,1,", field: "episode",
                rule: "no course event of the resident has this episode"),
            BadRegisterRow(row: "d,\(a),ep 1!,agreement,13a1,2025-03-19,,1,1,1,", field: "episode", rule: "got"),
        ]
    }

    @Test(
        "an invalid register row is reported with its line, column and rule, and nothing is planned",
        arguments: badRegisterRows)
    func badRegisterRow(_ bad: BadRegisterRow) async throws {
        let store = try await TestSupport.populatedStore()
        let plan = try await TestSupport.plan(
            "discharge-documents", Self.register(Self.idaAgreement) + bad.row + "\n", store: store)
        let problem = try #require(plan.problems.first, "no problem for \(bad.row)")
        #expect(plan.problems.count == 1, "\(plan.problems)")
        #expect(problem.file == "discharge-documents.csv")
        #expect(problem.line == 3)
        #expect(problem.field == bad.field)
        #expect(problem.rule.contains(bad.rule), "\(problem)")
        #expect(!problem.description.contains(TestSupport.cprA.unmaskedValue), "CPR numbers are never shown")
        #expect(plan.writes.count == 1, "the valid row is planned, to be written only with --skip-invalid")
    }

    @Test("the same document twice in a file is refused")
    func duplicateDocument() async throws {
        let store = try await TestSupport.populatedStore()
        let plan = try await TestSupport.plan(
            "discharge-documents", Self.register(Self.idaAgreement) + Self.idaAgreement + "\n", store: store)
        #expect(
            plan.problems.map(\.description) == [
                "discharge-documents.csv:3: document_id: the document is already on line 2"
            ])
    }

    @Test("a register without a required column names the column")
    func missingColumn() async throws {
        let store = try await TestSupport.populatedStore()
        let plan = try await TestSupport.plan(
            "discharge-documents", "document_id,resident,episode,kind,basis\n", store: store)
        let problem = try #require(plan.problems.first)
        #expect(problem.line == 1)
        #expect(problem.field?.contains("agreed_on") == true)
        #expect(problem.rule.contains("lacks the required column"))
    }

    static let longAnswers = """
        round,respondent,respondent_group,rated_group,dimension,answer
        2026-1,p1,Team,Team,frequent,4
        2026-1,p1,Team,Team,timely,
        2026-1,p1,Team,Botilbud,shared_goals,2
        2026-1,p2,Botilbud,Team,mutual_respect,5
        2026-2,p1,Team,Botilbud,accurate,3
        """
    static let wideAnswers = """
        round,respondent,respondent_group,rated_group,frequent,timely,accurate,problem_solving,shared_goals,shared_knowledge,mutual_respect
        2026-1,p1,Team,Team,4,,,,,,
        2026-1,p1,Team,Botilbud,,,,,2,,
        2026-1,p2,Botilbud,Team,,,,,,,5
        2026-2,p1,Team,Botilbud,,,3,,,,
        """

    @Test("survey answers are stored as one document per round; the wide layout of the same answers changes nothing")
    func surveyRounds() async throws {
        let store = InMemoryDocumentStore()
        let plan = try await TestSupport.importAll("rc-responses", Self.longAnswers, store: store)
        #expect(plan.writes.count == 2)
        let rounds = try await store.list(RelationalCoordinationRoundResponses.self, matching: .all).map(\.document)
        #expect(rounds.count == 2)
        let first = try #require(rounds.first { $0.round == RCResponsesFile.roundID("2026-1", survey: "rc-responses") })
        #expect(first.survey.id == RCResponsesFile.surveyID("rc-responses"))
        #expect(first.survey.workgroups.map(\.name) == ["Team", "Botilbud"])
        #expect(first.responses.count == 2)
        let p1 = try #require(first.responses.first { $0.respondent.pseudonym == "p1" })
        #expect(p1.ratings.count == 2)
        #expect(first.survey.rounds.first { $0.id == first.round }?.opens == TestSupport.today)

        let wide = try await ImportPlanner(store: store, today: TestSupport.today).plan(
            .rcResponses, inputs: [IntakeInput(name: "elsewhere/rc-responses.csv", data: Data(Self.wideAnswers.utf8))])
        #expect(wide.problems.isEmpty, "\(wide.problems)")
        #expect(wide.writes.isEmpty, "the same answers in the wide layout are the same rounds")
        #expect(wide.unchanged == 2)

        let otherSurvey = try await ImportPlanner(store: store, today: TestSupport.today).plan(
            .rcResponses, inputs: [IntakeInput(name: "rc.csv", data: Data(Self.longAnswers.utf8))],
            survey: "Region Sjælland 2026")
        #expect(otherSurvey.writes.count == 2)
        #expect(otherSurvey.writes.allSatisfy { $0.isNew }, "another survey's rounds are other documents")
    }

    @Test("one invalid answer keeps the whole survey file out, also with --skip-invalid")
    func surveyAllOrNothing() async throws {
        let store = InMemoryDocumentStore()
        let text = Self.longAnswers + "\n2026-1,p3,Team,Team,timely,7\n"
        let plan = try await TestSupport.plan("rc-responses", text, store: store)
        #expect(plan.writes.isEmpty)
        #expect(
            plan.problems.first?.description
                == "rc-responses.csv:7: answer: an answer is a score 1–5 (empty = not answered); got \"7\"")
        #expect(plan.problems.last?.line == nil)
        #expect(plan.problems.last?.rule.contains("imported whole or not at all") == true)
    }

    @Test("a care plan bound by CPR number takes the stored resident's identifier")
    func carePlanBinding() async throws {
        let store = try await TestSupport.populatedStore()
        let region = try SyntheticRegion.generate(.hovedstaden)
        let plan = try #require(try region.carePlans(CarePlanGenerationParameters(count: 1)).first)
        let json = try SampleExport.documentsJSON(
            [.carePlan(plan)], cprs: [plan.resident: TestSupport.cprA.unmaskedFormatted])
        let imported = try await TestSupport.importAll("documents", json, store: store)
        #expect(imported.writes.count == 1)
        let ida = try #require(try await StoreSnapshot.load(store).residentsByCPR[TestSupport.cprA])
        let stored = try #require(try await store.current(CoordinatedCarePlan.self, id: plan.id)?.document)
        #expect(stored.resident == ida)

        let unknown = try SampleExport.documentsJSON(
            [.carePlan(plan)],
            cprs: [
                plan.resident: SampleCPRNumbers.make(
                    born: try CalendarDate(iso8601: "1990-01-01"), sex: .female, serial: 2
                ).unmaskedFormatted
            ])
        let refused = try await TestSupport.plan("documents", unknown, store: store)
        #expect(refused.problems.first?.rule.contains("no resident with the CPR number") == true)
        let organisation = try JSONSerialization.data(withJSONObject: [
            "kind": "organisation", "resident": TestSupport.cprA.unmaskedFormatted,
            "document": ["id": UUID().uuidString, "kind": "ward", "name": "X"],
        ])
        let wrongKind = try await TestSupport.plan(
            "documents", String(decoding: organisation, as: UTF8.self), store: store)
        #expect(wrongKind.problems.first?.rule.contains("only a care-plan") == true)
    }

    @Test("a ward under a known organisation other than a psychiatric centre is somatic, and its stays are not counted")
    func somaticWard() async throws {
        let organisations =
            TestSupport.organisations + "\nhospital-1,other,Hospital,,,,1084,\nmed-1,ward,Medicinsk,,,,1084,"
        let store = InMemoryDocumentStore()
        _ = try await TestSupport.importAll("organisations", organisations, store: store)
        var medical = try #require(
            try await store.current(Organisation.self, id: StableIdentifier.make("med-1", kind: "organisation")))
        let hospital: Organisation.ID = StableIdentifier.make("hospital-1", kind: "organisation")
        let moved = try Organisation(
            id: medical.document.id, kind: .ward, name: "Medicinsk", identifiers: medical.document.identifiers,
            partOf: hospital)
        medical = try await store.save(moved, expecting: .version(medical.number), provenance: TestSupport.provenance)
        _ = try await TestSupport.importAll("facilities", TestSupport.facilities, store: store)
        _ = try await TestSupport.importAll("residents", TestSupport.residents, store: store)
        _ = try await TestSupport.importAll("placements", TestSupport.placements, store: store)
        _ = try await TestSupport.importAll(
            "events", TestSupport.events.replacingOccurrences(of: "ward-1", with: "med-1"), store: store)
        let ida = try #require(try await StoreSnapshot.load(store).record(of: TestSupport.cprA)?.document)
        #expect(ida.events.allSatisfy { $0.wardType == .somatic })
        let counts = try await Self.regionCounts(store)
        #expect(counts.discharges == 0)
        #expect(counts.required == 0)
        // The same events on the psychiatric ward count.
        let psychiatric = try await TestSupport.populatedStore()
        #expect(try await Self.regionCounts(psychiatric).required == 1)
    }
}
