/// A range of whole days, both ends included; an open range has no end yet (an ongoing placement).
public struct DayRange: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The first day.
    public let start: CalendarDate
    /// The last day, included; `nil` while the range is open.
    public let end: CalendarDate?

    /// Creates a range.
    ///
    /// - Throws: ``ValidationError`` with code `range.end-before-start` when `end` is before `start`.
    public init(start: CalendarDate, end: CalendarDate? = nil) throws(ValidationError) {
        if let end, end < start {
            throw ValidationError(
                field: "end", code: "range.end-before-start", rule: "the end must not be before the start",
                offendingValue: "\(start)…\(end)")
        }
        self.start = start
        self.end = end
    }

    /// Creates a range whose ends are known to be ordered.
    init(uncheckedStart start: CalendarDate, end: CalendarDate?) {
        self.start = start
        self.end = end
    }

    /// The range of a single day.
    public init(day: CalendarDate) {
        self.init(uncheckedStart: day, end: day)
    }

    private enum CodingKeys: String, CodingKey {
        case start, end
    }

    /// Decodes `{"start": "YYYY-MM-DD", "end": "YYYY-MM-DD"?}`, rejecting an end before the start.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let start = try container.decode(CalendarDate.self, forKey: .start)
        let end = try container.decodeIfPresent(CalendarDate.self, forKey: .end)
        self = try decoder.validating { try DayRange(start: start, end: end) }
    }

    /// Encodes the start and, when closed, the end.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(start, forKey: .start)
        try container.encodeIfPresent(end, forKey: .end)
    }

    /// Whether the range has no end yet.
    public var isOpen: Bool { end == nil }

    /// Whether `date` lies in the range.
    public func contains(_ date: CalendarDate) -> Bool {
        date >= start && (end.map { date <= $0 } ?? true)
    }

    /// Whether the two ranges share at least one day.
    public func overlaps(_ other: DayRange) -> Bool {
        let endsAfterOtherStarts = end.map { $0 >= other.start } ?? true
        let otherEndsAfterStart = other.end.map { $0 >= start } ?? true
        return endsAfterOtherStarts && otherEndsAfterStart
    }

    /// The days both ranges share, or `nil` if they share none.
    public func intersection(_ other: DayRange) -> DayRange? {
        guard overlaps(other) else { return nil }
        let newEnd: CalendarDate? =
            switch (end, other.end) {
            case (nil, nil): nil
            case (let a?, nil): a
            case (nil, let b?): b
            case (let a?, let b?): min(a, b)
            }
        return DayRange(uncheckedStart: max(start, other.start), end: newEnd)
    }

    /// The number of days in a closed range (both ends counted), or `nil` when open.
    public var dayCount: Int? { end.map { start.days(until: $0) + 1 } }

    /// `start…end`, or `start…` when open.
    public var description: String { "\(start)…\(end.map(\.description) ?? "")" }
}
