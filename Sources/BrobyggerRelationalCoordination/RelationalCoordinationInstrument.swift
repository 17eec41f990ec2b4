import BrobyggerCore
import Foundation

/// A versioned definition of the relational-coordination survey: one item per dimension with its answer options
/// and score map.
///
/// The instrument is the unit of versioning for scoring: a response is interpreted through the instrument of the
/// survey it belongs to, so changing an option's order or score means a new ``version``. The item wording is
/// licensed (Brandeis University / Relational Coordination Analytics) and is never part of the instrument; pair
/// it with a ``RelationalCoordinationWording`` in the respondents' language.
public struct RelationalCoordinationInstrument: Sendable, Hashable, Codable {
    /// A stable identifier of the instrument (for example `"brobygger.rc.seven-item"`).
    public let id: String
    /// The version of the option order and score map; responses are scored with the version they were given in.
    public let version: String
    /// Exactly one item per dimension, in dimension order.
    public let items: [RelationalCoordinationItem]

    /// Creates an instrument.
    /// - Throws: `ValidationError` when the identifier or version is empty, or the items do not cover each of the
    ///   seven dimensions exactly once.
    public init(id: String, version: String, items: [RelationalCoordinationItem]) throws(ValidationError) {
        guard !id.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ValidationError(
                field: "id", code: "rc.instrument.empty-id", rule: "An instrument has an identifier",
                offendingValue: id)
        }
        guard !version.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ValidationError(
                field: "version", code: "rc.instrument.empty-version", rule: "An instrument has a version",
                offendingValue: version)
        }
        let sorted = items.sorted { $0.dimension < $1.dimension }
        guard sorted.map(\.dimension) == RelationalCoordinationDimension.allCases else {
            throw ValidationError(
                field: "items", code: "rc.instrument.dimensions",
                rule: "An instrument has exactly one item for each of the seven dimensions",
                offendingValue: items.map(\.dimension.rawValue).joined(separator: ","))
        }
        self.id = id
        self.version = version
        self.items = sorted
    }

    /// The item measuring `dimension`.
    public subscript(dimension: RelationalCoordinationDimension) -> RelationalCoordinationItem {
        items[dimension.position]
    }

    /// The score of the option at `position` (1-based) of the item for `dimension`, or `nil` when there is none.
    public func score(ofPosition position: Int, for dimension: RelationalCoordinationDimension) -> Int? {
        self[dimension].score(ofPosition: position)
    }

    /// The standard seven-item instrument with five options per item, as scored in published practice.
    ///
    /// Option order and scores: the frequency item shows "not nearly enough, not enough, just the right amount,
    /// too often, much too often" and scores them 1, 3, 5, 4, 2 (too little and too much are both penalised;
    /// the eliPfad study's published analysis code, a secondary source: RCA's own scoring rules were not retrieved).
    /// Timely and accurate: never, rarely, sometimes, often, always (1–5). Problem-solving: always blame … always
    /// solve (1–5). Shared goals, knowledge and respect: not at all, a little, somewhat, a lot, completely (1–5).
    /// If your licensed version orders options differently, define your own instrument with its own version.
    public static let standard: RelationalCoordinationInstrument = {
        func options(_ pairs: [(String, Int)]) -> [RelationalCoordinationAnswerOption] {
            pairs.map { try! RelationalCoordinationAnswerOption(id: $0.0, score: $0.1) }
        }
        let frequency = options([
            ("not-nearly-enough", 1), ("not-enough", 3), ("just-right", 5), ("too-often", 4), ("much-too-often", 2),
        ])
        let occurrence = options([("never", 1), ("rarely", 2), ("sometimes", 3), ("often", 4), ("always", 5)])
        let problemSolving = options([
            ("always-blame", 1), ("mostly-blame", 2), ("neither", 3), ("mostly-solve", 4), ("always-solve", 5),
        ])
        let extent = options([
            ("not-at-all", 1), ("a-little", 2), ("somewhat", 3), ("a-lot", 4), ("completely", 5),
        ])
        let items: [RelationalCoordinationItem] = RelationalCoordinationDimension.allCases.map { dimension in
            switch dimension {
            case .frequentCommunication: try! RelationalCoordinationItem(dimension: dimension, options: frequency)
            case .timelyCommunication, .accurateCommunication:
                try! RelationalCoordinationItem(dimension: dimension, options: occurrence)
            case .problemSolvingCommunication:
                try! RelationalCoordinationItem(dimension: dimension, options: problemSolving)
            case .sharedGoals, .sharedKnowledge, .mutualRespect:
                try! RelationalCoordinationItem(dimension: dimension, options: extent)
            }
        }
        return try! RelationalCoordinationInstrument(id: "brobygger.rc.seven-item", version: "1", items: items)
    }()

    private enum CodingKeys: String, CodingKey {
        case id
        case version
        case items
    }

    /// Decodes an instrument through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let id = try container.decode(String.self, forKey: .id)
        let version = try container.decode(String.self, forKey: .version)
        let items = try container.decode([RelationalCoordinationItem].self, forKey: .items)
        self = try decoder.validating { () throws(ValidationError) in try Self(id: id, version: version, items: items) }
    }
}
