import BrobyggerCore

/// The legal status of an admission under psykiatriloven (each case names its paragraph).
public enum AdmissionLegalStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Voluntary admission (*frivillig indlæggelse*).
    case voluntary
    /// Compulsory admission (*tvangsindlæggelse*), psykiatriloven §5–§6.
    case compulsory
    /// Admitted voluntarily, then compulsorily detained during the stay (*tvangstilbageholdelse*), psykiatriloven §10.
    case detention

    /// Whether coercion was used to admit or keep the patient.
    public var involvesCoercion: Bool { self != .voluntary }
}
