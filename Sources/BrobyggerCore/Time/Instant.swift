import Foundation

/// A point in time to the millisecond, written as ISO 8601 with its UTC offset (`2026-03-02T14:05:00+01:00`).
///
/// Course events (an admission, a discharge) happen at instants; the rules about them speak of Danish calendar
/// days and times of day, which ``calendarDate`` and ``localTime`` give in Europe/Copenhagen. Instants are kept in
/// whole milliseconds (finer parts are cut off), so that writing and reading one gives back exactly the same value.
public struct Instant: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    /// Milliseconds since 1970-01-01T00:00:00Z.
    public let millisecondsSince1970: Int64

    /// Creates the instant `millisecondsSince1970` milliseconds after the Unix epoch.
    public init(millisecondsSince1970: Int64) {
        self.millisecondsSince1970 = millisecondsSince1970
    }

    /// Creates the instant `secondsSince1970` seconds after the Unix epoch, cut to the millisecond.
    public init(secondsSince1970: Double) {
        self.millisecondsSince1970 = Int64((secondsSince1970 * 1_000).rounded(.down))
    }

    /// Creates the instant of a Foundation date, cut to the millisecond.
    public init(_ date: Date) {
        self.init(secondsSince1970: date.timeIntervalSince1970)
    }

    /// Seconds since 1970-01-01T00:00:00Z.
    public var secondsSince1970: Double { Double(millisecondsSince1970) / 1_000 }

    /// Creates the instant of a Danish (Europe/Copenhagen) wall-clock time on a day.
    ///
    /// In the autumn hour that occurs twice the earlier instant is chosen.
    public init(date: CalendarDate, hour: Int = 0, minute: Int = 0, second: Int = 0) throws(ValidationError) {
        let time = try LocalTime(hour: hour, minute: minute, second: second)
        self.init(date: date, time: time)
    }

    /// Creates the instant of a Danish wall-clock time on a day.
    public init(date: CalendarDate, time: LocalTime) {
        let local = Double(date.daysSinceEpoch * 86_400 + time.secondsOfDay)
        self.init(secondsSince1970: CopenhagenTime.seconds(localSeconds: local))
    }

    /// Parses ISO 8601 with a UTC offset: `YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM|±HHMM)`.
    ///
    /// - Throws: ``ValidationError`` with code `instant.format` when the text has another shape or lacks the
    ///   offset (an instant without an offset is ambiguous), or `date.invalid`/`time.invalid` for a day or time that
    ///   does not exist.
    public init(iso8601 text: String) throws(ValidationError) {
        // Built only when thrown: building it masks the text, which costs more than parsing it.
        func formatError() -> ValidationError {
            ValidationError(
                field: .root, code: "instant.format",
                rule: "an instant is written YYYY-MM-DDTHH:MM[:SS](Z|±HH:MM), with its UTC offset", offendingValue: text
            )
        }
        let bytes = Array(text.utf8)
        guard bytes.count >= 17, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "),
            bytes[13] == UInt8(ascii: ":")
        else { throw formatError() }
        let date = try CalendarDate(iso8601: String(decoding: bytes[0..<10], as: UTF8.self))
        guard let hour = CalendarDate.number(bytes[11..<13]), let minute = CalendarDate.number(bytes[14..<16]) else {
            throw formatError()
        }
        var index = 16
        var second = 0
        var fraction = 0.0
        if index < bytes.count, bytes[index] == UInt8(ascii: ":") {
            guard index + 3 <= bytes.count, let value = CalendarDate.number(bytes[(index + 1)..<(index + 3)]) else {
                throw formatError()
            }
            second = value
            index += 3
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ",") {
                index += 1
                var scale = 0.1
                let start = index
                while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
                    fraction += Double(bytes[index] - 48) * scale
                    scale /= 10
                    index += 1
                }
                guard index > start else { throw formatError() }
            }
        }
        let time = try LocalTime(hour: hour, minute: minute, second: second)
        guard index < bytes.count else { throw formatError() }
        let offsetSeconds: Int
        switch bytes[index] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            guard index + 1 == bytes.count else { throw formatError() }
            offsetSeconds = 0
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            let sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
            let rest = bytes[(index + 1)...]
            let digits: ArraySlice<UInt8>
            if rest.count == 5, rest[rest.startIndex + 2] == UInt8(ascii: ":") {
                digits = rest[rest.startIndex..<(rest.startIndex + 2)] + rest[(rest.startIndex + 3)...]
            } else if rest.count == 4 {
                digits = rest
            } else {
                throw formatError()
            }
            guard let hours = CalendarDate.number(digits.prefix(2)),
                let minutes = CalendarDate.number(digits.suffix(2)),
                hours <= 23, minutes <= 59
            else { throw formatError() }
            offsetSeconds = sign * (hours * 3_600 + minutes * 60)
        default:
            throw formatError()
        }
        let milliseconds = Int64((fraction * 1_000 + 1e-6).rounded(.down))
        let local = Int64(date.daysSinceEpoch * 86_400 + time.secondsOfDay - offsetSeconds)
        self.init(millisecondsSince1970: local * 1_000 + milliseconds)
    }

    /// Decodes ISO 8601 with an offset.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try decoder.validating { try Instant(iso8601: text) }
    }

    /// Encodes ISO 8601 with the Copenhagen offset in force at the instant.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso8601)
    }

    /// The Foundation date.
    public var date: Date { Date(timeIntervalSince1970: secondsSince1970) }

    /// The Copenhagen UTC offset in force at the instant, in seconds (3600 or 7200).
    public var copenhagenOffsetSeconds: Int { CopenhagenTime.offset(at: secondsSince1970) }

    private var localSeconds: Double { secondsSince1970 + Double(copenhagenOffsetSeconds) }

    /// The Danish (Europe/Copenhagen) calendar day of the instant.
    public var calendarDate: CalendarDate {
        CalendarDate(daysSinceEpoch: Int((localSeconds / 86_400).rounded(.down)))
    }

    /// The Danish (Europe/Copenhagen) wall-clock time of the instant.
    public var localTime: LocalTime {
        let seconds = Int(localSeconds.rounded(.down))
        return LocalTime(uncheckedSecondsOfDay: ((seconds % 86_400) + 86_400) % 86_400)
    }

    /// The instant `seconds` seconds later, cut to the millisecond.
    public func adding(seconds: Double) -> Instant {
        Instant(millisecondsSince1970: millisecondsSince1970 + Int64((seconds * 1_000).rounded(.down)))
    }

    /// Seconds from this instant to `other`.
    public func seconds(until other: Instant) -> Double { other.secondsSince1970 - secondsSince1970 }

    /// ISO 8601 in Copenhagen local time with its offset, e.g. `2026-03-02T14:05:00+01:00`; milliseconds are
    /// written when not zero.
    public var iso8601: String {
        let offset = copenhagenOffsetSeconds
        let localMilliseconds = millisecondsSince1970 + Int64(offset) * 1_000
        let localSeconds = Int(localMilliseconds >= 0 ? localMilliseconds / 1_000 : (localMilliseconds - 999) / 1_000)
        let milliseconds = Int(localMilliseconds - Int64(localSeconds) * 1_000)
        let days = localSeconds >= 0 ? localSeconds / 86_400 : (localSeconds - 86_399) / 86_400
        let date = CalendarDate(daysSinceEpoch: days)
        let time = LocalTime(uncheckedSecondsOfDay: localSeconds - days * 86_400)
        var text = "\(date.iso8601)T\(time.iso8601)"
        if milliseconds > 0 { text += "." + CalendarDate.pad(milliseconds, 3) }
        let sign = offset < 0 ? "-" : "+"
        let magnitude = abs(offset)
        text += "\(sign)\(CalendarDate.pad(magnitude / 3_600, 2)):\(CalendarDate.pad(magnitude / 60 % 60, 2))"
        return text
    }

    /// The ISO 8601 rendering.
    public var description: String { iso8601 }

    /// Orders instants chronologically.
    public static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.millisecondsSince1970 < rhs.millisecondsSince1970 }
}
