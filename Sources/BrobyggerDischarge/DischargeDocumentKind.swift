/// Whether a discharge document is an agreement the patient takes part in or a plan made without them.
public enum DischargeDocumentKind: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Discharge agreement (*udskrivningsaftale*), psykiatriloven §13a: the patient takes part.
    case agreement
    /// Coordination plan (*koordinationsplan*), psykiatriloven §13b: the patient will not take part.
    case coordinationPlan = "coordination_plan"

    /// The Danish name.
    public var danishName: String {
        switch self {
        case .agreement: "udskrivningsaftale"
        case .coordinationPlan: "koordinationsplan"
        }
    }

    /// The raw value.
    public var description: String { rawValue }
}
