import BrobyggerCore

/// The senior consultant's assessment, for psykiatriloven §13a stk. 2, that a patient outside the mandatory group
/// will not seek the necessary treatment or social offers themselves.
public struct ConsultantAssessment: Sendable, Hashable, Codable {
    /// The day of the assessment.
    public var assessedOn: CalendarDate
    /// The consultant who assessed.
    public var consultant: ResponsibleConsultant
    /// Whether the consultant found that the patient will presumably not seek the necessary treatment or offers.
    public var willNotSeekNecessaryTreatment: Bool
    /// The grounds, in words.
    public var grounds: String

    /// Creates an assessment.
    public init(
        assessedOn: CalendarDate, consultant: ResponsibleConsultant, willNotSeekNecessaryTreatment: Bool,
        grounds: String
    ) {
        self.assessedOn = assessedOn
        self.consultant = consultant
        self.willNotSeekNecessaryTreatment = willNotSeekNecessaryTreatment
        self.grounds = grounds
    }
}
