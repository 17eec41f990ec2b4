import BrobyggerCore

/// A dated, reasoned and attributed change of a resident's effort intensity: scaling up or down
/// (*op- og nedskalering*, Erfaringsopsamling 2024, afsnit 3.3). Every change says why, when and who decided: a
/// project rule, so that the course of a resident's effort can be traced.
public struct EffortIntensityChange: Sendable, Hashable, Codable {
    /// The level from this date.
    public var level: EffortIntensity
    /// The first day the level applies.
    public var effectiveFrom: CalendarDate
    /// Why; never empty.
    public let reason: String
    /// Who decided.
    public var decidedBy: Author
    /// The agreed criteria (``IntensifiedEffortCriterion/id``) that triggered an intensification; empty when
    /// scaling down.
    public var triggeringCriteria: [String]

    /// Creates a change.
    ///
    /// - Throws: `ValidationError` when the reason is empty (`intensity.empty-reason`), or criteria are given for
    ///   a change to normal (`intensity.criteria-on-normal`).
    public init(
        level: EffortIntensity, effectiveFrom: CalendarDate, reason: String, decidedBy: Author,
        triggeringCriteria: [String] = []
    ) throws(ValidationError) {
        try requireText(
            reason, field: "reason", code: "intensity.empty-reason", rule: "A change of intensity gives its reason")
        if level == .normal, !triggeringCriteria.isEmpty {
            throw ValidationError(
                field: "triggeringCriteria", code: "intensity.criteria-on-normal",
                rule: "Criteria trigger intensified effort, not a return to normal",
                offendingValue: triggeringCriteria.joined(separator: ","))
        }
        self.level = level
        self.effectiveFrom = effectiveFrom
        self.reason = reason
        self.decidedBy = decidedBy
        self.triggeringCriteria = triggeringCriteria
    }

    private enum CodingKeys: String, CodingKey {
        case level, effectiveFrom, reason, decidedBy, triggeringCriteria
    }

    /// Decodes a change through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let level = try container.decode(EffortIntensity.self, forKey: .level)
        let date = try container.decode(CalendarDate.self, forKey: .effectiveFrom)
        let reason = try container.decode(String.self, forKey: .reason)
        let author = try container.decode(Author.self, forKey: .decidedBy)
        let criteria = try container.decodeIfPresent([String].self, forKey: .triggeringCriteria) ?? []
        self = try decoder.validating {
            try EffortIntensityChange(
                level: level, effectiveFrom: date, reason: reason, decidedBy: author, triggeringCriteria: criteria)
        }
    }

    /// Encodes the change.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(level, forKey: .level)
        try container.encode(effectiveFrom, forKey: .effectiveFrom)
        try container.encode(reason, forKey: .reason)
        try container.encode(decidedBy, forKey: .decidedBy)
        try container.encode(triggeringCriteria, forKey: .triggeringCriteria)
    }
}
