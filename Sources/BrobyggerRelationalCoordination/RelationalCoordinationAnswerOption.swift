import BrobyggerCore

/// One answer option of a relational-coordination item, with the score it carries.
///
/// The option is identified by a stable ``id`` and scored through ``score``, never by its display position: the
/// frequency item is scored on "the right amount", so the option shown in the middle scores highest, and a paper
/// mode of one validation study remapped positions (1→1, 2→3, 3→5, 4→4, 5→2). The score map travels with the
/// versioned ``RelationalCoordinationInstrument``, like FHIR's `itemWeight` extension on `answerOption`.
public struct RelationalCoordinationAnswerOption: Sendable, Hashable, Codable {
    /// A stable identifier of the option within its item (for example `"just-right"`); not display wording.
    public let id: String
    /// The score the option carries, 1 (weakest coordination) to 5 (strongest).
    public let score: Int

    /// The range every option score must lie in: the relational-coordination items use a 5-point scale.
    public static let scoreRange = 1...5

    /// Creates an option.
    /// - Throws: `ValidationError` when the identifier is empty or the score lies outside 1–5.
    public init(id: String, score: Int) throws(ValidationError) {
        guard !id.isEmpty, id.count <= 64, !id.contains(where: \.isWhitespace) else {
            throw ValidationError(
                field: "id", code: "rc.option.invalid-id",
                rule: "An answer option identifier is 1–64 characters without whitespace", offendingValue: id)
        }
        guard Self.scoreRange.contains(score) else {
            throw ValidationError(
                field: "score", code: "rc.option.score-out-of-range",
                rule: "An answer option scores 1–5", offendingValue: String(score))
        }
        self.id = id
        self.score = score
    }

    private enum CodingKeys: String, CodingKey {
        case id
        case score
    }

    /// Decodes an option through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let id = try container.decode(String.self, forKey: .id)
        let score = try container.decode(Int.self, forKey: .score)
        self = try decoder.validating { () throws(ValidationError) in try Self(id: id, score: score) }
    }
}
