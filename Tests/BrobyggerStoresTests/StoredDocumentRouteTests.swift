import BrobyggerCore
import BrobyggerResidents
import BrobyggerTesting
import Foundation
import Testing

@testable import BrobyggerStores

/// Issue 18: the binary encoder tells a value's type by its metadata and a route found once per type, instead of
/// casting every value. The bytes must be those of casting every value, in both encodings, for the documents the
/// store holds and for values that cast as another type does (wrapped identifiers, optionals in arrays).
@Suite("Stored document encoding routes")
struct StoredDocumentRouteTests {
    /// Values whose casts depend on the value: optionals of identifiers, instants, dates and strings, encoded with
    /// `encode(_:forKey:)` (not `encodeIfPresent`) and in arrays.
    struct Wrapped: Encodable {
        var identifier: Identifier<Wrapped>?
        var identifiers: [Identifier<Wrapped>?]
        var instants: [Instant?]
        var dates: [CalendarDate?]
        var texts: [String?]
        var numbers: [Int?]
        var nested: [[UUID?]]

        private enum Keys: String, CodingKey { case identifier, identifiers, instants, dates, texts, numbers, nested }

        init(
            identifier: Identifier<Wrapped>?, identifiers: [Identifier<Wrapped>?], instants: [Instant?],
            dates: [CalendarDate?], texts: [String?], numbers: [Int?], nested: [[UUID?]]
        ) {
            self.identifier = identifier
            self.identifiers = identifiers
            self.instants = instants
            self.dates = dates
            self.texts = texts
            self.numbers = numbers
            self.nested = nested
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(identifier, forKey: .identifier)
            try container.encode(identifiers, forKey: .identifiers)
            try container.encode(instants, forKey: .instants)
            try container.encode(dates, forKey: .dates)
            try container.encode(texts, forKey: .texts)
            try container.encode(numbers, forKey: .numbers)
            try container.encode(nested, forKey: .nested)
        }
    }

    func bytes<Value: Encodable>(_ value: Value) throws -> [[UInt8]] {
        try [true, false].flatMap { internsKeys in
            let routed = try StoredDocumentEncoder(internsKeys: internsKeys).encode(value)
            let cast = try StoredDocumentEncoder(internsKeys: internsKeys, castsEveryValue: true).encode(value)
            #expect(routed == cast)
            return [routed, cast]
        }
    }

    @Test("every resident record, organisation and facility of a region: the same bytes as casting every value")
    func regionDocuments() throws {
        let region = try SyntheticRegion.generate(
            SyntheticRegionParameters(seed: 18, teams: 2, facilities: 6, residents: 60))
        for record in try region.residentRecords() { _ = try bytes(record) }
        for organisation in region.organisations { _ = try bytes(organisation) }
        for facility in region.facilities { _ = try bytes(facility) }
    }

    @Test("optionals encoded as values, alone and in arrays: the same bytes as casting every value")
    func wrappedValues() throws {
        let id = Identifier<Wrapped>(rawValue: SequentialIdentifierSource.uuid(seed: 18, value: 1))
        let values = [
            Wrapped(
                identifier: id, identifiers: [id, nil, id], instants: [Instant(millisecondsSince1970: 1_000), nil],
                dates: [CalendarDate(daysSinceEpoch: 20_000), nil], texts: ["a", nil], numbers: [1, nil, -3],
                nested: [[id.rawValue, nil], []]),
            Wrapped(identifier: nil, identifiers: [], instants: [], dates: [], texts: [], numbers: [], nested: []),
        ]
        for value in values { _ = try bytes(value) }
    }
}
