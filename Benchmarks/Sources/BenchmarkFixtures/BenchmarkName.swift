/// Benchmark names as package-benchmark 1.38 can match them to stored thresholds.
///
/// `thresholds update` writes `Thresholds/TARGET.NAME.p90.json` with spaces and slashes in the name replaced by `_`,
/// while `thresholds check` looks the file up by the name as given; a name with a space or a slash therefore never
/// finds its thresholds. Every benchmark is registered under this form of its name, so the two agree.
public func benchmarkName(_ name: String) -> String {
    String(name.map { $0 == " " || $0 == "/" ? "_" : $0 })
}
