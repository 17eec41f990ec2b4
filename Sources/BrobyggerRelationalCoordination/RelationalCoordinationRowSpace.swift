/// The row space of a set of integer vectors, kept in reduced row echelon form over the rationals, for the
/// suppression audit.
///
/// Arithmetic is exact: numerators and denominators are reduced integers. The audited systems are incidence
/// matrices of nested and disjoint sets of cells (rows and columns of the tie matrix, the diagonal, the totals),
/// whose echelon forms keep small entries; should an entry still overflow, the space marks itself ``isExact``
/// `false` and then claims to contain every vector, so an overflow can only withhold more, never reveal.
struct RelationalCoordinationRowSpace {
    /// A reduced fraction; `nil` results mean overflow.
    struct Fraction: Hashable {
        let numerator: Int
        let denominator: Int

        static let zero = Fraction(reduced: 0, 1)
        static let one = Fraction(reduced: 1, 1)

        private init(reduced numerator: Int, _ denominator: Int) {
            self.numerator = numerator
            self.denominator = denominator
        }

        init(_ value: Int) { self.init(reduced: value, 1) }

        static func make(_ numerator: Int, _ denominator: Int) -> Fraction? {
            guard denominator != 0, numerator != Int.min, denominator != Int.min else { return nil }
            var a = abs(numerator)
            var b = abs(denominator)
            while b != 0 { (a, b) = (b, a % b) }
            let divisor = max(a, 1)
            let sign = denominator < 0 ? -1 : 1
            return Fraction(reduced: sign * (numerator / divisor), abs(denominator) / divisor)
        }

        var isZero: Bool { numerator == 0 }

        private static func product(_ a: Int, _ b: Int) -> Int? {
            let (value, overflow) = a.multipliedReportingOverflow(by: b)
            return overflow ? nil : value
        }

        /// a − f · b.
        static func subtracting(_ a: Fraction, _ f: Fraction, _ b: Fraction) -> Fraction? {
            guard let n1 = product(f.numerator, b.numerator), let d1 = product(f.denominator, b.denominator),
                let left = product(a.numerator, d1), let right = product(n1, a.denominator),
                let denominator = product(a.denominator, d1)
            else { return nil }
            let (numerator, overflow) = left.subtractingReportingOverflow(right)
            return overflow ? nil : make(numerator, denominator)
        }

        static func dividing(_ a: Fraction, by b: Fraction) -> Fraction? {
            guard let n = product(a.numerator, b.denominator), let d = product(a.denominator, b.numerator) else {
                return nil
            }
            return make(n, d)
        }

        static func adding(_ a: Fraction, _ b: Fraction) -> Fraction? {
            subtracting(a, Fraction(-1), b)
        }
    }

    let width: Int
    private(set) var basis: [[Fraction]] = []
    private(set) var pivots: [Int] = []
    /// Whether every operation stayed within integer range.
    private(set) var isExact = true

    init(width: Int, rows: [[Int]]) {
        self.width = width
        for row in rows where row.contains(where: { $0 != 0 }) { insert(row.map(Fraction.init)) }
    }

    /// `v` minus its combination of basis rows along the pivot columns: zero exactly when `v` lies in the row space.
    func residual(_ v: [Fraction]) -> [Fraction]? {
        var result = v
        for (row, pivot) in zip(basis, pivots) {
            let factor = v[pivot]
            if factor.isZero { continue }
            for j in 0..<width where !row[j].isZero {
                guard let value = Fraction.subtracting(result[j], factor, row[j]) else { return nil }
                result[j] = value
            }
        }
        return result
    }

    /// The residual of the unit vector of coordinate `j`.
    func residual(unit j: Int) -> [Fraction]? {
        var v = [Fraction](repeating: .zero, count: width)
        v[j] = .one
        return residual(v)
    }

    private mutating func insert(_ vector: [Fraction]) {
        guard isExact else { return }
        guard var row = residual(vector) else {
            isExact = false
            return
        }
        guard let pivot = row.firstIndex(where: { !$0.isZero }) else { return }
        let scale = row[pivot]
        for j in 0..<width where !row[j].isZero {
            guard let value = Fraction.dividing(row[j], by: scale) else {
                isExact = false
                return
            }
            row[j] = value
        }
        for i in basis.indices {
            let factor = basis[i][pivot]
            if factor.isZero { continue }
            for j in 0..<width where !row[j].isZero {
                guard let value = Fraction.subtracting(basis[i][j], factor, row[j]) else {
                    isExact = false
                    return
                }
                basis[i][j] = value
            }
        }
        basis.append(row)
        pivots.append(pivot)
    }

    /// Whether `v` is a linear combination of the rows (always `true` once exactness was lost).
    func contains(_ v: [Int]) -> Bool {
        guard isExact, let r = residual(v.map(Fraction.init)) else { return true }
        return r.allSatisfy(\.isZero)
    }
}
