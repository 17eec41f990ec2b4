import BrobyggerCore

/// One round of a relational-coordination survey with its responses: the unit stores keep (`StorableDocument`).
///
/// Responses are pseudonymous and hold no personal data, so the record is administrative data to the access
/// policy; the published figures come only from the scorer, which suppresses small cells.
public struct RelationalCoordinationRoundResponses: StorableDocument {
    /// Stores file survey rounds under this kind.
    public static let documentKind: DocumentKind = "rc-survey-round"

    /// The survey design.
    public let survey: RelationalCoordinationSurvey
    /// The round.
    public let round: RelationalCoordinationRound.ID
    /// The round's responses.
    public let responses: [RelationalCoordinationResponse]

    /// The round's identifier.
    public var id: RelationalCoordinationRound.ID { round }

    /// Creates a stored round.
    ///
    /// - Throws: `ValidationError` with code `rc.round.unknown` when the survey has no such round, or
    ///   `rc.round.other-round` when a response belongs to another round.
    public init(
        survey: RelationalCoordinationSurvey, round: RelationalCoordinationRound.ID,
        responses: [RelationalCoordinationResponse]
    ) throws(ValidationError) {
        guard survey.rounds.contains(where: { $0.id == round }) else {
            throw ValidationError(
                field: "round", code: "rc.round.unknown", rule: "the round must be one of the survey's rounds",
                offendingValue: round.description)
        }
        if let index = responses.firstIndex(where: { $0.round != round }) {
            throw ValidationError(
                field: FieldPath("responses").appending(index: index).appending("round"), code: "rc.round.other-round",
                rule: "every response belongs to the stored round", offendingValue: responses[index].round.description)
        }
        self.survey = survey
        self.round = round
        self.responses = responses
    }

    private enum CodingKeys: String, CodingKey {
        case survey, round, responses
    }

    /// Decodes through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let survey = try c.decode(RelationalCoordinationSurvey.self, forKey: .survey)
        let round = try c.decode(RelationalCoordinationRound.ID.self, forKey: .round)
        let responses = try c.decode([RelationalCoordinationResponse].self, forKey: .responses)
        self = try decoder.validating {
            try RelationalCoordinationRoundResponses(survey: survey, round: round, responses: responses)
        }
    }

    /// Listed by survey.
    public var indexKeys: [IndexKey] { [IndexKey("survey", survey.id)] }

    /// The round's opening to closing dates.
    public var indexPeriod: DayRange? {
        guard let details = survey.rounds.first(where: { $0.id == round }) else { return nil }
        return try? DayRange(start: details.opens, end: details.closes)
    }
}
