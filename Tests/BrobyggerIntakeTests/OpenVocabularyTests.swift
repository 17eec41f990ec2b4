import Brobygger
import BrobyggerTesting
import Foundation
import Testing

@testable import BrobyggerIntake

@Suite("Open vocabularies are kept and noted, never refused")
struct OpenVocabularyTests {
    @Test("a facility approved for a target group this version does not know is imported with it, and noted")
    func unknownTargetGroup() async throws {
        let store = InMemoryDocumentStore()
        try await IntakeFixture.importAll(.organisations, IntakeFixture.organisations, store: store)
        let text = """
            id,legal_basis,owner,capacity,approved_target_groups,team
            home-1,sel108,private,8,psychiatric;autism,team-1
            """
        let plan = try await IntakeFixture.plan(.facilities, text, store: store)
        #expect(plan.problems.isEmpty, "\(plan.problems)")
        #expect(plan.writes.count == 1)
        let note = try #require(plan.notes.first)
        #expect(note.line == 2)
        #expect(note.field == "approved_target_groups")
        #expect(note.rule.contains("'autism'"))
        try await plan.apply(to: store, provenance: IntakeFixture.provenance)
        let facility = try #require(try await store.list(ResidentialFacility.self, matching: .all).first?.document)
        #expect(facility.approvedTargetGroups == [.psychiatric, .unrecognized("autism")])

        // Importing it again changes nothing and notes it again.
        let again = try await IntakeFixture.plan(.facilities, text, store: store)
        #expect(again.writes.isEmpty)
        #expect(again.notes.count == 1)
    }
}

@Suite("Byte parsers of the CSV reader")
struct CSVBytesTests {
    static func withBytes<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        Array(text.utf8).withUnsafeBufferPointer(body)
    }

    @Test(
        "instants read from bytes equal Instant(iso8601:), and what it refuses the byte reader does not accept",
        arguments: [
            "2026-03-02T14:05:00+01:00", "2026-03-02T14:05+01:00", "2026-03-02T14:05:00Z", "2026-03-02 14:05:00+0100",
            "2026-03-02T14:05:00.125-02:30", "2026-03-02T14:05:00,5Z", "2024-02-29T23:59:59+14:00",
            "2025-02-29T10:00:00Z", "2026-03-02T24:00:00Z", "2026-03-02T14:05:00", "2026-03-02T14:05:00+1:00",
            "2026-13-02T14:05:00Z", "2026-03-02T14:05:00.Z", "2026-03-02T14:05:00+01:00x", "20260302T140500Z",
        ])
    func instants(_ text: String) {
        let fast = Self.withBytes(text) { CSVBytes.instant($0) }
        let slow = try? Instant(iso8601: text)
        if let fast { #expect(fast == slow) }
        if slow == nil { #expect(fast == nil) }
    }

    @Test(
        "UUIDs read from bytes equal Foundation's, in either case",
        arguments: [
            "6b0e5a52-6f1d-4c59-9d3e-0b7e2f2d1a61", "6B0E5A52-6F1D-4C59-9D3E-0B7E2F2D1A61",
            "6b0e5a52-6f1d-4c59-9d3e-0b7e2f2d1a6g", "6b0e5a526f1d-4c59-9d3e-0b7e2f2d1a61-", "e1",
        ])
    func uuids(_ text: String) {
        #expect(Self.withBytes(text) { CSVBytes.uuid($0) } == UUID(uuidString: text))
    }

    @Test("the UTF-8 check refuses overlong forms, surrogates and cut sequences and accepts Danish text")
    func utf8() {
        #expect(UTF8Check.firstInvalidByte(in: Array("Ærø, Å og ø — 🙂 ok".utf8)) == nil)
        #expect(UTF8Check.firstInvalidByte(in: [0x61, 0xC0, 0xAF]) == 1)
        #expect(UTF8Check.firstInvalidByte(in: [0x61, 0x62, 0xED, 0xA0, 0x80]) == 2)
        #expect(UTF8Check.firstInvalidByte(in: Array("abcdefghij".utf8) + [0xE2, 0x82]) == 10)
        #expect(UTF8Check.firstInvalidByte(in: [0xF4, 0x90, 0x80, 0x80]) == 0)
    }
}

@Suite("Bounded problem lists")
struct BoundedProblemTests {
    @Test(
        "a JSON documents file where every document is broken lists at most the cap, then says the rest was not checked"
    )
    func jsonErrorFlood() throws {
        let broken = Array(repeating: #"{"kind": "organisation", "document": {"name": 7}}"#, count: 5_000)
        let data = Data(("[" + broken.joined(separator: ",") + "]").utf8)
        #expect {
            try JSONDocumentFile.read(data, file: "flood.json")
        } throws: { error in
            guard let problems = (error as? InputProblems)?.problems else { return false }
            return problems.count == JSONDocumentFile.maximumProblems + 1
                && problems.last?.rule.contains("4900 documents from here on were not checked") == true
        }
    }
}
