/// How serious a validation finding is.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable, CustomStringConvertible {
    /// Worth knowing; nothing is wrong.
    case information
    /// Probably wrong or incomplete; a person should look.
    case warning
    /// A rule is broken: for a legal rule, the duty is not met.
    case error

    /// Orders by seriousness: information < warning < error.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    private var rank: Int {
        switch self {
        case .information: 0
        case .warning: 1
        case .error: 2
        }
    }

    /// The Danish word used in Danish renderings (*information*, *advarsel*, *fejl*).
    public var danishName: String {
        switch self {
        case .information: "information"
        case .warning: "advarsel"
        case .error: "fejl"
        }
    }

    /// The raw value.
    public var description: String { rawValue }
}
