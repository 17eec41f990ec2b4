import BrobyggerCore

/// A dimension of relational capacity (*relationel kapacitet*, Hornstrup & Storch) between two actors in one
/// resident's network.
///
/// The short survey of the model asks "how contributing a collaborative relation is to the overall
/// problem-solving, how well knowledge sharing works, the level of mutual knowledge of the participating actors'
/// work and areas of responsibility, mutual respect, etc." (VIVE 2023, afsnit 3.2.2). The list is open-ended in the
/// source ("m.m."); these four are the ones it names. The raw values are stable identifiers.
public enum RelationalCapacityDimension: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// How much the relation contributes to the shared problem-solving (*bidrag til den samlede problemløsning*).
    case contributionToProblemSolving = "contribution-to-problem-solving"
    /// How well knowledge sharing works (*vidensdeling*).
    case knowledgeSharing = "knowledge-sharing"
    /// Knowing each other's work and responsibilities (*gensidigt kendskab til arbejde og ansvarsområder*).
    case mutualKnowledgeOfWork = "mutual-knowledge-of-work"
    /// Mutual respect (*gensidig respekt*).
    case mutualRespect = "mutual-respect"

    /// An English label.
    public var name: String {
        switch self {
        case .contributionToProblemSolving: "Contribution to problem-solving"
        case .knowledgeSharing: "Knowledge sharing"
        case .mutualKnowledgeOfWork: "Knowing each other's work"
        case .mutualRespect: "Mutual respect"
        }
    }

    /// The Danish label used in the source (VIVE 2023, afsnit 3.2.2).
    public var danishName: String {
        switch self {
        case .contributionToProblemSolving: "Bidrag"
        case .knowledgeSharing: "Vidensdeling"
        case .mutualKnowledgeOfWork: "Gensidigt kendskab"
        case .mutualRespect: "Respekt"
        }
    }

    /// Orders dimensions as the source lists them.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
