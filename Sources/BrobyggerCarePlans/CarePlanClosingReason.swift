import BrobyggerCore

/// Why a coordinated care plan was closed.
///
/// Open: apps may record further reasons, kept as ``unrecognized(_:)``.
public enum CarePlanClosingReason: Sendable, Hashable, Codable, RawRepresentable, CustomStringConvertible {
    /// The shared goals are reached and coordination is no longer needed.
    case goalsReached
    /// The resident no longer wishes to take part; respected (VIVE 2023, afsnit 5.1.2.1).
    case residentDeclined
    /// The resident moved out of the area or to other services.
    case residentMoved
    /// Replaced by another plan (e.g. integrated treatment from 1 September 2024).
    case replacedByOtherPlan
    /// The resident died.
    case residentDied
    /// A reason this version does not know, or one given in words.
    case unrecognized(String)

    /// The known reasons.
    public static let known: [CarePlanClosingReason] = [
        .goalsReached, .residentDeclined, .residentMoved, .replacedByOtherPlan, .residentDied,
    ]

    /// Creates a reason from its code; unknown codes become ``unrecognized(_:)``.
    public init(rawValue: String) {
        self = Self.known.first { $0.rawValue == rawValue } ?? .unrecognized(rawValue)
    }

    /// The code.
    public var rawValue: String {
        switch self {
        case .goalsReached: "goals_reached"
        case .residentDeclined: "resident_declined"
        case .residentMoved: "resident_moved"
        case .replacedByOtherPlan: "replaced_by_other_plan"
        case .residentDied: "resident_died"
        case .unrecognized(let code): code
        }
    }

    /// The Danish wording.
    public var danishName: String {
        switch self {
        case .goalsReached: "målene er nået"
        case .residentDeclined: "borgeren ønsker ikke at fortsætte"
        case .residentMoved: "borgeren er flyttet"
        case .replacedByOtherPlan: "erstattet af en anden plan"
        case .residentDied: "borgeren er død"
        case .unrecognized(let text): text
        }
    }

    /// The code.
    public var description: String { rawValue }

    /// Decodes a reason from its code.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.decodeVocabularyCode())
    }

    /// Encodes the code.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
