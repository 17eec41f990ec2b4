import BrobyggerCore

/// The measures of one directed tie: how the rater group rates the rated group.
public struct RelationalCoordinationTieResult: Sendable, Hashable, Codable {
    /// The tie.
    public let tie: RelationalCoordinationTie
    /// Its scores or why they are withheld.
    public let cell: RelationalCoordinationCell

    /// Creates a tie result.
    public init(tie: RelationalCoordinationTie, cell: RelationalCoordinationCell) {
        self.tie = tie
        self.cell = cell
    }
}
