/// A wall-clock time of day in Denmark, to the second.
///
/// Used where the time of day matters to a rule: a discharge "outside daytime" is a risk factor for readmission
/// (VIVE 2023, afsnit 1.3.3, Boks 1.4), so the course of care keeps the local time of each event.
public struct LocalTime: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    /// The hour, 0–23.
    public let hour: Int
    /// The minute, 0–59.
    public let minute: Int
    /// The second, 0–59.
    public let second: Int

    /// Creates a time of day.
    ///
    /// - Throws: ``ValidationError`` with code `time.invalid` for an hour outside 0–23 or minute/second outside 0–59.
    public init(hour: Int, minute: Int, second: Int = 0) throws(ValidationError) {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else {
            throw ValidationError(
                field: .root, code: "time.invalid", rule: "hour 0–23, minute and second 0–59",
                offendingValue: "\(hour):\(minute):\(second)")
        }
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    init(uncheckedSecondsOfDay seconds: Int) {
        self.hour = seconds / 3_600
        self.minute = seconds / 60 % 60
        self.second = seconds % 60
    }

    /// Parses `HH:MM` or `HH:MM:SS`.
    public init(iso8601 text: String) throws(ValidationError) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
            let hour = Int(parts[0]), let minute = Int(parts[1]), let second = parts.count == 3 ? Int(parts[2]) : 0
        else {
            throw ValidationError(
                field: .root, code: "time.format", rule: "a time is written HH:MM or HH:MM:SS", offendingValue: text)
        }
        try self.init(hour: hour, minute: minute, second: second)
    }

    /// Decodes `HH:MM:SS`.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try decoder.validating { try LocalTime(iso8601: text) }
    }

    /// Encodes `HH:MM:SS`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso8601)
    }

    /// Seconds since midnight.
    public var secondsOfDay: Int { hour * 3_600 + minute * 60 + second }

    /// `HH:MM:SS`.
    public var iso8601: String {
        "\(CalendarDate.pad(hour, 2)):\(CalendarDate.pad(minute, 2)):\(CalendarDate.pad(second, 2))"
    }

    /// `HH:MM`.
    public var description: String { "\(CalendarDate.pad(hour, 2)):\(CalendarDate.pad(minute, 2))" }

    /// Orders times of day.
    public static func < (lhs: LocalTime, rhs: LocalTime) -> Bool { lhs.secondsOfDay < rhs.secondsOfDay }
}
