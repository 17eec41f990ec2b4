import BrobyggerAgreements
import BrobyggerCarePlans
import BrobyggerCore
import BrobyggerDischarge
import BrobyggerFHIR
import BrobyggerRelationalCoordination
import BrobyggerResidents

/// A rule a cell breaks that the tool checks itself (a reference that does not resolve, a count out of range).
public struct RowRule: Error {
    /// The rule, in English.
    public var rule: String

    /// A rule with its text.
    public init(_ rule: String) { self.rule = rule }
}
