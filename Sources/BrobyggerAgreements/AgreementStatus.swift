import BrobyggerCore

/// Where an agreement stands on a given day.
///
/// The lifecycle is draft → active (signed) → amended (a later signed version) → notice given → ended. An amendment
/// does not change the status: the agreement stays active under its newest version in force.
public enum AgreementStatus: Sendable, Hashable, Codable {
    /// Not yet in force: unsigned, or signed with a later start date.
    case draft
    /// In force under `version`.
    case active(version: Int)
    /// In force under `version`, with notice given; the agreement ends at the end of `endsOn`.
    case noticeGiven(version: Int, endsOn: CalendarDate)
    /// Ended on `endedOn` (the last day it was in force).
    case ended(endedOn: CalendarDate)

    /// Whether the agreement is in force: active or under notice.
    public var isInForce: Bool {
        switch self {
        case .active, .noticeGiven: true
        case .draft, .ended: false
        }
    }
}
