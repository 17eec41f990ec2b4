import BrobyggerCore

/// The senior consultant's assessment, on the basis of the current admission, of whether there is a well-founded
/// presumption and imminent risk that the patient will stop necessary treatment after discharge: the risk condition
/// of psykiatriloven §13d stk. 1 ("begrundet formodning og nærliggende risiko").
public struct RiskAssessment: Sendable, Hashable, Codable {
    /// When it was made.
    public var assessedAt: Instant
    /// The consultant.
    public var consultant: ResponsibleConsultant
    /// Whether the consultant found the risk.
    public var wellFoundedImminentRisk: Bool
    /// The grounds, in words.
    public var grounds: String

    /// Creates an assessment.
    public init(
        assessedAt: Instant, consultant: ResponsibleConsultant, wellFoundedImminentRisk: Bool, grounds: String
    ) {
        self.assessedAt = assessedAt
        self.consultant = consultant
        self.wellFoundedImminentRisk = wellFoundedImminentRisk
        self.grounds = grounds
    }
}
