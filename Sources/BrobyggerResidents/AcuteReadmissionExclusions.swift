import BrobyggerCore

/// Which readmissions the acute-readmission definition leaves out: those that start with a cancer or an accident
/// diagnosis (Sundhedsdatastyrelsen's definition, quoted in VIVE (2023) *Koordineret udredning og indsats*, the
/// section on readmissions).
///
/// The lists are data with documented defaults:
/// - **cancer**: malignant neoplasms C00–C97 and neoplasms in situ D00–D09, judged on the admission's initial
///   diagnosis;
/// - **accident**: judged on the registered contact reason (*kontaktårsag*) where the source has one
///   (``ContactReason/accident`` by default); otherwise on the initial diagnosis, by default the accidental external
///   causes V01–X59 of ICD-10 chapter XX.
///
/// Intentional self-harm (X60–X84), assault (X85–Y09) and events of undetermined intent (Y10–Y34) are not accidents,
/// and neither are the contact reasons self-harm and assault: the initialiser refuses them, because counting them
/// would hide exactly the readmissions this population has most. Injury codes (S00–T98) are not in the default
/// either: an injury does not say whether it was an accident.
public struct AcuteReadmissionExclusions: Sendable, Hashable, Codable {
    /// Why a readmission is not acute although it started acutely within 30 days.
    public enum Reason: String, Sendable, Hashable, Codable, CaseIterable {
        /// It started with a cancer diagnosis.
        case cancer
        /// It started with an accident (by contact reason or diagnosis).
        case accident
    }

    /// Initial diagnoses that count as cancer. Default: C00–C97, D00–D09.
    public let cancerDiagnoses: [DiagnosisCategoryRange]
    /// Initial diagnoses that count as an accident when no contact reason is registered. Default: V01–X59.
    public let accidentDiagnoses: [DiagnosisCategoryRange]
    /// Registered contact reasons that count as an accident. Default: ``ContactReason/accident``.
    public let accidentContactReasons: Set<ContactReason>

    /// The categories that are never accidents: intentional self-harm X60–X84, assault X85–Y09 and undetermined
    /// intent Y10–Y34 (ICD-10 chapter XX).
    public static let intentionalOrUndeterminedExternalCauses = DiagnosisCategoryRange.known("X60", "Y34")

    /// Creates exclusion lists; the defaults are the national definition's.
    ///
    /// - Throws: `ValidationError` with code `readmission-exclusions.intentional-as-accident` (field
    ///   `accidentDiagnoses[i]`) when an accident range overlaps X60–Y34, or `readmission-exclusions.not-an-accident`
    ///   (field `accidentContactReasons`) when illness, assault, self-harm or other is listed as an accident.
    public init(
        cancerDiagnoses: [DiagnosisCategoryRange] = AcuteReadmissionExclusions.defaultCancerDiagnoses,
        accidentDiagnoses: [DiagnosisCategoryRange] = AcuteReadmissionExclusions.defaultAccidentDiagnoses,
        accidentContactReasons: Set<ContactReason> = [.accident]
    ) throws(ValidationError) {
        let intentional = Self.intentionalOrUndeterminedExternalCauses
        for (index, range) in accidentDiagnoses.enumerated()
        where range.lower <= intentional.upper && range.upper >= intentional.lower {
            throw ValidationError(
                field: FieldPath("accidentDiagnoses").appending(index: index),
                code: "readmission-exclusions.intentional-as-accident",
                rule: "Self-harm (X60–X84), assault (X85–Y09) and undetermined intent (Y10–Y34) are not accidents",
                offendingValue: range.description)
        }
        for reason in accidentContactReasons where ContactReason.known.contains(reason) && reason != .accident {
            throw ValidationError(
                field: "accidentContactReasons", code: "readmission-exclusions.not-an-accident",
                rule: "Of the known contact reasons only accident counts as an accident (a source's own accident "
                    + "code may be listed as an unrecognised reason)",
                offendingValue: reason.rawValue)
        }
        self.cancerDiagnoses = cancerDiagnoses
        self.accidentDiagnoses = accidentDiagnoses
        self.accidentContactReasons = accidentContactReasons
    }

    /// C00–C97 and D00–D09.
    public static let defaultCancerDiagnoses = [
        DiagnosisCategoryRange.known("C00", "C97"), DiagnosisCategoryRange.known("D00", "D09"),
    ]
    /// V01–X59: transport accidents, falls and other accidental external causes.
    public static let defaultAccidentDiagnoses = [DiagnosisCategoryRange.known("V01", "X59")]

    /// The national definition's lists.
    public static let standard = AcuteReadmissionExclusions(
        checkedCancer: defaultCancerDiagnoses, accident: defaultAccidentDiagnoses, reasons: [.accident])

    private init(
        checkedCancer: [DiagnosisCategoryRange], accident: [DiagnosisCategoryRange], reasons: Set<ContactReason>
    ) {
        cancerDiagnoses = checkedCancer
        accidentDiagnoses = accident
        accidentContactReasons = reasons
    }

    /// Why an admission that starts with this diagnosis and contact reason is not an acute readmission, or `nil`
    /// when nothing excludes it. A registered contact reason decides the accident question; the diagnosis decides
    /// it only where no reason is registered.
    public func exclusion(initialDiagnosis: DiagnosisCode?, contactReason: ContactReason?) -> Reason? {
        if let initialDiagnosis, cancerDiagnoses.contains(where: { $0.contains(initialDiagnosis) }) { return .cancer }
        if let contactReason { return accidentContactReasons.contains(contactReason) ? .accident : nil }
        if let initialDiagnosis, accidentDiagnoses.contains(where: { $0.contains(initialDiagnosis) }) {
            return .accident
        }
        return nil
    }

    /// Why the stay is not an acute readmission, or `nil`.
    public func exclusion(of stay: Stay) -> Reason? {
        exclusion(initialDiagnosis: stay.initialDiagnosis, contactReason: stay.contactReason)
    }

    private enum CodingKeys: String, CodingKey {
        case cancerDiagnoses, accidentDiagnoses, accidentContactReasons
    }

    /// Decodes the lists through the validating initialiser; a missing list takes its default.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let cancer =
            try container.decodeIfPresent([DiagnosisCategoryRange].self, forKey: .cancerDiagnoses)
            ?? Self.defaultCancerDiagnoses
        let accident =
            try container.decodeIfPresent([DiagnosisCategoryRange].self, forKey: .accidentDiagnoses)
            ?? Self.defaultAccidentDiagnoses
        let reasons =
            try container.decodeIfPresent(Set<ContactReason>.self, forKey: .accidentContactReasons) ?? [
                .accident
            ]
        self = try decoder.validating {
            try AcuteReadmissionExclusions(
                cancerDiagnoses: cancer, accidentDiagnoses: accident, accidentContactReasons: reasons)
        }
    }

    /// Encodes the lists (contact reasons sorted by code, so equal values encode equally).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(cancerDiagnoses, forKey: .cancerDiagnoses)
        try container.encode(accidentDiagnoses, forKey: .accidentDiagnoses)
        try container.encode(accidentContactReasons.map(\.rawValue).sorted(), forKey: .accidentContactReasons)
    }
}
