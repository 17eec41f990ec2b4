import BrobyggerAgreements
import BrobyggerCarePlans
import BrobyggerCore
import BrobyggerDischarge
import BrobyggerFHIR
import BrobyggerRelationalCoordination
import BrobyggerResidents

/// What an import found: the writes of the valid rows, the problems of the invalid ones and what was unchanged.
public struct ImportPlan: Sendable {
    /// The saves to make.
    public var writes: [PlannedWrite] = []
    /// Every problem found, per line.
    public var problems: [InputProblem] = []
    /// Rows read.
    public var rows = 0
    /// Documents that already held the imported values.
    public var unchanged = 0
    /// What the import kept but the user should know: codes of open vocabularies this version does not know (a
    /// target group, say), kept as they are. Notes never stop an import.
    public var notes: [InputProblem] = []

    /// An empty plan.
    public init() {}

    /// Adds another plan's content.
    public mutating func merge(_ other: ImportPlan) {
        writes += other.writes
        problems += other.problems
        rows += other.rows
        unchanged += other.unchanged
        notes += other.notes
    }

    /// The lines with problems, per file.
    public var skippedLines: [String: [Int]] {
        var lines: [String: Set<Int>] = [:]
        for problem in problems { if let line = problem.line { lines[problem.file, default: []].insert(line) } }
        return lines.mapValues { $0.sorted() }
    }
}
