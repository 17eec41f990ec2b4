/// One paragraph or list item of a template section's standard text.
///
/// Clause texts may name a parameter as `{key}` (for example `{on-site-days-per-week}`); rendering replaces it with
/// the agreed value in the agreement's language, or with a "to be agreed" marker when there is none.
public struct AgreementClause: Sendable, Hashable, Codable {
    /// The clause text in both languages.
    public let text: LocalizedText
    /// How the clause is laid out.
    public let style: Style

    /// How a clause is laid out.
    public enum Style: String, Sendable, Hashable, Codable {
        /// A paragraph.
        case paragraph
        /// An item of a bullet list.
        case bullet
        /// An item of a list nested under the preceding bullet.
        case subBullet = "sub-bullet"
    }

    /// Creates a clause.
    public init(_ text: LocalizedText, style: Style = .paragraph) {
        self.text = text
        self.style = style
    }

    /// A paragraph clause.
    public static func paragraph(danish: String, english: String) -> Self {
        Self(LocalizedText(danish: danish, english: english), style: .paragraph)
    }

    /// A bullet clause.
    public static func bullet(danish: String, english: String) -> Self {
        Self(LocalizedText(danish: danish, english: english), style: .bullet)
    }

    /// A clause nested under the preceding bullet.
    public static func subBullet(danish: String, english: String) -> Self {
        Self(LocalizedText(danish: danish, english: english), style: .subBullet)
    }
}
