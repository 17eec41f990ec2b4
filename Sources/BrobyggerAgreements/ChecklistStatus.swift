/// Where a network stands on one element of a checklist template, such as a VIVE core element.
public enum ChecklistStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Not yet worked through.
    case open
    /// Agreed: the section states what the network does.
    case agreed
    /// Judged not relevant for this collaboration; VIVE expects every element to be relevant, so this is reported.
    case notRelevant = "not-relevant"
}
