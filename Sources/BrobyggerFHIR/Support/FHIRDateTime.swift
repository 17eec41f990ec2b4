import BrobyggerCore

extension FHIR {
    /// A FHIR `dateTime` (also used for `instant`): a year, a month, a day, or a time of day with its UTC offset,
    /// kept exactly as written so that encoding gives back the same text.
    ///
    /// `2023`, `2023-03`, `2023-03-01`, `2023-03-01T12:00:00+01:00`, `2023-05-01T07:14:28Z` and
    /// `2023-03-01T12:00:00.123+01:00` are valid; a time without an offset is not (FHIR R4 requires it).
    public struct DateTime: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
        /// How much of the date and time is given.
        public enum Precision: Int, Hashable, Sendable, Comparable {
            /// `YYYY`.
            case year
            /// `YYYY-MM`.
            case month
            /// `YYYY-MM-DD`.
            case day
            /// A time of day with its offset.
            case time

            /// Orders from coarse to fine.
            public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rawValue < rhs.rawValue }
        }

        /// The text as written.
        public let rawValue: String
        /// How much of the date and time is given.
        public let precision: Precision

        /// Validates a FHIR dateTime.
        ///
        /// - Throws: `ValidationError` with code `fhir.date-time` when the text is not a FHIR dateTime.
        public init(_ text: String) throws(ValidationError) {
            guard let precision = Self.precision(of: text) else {
                throw ValidationError(
                    field: .root, code: "fhir.date-time",
                    rule: "a FHIR dateTime is YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm:ss[.f](Z|±hh:mm)",
                    offendingValue: text)
            }
            rawValue = text
            self.precision = precision
        }

        /// The dateTime for `rawValue`, or `nil` when it is not one.
        public init?(rawValue: String) {
            guard let precision = Self.precision(of: rawValue) else { return nil }
            self.rawValue = rawValue
            self.precision = precision
        }

        /// The dateTime of an instant, written with the Europe/Copenhagen offset.
        public init(_ instant: Instant) {
            rawValue = instant.iso8601
            precision = .time
        }

        /// The instant, when a time of day is given; `nil` for a year, month or day.
        public var instant: Instant? {
            guard precision == .time else { return nil }
            return try? Instant(iso8601: rawValue)
        }

        /// The calendar day as written (before any offset is applied), when at least a day is given.
        public var calendarDate: CalendarDate? {
            guard precision >= .day else { return nil }
            return try? CalendarDate(iso8601: String(rawValue.prefix(10)))
        }

        /// Decodes and validates a dateTime.
        public init(from decoder: any Decoder) throws {
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let precision = Self.precision(of: text) else {
                throw FHIRError.invalidValue(
                    path: FieldPath(codingPath: decoder.codingPath), code: "fhir.date-time",
                    rule: "a FHIR dateTime is YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm:ss[.f](Z|±hh:mm)",
                    offendingValue: text)
            }
            rawValue = text
            self.precision = precision
        }

        /// Encodes the text as written.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }

        /// The text as written.
        public var description: String { rawValue }

        /// The precision of a FHIR dateTime, or `nil` when `text` is not one (FHIR R4 dateTime regular expression).
        static func precision(of text: String) -> Precision? {
            let bytes = Array(text.utf8)
            guard let datePrecision = FHIR.Date.precision(of: bytes.prefix(10)) else { return nil }
            if bytes.count <= 10 {
                return bytes.count == datePrecision.length ? datePrecision.precision : nil
            }
            guard datePrecision.precision == .day, bytes[10] == UInt8(ascii: "T"), bytes.count >= 20 else { return nil }
            func number(_ from: Int) -> Int? {
                let a = bytes[from]
                let b = bytes[from + 1]
                guard a >= 48, a <= 57, b >= 48, b <= 57 else { return nil }
                return Int(a - 48) * 10 + Int(b - 48)
            }
            guard let hour = number(11), hour <= 23, bytes[13] == UInt8(ascii: ":"), let minute = number(14),
                minute <= 59, bytes[16] == UInt8(ascii: ":"), let second = number(17), second <= 60
            else { return nil }
            var index = 19
            if bytes[index] == UInt8(ascii: ".") {
                index += 1
                let start = index
                while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 { index += 1 }
                guard index > start, index < bytes.count else { return nil }
            }
            if bytes[index] == UInt8(ascii: "Z") {
                return index + 1 == bytes.count ? .time : nil
            }
            guard bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-"), index + 6 == bytes.count,
                let offsetHour = number(index + 1), bytes[index + 3] == UInt8(ascii: ":"),
                let offsetMinute = number(index + 4), offsetMinute <= 59,
                offsetHour <= 13 || (offsetHour == 14 && offsetMinute == 0)
            else { return nil }
            return .time
        }
    }
}
