import Foundation

#if os(Linux)
    /// glibc's `malloc_trim`, which the Glibc module does not import.
    @_silgen_name("malloc_trim")
    private func mallocTrim(_ pad: Int) -> Int32
#endif

/// Data a benchmark needs, built once in the benchmark's `setup` (not when benchmarks are listed) and kept for its
/// iterations.
///
/// package-benchmark starts a fresh process for every benchmark, so a fixture is only ever built in the process of a
/// benchmark that uses it. After building, the memory freed while building (the generator's intermediate values)
/// is handed back to the system, so the peak resident memory sampled during the measurement is what the fixture
/// holds plus what the operation allocates, not the generator's garbage.
public final class Fixture<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value?
    private let make: @Sendable () async throws -> Value

    /// A fixture built by `make` on first use.
    public init(_ make: @escaping @Sendable () async throws -> Value) {
        self.make = make
    }

    /// Builds the value if needed; pass as a benchmark's `setup`.
    public func prepare() async throws {
        if lock.withLock({ stored != nil }) { return }
        let value = try await make()
        lock.withLock { stored = value }
        Fixture.returnFreedMemory()
    }

    /// The value; `prepare()` must have run (it is the benchmark's `setup`).
    public var value: Value {
        guard let value = lock.withLock({ stored }) else {
            fatalError("fixture used before its benchmark's setup built it")
        }
        return value
    }

    /// Drops the value (a benchmark's `teardown`).
    public func release() async throws {
        lock.withLock { stored = nil }
        Fixture.returnFreedMemory()
    }

    /// Returns the allocator's free pages to the system (glibc keeps them otherwise).
    static func returnFreedMemory() {
        #if os(Linux)
            _ = mallocTrim(0)
        #endif
    }
}
