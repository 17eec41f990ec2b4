import BrobyggerCore
import BrobyggerResidents
import BrobyggerTesting
import Foundation
import Testing

@testable import BrobyggerStores

/// The public facade over the file store's binary encoding, as another store (the PostgreSQL adapter) uses it: the
/// synthetic region's documents read back equal; damaged bytes, JSON and invalid values throw.
@Suite("Compact document coding", .timeLimit(.minutes(5)))
struct CompactDocumentCodingTests {
    static var region: SyntheticRegion { StoredDocumentCodecTests.region }

    func roundTrip<Value: Codable & Equatable>(_ value: Value) throws -> Value {
        let bytes = try CompactDocumentCoding.encode(value)
        #expect(bytes.first == CompactDocumentCoding.tag)
        #expect(CompactDocumentCoding.isCompact(bytes))
        return try CompactDocumentCoding.decode(Value.self, from: bytes)
    }

    @Test("every resident record, organisation and facility of a synthetic region reads back equal")
    func regionRoundTrips() throws {
        let records = try Self.region.residentRecords()
        #expect(!records.isEmpty)
        for record in records { #expect(try roundTrip(record) == record) }
        for organisation in Self.region.organisations { #expect(try roundTrip(organisation) == organisation) }
        for facility in Self.region.facilities { #expect(try roundTrip(facility) == facility) }
    }

    @Test("a document encoded before key tables (0xB1) reads equal through the facade")
    func earlierEncodingIsRead() throws {
        for record in try Self.region.residentRecords().prefix(20) {
            let old = try StoredDocumentEncoder(internsKeys: false).encode(record)
            #expect(CompactDocumentCoding.isCompact(old))
            #expect(try CompactDocumentCoding.decode(ResidentRecord.self, from: old) == record)
        }
    }

    @Test("JSON and empty input are not compact and do not decode")
    func jsonIsNotCompact() throws {
        let record = try #require(try Self.region.residentRecords().first)
        let json = Array(try JSONEncoder().encode(record))
        #expect(!CompactDocumentCoding.isCompact(json))
        #expect(!CompactDocumentCoding.isCompact([]))
        #expect(throws: DecodingError.self) { try CompactDocumentCoding.decode(ResidentRecord.self, from: json) }
        #expect(throws: DecodingError.self) { try CompactDocumentCoding.decode(ResidentRecord.self, from: []) }
    }

    @Test("truncated, overrunning, mistagged and padded bytes throw DecodingError")
    func damagedBytesThrow() throws {
        let record = try #require(try Self.region.residentRecords().max { $0.events.count < $1.events.count })
        let bytes = try CompactDocumentCoding.encode(record)
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 97)) {
            #expect(throws: DecodingError.self, "cut at \(length)") {
                try CompactDocumentCoding.decode(ResidentRecord.self, from: Array(bytes[..<length]))
            }
        }
        #expect(throws: DecodingError.self) {
            try CompactDocumentCoding.decode(ResidentRecord.self, from: Array(bytes.dropLast()))
        }
        #expect(throws: DecodingError.self) {
            try CompactDocumentCoding.decode(ResidentRecord.self, from: bytes + [0x00])
        }
        // The value after the key table is the record's keyed container: a length past the end, an unknown tag.
        let value = try #require(valueOffset(bytes))
        #expect(bytes[value] == 0x09)
        var overrun = bytes
        overrun[value + 4] = 0xFF
        #expect(throws: DecodingError.self) { try CompactDocumentCoding.decode(ResidentRecord.self, from: overrun) }
        var mistagged = bytes
        mistagged[value] = 0x7F
        #expect(throws: DecodingError.self) { try CompactDocumentCoding.decode(ResidentRecord.self, from: mistagged) }
        var wrongTag = bytes
        wrongTag[0] = 0xB3
        #expect(!CompactDocumentCoding.isCompact(wrongTag))
        #expect(throws: DecodingError.self) { try CompactDocumentCoding.decode(ResidentRecord.self, from: wrongTag) }
    }

    /// The offset of a `0xB2` document's value: after the tag and the key table.
    func valueOffset(_ bytes: [UInt8]) -> Int? {
        var position = 1
        func varint() -> Int? {
            var value = 0
            var shift = 0
            while position < bytes.count {
                let byte = bytes[position]
                position += 1
                value |= Int(byte & 0x7F) << shift
                if byte < 0x80 { return value }
                shift += 7
            }
            return nil
        }
        guard let keys = varint() else { return nil }
        for _ in 0..<keys {
            guard let length = varint() else { return nil }
            position += length
        }
        return position < bytes.count ? position : nil
    }

    /// What an older or foreign writer might have stored: the shape of a name without its rule.
    struct UncheckedName: Codable {
        var given: String
        var family: String
    }

    @Test("intact bytes of a value that breaks its invariant throw, naming the rule, as JSON does")
    func invariantsAreCheckedOnDecoding() throws {
        let blank = UncheckedName(given: " ", family: "")
        let bytes = try CompactDocumentCoding.encode(blank)
        let json = try JSONEncoder().encode(blank)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(PersonName.self, from: json) }
        do {
            _ = try CompactDocumentCoding.decode(PersonName.self, from: bytes)
            Issue.record("a blank name was decoded")
        } catch DecodingError.dataCorrupted(let context) {
            #expect(context.debugDescription.contains("a name has a given or a family name"))
        }
        let valid = try CompactDocumentCoding.encode(UncheckedName(given: "Karen", family: "Holm"))
        #expect(
            try CompactDocumentCoding.decode(PersonName.self, from: valid) == PersonName(given: "Karen", family: "Holm")
        )
    }
}
