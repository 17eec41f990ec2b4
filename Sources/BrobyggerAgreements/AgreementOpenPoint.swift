import BrobyggerCore

/// Something the parties still have to agree or do before an agreement can be signed and take effect: a value the
/// agreement's text needs, a section to fill, the collaboration model's criteria or meeting, a signature.
///
/// A rendered draft shows each open value as "[aftales]" ("[to be agreed]"), each open section as "[Udfyldes af
/// parterne]": every such placeholder is an open point here, and a validation error, so an agreement whose text
/// would still say "[aftales]" cannot be activated (``CollaborationAgreement/activate(effectiveFrom:provenance:)``).
/// ``AgreementTemplate/openPoints(in:)`` lists them for terms, ``CollaborationAgreement/openPoints`` for the pending
/// draft.
public struct AgreementOpenPoint: Sendable, Hashable, Codable, CustomStringConvertible {
    /// What is open.
    public enum Kind: Sendable, Hashable, Codable {
        /// A parameter without a value or default that the agreement's text names or the template requires.
        case parameter(ParameterKey)
        /// A section the parties must fill in, still without text.
        case section(SectionKey)
        /// The collaboration model's criteria for joint intensified effort, not yet agreed.
        case intensifiedEffortCriteria
        /// The weekly resident-overview meeting, not yet agreed.
        case overviewMeeting
        /// A party role the template requires, not filled (or filled more than once).
        case party(PartyRole)
        /// A signing party that has not signed the draft.
        case signature(Organisation.ID)
    }

    /// What is open.
    public var kind: Kind
    /// What is open, in words, in both languages (e.g. "Fast ugedag på botilbuddet" for the on-site weekday).
    public var label: LocalizedText
    /// The finding that reports it (error severity), with its stable code, path and source.
    public var finding: Finding

    /// Creates an open point.
    public init(kind: Kind, label: LocalizedText, finding: Finding) {
        self.kind = kind
        self.label = label
        self.finding = finding
    }

    /// `path: English label`.
    public var description: String { "\(finding.path): \(label.english)" }
}
