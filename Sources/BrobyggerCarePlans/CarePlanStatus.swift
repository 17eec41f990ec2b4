import BrobyggerCore

/// Where a coordinated care plan is in its lifecycle: draft → active → revised → closed (a project lifecycle; the
/// sources prescribe meetings and revisions, not states).
///
/// Transitions are checked by ``CarePlanHistory``: a draft becomes active at the coordination meeting; an active
/// or revised plan is revised at follow-up meetings; any open plan can be closed, with a reason; a closed plan
/// stays closed.
public enum CarePlanStatus: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Being prepared (after the decision to hold a coordination meeting).
    case draft
    /// Agreed at the first coordination meeting.
    case active
    /// Revised at a later meeting.
    case revised
    /// Closed on a day, for a reason.
    case closed(on: CalendarDate, reason: CarePlanClosingReason)

    /// `draft`, `active`, `revised` or `closed`: the value of the `status` index key.
    public var key: String {
        switch self {
        case .draft: "draft"
        case .active: "active"
        case .revised: "revised"
        case .closed: "closed"
        }
    }

    /// Whether the plan is in force (active or revised).
    public var isInForce: Bool { self == .active || self == .revised }

    /// Whether the plan is closed.
    public var isClosed: Bool { key == "closed" }

    /// Whether a plan in this status may move to `next`.
    public func allowsTransition(to next: CarePlanStatus) -> Bool {
        switch (self, next) {
        case (.draft, .draft), (.draft, .active), (.draft, .closed): true
        case (.active, .revised), (.active, .closed), (.active, .active): true
        case (.revised, .revised), (.revised, .closed): true
        default: false
        }
    }

    /// The Danish name.
    public var danishName: String {
        switch self {
        case .draft: "udkast"
        case .active: "aktiv"
        case .revised: "revideret"
        case .closed(let day, let reason): "afsluttet \(day.danishFormatted) (\(reason.danishName))"
        }
    }

    /// The key.
    public var description: String { key }
}
