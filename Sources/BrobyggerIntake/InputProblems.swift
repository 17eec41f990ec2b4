import BrobyggerAgreements
import BrobyggerCarePlans
import BrobyggerCore
import BrobyggerDischarge
import BrobyggerFHIR
import BrobyggerRelationalCoordination
import BrobyggerResidents

/// Several input problems at once, reported together.
public struct InputProblems: Error, Sendable {
    /// The problems in file and line order.
    public var problems: [InputProblem]

    /// Several problems, reported together.
    public init(problems: [InputProblem]) {
        self.problems = problems
    }
}
