import BrobyggerCore

/// When a respondent's partly answered rating of a workgroup still counts.
///
/// Research code often drops any rating with a missing item (`rowMeans` without `na.rm` in the eliPfad
/// study's code), which throws away much of a small survey. This policy makes the choice explicit. A respondent counts
/// for a tie when at least ``minimumAnsweredItems`` of the seven items are answered; their index is then the mean
/// of the answered items. They count for the communication (items 1–4) or relationship (items 5–7) sub-index when
/// at least ``minimumAnsweredCommunicationItems`` or ``minimumAnsweredRelationshipItems`` of those items are
/// answered, and for a single dimension when they answered it. Every measure reports its own *n*.
public struct RelationalCoordinationMissingAnswerPolicy: Sendable, Hashable, Codable {
    /// Answered items (of 7) needed for a rating to count at all. Default 4.
    public let minimumAnsweredItems: Int
    /// Answered communication items (of 4) needed for the communication sub-index. Default 2.
    public let minimumAnsweredCommunicationItems: Int
    /// Answered relationship items (of 3) needed for the relationship sub-index. Default 2.
    public let minimumAnsweredRelationshipItems: Int

    /// The default policy: 4 of 7 items, 2 of 4 communication items, 2 of 3 relationship items.
    public static let standard = try! RelationalCoordinationMissingAnswerPolicy(
        minimumAnsweredItems: 4, minimumAnsweredCommunicationItems: 2, minimumAnsweredRelationshipItems: 2)

    /// The strict policy of complete-case analysis: every item must be answered.
    public static let completeCasesOnly = try! RelationalCoordinationMissingAnswerPolicy(
        minimumAnsweredItems: 7, minimumAnsweredCommunicationItems: 4, minimumAnsweredRelationshipItems: 3)

    /// Creates a policy.
    /// - Throws: `ValidationError` unless the thresholds are 1–7, 1–4 and 1–3.
    public init(
        minimumAnsweredItems: Int, minimumAnsweredCommunicationItems: Int, minimumAnsweredRelationshipItems: Int
    ) throws(ValidationError) {
        guard (1...7).contains(minimumAnsweredItems) else {
            throw ValidationError(
                field: "minimumAnsweredItems", code: "rc.missing-policy.out-of-range",
                rule: "At least 1 and at most 7 answered items", offendingValue: String(minimumAnsweredItems))
        }
        guard (1...4).contains(minimumAnsweredCommunicationItems) else {
            throw ValidationError(
                field: "minimumAnsweredCommunicationItems", code: "rc.missing-policy.out-of-range",
                rule: "At least 1 and at most 4 answered communication items",
                offendingValue: String(minimumAnsweredCommunicationItems))
        }
        guard (1...3).contains(minimumAnsweredRelationshipItems) else {
            throw ValidationError(
                field: "minimumAnsweredRelationshipItems", code: "rc.missing-policy.out-of-range",
                rule: "At least 1 and at most 3 answered relationship items",
                offendingValue: String(minimumAnsweredRelationshipItems))
        }
        self.minimumAnsweredItems = minimumAnsweredItems
        self.minimumAnsweredCommunicationItems = minimumAnsweredCommunicationItems
        self.minimumAnsweredRelationshipItems = minimumAnsweredRelationshipItems
    }

    private enum CodingKeys: String, CodingKey {
        case minimumAnsweredItems
        case minimumAnsweredCommunicationItems
        case minimumAnsweredRelationshipItems
    }

    /// Decodes a policy through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let all = try container.decode(Int.self, forKey: .minimumAnsweredItems)
        let communication = try container.decode(Int.self, forKey: .minimumAnsweredCommunicationItems)
        let relationship = try container.decode(Int.self, forKey: .minimumAnsweredRelationshipItems)
        self = try decoder.validating { () throws(ValidationError) in
            try Self(
                minimumAnsweredItems: all, minimumAnsweredCommunicationItems: communication,
                minimumAnsweredRelationshipItems: relationship)
        }
    }
}
