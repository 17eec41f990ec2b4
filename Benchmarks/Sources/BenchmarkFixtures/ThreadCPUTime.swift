import Benchmark

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The CPU time of the thread running a benchmark iteration, a custom metric beside wall time.
///
/// The measured operations are single-threaded. On a machine whose two cores are shared with other builds, wall time
/// stretches with the load (runs at load average 10 took 2 to 5 times their quiet wall time), while the thread's own
/// CPU time barely moves; package-benchmark's `cpuTotal` counts in 10 ms ticks, too coarse for 30 ms operations.
public enum ThreadCPUTime {
    /// The metric, in microseconds.
    public static let metric = BenchmarkMetric.custom("Thread CPU time (μs)", useScalingFactor: false)

    /// Its tolerance for threshold checks.
    public static var threshold: BenchmarkThresholds { BenchmarkThresholds(relative: [.p50: 20, .p90: 25]) }

    /// The calling thread's CPU time in seconds.
    public static func seconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Runs `body` once and records its thread CPU time; returns the seconds measured.
    @discardableResult
    public static func measure(_ benchmark: Benchmark, _ body: () throws -> Void) rethrows -> Double {
        let start = seconds()
        try body()
        let elapsed = seconds() - start
        benchmark.measurement(metric, Int(elapsed * 1_000_000))
        return elapsed
    }
}
