import BrobyggerCore

extension ValidationError {
    /// Turns a validation failure met while decoding into the `DecodingError` Codable callers expect, naming the
    /// field and the rule.
    func decodingError(in decoder: any Decoder) -> DecodingError {
        DecodingError.dataCorrupted(
            DecodingError.Context(codingPath: decoder.codingPath, debugDescription: description, underlyingError: self))
    }
}
