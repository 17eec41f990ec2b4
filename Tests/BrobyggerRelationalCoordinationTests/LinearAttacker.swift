import BrobyggerCore
import BrobyggerTesting

@testable import BrobyggerRelationalCoordination

/// An exact rational number. Arithmetic traps on overflow, so a test fails loudly instead of guessing.
struct Fraction: Hashable {
    let numerator: Int
    let denominator: Int

    static let zero = Fraction(0)

    init(_ numerator: Int, _ denominator: Int = 1) {
        precondition(denominator != 0, "Division by zero")
        var a = abs(numerator)
        var b = abs(denominator)
        while b != 0 { (a, b) = (b, a % b) }
        let divisor = max(a, 1)
        let sign = denominator < 0 ? -1 : 1
        self.numerator = sign * numerator / divisor
        self.denominator = abs(denominator) / divisor
    }

    var isZero: Bool { numerator == 0 }

    static func + (a: Fraction, b: Fraction) -> Fraction {
        Fraction(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator)
    }

    static func - (a: Fraction, b: Fraction) -> Fraction {
        Fraction(a.numerator * b.denominator - b.numerator * a.denominator, a.denominator * b.denominator)
    }

    static func * (a: Fraction, b: Fraction) -> Fraction {
        Fraction(a.numerator * b.numerator, a.denominator * b.denominator)
    }

    static func / (a: Fraction, b: Fraction) -> Fraction {
        Fraction(a.numerator * b.denominator, a.denominator * b.numerator)
    }
}

/// The row space of a set of integer vectors, kept in reduced row echelon form over the rationals.
struct RationalRowSpace {
    let width: Int
    private(set) var basis: [[Fraction]] = []
    private(set) var pivots: [Int] = []

    init(width: Int, rows: [[Int]]) {
        self.width = width
        for row in rows { insert(row.map { Fraction($0) }) }
    }

    var rank: Int { basis.count }

    /// `v` minus its projection on the basis along the pivot columns: zero exactly when `v` lies in the row space.
    func residual(_ v: [Fraction]) -> [Fraction] {
        var result = v
        for (row, pivot) in zip(basis, pivots) {
            let factor = v[pivot]
            if factor.isZero { continue }
            for j in 0..<width where !row[j].isZero { result[j] = result[j] - factor * row[j] }
        }
        return result
    }

    mutating func insert(_ vector: [Fraction]) {
        var row = residual(vector)
        guard let pivot = row.firstIndex(where: { !$0.isZero }) else { return }
        let scale = row[pivot]
        row = row.map { $0 / scale }
        for i in basis.indices {
            let factor = basis[i][pivot]
            if factor.isZero { continue }
            for j in 0..<width where !row[j].isZero { basis[i][j] = basis[i][j] - factor * row[j] }
        }
        basis.append(row)
        pivots.append(pivot)
    }

    func contains(_ vector: [Int]) -> Bool { residual(vector.map { Fraction($0) }).allSatisfy(\.isZero) }
}

/// A reader who knows how a report is built and tries to work out what it withholds by linear algebra over
/// everything it publishes.
///
/// Written independently of the suppression code. The unknowns are, per tie cell with responses, its observation
/// counts, sums and sums of squares of the ten measures (one coefficient vector serves them all, since every
/// published total sums its cells' the same way); per workgroup the number of its members with a counted rating of
/// another group (what a group's "rating others" respondent count and the between-group respondent count add
/// up), the group's respondent count, and the number of respondents with any counted rating (the network's
/// respondent count when it includes the diagonal). Every published number is one equation: a published tie, a
/// published aggregate's measures, its respondent count, a published group respondent count, and a tie or
/// aggregate marked "no responses" (known to be zero). The reader also knows two identities from the design: a
/// group whose row has one tie with responses has as many outgoing respondents as that tie, and a row without
/// responses has none.
///
/// A withheld quantity is *determined* when its coefficient vector lies in the row space of the published
/// equations (exact rational Gaussian elimination). A *small derived set* is a set of withheld cells (or withheld
/// respondent counts) whose total the reader can derive and whose count, for some measure, lies between 1 and
/// k − 1: its mean would describe fewer than k people. Cells with no observation of a measure may join such a set
/// freely (they change nothing in that measure's count).
struct LinearAttacker {
    struct Quantity {
        let label: String
        let vector: [Int]
    }

