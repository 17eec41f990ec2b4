/// What an import found: the writes of the valid rows, the problems of the invalid ones and what was unchanged.
struct ImportPlan: Sendable {
    /// The saves to make.
    var writes: [PlannedWrite] = []
    /// Every problem found, per line.
    var problems: [InputProblem] = []
    /// Rows read.
    var rows = 0
    /// Documents that already held the imported values.
    var unchanged = 0

    /// Adds another plan's content.
    mutating func merge(_ other: ImportPlan) {
        writes += other.writes
        problems += other.problems
        rows += other.rows
        unchanged += other.unchanged
    }

    /// The lines with problems, per file.
    var skippedLines: [String: [Int]] {
        var lines: [String: Set<Int>] = [:]
        for problem in problems { if let line = problem.line { lines[problem.file, default: []].insert(line) } }
        return lines.mapValues { $0.sorted() }
    }
}
