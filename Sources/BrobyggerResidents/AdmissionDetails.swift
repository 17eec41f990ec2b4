import BrobyggerCore

/// What an admission event says about the admission beyond its kind.
public struct AdmissionDetails: Sendable, Hashable, Codable {
    /// Voluntary, compulsory, or detained during the stay.
    public var legalStatus: AdmissionLegalStatus
    /// Whether the admission started acutely. `nil` means "derive": an emergency admission (STAA) or a compulsory
    /// admission starts acutely, an inpatient admission (STIN) does not.
    public var startedAcutely: Bool?
    /// The diagnosis the admission started with, if known; a cancer or accident diagnosis keeps a readmission from
    /// counting as acute (``AcuteReadmissionExclusions``).
    public var initialDiagnosis: DiagnosisCode?
    /// The contact reason (*kontaktårsag*), where the source registers it; when given, it decides whether the
    /// admission started with an accident (``AcuteReadmissionExclusions``).
    public var contactReason: ContactReason?

    /// Creates admission details.
    public init(
        legalStatus: AdmissionLegalStatus = .voluntary, startedAcutely: Bool? = nil,
        initialDiagnosis: DiagnosisCode? = nil, contactReason: ContactReason? = nil
    ) {
        self.legalStatus = legalStatus
        self.startedAcutely = startedAcutely
        self.initialDiagnosis = initialDiagnosis
        self.contactReason = contactReason
    }
}
