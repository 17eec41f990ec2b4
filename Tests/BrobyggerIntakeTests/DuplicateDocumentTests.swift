import Brobygger
import BrobyggerTesting
import Foundation
import Testing

@testable import BrobyggerIntake

/// Issue 19, items 6 and 7: a document is written once per import. The same file named twice, two files writing
/// one document and a JSON file naming one document twice are input problems naming both sources, and the plan
/// keeps the earlier write only, so applying it (`--skip-invalid`) never meets a conflict in the store.
@Suite("One write per document per import")
struct DuplicateDocumentTests {
    static let header = "id,kind,name,sor,gln,municipality,region"

    static func input(_ name: String, _ rows: String...) -> IntakeInput {
        IntakeInput(name: name, data: Data(([header] + rows).joined(separator: "\n").utf8))
    }

    static func planner(_ store: any DocumentStore) -> ImportPlanner {
        ImportPlanner(store: store, today: IntakeFixture.today)
    }

    @Test("the same file named twice is read once; the later naming is a problem of the whole file")
    func sameFileTwice() async throws {
        let store = InMemoryDocumentStore()
        let file = Self.input("o.csv", "w1,ward,Afsnit 1,,,,1084", "w2,ward,Afsnit 2,,,,1084")
        let plan = try await Self.planner(store).plan(.organisations, inputs: [file, file])
        #expect(plan.writes.count == 2)
        #expect(plan.problems.count == 1)
        let problem = try #require(plan.problems.first)
        #expect(problem.file == "o.csv" && problem.line == nil && problem.rule.contains("inputs 1 and 2"))
        // Applied as --skip-invalid applies it: no conflict of the import's own making.
        try await plan.apply(to: store, provenance: IntakeFixture.provenance)
        #expect(try await store.list(Organisation.self, matching: .all).count == 2)
    }

    @Test("two files writing one document: the later row is a problem naming both files and lines, and left out")
    func twoFilesOneDocument() async throws {
        let store = InMemoryDocumentStore()
        let first = Self.input("a.csv", "w0,ward,Afsnit 0,,,,1084", "w1,ward,Afsnit A,,,,1084")
        let second = Self.input("b.csv", "w1,ward,Afsnit B,,,,1084", "w2,ward,Afsnit 2,,,,1084")
        let plan = try await Self.planner(store).plan(.organisations, inputs: [first, second])
        #expect(plan.problems.count == 1)
        let problem = try #require(plan.problems.first)
        #expect(problem.file == "b.csv" && problem.line == 2)
        #expect(problem.rule.contains("a.csv:3"))
        #expect(plan.writes.count == 3)
        #expect(plan.skippedLines == ["b.csv": [2]])
        try await plan.apply(to: store, provenance: IntakeFixture.provenance)
        let names = try await store.list(Organisation.self, matching: .all).map(\.document.name).sorted()
        #expect(names == ["Afsnit 0", "Afsnit 2", "Afsnit A"], "the earlier write is kept")
    }

    @Test("two contacts files for one resident: the later file's row is a problem naming both, not a store conflict")
    func twoFilesOneResident() async throws {
        let store = try await IntakeFixture.store()
        let a = IntakeFixture.cprA.unmaskedFormatted
        let header = TeamContactsImport.header.joined(separator: ",")
        let first = IntakeInput(
            name: "c1.csv",
            data: Data((header + "\nc1,\(a),team-1,home_visit,in_person,2025-03-24T10:00:00+01:00,").utf8))
        let second = IntakeInput(
            name: "c2.csv", data: Data((header + "\nc2,\(a),team-1,home_visit,phone,2025-03-25T10:00:00+01:00,").utf8))
        let plan = try await Self.planner(store).plan(.teamContacts, inputs: [first, second])
        #expect(plan.problems.map(\.file) == ["c2.csv"])
        #expect(plan.problems.first?.line == 2)
        #expect(plan.problems.first?.rule.contains("c1.csv:2") == true)
        #expect(plan.problems.first?.description.contains(a) == false)
        #expect(plan.writes.count == 1)
        try await plan.apply(to: store, provenance: IntakeFixture.provenance)
    }

    /// A tagged organisation named `name` with identifier `id`.
    static func organisation(_ id: String, _ name: String) throws -> [String: Any] {
        try AnyDocument.organisation(
            Organisation(id: StableIdentifier.make(id, kind: "organisation"), kind: .ward, name: name)
        ).tagged()
    }

