import BrobyggerCore

extension SourceCitation {
    /// psykiatriloven §13a stk. 1: the mandatory group and the content the law fixes.
    static let section13aStk1 = SourceCitation.statute("psykiatriloven §13a stk. 1")
    /// psykiatriloven §13a stk. 2: the discretionary group.
    static let section13aStk2 = SourceCitation.statute("psykiatriloven §13a stk. 2")
    /// psykiatriloven §13a stk. 3: registration and reporting.
    static let section13aStk3 = SourceCitation.statute("psykiatriloven §13a stk. 3")
    /// psykiatriloven §13b: the coordination plan.
    static let section13b = SourceCitation.statute("psykiatriloven §13b")
    /// psykiatriloven §13c: disclosure.
    static let section13c = SourceCitation.statute("psykiatriloven §13c")
    /// psykiatriloven §13d stk. 1: compulsory follow-up.
    static let section13dStk1 = SourceCitation.statute("psykiatriloven §13d stk. 1")
    /// psykiatriloven §13d stk. 2: the order's scope.
    static let section13dStk2 = SourceCitation.statute("psykiatriloven §13d stk. 2")
}

/// Throws when a required text is empty or only whitespace, or holds a control character other than tab and line
/// breaks, or a bidirectional override (`text.control-character`, `ControlCharacters`).
func requireDischargeText(_ text: String, field: FieldPath, code: String, rule: String) throws(ValidationError) {
    try ControlCharacters.check(text, field: field, lineBreaks: .allowed)
    guard text.contains(where: { !$0.isWhitespace }) else {
        throw ValidationError(field: field, code: code, rule: rule, offendingValue: text)
    }
}
