import Foundation

/// A small deterministic random number generator (SplitMix64) for synthetic surveys and property-based tests.
///
/// The same seed always gives the same sequence on every platform, so a failing property test can be replayed
/// from the seed it prints.
public struct RelationalCoordinationRandomSource: RandomNumberGenerator, Sendable {
    private var core: SplitMix

    /// Creates a generator from a seed.
    public init(seed: UInt64) {
        core = SplitMix(seed: seed)
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 { core.next() }

    /// A uniform value in `0 ..< 1`.
    public mutating func unit() -> Double {
        Double(next() >> 11) / Double(1 << 53)
    }

    /// An approximately normal value (Irwin–Hall sum of twelve uniforms) with the given mean and deviation.
    public mutating func normal(mean: Double, standardDeviation: Double) -> Double {
        var sum = 0.0
        for _ in 0..<12 { sum += unit() }
        return mean + (sum - 6) * standardDeviation
    }

    /// A deterministic version-4-shaped UUID.
    public mutating func uuid() -> UUID {
        let high = next()
        let low = next()
        var bytes = [UInt8](repeating: 0, count: 16)
        for i in 0..<8 {
            bytes[i] = UInt8(truncatingIfNeeded: high >> (8 * UInt64(i)))
            bytes[8 + i] = UInt8(truncatingIfNeeded: low >> (8 * UInt64(i)))
        }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(
            uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8], bytes[9],
                bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
            ))
    }
}
