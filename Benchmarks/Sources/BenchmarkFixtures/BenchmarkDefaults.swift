import Benchmark

/// The metrics and regression tolerances every Brobygger benchmark uses.
///
/// The machine these run on has 2 cores shared with other builds, and hardware instruction counters are not
/// available (`perf_event_open` is refused), so wall time is noisy: its tolerance is wide and it mainly catches
/// large regressions. Allocation counts are deterministic for the synchronous benchmarks and catch algorithmic
/// regressions precisely; peak resident memory is stable to a few per cent. `swift package benchmark thresholds
/// check` compares a run's p90 against the values stored under `Thresholds/` with these tolerances.
public enum BenchmarkDefaults {
    /// The metrics reported for every benchmark.
    public static let metrics: [BenchmarkMetric] = [
        .wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident, .peakMemoryResidentDelta, .throughput,
    ]

    /// Tolerances per metric, relative, for the p90 compared by `thresholds check` (and the percentiles
    /// `baseline check` compares); `threadCPUTime` when the benchmark records ``ThreadCPUTime/metric``.
    ///
    /// package-benchmark flags a metric when either its relative or its absolute tolerance is exceeded, so only
    /// relative ones are given. Wall clock, total CPU and throughput only flag gross regressions (5× slower): under
    /// the shared machine's load they varied by more than 2× between runs of the same build.
    public static func thresholds(mallocTolerance: Double = 5, threadCPUTime: Bool = true)
        -> [BenchmarkMetric: BenchmarkThresholds]
    {
        let time = BenchmarkThresholds(relative: [.p50: 400, .p90: 400])
        var thresholds: [BenchmarkMetric: BenchmarkThresholds] = [
            .wallClock: time,
            .cpuTotal: time,
            .throughput: BenchmarkThresholds(relative: [.p50: 80, .p90: 80]),
            .mallocCountTotal: BenchmarkThresholds(relative: [.p50: mallocTolerance, .p90: mallocTolerance]),
            .peakMemoryResident: BenchmarkThresholds(relative: [.p50: 10, .p90: 10]),
            .peakMemoryResidentDelta: BenchmarkThresholds(relative: [.p50: 200, .p90: 200]),
        ]
        if threadCPUTime { thresholds[ThreadCPUTime.metric] = ThreadCPUTime.threshold }
        return thresholds
    }

    /// The configuration: these metrics and tolerances, up to `maxIterations` runs or `maxSeconds`, with the
    /// fixture built in `setup` (outside the measurement). `threadCPUTime` adds ``ThreadCPUTime/metric``, which the
    /// benchmark must then record every iteration.
    public static func configuration(
        maxIterations: Int = 100, maxSeconds: Int = 5, warmupIterations: Int = 1, mallocTolerance: Double = 5,
        threadCPUTime: Bool = true, setup: Benchmark.BenchmarkSetupHook? = nil,
        teardown: Benchmark.BenchmarkTeardownHook? = nil
    ) -> Benchmark.Configuration {
        Benchmark.Configuration(
            metrics: metrics + (threadCPUTime ? [ThreadCPUTime.metric] : []), warmupIterations: warmupIterations,
            maxDuration: .seconds(maxSeconds),
            maxIterations: maxIterations,
            thresholds: thresholds(mallocTolerance: mallocTolerance, threadCPUTime: threadCPUTime), setup: setup,
            teardown: teardown)
    }
}
