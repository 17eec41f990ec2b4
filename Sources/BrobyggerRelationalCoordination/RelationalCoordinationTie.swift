import BrobyggerCore

/// A directed tie between two workgroups: how the ``rater`` group rates the ``rated`` group.
///
/// Relational coordination is a network measure: each tie is scored separately, so A's rating of B and B's rating
/// of A are two cells of an asymmetric matrix whose diagonal holds the within-group ties (Gittell's “matrix or
/// network methodology”).
public struct RelationalCoordinationTie: Sendable, Hashable, Codable {
    /// The group whose members answer.
    public let rater: RelationalCoordinationWorkgroup.ID
    /// The group the answers are about.
    public let rated: RelationalCoordinationWorkgroup.ID

    /// Creates a tie; rater and rated may be the same group (a within-group tie).
    public init(rater: RelationalCoordinationWorkgroup.ID, rated: RelationalCoordinationWorkgroup.ID) {
        self.rater = rater
        self.rated = rated
    }

    /// Whether the tie is a group's rating of itself.
    public var isWithinGroup: Bool { rater == rated }
}
