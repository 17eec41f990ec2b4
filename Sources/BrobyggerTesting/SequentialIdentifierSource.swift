import BrobyggerCore
import Foundation

/// Deterministic UUIDs for tests and synthetic data: `seed` in the first eight bytes, a counter in the last eight.
///
/// Two sources with the same seed produce the same sequence, so fixtures, scenario specs and benchmarks are
/// reproducible. The source is thread-safe.
public final class SequentialIdentifierSource: IdentifierSource, @unchecked Sendable {
    private let seed: UInt32
    private let lock = NSLock()
    private var counter: UInt64

    /// Creates a source; `seed` separates sequences that must not collide.
    public init(seed: UInt32 = 0, startingAt first: UInt64 = 1) {
        self.seed = seed
        self.counter = first
    }

    /// The next UUID of the sequence.
    public func nextUUID() -> UUID {
        lock.lock()
        let value = counter
        counter += 1
        lock.unlock()
        return Self.uuid(seed: seed, value: value)
    }

    /// The UUID a source with `seed` gives for the `value`th identifier, e.g. to refer to it in an assertion.
    public static func uuid(seed: UInt32, value: UInt64) -> UUID {
        let s = withUnsafeBytes(of: seed.bigEndian) { Array($0) }
        let v = withUnsafeBytes(of: value.bigEndian) { Array($0) }
        // Version 4 and RFC 4122 variant bits, so the values look like any other UUID to other systems.
        return UUID(
            uuid: (
                s[0], s[1], s[2], s[3], 0, 0, 0x40, 0, 0x80 | (v[0] & 0x3f), v[1], v[2], v[3], v[4], v[5], v[6], v[7]
            ))
    }
}