    @Test("a JSON file naming one document twice is refused in either order, naming both entries")
    func jsonDuplicate() throws {
        let a = try Self.organisation("x", "Afsnit X")
        let b = try Self.organisation("x", "Afsnit X, ny")
        let other = try Self.organisation("y", "Afsnit Y")
        for order in [[a, other, b], [b, other, a], [a, other, a]] {
            let data = try JSONSerialization.data(withJSONObject: order)
            #expect {
                try JSONDocumentFile.read(data, file: "d.json")
            } throws: { error in
                let problems = (error as? InputProblems)?.problems ?? []
                return problems.count == 1 && problems[0].field == "[2]" && problems[0].rule.contains("[0]")
            }
        }
    }

    @Test("a JSON file naming one document twice is an input problem of the plan, and nothing of it is planned")
    func jsonDuplicateInPlan() async throws {
        let store = InMemoryDocumentStore()
        let data = try JSONSerialization.data(withJSONObject: [
            try Self.organisation("x", "Afsnit X"), try Self.organisation("x", "Afsnit X, ny"),
        ])
        let plan = try await Self.planner(store).plan(.documents, inputs: [IntakeInput(name: "d.json", data: data)])
        #expect(plan.problems.map(\.field) == ["[1]"])
        #expect(plan.writes.isEmpty)
    }

    @Test("two JSON files writing one document name both entries")
    func jsonAcrossFiles() async throws {
        let store = InMemoryDocumentStore()
        let first = try JSONSerialization.data(withJSONObject: [try Self.organisation("x", "Afsnit X")])
        let second = try JSONSerialization.data(withJSONObject: [
            try Self.organisation("y", "Afsnit Y"), try Self.organisation("x", "Afsnit X, ny"),
        ])
        let plan = try await Self.planner(store).plan(
            .documents, inputs: [IntakeInput(name: "1.json", data: first), IntakeInput(name: "2.json", data: second)])
        let problem = try #require(plan.problems.first)
        #expect(plan.problems.count == 1)
        #expect(problem.file == "2.json" && problem.field == "[1]" && problem.rule.contains("1.json [0]"))
        #expect(plan.writes.count == 2)
    }

    @Test("elements are split on the bytes: brackets, commas and quotes inside strings do not split an element")
    func splitterStrings() throws {
        let names = ["Afsnit [1], \"nord\"", "Afsnit {2}\\ syd", "Afsnit ]"]
        let documents = try names.enumerated().map { try Self.organisation("s\($0.offset)", $0.element) }
        let data = try JSONSerialization.data(withJSONObject: documents)
        #expect(try JSONDocumentFile.read(data, file: "s.json").map(\.label) == names)
        let spaced =
            Data(" \n[ \n".utf8) + (try JSONSerialization.data(withJSONObject: documents[0])) + Data(" ]\n".utf8)
        #expect(try JSONDocumentFile.read(spaced, file: "s.json").count == 1)
        #expect(try JSONDocumentFile.read(Data("[]".utf8), file: "s.json").isEmpty)
        for broken in ["[{\"kind\": 1}", "[\"open]", "[1] x", "[1}"] {
            #expect {
                try JSONDocumentFile.read(Data(broken.utf8), file: "b.json")
            } throws: { error in
                (error as? InputProblems)?.problems.last?.rule.contains("not valid JSON") == true
            }
        }
    }

    @Test("a document larger than the document limit is refused, naming its entry and the limit")
    func documentLimit() throws {
        let small = try Self.organisation("a", "A")
        let large = try Self.organisation("b", String(repeating: "B", count: 2_000))
        let data = try JSONSerialization.data(withJSONObject: [small, large])
        #expect {
            try JSONDocumentFile.read(data, file: "l.json", limits: IntakeLimits(documentBytes: 1_000))
        } throws: { error in
            let problems = (error as? InputProblems)?.problems ?? []
            return problems.count == 1 && problems[0].field == "[1]"
                && problems[0].rule.contains("IntakeLimits.documentBytes")
        }
        #expect(try JSONDocumentFile.read(data, file: "l.json").count == 2)
    }

    @Test("a flood of ten thousand invalid elements lists the cap and says how many were not checked")
    func flood() throws {
        let data = Data(("[" + Array(repeating: "1", count: 10_000).joined(separator: ",") + "]").utf8)
        #expect {
            try JSONDocumentFile.read(data, file: "flood.json")
        } throws: { error in
            let problems = (error as? InputProblems)?.problems ?? []
            return problems.count == JSONDocumentFile.maximumProblems + 1
                && problems.last?.field == "[100]"
                && problems.last?.rule.contains("the 9900 documents from here on were not checked") == true
        }
    }

    /// A resident record placed from `from`, tagged for a documents file.
    static func record(placedFrom from: String) throws -> [String: Any] {
        let resident = try ResidentBuilder("json-dates").named("Ida", "Olsen").actingMunicipality("0101").build()
        let placement = Placement(
            id: SyntheticRegionRandom.identifier(forKey: "json-dates-placement"), resident: resident.id,
            facility: SyntheticRegionRandom.identifier(forKey: "json-dates-facility"), legalBasis: .longTermStay,
            period: ResidentsFixtureTime.range(from, nil))
        return try AnyDocument.residentRecord(ResidentRecord(resident: resident, placements: [placement])).tagged()
    }

    @Test("a date inside a JSON document outside the plausible window is refused naming the element and the field")
    func jsonImplausibleDate() throws {
        let today = ResidentsFixtureTime.date("2026-12-05")
        let good = try JSONSerialization.data(withJSONObject: [try Self.record(placedFrom: "2025-01-01")])
        #expect(try JSONDocumentFile.read(good, file: "d.json", today: today).count == 1)
        let bad = try JSONSerialization.data(
            withJSONObject: [try Self.organisation("x", "Afsnit X"), try Self.record(placedFrom: "9999-12-31")])
        // Without a day of import no window is checked (a file checked on its own).
        #expect(try JSONDocumentFile.read(bad, file: "d.json").count == 2)
        #expect {
            try JSONDocumentFile.read(bad, file: "d.json", today: today)
        } throws: { error in
            let problems = (error as? InputProblems)?.problems ?? []
            return problems.count == 1 && problems[0].field == "[1].document.placements[0].period.start"
                && problems[0].rule.contains("date.implausible") && problems[0].rule.contains("9999-12-31")
        }
    }

    @Test("the planner refuses a documents file holding an implausible date, and plans nothing of it")
    func jsonImplausibleDateInPlan() async throws {
        let store = InMemoryDocumentStore()
        let data = try JSONSerialization.data(withJSONObject: [try Self.record(placedFrom: "1850-06-01")])
        let plan = try await Self.planner(store).plan(.documents, inputs: [IntakeInput(name: "d.json", data: data)])
        #expect(plan.problems.map(\.field) == ["[0].document.placements[0].period.start"])
        #expect(plan.writes.isEmpty)
    }
}
