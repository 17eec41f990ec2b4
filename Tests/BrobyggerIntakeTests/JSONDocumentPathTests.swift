import Brobygger
import BrobyggerTesting
import Foundation
import Testing

@testable import BrobyggerIntake

/// Issue 18: a documents file is decoded straight from each element's bytes, in parallel, and only an element that
/// fails (or holds a date the byte scan cannot clear) is read as a tree of Foundation objects. Both readings must
/// give the same documents, the same problems with the same paths, and the same order.
@Suite("Documents file: direct decoding against the tree reading")
struct JSONDocumentPathTests {
    /// The day of the import the generated region is checked on.
    static let today = try! CalendarDate(iso8601: "2026-12-06")

    /// A small generated region's documents: organisations, facilities, teams, resident records, collaboration
    /// agreements and care plans bound to their residents by CPR number, as `brobygger generate` writes them.
    static let generated: (elements: [String], cprs: [CPRNumber: Resident.ID]) = {
        let region = try! SyntheticRegion.generate(
            SyntheticRegionParameters(seed: 18, teams: 2, facilities: 6, residents: 60))
        var cprs: [Resident.ID: String] = [:]
        var stored: [CPRNumber: Resident.ID] = [:]
        for resident in region.residents {
            guard case .cpr(let cpr) = resident.person else { continue }
            cprs[resident.id] = cpr.unmaskedValue
            // The store made its own identifier when it imported the resident.
            stored[cpr] = StableIdentifier.make("stored " + resident.id.uuidString, kind: "stored-resident")
        }
        var documents: [TaggedDocument] =
            region.organisations.map { TaggedDocument(document: .organisation($0)) }
            + region.facilities.map { TaggedDocument(document: .facility($0)) }
            + region.teams.map { TaggedDocument(document: .team($0)) }
            + (try! region.residentRecords()).prefix(20).map { TaggedDocument(document: .residentRecord($0)) }
            + (try! region.collaborationAgreements(count: 6)).map { TaggedDocument(document: .agreement($0)) }
        for plan in try! region.carePlans(CarePlanGenerationParameters(seed: 18, count: 25)) {
            documents.append(TaggedDocument(document: .carePlan(plan), resident: cprs[plan.resident]))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let elements = documents.map { String(decoding: try! encoder.encode($0), as: UTF8.self) }
        return (elements, stored)
    }()

    /// What a reading gives: the documents with their positions as sorted JSON, or the problems.
    struct Reading: Equatable {
        var documents: [String] = []
        var problems: [InputProblem] = []
    }

    /// The outcome of reading `elements` as one array by `path`.
    static func read(
        _ elements: [String], path: JSONDocumentFile.DecodingPath, bind: Bool = true,
        today: CalendarDate? = JSONDocumentPathTests.today
    ) -> Reading {
        let data = Data(("[\n" + elements.joined(separator: ",\n") + "\n]\n").utf8)
        let cprs = generated.cprs
        do {
            let entries = try JSONDocumentFile.entries(
                data, file: "documents.json", limits: .standard,
                plausible: today.map { PlausibleDays(.standard, today: $0) },
                binding: bind ? ResidentBinding { cprs[$0] } : nil, path: path)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            return Reading(
                documents: entries.map {
                    ($0.position ?? "") + " "
                        + String(decoding: try! encoder.encode(TaggedDocument(document: $0.document)), as: UTF8.self)
                })
        } catch {
            return Reading(problems: error.problems)
        }
    }

    /// Broken elements made from good ones: each is a problem of its own kind, or (the last few) a document the
    /// tree reading still accepts.
    static func broken(_ elements: [String]) -> [String] {
        let organisation = elements[0]
        let record = elements.first { $0.contains("\"kind\" : \"resident-record\"") }!
        let plan = elements.first { $0.contains("\"kind\" : \"care-plan\"") }!
        func object(_ text: String) -> [String: Any] {
            try! JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
        }
        func text(_ object: Any) -> String {
            String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        }
        func edited(_ element: String, _ edit: (inout [String: Any]) -> Void) -> String {
            var value = object(element)
            edit(&value)
            return text(value)
        }
        func document(_ element: String, _ edit: @escaping (inout [String: Any]) -> Void) -> String {
            edited(element) { tagged in
                var document = tagged["document"] as! [String: Any]
                edit(&document)
                tagged["document"] = document
            }
        }
        let planDate = object(plan)["document"].flatMap { ($0 as? [String: Any])?["nextMeeting"] } as? String
        return [
            // Not JSON, not an object, not a document.
            "{\"kind\": tru}", "1", "\"text\"", "null", "[]",
            edited(organisation) { $0["kind"] = "nonsense" },
            edited(organisation) { $0["kind"] = 7 },
            edited(organisation) { $0["document"] = NSNull() },
            edited(organisation) { $0["document"] = "text" },
            edited(organisation) { $0.removeValue(forKey: "document") },
            // A field missing, of the wrong type, breaking its rule.
            document(organisation) { $0.removeValue(forKey: "id") },
            document(organisation) { $0["name"] = 12 },
            document(organisation) { $0["id"] = "not-a-uuid" },
            document(record) { $0.removeValue(forKey: "resident") },
            document(plan) { $0["goals"] = "none" },
            document(plan) { $0["status"] = 3 },
            // Dates outside the window, at any depth, escaped or not, and a date-shaped name.
            document(record) { record in
                var resident = record["resident"] as! [String: Any]
                resident["name"] = ["given": "9999-12-31", "family": "Olsen"]
                record["resident"] = resident
            },
            edited(plan) {
                $0["document"] = ($0["document"] as! [String: Any]).merging(["nextMeeting": "9999-12-31"]) { $1 }
            },
            document(plan) { $0["nextMeeting"] = "1850-01-01" },
            document(plan) { $0["nextMeeting"] = "2099-01-01T10:00:00+01:00" },
            document(plan) { $0["nextMeeting"] = "1899-12-31T23:30:00-01:00" },
            plan.replacingOccurrences(of: "\"\(planDate ?? "")\"", with: "\"\\u0039999-01-01\""),
            plan.replacingOccurrences(of: "\"\(planDate ?? "")\"", with: "\"9999-01\\u002D01\""),
            document(organisation) { $0["9999-12-31"] = "a name that looks like a date" },
            // Binding by CPR number: on the wrong kind, malformed, unknown, of the wrong type, or null.
            edited(organisation) { $0["resident"] = "0101010101" },
            edited(plan) { $0["resident"] = "12345" },
            edited(plan) { $0["resident"] = "0101011234" },
            edited(plan) { $0["resident"] = 1_234_567_890 },
            edited(plan) { $0["resident"] = NSNull() },
            // A bare document, a bare non-document, a duplicate.
            text(object(organisation)["document"]!),
            text(["name": "Afsnit uden art"]),
            elements[1],
            // Still documents in the tree reading: a bound plan whose own resident is no identifier.
            document(plan) { $0["resident"] = "not-a-uuid" },
            document(plan) { $0.removeValue(forKey: "resident") },
        ]
    }

    @Test("a generated file gives the same documents, in the same order, either way, bound or not")
    func generatedDocuments() {
        let elements = Self.generated.elements
        let bound = elements.filter { $0.contains("\n  \"resident\" : \"") }
        #expect(bound.count == 25, "every care plan is bound to its resident by CPR number")
        let stored = Set(Self.generated.cprs.values.map(\.uuidString))
        let plans = Self.read(bound, path: .direct).documents
        #expect(plans.count == 25)
        #expect(plans.allSatisfy { plan in stored.contains { plan.contains("\"resident\":\"\($0)\"") } })
        for bind in [true, false] {
            let direct = Self.read(elements, path: .direct, bind: bind)
            #expect(direct.problems == [])
            #expect(direct.documents.count == elements.count)
            #expect(direct == Self.read(elements, path: .tree, bind: bind))
        }
        #expect(Self.read(elements, path: .direct, today: nil).documents.count == elements.count)
    }

    @Test("broken elements among good ones give the same problems with the same paths, in the same order")
    func brokenDocuments() {
        let elements = Self.generated.elements
        let broken = Self.broken(elements)
        var mixed: [String] = []
        for (index, element) in elements.enumerated() {
            mixed.append(element)
            if index < broken.count { mixed.append(broken[index]) }
        }
        for bind in [true, false] {
            for today in [Self.today, nil] {
                let direct = Self.read(mixed, path: .direct, bind: bind, today: today)
                #expect(direct.problems.count > 20)
                #expect(direct == Self.read(mixed, path: .tree, bind: bind, today: today))
            }
        }
        // Each broken element alone, so that no problem hides another.
        for element in broken {
            #expect(
                Self.read([element], path: .direct) == Self.read([element], path: .tree), "\(element.prefix(120))")
        }
    }

