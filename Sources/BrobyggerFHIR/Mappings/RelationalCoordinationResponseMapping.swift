import BrobyggerCore
import BrobyggerRelationalCoordination
import Foundation

extension FHIR.QuestionnaireResponse {
    /// The QuestionnaireResponse for one respondent's relational-coordination answers, in the instrument's
    /// Questionnaire (`FHIR.Questionnaire.init(_:)`).
    ///
    /// - `questionnaire`: the instrument's URL and version (`…/Questionnaire/<id>|<version>`); `status`
    ///   `completed`.
    /// - `source`: the respondent's pseudonym as an identifier (system
    ///   `http://brobygger.dk/fhir/NamingSystem/rc-respondent`): the answers are pseudonymous, so no person is named.
    /// - Brobygger extensions `rc-workgroup` and `rc-round`: the respondent's own workgroup and the survey round, as
    ///   identifiers (systems `…/NamingSystem/rc-workgroup`, `…/rc-round`, value the UUID).
    /// - One `rating` group per rating: `rated` answered with the workgroup's UUID, and one item per answered
    ///   dimension, answered with the chosen option's coding and its score as `itemWeight`; a position the
    ///   instrument does not have (scored as a finding, `rc.response.unknown-option`) is written as `valueInteger`.
    ///   An unanswered dimension has no item.
    ///
    /// Nothing is lost: `RelationalCoordinationResponse(_:instrument:)` gives the same response back.
    public init(_ response: RelationalCoordinationResponse, instrument: RelationalCoordinationInstrument) {
        let ratings = response.ratings.map { rating in
            var items = [
                FHIR.QuestionnaireResponse.Item(
                    linkId: RelationalCoordinationInstrument.ratedLinkID,
                    answer: [FHIR.QuestionnaireResponse.Item.Answer(value: .string(rating.rated.uuidString))])
            ]
            for dimension in RelationalCoordinationDimension.allCases {
                guard let position = rating.answers[dimension] else { continue }
                let value: FHIR.QuestionnaireResponse.Item.Answer.Value
                let options = instrument[dimension].options
                if position <= options.count {
                    var coding = MappingSupport.coding("rc-answer-option", options[position - 1].id)
                    coding.itemWeight = Decimal(options[position - 1].score)
                    value = .coding(coding)
                } else {
                    value = .integer(position)
                }
                items.append(
                    FHIR.QuestionnaireResponse.Item(
                        linkId: dimension.rawValue, answer: [FHIR.QuestionnaireResponse.Item.Answer(value: value)]))
            }
            return FHIR.QuestionnaireResponse.Item(linkId: RelationalCoordinationInstrument.ratingLinkID, item: items)
        }
        self.init(
            questionnaire: "\(instrument.questionnaireURL)|\(instrument.version)", status: .completed,
            source: FHIR.Reference(
                identifier: FHIR.Identifier(
                    system: BrobyggerFHIRTerminology.namingSystem("rc-respondent"), value: response.respondent.pseudonym
                )),
            item: ratings,
            extension: [
                MappingSupport.extension(
                    "rc-workgroup",
                    .identifier(
                        FHIR.Identifier(
                            system: BrobyggerFHIRTerminology.namingSystem("rc-workgroup"),
                            value: response.workgroup.uuidString))),
                MappingSupport.extension(
                    "rc-round",
                    .identifier(
                        FHIR.Identifier(
                            system: BrobyggerFHIRTerminology.namingSystem("rc-round"), value: response.round.uuidString)
                    )),
            ])
    }
}

extension RelationalCoordinationResponse {
    /// The response a QuestionnaireResponse holds, read through the instrument it answers; the inverse of
    /// `FHIR.QuestionnaireResponse.init(_:instrument:)`.
    ///
    /// Lost on the way in: author, dates, subject and items outside the `rating` groups.
    ///
    /// - Throws: ``FHIRError`` naming the element: `questionnaire` when it names another instrument or version,
    ///   `source.identifier.value` without a pseudonym, `extension` without the workgroup or round, a rating
    ///   without `rated`, or an answer that names no option of the instrument.
    public init(_ response: FHIR.QuestionnaireResponse, instrument: RelationalCoordinationInstrument) throws(FHIRError)
    {
        let canonical = "\(instrument.questionnaireURL)|\(instrument.version)"
        guard response.questionnaire == canonical else {
            throw .invalidValue(
                path: "questionnaire", code: "brobygger.rc-instrument-mismatch",
                rule: "the response answers the instrument it is read with (\(canonical))",
                offendingValue: response.questionnaire)
        }
        guard let pseudonym = response.source?.identifier?.value else {
            throw .missingElement(path: "source.identifier.value")
        }
        let respondent = try MappingSupport.validating(at: "source.identifier.value") { () throws(ValidationError) in
            try RelationalCoordinationRespondent(pseudonym: pseudonym)
        }
        func identifier<Owner>(_ name: String) throws(FHIRError) -> Identifier<Owner> {
            guard let (item, path) = MappingSupport.extensions(name, in: response.extension, at: .root).first,
                case .identifier(let identifier)? = item.value, let text = identifier.value
            else { throw .missingElement(path: FieldPath("extension").appending(name)) }
            return try MappingSupport.validating(at: path.appending("valueIdentifier.value")) {
                () throws(ValidationError) in try Identifier(uuidString: text)
            }
        }
        let workgroup: RelationalCoordinationWorkgroup.ID = try identifier("rc-workgroup")
        let round: RelationalCoordinationRound.ID = try identifier("rc-round")
        var ratings: [RelationalCoordinationRating] = []
        for (index, group) in response.item.enumerated()
        where group.linkId == RelationalCoordinationInstrument.ratingLinkID {
            let path = FieldPath("item").appending(index: index)
            var rated: RelationalCoordinationWorkgroup.ID?
            var positions = [Int?](repeating: nil, count: RelationalCoordinationDimension.allCases.count)
            for (offset, item) in group.item.enumerated() {
                let itemPath = path.appending("item").appending(index: offset)
                let valuePath = itemPath.appending("answer[0]")
                if item.linkId == RelationalCoordinationInstrument.ratedLinkID {
                    guard case .string(let text)? = item.answer.first?.value else {
                        throw .missingElement(path: valuePath.appending("valueString"))
                    }
                    rated = try MappingSupport.validating(at: valuePath.appending("valueString")) {
                        () throws(ValidationError) in try Identifier(uuidString: text)
                    }
                    continue
                }
                guard let dimension = RelationalCoordinationDimension(rawValue: item.linkId) else { continue }
                switch item.answer.first?.value {
                case .coding(let coding)?:
                    guard let code = coding.code, let position = instrument[dimension].position(ofOption: code) else {
                        throw .invalidValue(
                            path: valuePath.appending("valueCoding.code"), code: "rc.answers.unknown-option",
                            rule: "an answer names an option of the instrument's item", offendingValue: coding.code)
                    }
                    positions[dimension.position] = position
                case .integer(let position)?:
                    positions[dimension.position] = position
                default:
                    throw .missingElement(path: valuePath.appending("valueCoding"))
                }
            }
            guard let rated else { throw .missingElement(path: path.appending("item")) }
            let answers = try MappingSupport.validating(at: path) { () throws(ValidationError) in
                try RelationalCoordinationAnswers(positions: positions)
            }
            ratings.append(RelationalCoordinationRating(rated: rated, answers: answers))
        }
        self.init(respondent: respondent, workgroup: workgroup, round: round, ratings: ratings)
    }
}
