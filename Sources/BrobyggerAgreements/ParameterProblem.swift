/// Why a value is not allowed for a parameter: a stable finding code and the rule it breaks.
public struct ParameterProblem: Sendable, Hashable, Codable {
    /// The finding code (one of the `agreement.parameter.*` codes in ``AgreementFindingCode``).
    public let code: String
    /// The rule, in words.
    public let rule: String
}