    let k: Int
    let width: Int
    let space: RationalRowSpace
    let protected: [Quantity]
    /// Withheld tie cells as (cell index, variable).
    let withheldCells: [(cell: Int, variable: Int)]
    /// Withheld respondent-count variables (outgoing or any-respondent) and their true values.
    let withheldRespondents: [(label: String, variable: Int, value: Int)]
    let truthCounts: [Int]
    let measureCount = RelationalCoordinationScorer.measureCount

    init(report: RelationalCoordinationReport, truth: RelationalCoordinationScorer.Accumulator) {
        let ids = report.workgroups.map(\.id)
        let g = ids.count
        k = report.configuration.minimumCellSize
        truthCounts = truth.counts
        let includeDiagonal = report.configuration.networkIncludesWithinGroupTies
        var cells = [RelationalCoordinationCell?](repeating: nil, count: g * g)
        for r in 0..<g {
            for t in 0..<g { cells[r * g + t] = report.tie(from: ids[r], to: ids[t])?.cell }
        }
        // Variables: cells with responses, then outgoing respondents per group, any-respondents, group respondents.
        var variableOfCell = [Int?](repeating: nil, count: g * g)
        var next = 0
        for c in 0..<(g * g) where cells[c] != nil && cells[c]?.status != .noResponses {
            variableOfCell[c] = next
            next += 1
        }
        let outgoing = next
        let any = outgoing + g
        let groupRespondents = any + 1
        let width = groupRespondents + g
        self.width = width

        func unit(_ variable: Int) -> [Int] {
            var v = [Int](repeating: 0, count: width)
            v[variable] = 1
            return v
        }
        func indicator(_ cellIndices: [Int]) -> [Int] {
            var v = [Int](repeating: 0, count: width)
            for c in cellIndices { if let x = variableOfCell[c] { v[x] = 1 } }
            return v
        }
        func sumOfOutgoing() -> [Int] {
            var v = [Int](repeating: 0, count: width)
            for r in 0..<g { v[outgoing + r] = 1 }
            return v
        }

        var equations: [[Int]] = []
        var protected: [Quantity] = []
        var withheldCells: [(cell: Int, variable: Int)] = []
        for c in 0..<(g * g) {
            guard let cell = cells[c], let x = variableOfCell[c] else { continue }
            if cell.status == .published {
                equations.append(unit(x))
            } else {
                protected.append(Quantity(label: "tie \(c / g)→\(c % g)", vector: unit(x)))
                withheldCells.append((c, x))
            }
        }
        let planned = (0..<(g * g)).filter { cells[$0] != nil }
        let diagonal = planned.filter { $0 / g == $0 % g }
        let offDiagonal = planned.filter { $0 / g != $0 % g }
        typealias Line = (
            label: String, cells: [Int], respondents: [Int]?, own: (variable: Int, value: Int)?,
            cell: RelationalCoordinationCell
        )
        var lines: [Line] = []
        for (i, group) in report.groups.enumerated() {
            lines.append(("column \(i)", offDiagonal.filter { $0 % g == i }, nil, nil, group.ratedByOthers))
            lines.append(
                (
                    "row \(i)", offDiagonal.filter { $0 / g == i }, unit(outgoing + i),
                    (outgoing + i, truth.outgoingRespondents[i]), group.ratingOthers
                ))
        }
        lines.append(("within", diagonal, nil, nil, report.withinGroup))
        lines.append(("between", offDiagonal, sumOfOutgoing(), nil, report.betweenGroup))
        lines.append(
            includeDiagonal
                ? ("network", diagonal + offDiagonal, unit(any), (any, truth.anyRespondents), report.network)
                : ("network", offDiagonal, sumOfOutgoing(), nil, report.network))
        var withheldRespondents: [(label: String, variable: Int, value: Int)] = []
        for line in lines {
            let measures = indicator(line.cells)
            let respondents = line.respondents ?? measures
            if line.cell.status.isSuppressed {
                protected.append(Quantity(label: "\(line.label) measures", vector: measures))
                protected.append(Quantity(label: "\(line.label) respondents", vector: respondents))
                if let own = line.own { withheldRespondents.append((line.label, own.variable, own.value)) }
            } else {
                equations.append(measures)
                equations.append(respondents)
            }
        }
        for (i, group) in report.groups.enumerated() {
            if group.respondentCount != nil {
                equations.append(unit(groupRespondents + i))
            } else {
                protected.append(Quantity(label: "group \(i) respondent count", vector: unit(groupRespondents + i)))
            }
        }
        for r in 0..<g {
            let filled = offDiagonal.filter { $0 / g == r && variableOfCell[$0] != nil }
            if filled.isEmpty {
                equations.append(unit(outgoing + r))
            } else if filled.count == 1, let x = variableOfCell[filled[0]] {
                var identity = unit(outgoing + r)
                identity[x] = -1
                equations.append(identity)
            }
        }
        self.space = RationalRowSpace(width: width, rows: equations.filter { $0.contains { $0 != 0 } })
        self.protected = protected
        self.withheldCells = withheldCells
        self.withheldRespondents = withheldRespondents
    }

