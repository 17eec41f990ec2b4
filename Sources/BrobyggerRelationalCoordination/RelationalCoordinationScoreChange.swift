import BrobyggerCore

/// The change in one cell (a tie or an aggregate) between two rounds, measure by measure.
///
/// A change is shown only when the cell is published in both rounds: a withheld value stays withheld, and the
/// difference of two published values reveals nothing that the two values do not.
public struct RelationalCoordinationScoreChange: Sendable, Hashable, Codable {
    /// The cell's status in the earlier round.
    public let beforeStatus: RelationalCoordinationCell.Status
    /// The cell's status in the later round.
    public let afterStatus: RelationalCoordinationCell.Status
    /// The change of the RC index, when comparable.
    public let index: RelationalCoordinationMeasureChange?
    /// The change of the communication sub-index, when comparable.
    public let communication: RelationalCoordinationMeasureChange?
    /// The change of the relationship sub-index, when comparable.
    public let relationship: RelationalCoordinationMeasureChange?
    /// The change of each dimension in dimension order; empty when not comparable.
    public let dimensions: [RelationalCoordinationMeasureChange]

    /// Compares a cell across two rounds.
    public init(before: RelationalCoordinationCell, after: RelationalCoordinationCell) {
        beforeStatus = before.status
        afterStatus = after.status
        if let old = before.scores, let new = after.scores {
            index = RelationalCoordinationMeasureChange(before: old.index, after: new.index)
            communication = RelationalCoordinationMeasureChange(before: old.communication, after: new.communication)
            relationship = RelationalCoordinationMeasureChange(before: old.relationship, after: new.relationship)
            dimensions = zip(old.dimensions, new.dimensions).map {
                RelationalCoordinationMeasureChange(before: $0, after: $1)
            }
        } else {
            index = nil
            communication = nil
            relationship = nil
            dimensions = []
        }
    }

    /// Whether both rounds publish the cell.
    public var isComparable: Bool { index != nil }

    /// The change of `dimension`, when comparable.
    public subscript(dimension: RelationalCoordinationDimension) -> RelationalCoordinationMeasureChange? {
        dimensions.isEmpty ? nil : dimensions[dimension.position]
    }
}
