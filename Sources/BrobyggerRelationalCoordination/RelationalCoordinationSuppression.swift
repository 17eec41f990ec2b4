import BrobyggerCore

/// Primary and complementary suppression over the tie matrix and the totals published with it.
///
/// Every published aggregate is a *line*: a pooled total over a set of tie cells (a group's column without the
/// diagonal, its row without the diagonal, the diagonal, everything off the diagonal, the network). Because the
/// aggregates pool observations, a line's n, sum and sum of squares are exactly the sums of its cells', so a
/// reader who knows the line and all but one of its cells can subtract. The algorithm:
///
/// 1. *Primary*: a cell or line whose respondent count, or any of whose ten measures' observation count, is below
///    *k* is withheld.
/// 2. *Complementary*, repeated until nothing changes:
///    - every published line that contains withheld cells must contain at least two, and together they must
///      hold at least *k* observations for every measure (so the difference a reader can form is itself no
///      smaller than a publishable cell); otherwise one more cell of that line is withheld, preferring a cell
///      whose other lines already contain withheld cells (closing a cycle) and then the smallest cell; when the
///      line has no cell left to withhold, the line itself is withheld;
///    - no withheld cell may be determined by the system of published lines: the lines, restricted to withheld
///      cells, are brought to reduced row echelon form, and a withheld cell is determined exactly when its pivot
///      row has no other entry. Such a cell gets one more withheld partner in one of its lines.
struct RelationalCoordinationSuppression {
    typealias Status = RelationalCoordinationCell.Status

    let measureCount: Int
    let counts: [Int]
    let lines: [[Int]]
    let k: Int
    private(set) var cellStatus: [Status]
    private(set) var lineStatus: [Status]
    private let linesOfCell: [[Int]]

    /// Applies primary suppression.
    /// - Parameters:
    ///   - cellCount: the number of cells (workgroups squared).
    ///   - measureCount: measures per cell; `counts[c * measureCount + respondentMeasure]` is the cell's respondents.
    ///   - counts: observation counts per cell and measure.
    ///   - respondentMeasure: the measure whose count is the cell's respondent count.
    ///   - lines: the cells each published total sums.
    ///   - lineRespondents: the distinct respondents behind each line.
    init(
        cellCount: Int, measureCount: Int, counts: [Int], respondentMeasure: Int, lines: [[Int]],
        lineRespondents: [Int], k: Int
    ) {
        self.measureCount = measureCount
        self.counts = counts
        self.lines = lines
        self.k = k
        var linesOfCell = [[Int]](repeating: [], count: cellCount)
        for (l, cells) in lines.enumerated() {
            for c in cells { linesOfCell[c].append(l) }
        }
        self.linesOfCell = linesOfCell
        var cellStatus = [Status](repeating: .noResponses, count: cellCount)
        for c in 0..<cellCount where counts[c * measureCount + respondentMeasure] > 0 {
            var minimum = Int.max
            for m in 0..<measureCount { minimum = min(minimum, counts[c * measureCount + m]) }
            cellStatus[c] = minimum < k ? .suppressedBelowMinimum : .published
        }
        var lineStatus = [Status](repeating: .noResponses, count: lines.count)
        for (l, cells) in lines.enumerated() {
            guard cells.contains(where: { cellStatus[$0] != .noResponses }) else { continue }
            var minimum = Int.max
            for m in 0..<measureCount {
                var total = 0
                for c in cells { total += counts[c * measureCount + m] }
                minimum = min(minimum, total)
            }
            lineStatus[l] = lineRespondents[l] < k || minimum < k ? .suppressedBelowMinimum : .published
        }
        self.cellStatus = cellStatus
        self.lineStatus = lineStatus
    }

    private func isWithheld(_ c: Int) -> Bool { cellStatus[c].isSuppressed }

    private func withheldCells(in l: Int) -> [Int] { lines[l].filter(isWithheld) }

