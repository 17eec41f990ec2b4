/// Who changed a document, when, and why.
public struct Provenance: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Who made the change.
    public let author: Author
    /// When the change was made.
    public let instant: Instant
    /// Why, in words; optional for a first version.
    public let reason: String?

    /// Creates a provenance record.
    public init(author: Author, instant: Instant, reason: String? = nil) {
        self.author = author
        self.instant = instant
        self.reason = reason
    }

    /// `instant by author: reason`.
    public var description: String {
        "\(instant) by \(author)" + (reason.map { ": \($0)" } ?? "")
    }
}
