import BrobyggerCore

/// One section of an agreement template: its heading, its purpose, the template's standard text, and what an
/// agreement must put in it.
public struct AgreementSection: Sendable, Hashable, Codable, Identifiable {
    /// Stable key of the section within its template.
    public let key: SectionKey
    /// The heading (for example "Formål" / "Purpose").
    public let heading: LocalizedText
    /// What the section is for: guidance for those who fill it in, shown on drafts and blank forms.
    public let purpose: LocalizedText?
    /// The template's standard text, in order. Empty for headings the parties must fill themselves.
    public let clauses: [AgreementClause]
    /// What the section shows besides its clauses.
    public let content: Content
    /// Whether the section must have content before the agreement can be signed.
    public let requirement: Requirement
    /// A heading grouping consecutive sections (VIVE's focus areas), or `nil`.
    public let group: LocalizedText?
    /// What, why and how, for sections that are core elements of VIVE's prototype.
    public let guidance: CoreElementGuidance?
    /// Where the section comes from.
    public let source: SourceCitation

    /// The section's key.
    public var id: SectionKey { key }

    /// What a section shows besides its standard clauses.
    public enum Content: String, Sendable, Hashable, Codable {
        /// Text: the standard clauses plus any text the agreement adds.
        case text
        /// The parties, with names, addresses and identifiers.
        case parties
        /// The agreed intensified-effort criteria (Region Hovedstadens Psykiatri, “A. Fælles beboeroverbliksmøder”).
        case intensifiedEffortCriteria = "intensified-effort-criteria"
        /// The agreed resident-overview meeting schedule (Region Hovedstadens Psykiatri, “A. Fælles
        /// beboeroverbliksmøder”).
        case overviewMeeting = "overview-meeting"
        /// Duration and notice, and any notice given.
        case duration
        /// Signature lines for each signing party.
        case signatures
    }

    /// Whether a section must have content.
    public enum Requirement: String, Sendable, Hashable, Codable {
        /// Must have content: for text sections without standard clauses, text the parties write.
        case required
        /// May be left empty.
        case optional
    }

    /// Creates a section.
    public init(
        key: SectionKey, heading: LocalizedText, purpose: LocalizedText? = nil, clauses: [AgreementClause] = [],
        content: Content = .text, requirement: Requirement = .required, group: LocalizedText? = nil,
        guidance: CoreElementGuidance? = nil, source: SourceCitation
    ) {
        self.key = key
        self.heading = heading
        self.purpose = purpose
        self.clauses = clauses
        self.content = content
        self.requirement = requirement
        self.group = group
        self.guidance = guidance
        self.source = source
    }

    /// Whether the parties must write the section's text: a required text section with no standard text of its
    /// own, such as an empty heading of the Region Hovedstaden template or a VIVE core element.
    public var mustBeFilled: Bool {
        requirement == .required && content == .text && clauses.isEmpty
    }
}
