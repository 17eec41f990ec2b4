import BrobyggerCore

/// How ``SyntheticRegion/carePlans(_:)`` derives coordinated care plans from a synthetic region: how many, and how
/// often the problems the follow-up views look for occur.
public struct CarePlanGenerationParameters: Sendable, Hashable, Codable {
    /// The seed; the same seed and region give the same plans.
    public var seed: UInt64
    /// How many plans to make. Residents are taken in order and reused when there are fewer residents than plans;
    /// a resident's earlier plans are closed, the last one is in force.
    public var count: Int
    /// The day the plans are made as of; default the region's last day.
    public var asOf: CalendarDate?
    /// The share of plans in force whose next meeting has passed.
    public var overdueMeetingShare: Double
    /// The share of plans in force with no next meeting.
    public var missingNextMeetingShare: Double
    /// The share of plans in force whose next meeting lies beyond the 6-month maximum.
    public var lateNextMeetingShare: Double
    /// The share of plans in force with an effort that has no responsible party.
    public var unownedEffortShare: Double
    /// The share of efforts past their due day that are still open (the rest are completed).
    public var overdueEffortShare: Double
    /// The share of plans in force whose latest meeting lacks the resident's approval.
    public var missingApprovalShare: Double
    /// The share of plans in force with no coordinator.
    public var missingCoordinatorShare: Double
    /// The share of plans still in draft.
    public var draftShare: Double

    /// Creates parameters; the defaults give a few percent of each problem.
    public init(
        seed: UInt64 = 7, count: Int = 300, asOf: CalendarDate? = nil, overdueMeetingShare: Double = 0.1,
        missingNextMeetingShare: Double = 0.03, lateNextMeetingShare: Double = 0.04,
        unownedEffortShare: Double = 0.08, overdueEffortShare: Double = 0.1, missingApprovalShare: Double = 0.07,
        missingCoordinatorShare: Double = 0.03,
        draftShare: Double = 0.05
    ) {
        self.seed = seed
        self.count = count
        self.asOf = asOf
        self.overdueMeetingShare = overdueMeetingShare
        self.missingNextMeetingShare = missingNextMeetingShare
        self.lateNextMeetingShare = lateNextMeetingShare
        self.unownedEffortShare = unownedEffortShare
        self.overdueEffortShare = overdueEffortShare
        self.missingApprovalShare = missingApprovalShare
        self.missingCoordinatorShare = missingCoordinatorShare
        self.draftShare = draftShare
    }
}
