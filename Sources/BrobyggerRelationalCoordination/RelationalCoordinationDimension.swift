import BrobyggerCore

/// One of the seven dimensions of relational coordination (*relationel koordinering*, Gittell).
///
/// Four are about communication (frequent, timely, accurate, problem-solving) and three about relationships
/// (shared goals, shared knowledge, mutual respect) (Region Hovedstadens Psykiatri, “B. Fælles
/// kompetenceudviklingsaktiviteter”; VIVE 2023, afsnit 3.2.1; Bilag 1). Each dimension is asked as one item of the
/// survey. The raw values are stable identifiers: store and exchange them, never the licensed item wording, which the
/// caller supplies (see ``RelationalCoordinationWording``).
public enum RelationalCoordinationDimension: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Frequent communication (*hyppig kommunikation*): scored as "the right amount", not "the more the better".
    case frequentCommunication = "frequent-communication"
    /// Timely communication (*rettidig kommunikation*).
    case timelyCommunication = "timely-communication"
    /// Accurate communication (*præcis kommunikation*).
    case accurateCommunication = "accurate-communication"
    /// Problem-solving communication (*problemløsende kommunikation*), as opposed to blaming.
    case problemSolvingCommunication = "problem-solving-communication"
    /// Shared goals (*fælles mål*).
    case sharedGoals = "shared-goals"
    /// Shared knowledge (*fælles viden*) of each other's work.
    case sharedKnowledge = "shared-knowledge"
    /// Mutual respect (*gensidig respekt*).
    case mutualRespect = "mutual-respect"

    /// The two families the dimensions fall into; each gives a sub-index.
    public enum Family: String, Sendable, Hashable, Codable, CaseIterable {
        /// Items 1–4: frequent, timely, accurate and problem-solving communication.
        case communication
        /// Items 5–7: shared goals, shared knowledge and mutual respect.
        case relationship
    }

    /// The item number in the standard order, 1–7.
    public var itemNumber: Int { Self.allCases.firstIndex(of: self)! + 1 }

    /// Zero-based position, used to index flat arrays of per-dimension values.
    public var position: Int { itemNumber - 1 }

    /// Whether the dimension belongs to the communication or the relationship sub-index.
    public var family: Family { itemNumber <= 4 ? .communication : .relationship }

    /// A short English construct name for tables and charts (not item wording).
    public var name: String {
        switch self {
        case .frequentCommunication: "Frequent communication"
        case .timelyCommunication: "Timely communication"
        case .accurateCommunication: "Accurate communication"
        case .problemSolvingCommunication: "Problem-solving communication"
        case .sharedGoals: "Shared goals"
        case .sharedKnowledge: "Shared knowledge"
        case .mutualRespect: "Mutual respect"
        }
    }

    /// The Danish construct name used in Danish practice (Region Hovedstadens Psykiatri, “B. Fælles
    /// kompetenceudviklingsaktiviteter”).
    public var danishName: String {
        switch self {
        case .frequentCommunication: "Hyppig kommunikation"
        case .timelyCommunication: "Rettidig kommunikation"
        case .accurateCommunication: "Præcis kommunikation"
        case .problemSolvingCommunication: "Problemløsende kommunikation"
        case .sharedGoals: "Fælles mål"
        case .sharedKnowledge: "Fælles viden"
        case .mutualRespect: "Gensidig respekt"
        }
    }

    /// Orders dimensions by item number.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.itemNumber < rhs.itemNumber }
}
