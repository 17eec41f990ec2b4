import BrobyggerCore
import BrobyggerRelationalCoordination
import Foundation

extension RelationalCoordinationInstrument {
    /// The canonical URL of the instrument's Questionnaire: `http://brobygger.dk/fhir/Questionnaire/<id>`; a
    /// response names it with the version, `…|<version>`.
    public var questionnaireURL: String { "\(BrobyggerFHIRTerminology.baseURL)/Questionnaire/\(id)" }

    /// The link id of the repeating group that holds the ratings of one workgroup.
    static let ratingLinkID = "rating"
    /// The link id of the item naming the rated workgroup.
    static let ratedLinkID = "rated"
}

extension FHIR.Questionnaire {
    /// The Questionnaire for a relational-coordination instrument, with its score map.
    ///
    /// - `url` `RelationalCoordinationInstrument.questionnaireURL`, `version`, `identifier` the instrument's id
    ///   (system `http://brobygger.dk/fhir/NamingSystem/rc-instrument`), `status` `active`, and `id` the
    ///   instrument's id when it is a valid FHIR id.
    /// - One repeating group `rating` per rated workgroup, holding the item `rated` (the workgroup's UUID, a
    ///   string) and one `choice` item per dimension, `linkId` the dimension's token (`frequent-communication` …),
    ///   `code` the dimension in `…/CodeSystem/rc-dimension`, `text` its English name. Each answer option is a
    ///   coding in `…/CodeSystem/rc-answer-option` with the option's id as code and its score as the `itemWeight`
    ///   extension, in display order.
    ///
    /// The licensed item wording (`RelationalCoordinationWording`) is not part of the instrument and is not
    /// written. Nothing of the instrument is lost: `RelationalCoordinationInstrument(_:)` gives it back.
    public init(_ instrument: RelationalCoordinationInstrument) {
        let items = instrument.items.map { item in
            FHIR.Questionnaire.Item(
                linkId: item.dimension.rawValue, code: [MappingSupport.coding("rc-dimension", item.dimension.rawValue)],
                text: item.dimension.name, type: .choice,
                answerOption: item.options.map { option in
                    var answer = FHIR.Questionnaire.Item.AnswerOption(
                        value: .coding(MappingSupport.coding("rc-answer-option", option.id)))
                    answer.itemWeight = Decimal(option.score)
                    return answer
                })
        }
        self.init(
            id: FHIR.ID(rawValue: instrument.id), url: instrument.questionnaireURL,
            identifier: [
                FHIR.Identifier(system: BrobyggerFHIRTerminology.namingSystem("rc-instrument"), value: instrument.id)
            ],
            version: instrument.version, status: .active,
            item: [
                FHIR.Questionnaire.Item(
                    linkId: RelationalCoordinationInstrument.ratingLinkID, text: "Rating of one workgroup",
                    type: .group,
                    repeats: true,
                    item: [
                        FHIR.Questionnaire.Item(
                            linkId: RelationalCoordinationInstrument.ratedLinkID, text: "The rated workgroup",
                            type: .string, required: true)
                    ] + items)
            ])
    }
}

extension RelationalCoordinationInstrument {
    /// The instrument a Questionnaire describes, the inverse of `FHIR.Questionnaire.init(_:)`.
    ///
    /// Lost on the way in: texts, other items, enableWhen logic, and options without a Brobygger coding.
    ///
    /// - Throws: ``FHIRError`` naming the element: `identifier` without the instrument's id, `version`, `item`
    ///   without the `rating` group, an option without an integer `itemWeight`, or a domain rule (scores 1–5,
    ///   2–15 options, every dimension once).
    public init(_ questionnaire: FHIR.Questionnaire) throws(FHIRError) {
        let system = BrobyggerFHIRTerminology.namingSystem("rc-instrument")
        guard let id = questionnaire.identifier.first(where: { $0.system == system })?.value else {
            throw .missingElement(path: "identifier")
        }
        guard let version = questionnaire.version else { throw .missingElement(path: "version") }
        guard let groupIndex = questionnaire.item.firstIndex(where: { $0.linkId == Self.ratingLinkID }) else {
            throw .missingElement(path: "item")
        }
        let groupPath = FieldPath("item").appending(index: groupIndex)
        var items: [RelationalCoordinationItem] = []
        for (index, item) in questionnaire.item[groupIndex].item.enumerated() {
            guard let dimension = RelationalCoordinationDimension(rawValue: item.linkId) else { continue }
            let path = groupPath.appending("item").appending(index: index)
            var options: [RelationalCoordinationAnswerOption] = []
            for (offset, option) in item.answerOption.enumerated() {
                let optionPath = path.appending("answerOption").appending(index: offset)
                guard case .coding(let coding) = option.value, let code = coding.code else {
                    throw .missingElement(path: optionPath.appending("valueCoding.code"))
                }
                guard let weight = option.itemWeight, let score = Int(exactly: NSDecimalNumber(decimal: weight)) else {
                    throw .invalidValue(
                        path: optionPath.appending("extension"), code: "brobygger.rc-item-weight",
                        rule: "every answer option carries its integer score as itemWeight", offendingValue: nil)
                }
                options.append(
                    try MappingSupport.validating(at: optionPath) { () throws(ValidationError) in
                        try RelationalCoordinationAnswerOption(id: code, score: score)
                    })
            }
            items.append(
                try MappingSupport.validating(at: path) { () throws(ValidationError) in
                    try RelationalCoordinationItem(dimension: dimension, options: options)
                })
        }
        self = try MappingSupport.validating(at: groupPath.appending("item")) { () throws(ValidationError) in
            try RelationalCoordinationInstrument(id: id, version: version, items: items)
        }
    }
}
