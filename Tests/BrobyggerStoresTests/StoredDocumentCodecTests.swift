import BrobyggerCore
import BrobyggerResidents
import BrobyggerTesting
import Foundation
import Testing

@testable import BrobyggerStores

/// The store's binary encoding: today's (`0xB2`: key table, identifiers as 16 bytes, instants and dates as numbers)
/// against the one written before (`0xB1`) and JSON, over the synthetic region's documents; damage; and a store
/// written before read and continued.
@Suite("Stored document encoding", .timeLimit(.minutes(5)))
struct StoredDocumentCodecTests {
    static let region = try! SyntheticRegion.generate(
        SyntheticRegionParameters(teams: 2, facilities: 8, residents: 150))

    let author = Author(name: try! PersonName(given: "Kodning", family: "Test"))

    /// A document read back from each encoding: today's, the one written before, and JSON.
    func decodedThreeWays<Value: Codable & Equatable>(_ value: Value) throws -> (new: Value, old: Value, json: Value) {
        let new = try StoredDocumentEncoder().encode(value)
        let old = try StoredDocumentEncoder(internsKeys: false).encode(value)
        #expect(new.first == 0xB2)
        #expect(old.first == 0xB1)
        let json = try JSONDecoder().decode(Value.self, from: JSONEncoder().encode(value))
        return (
            try StoredDocumentDecoder().decode(Value.self, from: new),
            try StoredDocumentDecoder().decode(Value.self, from: old), json
        )
    }

    @Test("every resident record, organisation and facility reads back equal from 0xB2, 0xB1 and JSON")
    func differential() throws {
        var newBytes = 0
        var oldBytes = 0
        for record in try Self.region.residentRecords() {
            let (new, old, json) = try decodedThreeWays(record)
            #expect(new == record)
            #expect(old == record)
            #expect(json == record)
            newBytes += try StoredDocumentEncoder().encode(record).count
            oldBytes += try StoredDocumentEncoder(internsKeys: false).encode(record).count
        }
        for organisation in Self.region.organisations {
            let (new, old, json) = try decodedThreeWays(organisation)
            #expect(new == organisation && old == organisation && json == organisation)
        }
        for facility in Self.region.facilities {
            let (new, old, json) = try decodedThreeWays(facility)
            #expect(new == facility && old == facility && json == facility)
        }
        // Keys once per document and identifiers as bytes: well under the size of the encoding before.
        #expect(newBytes * 2 < oldBytes)
    }

    /// Identifiers, instants and dates where a conformance reads them as text: it gets JSON's text.
    struct WrittenTypedReadAsText: Codable, Equatable {
        var id: String
        var at: String
        var day: String
        var ids: [String]

        enum CodingKeys: String, CodingKey { case id, at, day, ids }
    }

    struct Typed: Codable, Equatable {
        var id: Identifier<Typed>
        var at: Instant
        var day: CalendarDate
        var ids: [Identifier<Typed>]
        var optional: Identifier<Typed>?
        var counts: [Identifier<Typed>: Int]
        var uuid: UUID
    }

    func typed() throws -> Typed {
        let first = Identifier<Typed>(rawValue: SequentialIdentifierSource.uuid(seed: 18, value: 1))
        let second = Identifier<Typed>(rawValue: SequentialIdentifierSource.uuid(seed: 18, value: 2))
        return Typed(
            id: first, at: try Instant(iso8601: "2026-03-29T02:30:00.125+02:00"),
            day: try CalendarDate(iso8601: "2026-12-06"), ids: [first, second], optional: nil,
            counts: [first: 1, second: 2], uuid: UUID())
    }

    @Test("identifiers, instants, dates, dictionaries keyed by identifiers and optionals round-trip")
    func typedValues() throws {
        let value = try typed()
        let (new, old, json) = try decodedThreeWays(value)
        #expect(new == value)
        #expect(old == value)
        #expect(json == value)
    }

    @Test("a conformance reading identifiers, instants and dates as strings gets the text JSON holds")
    func textFallback() throws {
        let value = try typed()
        let bytes = try StoredDocumentEncoder().encode(value)
        let text = try StoredDocumentDecoder().decode(WrittenTypedReadAsText.self, from: bytes)
        let json = try JSONDecoder().decode(WrittenTypedReadAsText.self, from: JSONEncoder().encode(value))
        #expect(text == json)
        #expect(text.id == value.id.uuidString)
        #expect(text.at == value.at.iso8601)
    }

