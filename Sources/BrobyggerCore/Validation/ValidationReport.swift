/// The findings of one or more domain checks.
///
/// A report is a value: checks return one, callers merge them, and front ends render them. An empty report means
/// every rule that was checked holds.
public struct ValidationReport: Hashable, Sendable, Codable, Sequence, CustomStringConvertible {
    /// The findings in the order they were made.
    public private(set) var findings: [Finding]

    /// Creates a report from findings.
    public init(_ findings: [Finding] = []) {
        self.findings = findings
    }

    /// Whether no rule is broken at any severity.
    public var isClean: Bool { findings.isEmpty }
    /// Whether any finding has error severity.
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }
    /// The findings with error severity.
    public var errors: [Finding] { findings.filter { $0.severity == .error } }
    /// The findings with warning severity.
    public var warnings: [Finding] { findings.filter { $0.severity == .warning } }
    /// The highest severity found, or `nil` for a clean report.
    public var highestSeverity: Severity? { findings.map(\.severity).max() }

    /// Adds a finding.
    public mutating func append(_ finding: Finding) {
        findings.append(finding)
    }

    /// Adds findings.
    public mutating func append<S: Sequence>(contentsOf other: S) where S.Element == Finding {
        findings.append(contentsOf: other)
    }

    /// This report followed by `other`.
    public func merged(with other: ValidationReport) -> ValidationReport {
        ValidationReport(findings + other.findings)
    }

    /// This report's findings seen from an enclosing value.
    public func nested(under parent: FieldPath) -> ValidationReport {
        ValidationReport(findings.map { $0.nested(under: parent) })
    }

    /// The findings with a given code.
    public func findings(withCode code: String) -> [Finding] {
        findings.filter { $0.code == code }
    }

    /// Whether a finding with the code is present.
    public func contains(code: String) -> Bool {
        findings.contains { $0.code == code }
    }

    /// Iterates over the findings.
    public func makeIterator() -> IndexingIterator<[Finding]> { findings.makeIterator() }

    /// One finding per line, or `no findings`.
    public var description: String {
        findings.isEmpty ? "no findings" : findings.map(\.description).joined(separator: "\n")
    }
}
