import BrobyggerCore

/// A signed version of an agreement: the terms, the signatures, and the date from which the version is in force.
///
/// Versions are immutable. An amendment is a new version; earlier versions stay readable and can be compared with
/// ``CollaborationAgreement/changes(from:to:)``.
public struct AgreementVersion: Sendable, Hashable, Codable {
    /// The terms the parties signed.
    public let terms: AgreementTerms
    /// The signatures.
    public let signatures: [AgreementSignature]
    /// The first day the version is in force.
    public let effectiveFrom: CalendarDate
    /// What the version changed, in words; `nil` for the first version.
    public let note: String?

    /// Creates a version.
    public init(terms: AgreementTerms, signatures: [AgreementSignature], effectiveFrom: CalendarDate, note: String?) {
        self.terms = terms
        self.signatures = signatures
        self.effectiveFrom = effectiveFrom
        self.note = note
    }
}