    private func needsProtection(_ l: Int) -> Bool {
        let withheld = withheldCells(in: l)
        if withheld.isEmpty { return false }
        if withheld.count == 1 { return true }
        for m in 0..<measureCount {
            var total = 0
            for c in withheld { total += counts[c * measureCount + m] }
            if total < k { return true }
        }
        return false
    }

    /// The best cell of line `l` to withhold next, if any.
    private func candidate(in l: Int) -> Int? {
        var best: (c: Int, closes: Int, size: Int)? = nil
        for c in lines[l] where cellStatus[c] == .published {
            var closes = 0
            for other in linesOfCell[c] where other != l && lineStatus[other] == .published {
                if lines[other].contains(where: isWithheld) { closes += 1 }
            }
            let size = counts[(c * measureCount)..<(c * measureCount + measureCount)].min() ?? 0
            if let current = best {
                if closes > current.closes || (closes == current.closes && size < current.size) {
                    best = (c, closes, size)
                }
            } else {
                best = (c, closes, size)
            }
        }
        return best?.c
    }

    /// Withholds one more cell of line `l`, or the line itself when it has none left.
    private mutating func protect(line l: Int) {
        if let c = candidate(in: l) {
            cellStatus[c] = .suppressedComplementary
        } else {
            lineStatus[l] = .suppressedComplementary
        }
    }

    /// Applies complementary suppression until the published lines reveal no withheld cell.
    mutating func applyComplementary() {
        while true {
            if let l = lines.indices.first(where: { lineStatus[$0] == .published && needsProtection($0) }) {
                protect(line: l)
                continue
            }
            guard let determined = determinedCells().first else { return }
            let published = linesOfCell[determined].filter { lineStatus[$0] == .published }
            if let l = published.min(by: { withheldCells(in: $0).count < withheldCells(in: $1).count }) {
                protect(line: l)
            } else {
                return
            }
        }
    }

    /// The withheld cells whose value the published lines pin down exactly.
    func determinedCells() -> [Int] {
        let withheld = cellStatus.indices.filter(isWithheld)
        guard !withheld.isEmpty else { return [] }
        var column = [Int: Int]()
        for (j, c) in withheld.enumerated() { column[c] = j }
        var rows: [[Double]] = []
        for (l, cells) in lines.enumerated() where lineStatus[l] == .published {
            var row = [Double](repeating: 0, count: withheld.count)
            var any = false
            for c in cells {
                if let j = column[c] {
                    row[j] = 1
                    any = true
                }
            }
            if any { rows.append(row) }
        }
        return Self.determinedColumns(rows: rows, columnCount: withheld.count).map { withheld[$0] }
    }

    /// The columns `j` for which the unit vector eⱼ lies in the row space of `rows`.
    static func determinedColumns(rows: [[Double]], columnCount: Int) -> [Int] {
        var matrix = rows
        var pivotRow = 0
        var pivots: [(row: Int, column: Int)] = []
        for column in 0..<columnCount where pivotRow < matrix.count {
            guard
                let found = (pivotRow..<matrix.count).max(by: { abs(matrix[$0][column]) < abs(matrix[$1][column]) }),
                abs(matrix[found][column]) > 1e-9
            else { continue }
            matrix.swapAt(pivotRow, found)
            let pivot = matrix[pivotRow][column]
            for j in 0..<columnCount { matrix[pivotRow][j] /= pivot }
            for i in 0..<matrix.count where i != pivotRow {
                let factor = matrix[i][column]
                if abs(factor) > 1e-12 {
                    for j in 0..<columnCount { matrix[i][j] -= factor * matrix[pivotRow][j] }
                }
            }
            pivots.append((pivotRow, column))
            pivotRow += 1
        }
        return pivots.compactMap { pivot in
            let others = (0..<columnCount).contains { $0 != pivot.column && abs(matrix[pivot.row][$0]) > 1e-9 }
            return others ? nil : pivot.column
        }
    }
}
