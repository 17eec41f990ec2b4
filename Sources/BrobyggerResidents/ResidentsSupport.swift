import BrobyggerCore

/// Throws a `ValidationError` when a required text is empty or only whitespace, or holds a control character other
/// than tab and line breaks, or a bidirectional override (`text.control-character`, `ControlCharacters`).
func requireText(_ text: String, field: FieldPath, code: String, rule: String) throws(ValidationError) {
    try ControlCharacters.check(text, field: field, lineBreaks: .allowed)
    guard text.contains(where: { !$0.isWhitespace }) else {
        throw ValidationError(field: field, code: code, rule: rule, offendingValue: text)
    }
}

extension SourceCitation {
    /// MedCom's hospital-notification standard (*sygehusadvis*), which the course events follow.
    static func medCom(_ detail: String) -> SourceCitation {
        .standard("MedCom hospital notification (sygehusadvis)", locator: detail)
    }
}
