/// Several input problems at once, reported together.
struct InputProblems: Error, Sendable {
    /// The problems in file and line order.
    var problems: [InputProblem]
}
