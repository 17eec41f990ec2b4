import BrobyggerCore

/// One item of the relational-coordination instrument: the dimension it measures and its answer options in display
/// order, each with its score.
///
/// A respondent's answer is stored as the 1-based display position of the chosen option in this item (see
/// ``RelationalCoordinationAnswers``) and scored through ``score(ofPosition:)``. The wording is not here: it is
/// licensed and comes from the caller (``RelationalCoordinationWording``).
public struct RelationalCoordinationItem: Sendable, Hashable, Codable {
    /// The dimension the item measures.
    public let dimension: RelationalCoordinationDimension
    /// The answer options in the order they are shown to the respondent.
    public let options: [RelationalCoordinationAnswerOption]

    /// How many options an item may have: at least two, and at most fifteen so a chosen position fits four bits.
    public static let optionCountRange = 2...15

    /// Creates an item.
    /// - Throws: `ValidationError` when the option count is outside 2–15 or two options share an identifier.
    public init(dimension: RelationalCoordinationDimension, options: [RelationalCoordinationAnswerOption])
        throws(ValidationError)
    {
        guard Self.optionCountRange.contains(options.count) else {
            throw ValidationError(
                field: "options", code: "rc.item.option-count",
                rule: "An item has 2–15 answer options", offendingValue: String(options.count))
        }
        var seen = Set<String>()
        for (index, option) in options.enumerated() where !seen.insert(option.id).inserted {
            throw ValidationError(
                field: FieldPath("options").appending(index: index), code: "rc.item.duplicate-option",
                rule: "Answer option identifiers are unique within an item", offendingValue: option.id)
        }
        self.dimension = dimension
        self.options = options
    }

    /// The score of the option shown at `position` (1-based), or `nil` when no option is shown there.
    public func score(ofPosition position: Int) -> Int? {
        guard position >= 1, position <= options.count else { return nil }
        return options[position - 1].score
    }

    /// The 1-based display position of the option with identifier `optionID`, or `nil` when the item has none.
    public func position(ofOption optionID: String) -> Int? {
        options.firstIndex { $0.id == optionID }.map { $0 + 1 }
    }

    private enum CodingKeys: String, CodingKey {
        case dimension
        case options
    }

    /// Decodes an item through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let dimension = try container.decode(RelationalCoordinationDimension.self, forKey: .dimension)
        let options = try container.decode([RelationalCoordinationAnswerOption].self, forKey: .options)
        self = try decoder.validating { () throws(ValidationError) in try Self(dimension: dimension, options: options) }
    }
}
