/// A day of the week, numbered as in ISO 8601 (Monday = 1 … Sunday = 7).
public enum Weekday: Int, Sendable, Hashable, CaseIterable, Comparable, Codable, CustomStringConvertible {
    /// Mandag.
    case monday = 1
    /// Tirsdag.
    case tuesday
    /// Onsdag.
    case wednesday
    /// Torsdag.
    case thursday
    /// Fredag.
    case friday
    /// Lørdag.
    case saturday
    /// Søndag.
    case sunday

    /// Orders Monday first.
    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The English name in lower case, as written in JSON and flat files (`monday` …).
    public var name: String {
        switch self {
        case .monday: "monday"
        case .tuesday: "tuesday"
        case .wednesday: "wednesday"
        case .thursday: "thursday"
        case .friday: "friday"
        case .saturday: "saturday"
        case .sunday: "sunday"
        }
    }

    /// The Danish name in lower case (*mandag* …).
    public var danishName: String {
        switch self {
        case .monday: "mandag"
        case .tuesday: "tirsdag"
        case .wednesday: "onsdag"
        case .thursday: "torsdag"
        case .friday: "fredag"
        case .saturday: "lørdag"
        case .sunday: "søndag"
        }
    }

    /// Parses the English name (`monday`), case-insensitively.
    public init(name: String) throws(ValidationError) {
        guard let day = Weekday.allCases.first(where: { $0.name == name.lowercased() }) else {
            throw ValidationError(
                field: .root, code: "weekday.unknown", rule: "a weekday is one of monday … sunday",
                offendingValue: name)
        }
        self = day
    }

    /// Decodes the English name (`"monday"`).
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try decoder.validating { try Weekday(name: text) }
    }

    /// Encodes the English name.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }

    /// The English name.
    public var description: String { name }
}
