import BrobyggerCore

/// Which paragraph obliges the senior consultant to make a discharge agreement: psykiatriloven §13a stk. 1 or stk. 2.
///
/// Written `13a1` and `13a2` in the `discharge_documents.csv` register.
public enum DischargeLegalBasis: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// The mandatory group (*skal-gruppen*, since 2019): the consultant knows the patient receives support under
    /// *serviceloven* afsnit V because of reduced mental functioning, psykiatriloven §13a stk. 1.
    case mandatory = "13a1"
    /// The discretionary group: the consultant assesses that the patient will not seek the necessary treatment or
    /// social offers themselves, psykiatriloven §13a stk. 2.
    case consultantAssessment = "13a2"

    /// The statute paragraph.
    public var citation: SourceCitation {
        switch self {
        case .mandatory: .section13aStk1
        case .consultantAssessment: .section13aStk2
        }
    }

    /// The paragraph, e.g. `psykiatriloven §13a stk. 1`.
    public var description: String { citation.reference }
}
