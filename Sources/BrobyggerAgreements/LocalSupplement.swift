import BrobyggerCore

/// A local supplement (*lokalt tillæg*) to a collaboration agreement: concrete routines the facility and the team
/// add to the template's text (Erfaringsopsamling 2024, Bilag 2).
public struct LocalSupplement: Sendable, Hashable, Codable {
    /// What the supplement is about.
    public var kind: LocalSupplementKind
    /// An optional title replacing the kind's standard heading.
    public var title: String?
    /// The supplement's text.
    public private(set) var text: String

    /// Creates a supplement.
    ///
    /// - Throws: `ValidationError` with code `supplement.text-empty` when the text is empty: an empty supplement
    ///   adds nothing to what the parties sign.
    public init(kind: LocalSupplementKind, title: String? = nil, text: String) throws(ValidationError) {
        guard hasContent(text) else {
            throw ValidationError(
                field: "text", code: "supplement.text-empty", rule: "A local supplement has text",
                offendingValue: text)
        }
        self.kind = kind
        self.title = title
        self.text = text
    }

    private enum CodingKeys: String, CodingKey {
        case kind
        case title
        case text
    }

    /// Decodes a supplement through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decode(LocalSupplementKind.self, forKey: .kind)
        let title = try container.decodeIfPresent(String.self, forKey: .title)
        let text = try container.decode(String.self, forKey: .text)
        self = try decoder.validating { () throws(ValidationError) in
            try LocalSupplement(kind: kind, title: title, text: text)
        }
    }
}
