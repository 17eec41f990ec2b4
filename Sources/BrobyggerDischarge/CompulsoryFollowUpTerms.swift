import BrobyggerCore

/// The maximum duration and the review interval of a compulsory follow-up order.
///
/// psykiatriloven §13d stk. 4 ff. and §13e, which set them, could not be retrieved (the article “The legal basis” lists
/// them among the points still to check against the consolidated act), so there is deliberately **no default**: the
/// region states both from the consolidated act in force.
public struct CompulsoryFollowUpTerms: Sendable, Hashable, Codable {
    /// The longest the order may last, in days from the discharge.
    public let maximumDays: Int
    /// How often the consultant reviews whether the order is still needed, in days.
    public let reviewIntervalDays: Int
    /// Where the values come from (e.g. the LBK and paragraph checked).
    public let source: SourceCitation

    /// Creates terms.
    ///
    /// - Throws: `ValidationError` `follow-up-order.terms` when a value is below 1 or the review interval exceeds
    ///   the duration.
    public init(maximumDays: Int, reviewIntervalDays: Int, source: SourceCitation) throws(ValidationError) {
        guard maximumDays >= 1, reviewIntervalDays >= 1, reviewIntervalDays <= maximumDays else {
            throw ValidationError(
                field: "reviewIntervalDays", code: "follow-up-order.terms",
                rule: "Duration and review interval are at least one day, and the review comes within the duration",
                offendingValue: "\(maximumDays)/\(reviewIntervalDays)")
        }
        self.maximumDays = maximumDays
        self.reviewIntervalDays = reviewIntervalDays
        self.source = source
    }

    private enum CodingKeys: String, CodingKey {
        case maximumDays, reviewIntervalDays, source
    }

    /// Decodes through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let maximum = try c.decode(Int.self, forKey: .maximumDays)
        let review = try c.decode(Int.self, forKey: .reviewIntervalDays)
        let source = try c.decode(SourceCitation.self, forKey: .source)
        self = try decoder.validating {
            try CompulsoryFollowUpTerms(maximumDays: maximum, reviewIntervalDays: review, source: source)
        }
    }
}
