/// A person's name: given names and family name, at least one of them not blank.
///
/// Names of residents are personal data too, but not identifying on their own; they may appear in documents made
/// for the people around the resident, never in logs.
public struct PersonName: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// Given (first and middle) names.
    public let given: String
    /// Family name.
    public let family: String

    /// Creates a name.
    ///
    /// - Throws: ``ValidationError`` with code `name.empty` when both parts are blank, or
    ///   `text.control-character` naming `given` or `family` when a part holds a control character or a
    ///   bidirectional override (``ControlCharacters``): a name is printed on terminals and in documents.
    public init(given: String, family: String) throws(ValidationError) {
        try ControlCharacters.check(given, field: "given")
        try ControlCharacters.check(family, field: "family")
        guard !given.trimmed.isEmpty || !family.trimmed.isEmpty else {
            throw ValidationError(field: .root, code: "name.empty", rule: "a name has a given or a family name")
        }
        self.given = String(given.trimmed)
        self.family = String(family.trimmed)
    }

    private enum CodingKeys: String, CodingKey {
        case given, family
    }

    /// Decodes through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let given = try c.decodeIfPresent(String.self, forKey: .given) ?? ""
        let family = try c.decodeIfPresent(String.self, forKey: .family) ?? ""
        self = try decoder.validating { try PersonName(given: given, family: family) }
    }

    /// `Given Family`.
    public var formatted: String { [given, family].filter { !$0.isEmpty }.joined(separator: " ") }

    /// Initials, e.g. `PH` for Peter Hansen.
    public var initials: String {
        (given.split(separator: " ") + family.split(separator: " ")).compactMap(\.first).map(String.init).joined()
    }

    /// `Given Family`.
    public var description: String { formatted }

    /// Orders by family name, then given names.
    public static func < (lhs: PersonName, rhs: PersonName) -> Bool {
        (lhs.family, lhs.given) < (rhs.family, rhs.given)
    }
}
