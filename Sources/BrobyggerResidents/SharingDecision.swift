import BrobyggerCore

/// The answer to "may this viewer see this information about this resident now?".
public enum SharingDecision: Sendable, Hashable, Codable {
    /// The information is the viewer's own organisation's record: no consent is needed.
    case ownRecord
    /// A consent in force allows it.
    case permitted(by: ConsentToShare.ID)
    /// A consent covers it under a condition in the resident's words that a person must judge.
    case requiresJudgement(by: ConsentToShare.ID, condition: String)
    /// No consent in force covers it.
    case notPermitted

    /// Whether the information may be shown without further judgement.
    public var allowsSharing: Bool {
        switch self {
        case .ownRecord, .permitted: true
        case .requiresJudgement, .notPermitted: false
        }
    }
}
