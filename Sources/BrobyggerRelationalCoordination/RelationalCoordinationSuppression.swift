import BrobyggerCore

/// Primary and complementary suppression over every figure a report publishes: the ties, the group, within-group,
/// between-group and network aggregates, and their respondent counts.
///
/// **The guarantee.** No withheld number can be worked out by any linear combination of the published numbers,
/// and no linear combination of them gives the count of a set of withheld values that lies between 1 and k − 1.
///
/// **The model.** The unknowns are, per withheld tie, its counts, sums and sums of squares of the ten measures
/// (one coefficient vector serves them all, because every aggregate adds its ties' up the same way), and per
/// workgroup the number of its members with a counted rating of another group (the respondent count of its
/// "rating others" aggregate; the between-group respondent count is their sum), plus the number of respondents
/// with any counted rating (the network's respondent count when it includes the diagonal). A published tie is
/// known. Every published aggregate, and every aggregate shown as "no responses", is an equation: its measures sum
/// its ties, its respondent count sums its ties' respondents (columns, diagonal) or its respondent variables
/// (rows, between, network). A row with a single tie with responses has as many outgoing respondents as that tie.
///
/// **The audit.** The equations, restricted to the unknowns, are brought to reduced row echelon form with exact
/// rational arithmetic (``RelationalCoordinationRowSpace``). A withheld tie, a withheld aggregate's measures and a
/// withheld aggregate's respondent count are each a coefficient vector; the value is determined exactly when the
/// vector lies in the row space. A set of withheld ties (or withheld respondent counts) whose total a reader can
/// form is a 0/1 vector in the row space; for each measure, the sets whose count lies in 1…k − 1 are searched
/// (ties without an observation of the measure are projected out, which can only find more sets). The search
/// follows the residuals: a set in the row space must cancel every coordinate its part so far leaves open.
///
/// **The repair.** Primary suppression withholds every tie and aggregate resting on fewer than *k* respondents or
/// with a measure of fewer than *k* observations. Then, while the audit finds a violation, one more published
/// figure is withheld: the first, in order of cost (ties of the aggregates touching it, by size; then any published
/// aggregate, those already hiding ties first, by respondents), whose removal alone clears the violation; if none
/// does, the smallest tie of the touching aggregate with the fewest withheld ties, preferring a tie whose other
/// aggregates already hide ties, or else the cheapest aggregate. Each step withholds one more figure, so the repair ends; it ends only when the audit
/// is clean.
struct RelationalCoordinationSuppression {
    typealias Status = RelationalCoordinationCell.Status

    /// Something the audit found derivable.
    enum Violation: Hashable {
        /// A withheld tie.
        case cell(Int)
        /// A withheld aggregate's measures.
        case lineMeasures(Int)
        /// A withheld aggregate's respondent count.
        case lineRespondents(Int)
        /// Withheld ties whose total count of one measure lies in 1…k − 1.
        case cells(measure: Int, [Int])
        /// Withheld respondent counts whose total lies in 1…k − 1.
        case respondents([Int])
    }

