/// A rule a cell breaks that the tool checks itself (a reference that does not resolve, a count out of range).
struct RowRule: Error {
    /// The rule, in English.
    var rule: String

    /// A rule with its text.
    init(_ rule: String) { self.rule = rule }
}
