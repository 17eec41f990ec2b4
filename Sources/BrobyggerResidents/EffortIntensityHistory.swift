import BrobyggerCore

/// The history of a resident's effort intensity: normal until the first change, then each change in date order.
/// Changes are appended, never rewritten.
public struct EffortIntensityHistory: Sendable, Hashable, Codable {
    /// The resident.
    public let resident: Resident.ID
    /// The changes, with strictly increasing dates.
    public private(set) var changes: [EffortIntensityChange]

    /// Creates a history.
    ///
    /// - Throws: `ValidationError` (`intensity.out-of-order`) unless the dates strictly increase.
    public init(resident: Resident.ID, changes: [EffortIntensityChange] = []) throws(ValidationError) {
        self.resident = resident
        self.changes = []
        for (index, change) in changes.enumerated() {
            do {
                try append(change)
            } catch {
                throw error.nested(under: FieldPath("changes").appending(index: index))
            }
        }
    }

    /// Appends a change.
    ///
    /// - Throws: `ValidationError` (`intensity.out-of-order`) when the change is not dated after the last one.
    public mutating func append(_ change: EffortIntensityChange) throws(ValidationError) {
        if let last = changes.last, change.effectiveFrom <= last.effectiveFrom {
            throw ValidationError(
                field: "effectiveFrom", code: "intensity.out-of-order",
                rule: "A change of intensity is dated after the previous one",
                offendingValue: change.effectiveFrom.iso8601)
        }
        changes.append(change)
    }

    /// The change in force on a date, if any.
    public func change(inForceOn date: CalendarDate) -> EffortIntensityChange? {
        changes.last { $0.effectiveFrom <= date }
    }

    /// The level on a date (normal before the first change).
    public func level(on date: CalendarDate) -> EffortIntensity {
        change(inForceOn: date)?.level ?? .normal
    }

    /// The intensified periods' changes in force at any day of the range.
    public func changes(overlapping range: DayRange) -> [EffortIntensityChange] {
        changes.enumerated().filter { index, change in
            let lastDay = index + 1 < changes.count ? changes[index + 1].effectiveFrom.adding(days: -1) : nil
            let startsInTime = range.end.map { change.effectiveFrom <= $0 } ?? true
            let endsInTime = lastDay.map { $0 >= range.start } ?? true
            return startsInTime && endsInTime
        }.map(\.element)
    }

    /// Whether the resident is on intensified effort on any day of the range.
    public func isIntensified(during range: DayRange) -> Bool {
        changes(overlapping: range).contains { $0.level == .intensified }
    }

    private enum CodingKeys: String, CodingKey {
        case resident, changes
    }

    /// Decodes a history through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let resident = try container.decode(Resident.ID.self, forKey: .resident)
        let changes = try container.decode([EffortIntensityChange].self, forKey: .changes)
        self = try decoder.validating { try EffortIntensityHistory(resident: resident, changes: changes) }
    }

    /// Encodes the history.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(resident, forKey: .resident)
        try container.encode(changes, forKey: .changes)
    }
}
