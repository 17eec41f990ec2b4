import BrobyggerCore

/// One allowed value of a choice parameter, such as a communication channel.
public struct ParameterOption: Sendable, Hashable, Codable, Identifiable {
    /// Stable code stored in the agreement (for example `"medcom-correspondence"`).
    public let code: String
    /// How the option reads in the agreement text.
    public let label: LocalizedText

    /// The option's code.
    public var id: String { code }

    /// Creates an option.
    ///
    /// - Throws: `ValidationError` with code `parameter-option.code-empty` when the code is empty.
    public init(code: String, label: LocalizedText) throws(ValidationError) {
        guard !code.isEmpty else {
            throw ValidationError(
                field: "code", code: "parameter-option.code-empty", rule: "An option has a non-empty code",
                offendingValue: code)
        }
        self.code = code
        self.label = label
    }

    init(known code: String, label: LocalizedText) {
        precondition(!code.isEmpty)
        self.code = code
        self.label = label
    }

    private enum CodingKeys: String, CodingKey {
        case code
        case label
    }

    /// Decodes an option through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let code = try container.decode(String.self, forKey: .code)
        let label = try container.decode(LocalizedText.self, forKey: .label)
        do {
            try self.init(code: code, label: label)
        } catch {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: decoder.codingPath, debugDescription: error.description, underlyingError: error))
        }
    }
}
