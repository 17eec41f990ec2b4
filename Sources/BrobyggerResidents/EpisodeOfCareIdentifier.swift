import BrobyggerCore

/// The episode-of-care identifier (*forløbs-id*) a hospital notification carries and every later message about the same
/// stay echoes (MedCom HospitalNotification IG 3.0, *sygehusadvis*, `episodeOfCare.identifier`). Issued by the
/// hospital's system, so kept as its text.
public struct EpisodeOfCareIdentifier: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The identifier as issued.
    public let value: String

    /// Creates an identifier.
    ///
    /// - Throws: `ValidationError` (`episode.empty`) when the text is empty or only whitespace, or
    ///   `text.control-character` when it holds a control character, a line break or a bidirectional override.
    public init(_ value: String) throws(ValidationError) {
        // Printable ASCII with a character other than a space (nearly every identifier a hospital issues) is neither
        // blank nor holds a refused character; anything else goes through both checks, which name the problem.
        let printable = value.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } && value.utf8.contains { $0 != 0x20 }
        if !printable {
            try requireText(
                value, field: "episode", code: "episode.empty", rule: "An episode-of-care identifier is not empty")
            try ControlCharacters.check(value, field: "episode")
        }
        self.value = value
    }

    /// The identifier.
    public var description: String { value }

    /// Orders identifiers by text.
    public static func < (lhs: EpisodeOfCareIdentifier, rhs: EpisodeOfCareIdentifier) -> Bool { lhs.value < rhs.value }

    /// Decodes the identifier from a string through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try decoder.validating { try EpisodeOfCareIdentifier(text) }
    }

    /// Encodes the identifier as a string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
