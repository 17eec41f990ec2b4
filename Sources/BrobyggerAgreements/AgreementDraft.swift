import BrobyggerCore

/// Terms being prepared for signature, with the signatures collected so far: the first version of an agreement, or a
/// proposed amendment while the current version stays in force.
public struct AgreementDraft: Sendable, Hashable, Codable {
    /// The proposed terms.
    public let terms: AgreementTerms
    /// Signatures given on exactly these terms.
    public let signatures: [AgreementSignature]
    /// What the draft changes, in words, for the version history (for example "Morgenmøder to dage om ugen").
    public let note: String?

    /// Creates a draft.
    public init(terms: AgreementTerms, signatures: [AgreementSignature] = [], note: String? = nil) {
        self.terms = terms
        self.signatures = signatures
        self.note = note
    }
}
