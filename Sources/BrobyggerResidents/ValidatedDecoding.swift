import BrobyggerCore

/// Runs a validating initialiser while decoding and turns its `ValidationError` into a
/// `DecodingError.dataCorrupted` that names the field, so JSON can never build an invalid value.
func decodeValidated<T>(_ decoder: any Decoder, _ build: () throws -> T) throws -> T {
    try decoder.validating(build)
}

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
