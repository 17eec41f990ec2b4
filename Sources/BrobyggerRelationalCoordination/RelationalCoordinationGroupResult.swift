import BrobyggerCore

/// The measures of one workgroup: how the other groups rate it, how it rates the other groups, and how it rates
/// itself.
///
/// Both between-group aggregates pool the ratings (one observation per respondent and rated group), so they equal
/// the respondent-weighted mean of the ties in the group's column or row, excluding the diagonal.
public struct RelationalCoordinationGroupResult: Sendable, Hashable, Codable {
    /// The workgroup.
    public let workgroup: RelationalCoordinationWorkgroup.ID
    /// How the other groups rate this group (its column, diagonal excluded).
    public let ratedByOthers: RelationalCoordinationCell
    /// How this group rates the other groups (its row, diagonal excluded).
    public let ratingOthers: RelationalCoordinationCell
    /// How the group rates itself (the within-group tie), when the plan asks it.
    public let withinGroup: RelationalCoordinationCell?
    /// The number of the group's members who answered, shown only when it is at least *k*.
    public let respondentCount: Int?

    /// Creates a group result.
    public init(
        workgroup: RelationalCoordinationWorkgroup.ID,
        ratedByOthers: RelationalCoordinationCell,
        ratingOthers: RelationalCoordinationCell,
        withinGroup: RelationalCoordinationCell?,
        respondentCount: Int?
    ) {
        self.workgroup = workgroup
        self.ratedByOthers = ratedByOthers
        self.ratingOthers = ratingOthers
        self.withinGroup = withinGroup
        self.respondentCount = respondentCount
    }
}
