/// Where an effort (*indsats*) stands.
public enum CarePlanEffortStatus: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Agreed, not started.
    case planned
    /// Under way.
    case inProgress = "in_progress"
    /// Done: its goal is reached.
    case completed
    /// Ended without being completed (stopped, replaced, declined).
    case ended

    /// Whether the effort is still open (planned or under way).
    public var isOpen: Bool { self == .planned || self == .inProgress }

    /// The Danish word.
    public var danishName: String {
        switch self {
        case .planned: "planlagt"
        case .inProgress: "i gang"
        case .completed: "gennemført"
        case .ended: "afsluttet"
        }
    }

    /// The raw value.
    public var description: String { rawValue }
}
