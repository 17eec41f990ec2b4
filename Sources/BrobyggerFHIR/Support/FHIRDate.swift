import BrobyggerCore

extension FHIR {
    /// A FHIR `date`: a year, a month or a day (`2023`, `2023-03`, `2023-03-01`), kept as written.
    public struct Date: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
        /// The text as written.
        public let rawValue: String
        /// How much of the date is given (`.year`, `.month` or `.day`).
        public let precision: DateTime.Precision

        /// Validates a FHIR date.
        ///
        /// - Throws: `ValidationError` with code `fhir.date` when the text is not a FHIR date.
        public init(_ text: String) throws(ValidationError) {
            guard let precision = Self.fullPrecision(of: text) else {
                throw ValidationError(
                    field: .root, code: "fhir.date", rule: "a FHIR date is YYYY, YYYY-MM or YYYY-MM-DD",
                    offendingValue: text)
            }
            rawValue = text
            self.precision = precision
        }

        /// The date for `rawValue`, or `nil` when it is not one.
        public init?(rawValue: String) {
            guard let precision = Self.fullPrecision(of: rawValue) else { return nil }
            self.rawValue = rawValue
            self.precision = precision
        }

        /// The FHIR date of a calendar day.
        public init(_ date: CalendarDate) {
            rawValue = date.iso8601
            precision = .day
        }

        /// The calendar day, when a day is given.
        public var calendarDate: CalendarDate? {
            precision == .day ? try? CalendarDate(iso8601: rawValue) : nil
        }

        /// Decodes and validates a date.
        public init(from decoder: any Decoder) throws {
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let precision = Self.fullPrecision(of: text) else {
                throw FHIRError.invalidValue(
                    path: FieldPath(codingPath: decoder.codingPath), code: "fhir.date",
                    rule: "a FHIR date is YYYY, YYYY-MM or YYYY-MM-DD", offendingValue: text)
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

        private static func fullPrecision(of text: String) -> DateTime.Precision? {
            let bytes = Array(text.utf8)
            guard let result = precision(of: bytes[...]), result.length == bytes.count else { return nil }
            return result.precision
        }

        /// The precision and length of the date at the start of `bytes`, or `nil`.
        static func precision(of bytes: ArraySlice<UInt8>) -> (precision: DateTime.Precision, length: Int)? {
            let bytes = Array(bytes)
            func digits(_ range: Range<Int>) -> Int? {
                guard range.upperBound <= bytes.count else { return nil }
                var value = 0
                for index in range {
                    let byte = bytes[index]
                    guard byte >= 48, byte <= 57 else { return nil }
                    value = value * 10 + Int(byte - 48)
                }
                return value
            }
            guard let year = digits(0..<4), year >= 1 else { return nil }
            guard bytes.count > 4 else { return (.year, 4) }
            guard bytes[4] == UInt8(ascii: "-"), let month = digits(5..<7), (1...12).contains(month) else {
                return nil
            }
            guard bytes.count > 7 else { return (.month, 7) }
            guard bytes[7] == UInt8(ascii: "-"), let day = digits(8..<10), day >= 1,
                day <= CalendarDate.daysInMonth(year: year, month: month)
            else { return nil }
            return (.day, 10)
        }
    }
}
