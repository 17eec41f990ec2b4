import BrobyggerCore
import Foundation

/// A small, fast, seedable random number generator (SplitMix64) for deterministic fixtures.
///
/// The same seed gives the same sequence on every platform and Swift version, unlike the system generator, so a
/// synthetic region generated from a seed is identical everywhere.
public struct SyntheticRegionRandom: RandomNumberGenerator, Sendable {
    private var core: SplitMix

    /// Creates a generator from a seed.
    public init(seed: UInt64) {
        core = SplitMix(seed: seed)
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 { core.next() }

    /// A random version-4 UUID drawn from the generator.
    public mutating func nextUUID() -> UUID {
        let high = next()
        let low = next()
        var bytes: [UInt8] = (0..<8).map { UInt8(truncatingIfNeeded: high >> (56 - 8 * $0)) }
        bytes += (0..<8).map { UInt8(truncatingIfNeeded: low >> (56 - 8 * $0)) }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(
            uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8], bytes[9],
                bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
            ))
    }

    /// A typed identifier drawn from the generator.
    public mutating func nextIdentifier<Owner>(_: Owner.Type = Owner.self) -> Identifier<Owner> {
        Identifier(rawValue: nextUUID())
    }

    /// `true` with the given probability.
    public mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < probability
    }

    /// A uniformly random integer in the range.
    public mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

    /// A random element of a non-empty array.
    public mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[Int.random(in: 0..<elements.count, using: &self)]
    }

    /// A deterministic identifier derived from a text key, for builders that need stable identifiers without a
    /// generator (`"resident-1"` always gives the same identifier).
    public static func identifier<Owner>(forKey key: String, _: Owner.Type = Owner.self) -> Identifier<Owner> {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        var generator = SyntheticRegionRandom(seed: hash)
        return generator.nextIdentifier()
    }
}