    let measureCount: Int
    let counts: [Int]
    let respondentMeasure: Int
    let lines: [[Int]]
    let lineRespondents: [Int]
    let lineTerms: [[Int]?]
    let variableValues: [Int]
    let identities: [(variable: Int, cell: Int)]
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
    ///   - lines: the cells each published aggregate sums.
    ///   - lineRespondents: the distinct respondents behind each aggregate.
    ///   - lineTerms: per aggregate, `nil` when its respondent count is the sum of its cells' respondent counts,
    ///     else the respondent variables it adds up.
    ///   - variableValues: the value of each respondent variable.
    ///   - identities: respondent variables that equal one cell's respondent count.
    init(
        cellCount: Int, measureCount: Int, counts: [Int], respondentMeasure: Int, lines: [[Int]],
        lineRespondents: [Int], lineTerms: [[Int]?], variableValues: [Int],
        identities: [(variable: Int, cell: Int)], k: Int
    ) {
        self.measureCount = measureCount
        self.counts = counts
        self.respondentMeasure = respondentMeasure
        self.lines = lines
        self.lineRespondents = lineRespondents
        self.lineTerms = lineTerms
        self.variableValues = variableValues
        self.identities = identities
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

    private func size(_ c: Int) -> Int {
        counts[(c * measureCount)..<(c * measureCount + measureCount)].min() ?? 0
    }

    /// Whether aggregate `l` is an equation a reader has: published, or shown as having no responses.
    private func isKnown(line l: Int) -> Bool { lineStatus[l] == .published || lineStatus[l] == .noResponses }

    // MARK: - Audit

    /// The published equations restricted to the unknowns, with withheld cells in `dropped` projected out.
    struct System {
        let coordinate: [Int: Int]
        let variableBase: Int
        let space: RelationalCoordinationRowSpace

        var width: Int { space.width }

        func vector(cells: [Int], variables: [Int] = []) -> [Int] {
            var v = [Int](repeating: 0, count: width)
            for c in cells { if let j = coordinate[c] { v[j] = 1 } }
            for variable in variables { v[variableBase + variable] = 1 }
            return v
        }
    }

    func system(dropping dropped: Set<Int> = []) -> System {
        var coordinate = [Int: Int]()
        for c in cellStatus.indices where isWithheld(c) && !dropped.contains(c) { coordinate[c] = coordinate.count }
        let base = coordinate.count
        let width = base + variableValues.count
        var rows: [[Int]] = []
        for l in lines.indices where isKnown(line: l) {
            var measures = [Int](repeating: 0, count: width)
            for c in lines[l] { if let j = coordinate[c] { measures[j] = 1 } }
            rows.append(measures)
            if let terms = lineTerms[l] {
                var respondents = [Int](repeating: 0, count: width)
                for variable in terms { respondents[base + variable] = 1 }
                rows.append(respondents)
            }
        }
        for identity in identities {
            var row = [Int](repeating: 0, count: width)
            row[base + identity.variable] = 1
            if let j = coordinate[identity.cell] { row[j] = -1 }
            rows.append(row)
        }
        return System(
            coordinate: coordinate, variableBase: base, space: RelationalCoordinationRowSpace(width: width, rows: rows))
    }

    private func withheldCells(in l: Int) -> [Int] { lines[l].filter(isWithheld) }

    /// The withheld cells without an observation of `measure`.
    private func empty(for measure: Int) -> Set<Int> {
        Set(cellStatus.indices.filter { isWithheld($0) && counts[$0 * measureCount + measure] == 0 })
    }

    /// The withheld respondent variables (rows and the any-respondent count) with their values.
    private func withheldVariables() -> [Int] {
        var seen = Set<Int>()
        var result: [Int] = []
        for l in lines.indices where lineStatus[l].isSuppressed {
            if let terms = lineTerms[l], terms.count == 1, seen.insert(terms[0]).inserted { result.append(terms[0]) }
        }
        return result
    }

    /// A nonempty subset of `items` (coordinate, value) totalling at most k − 1 whose unit vectors add up to a
    /// vector of the row space, if any.
    private func smallSet(_ items: [(id: Int, coordinate: Int, value: Int)], in system: System) -> [Int]? {
        var residuals: [[RelationalCoordinationRowSpace.Fraction]] = []
        for item in items {
            guard system.space.isExact, let residual = system.space.residual(unit: item.coordinate) else {
                return [item.id]
            }
            residuals.append(residual)
        }
        var result: [Int]? = nil
        func visit(_ chosen: [Int], _ total: Int, _ sum: [RelationalCoordinationRowSpace.Fraction]) {
            guard result == nil else { return }
            guard let open = sum.firstIndex(where: { !$0.isZero }) else {
                result = chosen.map { items[$0].id }
                return
            }
            for i in (chosen[0] + 1)..<items.count
            where !chosen.contains(i) && total + items[i].value <= k - 1 && !residuals[i][open].isZero {
                var next = sum
                for j in next.indices where !residuals[i][j].isZero {
                    guard let value = RelationalCoordinationRowSpace.Fraction.adding(next[j], residuals[i][j]) else {
                        result = chosen.map { items[$0].id } + [items[i].id]
                        return
                    }
                    next[j] = value
                }
                visit(chosen + [i], total + items[i].value, next)
            }
        }
        for first in items.indices where result == nil { visit([first], items[first].value, residuals[first]) }
        return result
    }

    /// The first thing the published figures give away, if any.
    func firstViolation() -> Violation? {
        guard cellStatus.contains(where: \.isSuppressed) || lineStatus.contains(where: \.isSuppressed) else {
            return nil
        }
        let whole = system()
        for c in cellStatus.indices where isWithheld(c) {
            if whole.space.contains(whole.vector(cells: [c])) { return .cell(c) }
        }
        for l in lines.indices where lineStatus[l].isSuppressed {
            if whole.space.contains(whole.vector(cells: lines[l])) { return .lineMeasures(l) }
            if let terms = lineTerms[l], whole.space.contains(whole.vector(cells: [], variables: terms)) {
                return .lineRespondents(l)
            }
        }
        for m in 0..<measureCount {
            let dropped = empty(for: m)
            let items = cellStatus.indices.filter { isWithheld($0) && counts[$0 * measureCount + m] > 0 }
                .map { (c: $0, n: counts[$0 * measureCount + m]) }.filter { $0.n < k }
            if items.isEmpty { continue }
            let projected = dropped.isEmpty ? whole : system(dropping: dropped)
            let candidates = items.compactMap { item in
                projected.coordinate[item.c].map { (id: item.c, coordinate: $0, value: item.n) }
            }
            if let set = smallSet(candidates, in: projected) { return .cells(measure: m, set) }
        }
        let variables = withheldVariables().filter { variableValues[$0] > 0 && variableValues[$0] < k }
        if !variables.isEmpty {
            let candidates = variables.map { (id: $0, coordinate: whole.variableBase + $0, value: variableValues[$0]) }
            if let set = smallSet(candidates, in: whole) { return .respondents(set) }
        }
        return nil
    }

    /// Whether `violation` is still derivable.
    func holds(_ violation: Violation) -> Bool {
        switch violation {
        case .cell(let c):
            let s = system()
            return s.space.contains(s.vector(cells: [c]))
        case .lineMeasures(let l):
            let s = system()
            return lineStatus[l].isSuppressed && s.space.contains(s.vector(cells: lines[l]))
        case .lineRespondents(let l):
            let s = system()
            return lineStatus[l].isSuppressed && s.space.contains(s.vector(cells: [], variables: lineTerms[l] ?? []))
        case .cells(let m, let cells):
            let s = system(dropping: empty(for: m))
            return s.space.contains(s.vector(cells: cells))
        case .respondents(let variables):
            let s = system()
            return s.space.contains(s.vector(cells: [], variables: variables))
        }
    }

    // MARK: - Repair

    /// The cells and respondent variables a violation is about.
    private func support(of violation: Violation) -> (cells: Set<Int>, variables: Set<Int>) {
        switch violation {
        case .cell(let c): ([c], [])
        case .lineMeasures(let l): (Set(withheldCells(in: l)), [])
        case .lineRespondents(let l): ([], Set(lineTerms[l] ?? []))
        case .cells(_, let cells): (Set(cells), [])
        case .respondents(let variables): ([], Set(variables))
        }
    }

    /// How many of cell `c`'s other published aggregates already hide cells: withholding it there closes a cycle.
    private func closes(_ c: Int, besides l: Int) -> Int {
        linesOfCell[c].count { other in
            other != l && lineStatus[other] == .published && lines[other].contains(where: isWithheld)
        }
    }

    /// Withholds one more figure to clear `violation`; `false` when nothing is left to withhold.
    private mutating func repair(_ violation: Violation) -> Bool {
        let (cells, variables) = support(of: violation)
        let touching = lines.indices.filter { l in
            lineStatus[l] == .published
                && (lines[l].contains(where: cells.contains)
                    || (lineTerms[l]?.contains(where: variables.contains) ?? false))
        }
        var candidateCells = Set(touching.flatMap { lines[$0] }.filter { cellStatus[$0] == .published })
        for identity in identities where variables.contains(identity.variable) {
            if cellStatus[identity.cell] == .published { candidateCells.insert(identity.cell) }
        }
        if case .lineMeasures(let l) = violation {
            candidateCells.formUnion(lines[l].filter { cellStatus[$0] == .published })
        }
        let orderedCells = candidateCells.sorted { (size($0), $0) < (size($1), $1) }
        // Any published aggregate may take part in a derivation (the between-group total minus the other groups'
        // rows gives a row that shares no tie with them), so every one is a candidate.
        let orderedLines = lines.indices.filter { lineStatus[$0] == .published }.sorted { a, b in
            let hidesA = lines[a].contains(where: isWithheld) ? 0 : 1
            let hidesB = lines[b].contains(where: isWithheld) ? 0 : 1
            return (hidesA, lineRespondents[a], a) < (hidesB, lineRespondents[b], b)
        }
        for c in orderedCells {
            var trial = self
            trial.cellStatus[c] = .suppressedComplementary
            if !trial.holds(violation) {
                self = trial
                return true
            }
        }
        for l in orderedLines {
            var trial = self
            trial.lineStatus[l] = .suppressedComplementary
            if !trial.holds(violation) {
                self = trial
                return true
            }
        }
        // No single figure clears it: withhold the best tie of the aggregate hiding the fewest, then aggregates.
        let byHidden = touching.sorted { withheldCells(in: $0).count < withheldCells(in: $1).count }
        for l in byHidden {
            let best = lines[l].filter { cellStatus[$0] == .published }.min { a, b in
                (-closes(a, besides: l), size(a), a) < (-closes(b, besides: l), size(b), b)
            }
            if let best {
                cellStatus[best] = .suppressedComplementary
                return true
            }
        }
        if let c = orderedCells.first {
            cellStatus[c] = .suppressedComplementary
            return true
        }
        if let l = orderedLines.first {
            lineStatus[l] = .suppressedComplementary
            return true
        }
        return false
    }

    /// Applies complementary suppression until the audit finds nothing derivable.
    mutating func applyComplementary() {
        while let violation = firstViolation() {
            guard repair(violation) else { return }
        }
    }
}