    @Test(
        "a tagged element whose document is not an object is a problem of the element, not a stopped process",
        arguments: ["null", "\"text\"", "12", "true"])
    func documentNotAnObject(value: String) throws {
        let data = Data("[{\"kind\": \"organisation\", \"document\": \(value)}]".utf8)
        #expect {
            try JSONDocumentFile.read(data, file: "d.json")
        } throws: { error in
            (error as? InputProblems)?.problems == [
                InputProblem(
                    file: "d.json", line: nil, field: "[0]", rule: "\"document\" is a JSON object, the document itself")
            ]
        }
    }

    @Test("past the cap on problems both readings stop at the same element and count the rest alike")
    func cappedProblems() {
        let broken = Self.broken(Self.generated.elements)
        let flood = Array(repeating: broken, count: 6).flatMap { $0 } + Self.generated.elements
        let direct = Self.read(flood, path: .direct)
        #expect(direct.problems.count == JSONDocumentFile.maximumProblems + 1)
        #expect(direct == Self.read(flood, path: .tree))
    }

    @Test(
        "the byte scan sends every string the tree walk would refuse to the tree walk",
        arguments: [
            ("\"2025-06-01\"", false), ("\"2025-06-01T10:00:00+02:00\"", false), ("\"1902-01-01\"", false),
            ("\"9999-12-31\"", true), ("\"1850-06-01\"", true), ("\"1900-01-01\"", false),
            ("\"1899-12-31\"", true), ("\"2036-12-07\"", true), ("\"2036-12-05\"", false),
            ("\"2099-01-01T10:00:00Z\"", true), ("\"2099-01-01 10:00\"", false), ("\"9999-12-31 og mere\"", false),
            ("\"\\u0039999-12-31\"", true), ("\"9999-12\\u002D31\"", true), ("\"2025-06-01\\/x\"", false),
            ("{\"9999-12-31\": 1}", true), ("\"9999-99-99\"", false), ("[\"a\", \"b\\\"\", \"9999-01-01\"]", true),
        ])
    func byteScan(json: String, suspicious: Bool) {
        let plausible = PlausibleDays(.standard, today: Self.today)
        let found = Data(json.utf8).withUnsafeBytes {
            JSONDocumentFile.mayHoldImplausibleDate($0, plausible: plausible)
        }
        #expect(found == suspicious)
        // Whatever the scan clears, the tree walk clears too.
        if !found, let item = try? JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed]) {
            #expect(JSONDocumentFile.firstImplausibleDate(in: item, path: "", plausible: plausible) == nil)
        }
    }
}
