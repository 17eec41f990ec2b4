import BrobyggerCore

/// Throws a `ValidationError` when a required text is empty or only whitespace.
func requireText(_ text: String, field: FieldPath, code: String, rule: String) throws(ValidationError) {
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
