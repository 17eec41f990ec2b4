import BrobyggerCore
import BrobyggerTesting
import Foundation
import Testing

/// Identifiers read and write their text without Foundation's parser; they must agree with Foundation exactly.
@Suite("Identifier text")
struct IdentifierTextTests {
    struct Owner {}

    @Test("reading and writing agree with Foundation for a thousand identifiers, in either case")
    func agreesWithFoundation() throws {
        for n in UInt64(0)..<1_000 {
            let uuid = n.isMultiple(of: 2) ? UUID() : SequentialIdentifierSource.uuid(seed: 9, value: n)
            let identifier = Identifier<Owner>(rawValue: uuid)
            #expect(identifier.uuidString == uuid.uuidString.lowercased())
            #expect(try Identifier<Owner>(uuidString: uuid.uuidString).rawValue == uuid)
            #expect(try Identifier<Owner>(uuidString: uuid.uuidString.lowercased()).rawValue == uuid)
            let decoded = try JSONDecoder().decode(Identifier<Owner>.self, from: JSONEncoder().encode(identifier))
            #expect(decoded == identifier)
        }
    }

    @Test(
        "text that is not a UUID is refused as Foundation refuses it",
        arguments: [
            "", "0", "123e4567-e89b-12d3-a456-42661417400", "123e4567-e89b-12d3-a456-4266141740000",
            "123e4567e89b-12d3-a456-4266141740000", "123e4567-e89b-12d3-a456_426614174000",
            "123e4567-e89b-12d3-a456-42661417400g", "{123e4567-e89b-12d3-a456-426614174000}",
            " 123e4567-e89b-12d3-a456-426614174000", "123e4567-e89b-12d3-a456-42661417400é",
        ])
    func refusesWhatFoundationRefuses(text: String) {
        #expect(UUID(uuidString: text) == nil)
        #expect(throws: ValidationError.self) { try Identifier<Owner>(uuidString: text) }
    }

    @Test("identifiers order as their texts order: random pairs, neighbours and the digit-letter boundary")
    func ordersAsText() {
        var random = SyntheticRegionRandom(seed: 77)
        func uuid(_ bytes: [UInt8]) -> UUID {
            UUID(
                uuid: (
                    bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8], bytes[9],
                    bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
                ))
        }
        var pairs: [(UUID, UUID)] = []
        for _ in 0..<2_000 {
            let first = (0..<16).map { _ in UInt8(random.int(0...255)) }
            var second = (0..<16).map { _ in UInt8(random.int(0...255)) }
            // Half the pairs share a prefix, so later bytes and the second word decide.
            let shared = random.int(0...16)
            if random.int(0...1) == 0 { second.replaceSubrange(0..<shared, with: first[0..<shared]) }
            pairs.append((uuid(first), uuid(second)))
        }
        for place in 0..<16 {
            for (a, b) in [(0x09, 0x0A), (0x90, 0xA0), (0x9F, 0xA0), (0x00, 0xFF), (0x7F, 0x80)] as [(UInt8, UInt8)] {
                var low = [UInt8](repeating: 0x5A, count: 16)
                var high = low
                low[place] = a
                high[place] = b
                pairs.append((uuid(low), uuid(high)))
            }
        }
        for (a, b) in pairs {
            let left = Identifier<Owner>(rawValue: a)
            let right = Identifier<Owner>(rawValue: b)
            #expect((left < right) == (left.uuidString < right.uuidString), "\(left) \(right)")
            #expect((right < left) == (right.uuidString < left.uuidString), "\(right) \(left)")
        }
        #expect(!(Identifier<Owner>(rawValue: pairs[0].0) < Identifier<Owner>(rawValue: pairs[0].0)))
    }
}