    @Test("every truncation and every changed byte of a record is an error or a value, never a crash")
    func damage() throws {
        // The smallest record with placements, events and contacts: every kind of value, few enough bytes to try all.
        let record = try #require(
            try Self.region.residentRecords()
                .filter { !$0.placements.isEmpty && !$0.events.isEmpty && !$0.contacts.isEmpty }
                .min { $0.contacts.count + $0.events.count < $1.contacts.count + $1.events.count })
        let bytes = try StoredDocumentEncoder().encode(record)
        for length in 0..<bytes.count {
            #expect(throws: (any Error).self) {
                try StoredDocumentDecoder().decode(ResidentRecord.self, from: Array(bytes[..<length]))
            }
        }
        var decoded = 0
        for position in bytes.indices {
            for replacement: UInt8 in [0x00, 0x0A, 0xFF, bytes[position] ^ 0x01] {
                var damaged = bytes
                damaged[position] = replacement
                if (try? StoredDocumentDecoder().decode(ResidentRecord.self, from: damaged)) != nil { decoded += 1 }
            }
        }
        // A changed byte inside a string or a UUID can still be a valid record; most damage is detected.
        #expect(decoded < bytes.count * 4)
    }

    @Test("a key outside the key table, an instant or date outside the years 1–9999, new tags in 0xB1: errors")
    func rejected() throws {
        let day = try CalendarDate(iso8601: "2026-12-06")
        // 0xB2, one key "d", a keyed container of one element: key 1 (no such key), the date.
        func document(key: UInt8, value: [UInt8]) -> [UInt8] {
            let body: [UInt8] = [key] + value
            return [0xB2, 1, 1, UInt8(ascii: "d"), 0x09, UInt8(body.count), 0, 0, 0, 1, 0, 0, 0] + body
        }
        struct Dated: Codable, Equatable { var d: CalendarDate }
        struct Timed: Codable, Equatable { var d: Instant }
        var varint: [UInt8] = []
        var rest = UInt64(day.daysSinceEpoch) << 1
        while rest >= 0x80 {
            varint.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        varint.append(UInt8(rest))
        let dayBytes: [UInt8] = [0x0C] + varint
        #expect(
            try StoredDocumentDecoder().decode(Dated.self, from: document(key: 0, value: dayBytes)) == Dated(d: day))
        #expect(throws: DecodingError.self) {
            try StoredDocumentDecoder().decode(Dated.self, from: document(key: 1, value: dayBytes))
        }
        // Day number 2^40: far past the year 9999.
        let far: [UInt8] = [0x0C, 0x80, 0x80, 0x80, 0x80, 0x80, 0x40]
        #expect(throws: DecodingError.self) {
            try StoredDocumentDecoder().decode(Dated.self, from: document(key: 0, value: far))
        }
        let farInstant: [UInt8] = [0x0B, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F]
        #expect(throws: DecodingError.self) {
            try StoredDocumentDecoder().decode(Timed.self, from: document(key: 0, value: farInstant))
        }
        // The same date in a document written before key tables: the tag did not exist, so it is damage.
        let oldBody: [UInt8] = [1, UInt8(ascii: "d")] + dayBytes
        let old: [UInt8] = [0xB1, 0x09, UInt8(oldBody.count), 0, 0, 0, 1, 0, 0, 0] + oldBody
        #expect(throws: DecodingError.self) { try StoredDocumentDecoder().decode(Dated.self, from: old) }
    }

    /// A copy of the store in the test resources written with `0xB1` documents.
    func storeWrittenBefore() throws -> String {
        guard
            let fixture = Bundle.module.url(
                forResource: "format2-b1-store", withExtension: nil, subdirectory: "Resources")
        else { throw StoreError.io(path: "format2-b1-store", reason: "fixture missing") }
        let directory = temporaryDirectory() + "/store"
        try FileManager.default.copyItem(atPath: fixture.path, toPath: directory)
        return directory
    }

    @Test("a store written with 0xB1 documents reads whole, and its new versions are 0xB2 beside the old ones")
    func storeWrittenBeforeGoesOn() async throws {
        let directory = try storeWrittenBefore()
        let data = try Data(contentsOf: URL(fileURLWithPath: directory + "/documents.dat"))
        let store = try FileDocumentStore(directory: directory)
        let records = try await store.list(ResidentRecord.self, matching: .all)
        #expect(records.count == 12)
        #expect(try await store.list(Organisation.self, matching: .all).count > 90)
        #expect(try await store.list(ResidentialFacility.self, matching: .all).count == 72)
        #expect(records.allSatisfy { !$0.document.contacts.isEmpty })
        let first = try #require(records.first)
        let changed = try ResidentRecord(
            resident: first.document.resident, placements: first.document.placements, events: first.document.events,
            contacts: Array(first.document.contacts.dropLast()))
        _ = try await store.save(
            changed, expecting: .version(first.number),
            provenance: Provenance(author: author, instant: try Instant(iso8601: "2027-01-04T09:00:00+01:00")))
        await store.close()
        let grown = try Data(contentsOf: URL(fileURLWithPath: directory + "/documents.dat"))
        #expect(grown.count > data.count)
        #expect(grown[data.count] == 0xB2)
        let reopened = try FileDocumentStore(directory: directory, mode: .readOnly)
        let history = try #require(try await reopened.history(of: ResidentRecord.self, id: first.document.id))
        #expect(history.versions.suffix(2).map(\.document) == [first.document, changed])
        #expect(try await reopened.list(ResidentRecord.self, matching: .all).count == 12)
    }
}
