import BrobyggerCore

/// Runs a validating initialiser while decoding and turns its ``ValidationError`` into a
/// `DecodingError.dataCorrupted` that names the field, so JSON can never build an invalid value.
func decodeValidated<T>(_ decoder: any Decoder, _ build: () throws -> T) throws -> T {
    do {
        return try build()
    } catch let error as ValidationError {
        throw DecodingError.dataCorrupted(
            .init(codingPath: decoder.codingPath, debugDescription: error.description, underlyingError: error))
    }
}

/// Throws a ``ValidationError`` when a required text is empty or only whitespace.
func requireText(_ text: String, field: FieldPath, code: String, rule: String) throws(ValidationError) {
    guard text.contains(where: { !$0.isWhitespace }) else {
        throw ValidationError(field: field, code: code, rule: rule, offendingValue: text)
    }
}

extension SourceCitation {
    /// MedCom's hospital-notification standard (*sygehusadvis*), which the course events follow.
    static func medCom(_ detail: String) -> SourceCitation {
        .practice("MedCom hospital notification (sygehusadvis): \(detail)")
    }
}
