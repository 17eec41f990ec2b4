import BrobyggerCore

/// An unordered pair of distinct actors: the relation whose capacity is assessed.
///
/// Relational capacity is a property of the relation, not of a direction, so the pair is stored with the smaller
/// identifier first: `RelationalCapacityPair(a, b) == RelationalCapacityPair(b, a)`.
public struct RelationalCapacityPair: Sendable, Hashable, Codable {
    /// The actor with the smaller identifier.
    public let first: RelationalCapacityActor.ID
    /// The actor with the larger identifier.
    public let second: RelationalCapacityActor.ID

    /// Creates a pair in either order.
    /// - Throws: `ValidationError` when both actors are the same.
    public init(_ one: RelationalCapacityActor.ID, _ other: RelationalCapacityActor.ID) throws(ValidationError) {
        guard one != other else {
            throw ValidationError(
                field: "second", code: "rcap.pair.same-actor", rule: "A relation is between two different actors",
                offendingValue: one.description)
        }
        first = min(one, other)
        second = max(one, other)
    }

    /// Whether `actor` is one of the two.
    public func contains(_ actor: RelationalCapacityActor.ID) -> Bool { first == actor || second == actor }

    private enum CodingKeys: String, CodingKey {
        case first
        case second
    }

    /// Decodes a pair through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let first = try container.decode(RelationalCapacityActor.ID.self, forKey: .first)
        let second = try container.decode(RelationalCapacityActor.ID.self, forKey: .second)
        self = try decoder.validating { () throws(ValidationError) in try Self(first, second) }
    }
}
