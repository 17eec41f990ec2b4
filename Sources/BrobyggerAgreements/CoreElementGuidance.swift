/// What, why and how of one core element (*kerneelement*) of VIVE's prototype for citizen-level collaboration.
///
/// VIVE communicates each core element at three levels after the Social- og Boligstyrelsen template: *hvad* (a
/// short, precise description), *hvorfor* (the professional justification) and *hvordan* (the practice, with
/// possible aids) (VIVE 2023, Hovedresultater; kapitel 5).
public struct CoreElementGuidance: Sendable, Hashable, Codable {
    /// Short code of the element, for example "K1".
    public let code: String
    /// What the element is (*hvad*).
    public let what: LocalizedText
    /// Why it matters (*hvorfor*).
    public let why: LocalizedText
    /// How it is done in practice (*hvordan*), one item per practice or aid.
    public let how: [LocalizedText]

    /// Creates guidance.
    public init(code: String, what: LocalizedText, why: LocalizedText, how: [LocalizedText]) {
        self.code = code
        self.what = what
        self.why = why
        self.how = how
    }
}
