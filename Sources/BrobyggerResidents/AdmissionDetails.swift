import BrobyggerCore

/// What an admission event says about the admission beyond its kind.
public struct AdmissionDetails: Sendable, Hashable, Codable {
    /// Voluntary, compulsory, or detained during the stay.
    public var legalStatus: AdmissionLegalStatus
    /// Whether the admission started acutely. `nil` means "derive": an emergency admission (STAA) or a compulsory
    /// admission starts acutely, an inpatient admission (STIN) does not.
    public var startedAcutely: Bool?
    /// The diagnosis the admission started with, if known; a cancer or accident diagnosis keeps a readmission from
    /// counting as acute (Sundhedsdatastyrelsen 2017, VIVE 2023, afsnit 1.3.1).
    public var initialDiagnosis: DiagnosisCode?

    /// Creates admission details.
    public init(
        legalStatus: AdmissionLegalStatus = .voluntary, startedAcutely: Bool? = nil,
        initialDiagnosis: DiagnosisCode? = nil
    ) {
        self.legalStatus = legalStatus
        self.startedAcutely = startedAcutely
        self.initialDiagnosis = initialDiagnosis
    }
}
