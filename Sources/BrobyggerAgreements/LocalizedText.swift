/// A text given in both Danish and English.
///
/// Template texts are written once in each language so that a rendering never falls back to a machine
/// translation of a clause the parties sign.
public struct LocalizedText: Sendable, Hashable, Codable {
    /// The Danish text.
    public let danish: String
    /// The English text.
    public let english: String

    /// Creates a text in both languages.
    public init(danish: String, english: String) {
        self.danish = danish
        self.english = english
    }

    /// The text in `language`.
    public func text(in language: AgreementLanguage) -> String {
        switch language {
        case .danish: danish
        case .english: english
        }
    }
}
