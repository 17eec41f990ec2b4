import BrobyggerCore

/// The five cumulative criteria for compulsory follow-up after discharge (*tvungen opfølgning efter udskrivning*),
/// psykiatriloven §13d stk. 1: the risk condition and the four numbered conditions. All five must be met (Region
/// Nordjylland: "i alt 5 kriterier, som alle skal være opfyldt").
public enum CompulsoryFollowUpCriterion: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// A well-founded presumption and imminent risk, on the basis of the current admission, that the patient will
    /// stop necessary treatment after discharge (§13d stk. 1, opening words).
    case riskOfStoppingTreatment = "risk"
    /// At least 3 compulsory admissions in the 3 years before the current admission (nr. 1).
    case threeCompulsoryAdmissions = "compulsory_admissions"
    /// At least one failure in those 3 years to follow the treatment in an agreement or plan (nr. 2).
    case nonAdherenceToAgreementOrPlan = "non_adherence"
    /// Compulsory admission or compulsory detention in connection with the current admission (nr. 3).
    case coercionInCurrentAdmission = "current_coercion"
    /// Outreach treatment prescribed within the last 6 months before the admission, medication not followed (nr. 4).
    case outreachMedicationNotFollowed = "outreach_medication"

    /// The statute paragraph.
    public var citation: SourceCitation {
        switch self {
        case .riskOfStoppingTreatment: .statute("psykiatriloven §13d stk. 1")
        case .threeCompulsoryAdmissions: .statute("psykiatriloven §13d stk. 1 nr. 1")
        case .nonAdherenceToAgreementOrPlan: .statute("psykiatriloven §13d stk. 1 nr. 2")
        case .coercionInCurrentAdmission: .statute("psykiatriloven §13d stk. 1 nr. 3")
        case .outreachMedicationNotFollowed: .statute("psykiatriloven §13d stk. 1 nr. 4")
        }
    }

    /// The raw value.
    public var description: String { rawValue }
}
