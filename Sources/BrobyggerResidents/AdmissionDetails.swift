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

    private enum CodingKeys: String, CodingKey {
        case legalStatus, startedAcutely, initialDiagnosis, contactReason
    }
}

extension AdmissionDetails: DirectFieldDecodable {
    /// Reads the details from their fields, as the synthesised `init(from:)` reads them: the legal status must be
    /// present, the other three may be absent or null. Every admission event in a resident record holds one, so the
    /// store's binary decoder reads them this way.
    public init(directFields fields: DirectFields) throws {
        legalStatus = try fields.rawValue(AdmissionLegalStatus.self, CodingKeys.legalStatus)
        startedAcutely = try fields.decodeIfPresent(Bool.self, CodingKeys.startedAcutely)
        initialDiagnosis = try fields.decodeIfPresent(DiagnosisCode.self, CodingKeys.initialDiagnosis)
        contactReason = try fields.decodeIfPresent(ContactReason.self, CodingKeys.contactReason)
    }
}