    /// The withheld quantities the published equations determine.
    func determined() -> [String] {
        protected.filter { space.contains($0.vector) }.map(\.label)
    }

    /// Sets of withheld values whose total can be derived and rests on 1 to k − 1 observations or respondents;
    /// `checked` counts the candidate sets examined.
    func smallDerivedSets(checked: inout Int) -> [String] {
        var found: [String] = []
        func residual(_ variable: Int) -> [Fraction] {
            var v = [Fraction](repeating: .zero, count: width)
            v[variable] = Fraction(1)
            return space.residual(v)
        }
        func add(_ a: [Fraction], _ b: [Fraction]) -> [Fraction] { zip(a, b).map { $0 + $1 } }
        /// Every set of withheld values that contains at least one of `items`, totals at most k − 1 and whose
        /// coefficient vector lies in the row space (the residuals of its members add up to zero), with any of
        /// `free` (values without observations) added. A set in the row space must cancel each coordinate its
        /// partial sum leaves open, so the search adds only members touching the first open coordinate; that finds
        /// every such set.
        func search(
            _ items: [(label: String, value: Int, residual: [Fraction])],
            free: [(label: String, residual: [Fraction])], measure: String
        ) {
            let members = items + free.map { (label: $0.label, value: 0, residual: $0.residual) }
            var reported = Set<[Int]>()
            func visit(_ chosen: [Int], _ total: Int, _ sum: [Fraction]) {
                checked += 1
                guard let open = sum.firstIndex(where: { !$0.isZero }) else {
                    let key = chosen.sorted()
                    if reported.insert(key).inserted {
                        let labels = key.map { members[$0].label }.joined(separator: ", ")
                        found.append("\(measure) of {\(labels)} = \(total)")
                    }
                    return
                }
                for i in members.indices
                where !chosen.contains(i) && (i >= items.count || i > chosen[0])
                    && total + members[i].value <= k - 1 && !members[i].residual[open].isZero
                {
                    visit(chosen + [i], total + members[i].value, add(sum, members[i].residual))
                }
            }
            for first in items.indices { visit([first], items[first].value, items[first].residual) }
        }
        let m = measureCount
        for measure in 0..<m {
            var items: [(label: String, value: Int, residual: [Fraction])] = []
            var free: [(label: String, residual: [Fraction])] = []
            for (c, x) in withheldCells {
                let n = truthCounts[c * m + measure]
                if n == 0 {
                    free.append(("cell \(c)", residual(x)))
                } else if n < k {
                    items.append(("cell \(c)", n, residual(x)))
                }
            }
            search(items, free: free, measure: "measure \(measure) count")
        }
        let respondents = withheldRespondents.filter { $0.value > 0 && $0.value < k }.map {
            (label: $0.label, value: $0.value, residual: residual($0.variable))
        }
        search(respondents, free: [], measure: "respondents")
        return found
    }
}
