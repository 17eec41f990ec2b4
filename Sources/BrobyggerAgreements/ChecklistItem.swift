/// One line of a checklist: a section, the status the parties record, and whether it has text.
public struct ChecklistItem: Sendable, Hashable, Codable {
    /// The section.
    public let section: SectionKey
    /// The section's heading.
    public let heading: LocalizedText
    /// The core element's code (for example "K1"), if the section is one.
    public let code: String?
    /// The recorded status.
    public let status: ChecklistStatus
    /// Whether the parties have written the section's text.
    public let isFilled: Bool
}
