import BrobyggerCore
import BrobyggerRelationalCoordination
import BrobyggerTesting
import Foundation
import Testing

@Suite struct InstrumentTests {
    @Test func theSevenDimensionsHaveStableIdentifiersAndFamilies() {
        #expect(
            RelationalCoordinationDimension.allCases.map(\.rawValue) == [
                "frequent-communication", "timely-communication", "accurate-communication",
                "problem-solving-communication", "shared-goals", "shared-knowledge", "mutual-respect",
            ])
        #expect(RelationalCoordinationDimension.allCases.filter { $0.family == .communication }.count == 4)
        #expect(RelationalCoordinationDimension.mutualRespect.itemNumber == 7)
    }

    @Test(arguments: [(1, 1), (2, 3), (3, 5), (4, 4), (5, 2)])
    func theStandardFrequencyItemScoresTheRightAmountHighest(position: Int, score: Int) {
        #expect(
            RelationalCoordinationInstrument.standard.score(ofPosition: position, for: .frequentCommunication) == score)
    }

    @Test(arguments: RelationalCoordinationDimension.allCases.filter { $0 != .frequentCommunication })
    func theOtherStandardItemsScoreInDisplayOrder(dimension: RelationalCoordinationDimension) {
        let scores = (1...5).map { RelationalCoordinationInstrument.standard.score(ofPosition: $0, for: dimension) }
        #expect(scores == [1, 2, 3, 4, 5])
    }

    @Test func anOptionScoreOutsideOneToFiveIsRejected() {
        #expect(throws: ValidationError.self) { try RelationalCoordinationAnswerOption(id: "x", score: 6) }
        #expect(throws: ValidationError.self) { try RelationalCoordinationAnswerOption(id: "x", score: 0) }
        #expect(throws: ValidationError.self) { try RelationalCoordinationAnswerOption(id: "has space", score: 3) }
    }

    @Test func anInstrumentNeedsEachDimensionExactlyOnce() throws {
        let items = RelationalCoordinationInstrument.standard.items
        #expect(throws: ValidationError.self) {
            try RelationalCoordinationInstrument(id: "x", version: "1", items: Array(items.dropLast()))
        }
        #expect(throws: ValidationError.self) {
            try RelationalCoordinationInstrument(id: "x", version: "1", items: items + [items[0]])
        }
        // Order does not matter: items are kept in dimension order.
        let shuffled = try RelationalCoordinationInstrument(id: "x", version: "2", items: items.reversed())
        #expect(shuffled.items.map(\.dimension) == RelationalCoordinationDimension.allCases)
    }

    @Test func aPaperModeScoreMapIsAVersionedInstrument() throws {
        // The paper mode of one validation study remapped the frequency item 1→1, 2→3, 3→5, 4→4, 5→2.
        let paper = try RelationalCoordinationItem(
            dimension: .frequentCommunication,
            options: [("o1", 1), ("o2", 3), ("o3", 5), ("o4", 4), ("o5", 2)].map {
                try RelationalCoordinationAnswerOption(id: $0.0, score: $0.1)
            })
        let items = [paper] + RelationalCoordinationInstrument.standard.items.dropFirst()
        let instrument = try RelationalCoordinationInstrument(id: "paper", version: "teleform-1", items: items)
        #expect(instrument.score(ofPosition: 2, for: .frequentCommunication) == 3)
        #expect(instrument.score(ofPosition: 6, for: .frequentCommunication) == nil)
    }

    @Test func answersPackSevenPositionsAndRoundTripThroughJSON() throws {
        let answers = try RelationalCoordinationAnswers(positions: [3, nil, 5, 1, 15, nil, 2])
        #expect(answers[.frequentCommunication] == 3)
        #expect(answers[.timelyCommunication] == nil)
        #expect(answers[.sharedGoals] == 15)
        #expect(answers.answeredCount == 5)
        let json = try JSONEncoder().encode(answers)
        #expect(String(decoding: json, as: UTF8.self) == "[3,null,5,1,15,null,2]")
        #expect(try JSONDecoder().decode(RelationalCoordinationAnswers.self, from: json) == answers)
    }

    @Test(arguments: ["[3,null,5,1,16,null,2]", "[3,null,5,1,0,null,2]", "[1,2,3]"])
    func decodingRejectsAnswersTheInitialiserRejects(json: String) {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(RelationalCoordinationAnswers.self, from: Data(json.utf8))
        }
    }

    @Test func answersCanBeGivenAsOptionIdentifiers() throws {
        let answers = try RelationalCoordinationAnswers(
            options: [.frequentCommunication: "just-right", .mutualRespect: "a-lot"], instrument: .standard)
        #expect(answers[.frequentCommunication] == 3)
        #expect(answers[.mutualRespect] == 4)
        #expect(throws: ValidationError.self) {
            try RelationalCoordinationAnswers(options: [.sharedGoals: "just-right"], instrument: .standard)
        }
    }

    @Test func theInstrumentAndASurveyRoundTripThroughJSON() throws {
        let synthetic = RelationalCoordinationSurveyGenerator(respondents: 10, workgroups: 3, rounds: 2).generate()
        let data = try JSONEncoder().encode(synthetic.survey)
        #expect(try JSONDecoder().decode(RelationalCoordinationSurvey.self, from: data) == synthetic.survey)
        let responses = try JSONEncoder().encode(synthetic.responses)
        #expect(try JSONDecoder().decode([RelationalCoordinationResponse].self, from: responses) == synthetic.responses)
    }

    @Test func decodingAnInstrumentWithAnOutOfRangeScoreFails() throws {
        var json = String(decoding: try JSONEncoder().encode(RelationalCoordinationInstrument.standard), as: UTF8.self)
        json = json.replacingOccurrences(of: "\"score\":5", with: "\"score\":9")
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(RelationalCoordinationInstrument.self, from: Data(json.utf8))
        }
    }

    @Test func wordingIsSuppliedByTheCallerAndCheckedAgainstTheInstrument() throws {
        let wording = try RelationalCoordinationWording(
            languageTag: "da",
            items: [
                .init(
                    dimension: .sharedGoals, label: "Fælles mål", stem: "(licenseret tekst)",
                    optionLabels: ["not-at-all": "Slet ikke", "bogus": "?"])
            ])
        #expect(wording.label(for: .sharedGoals) == "Fælles mål")
        #expect(wording.label(for: .mutualRespect) == "Mutual respect")
        let report = wording.validate(against: .standard)
        #expect(report.findings(withCode: "rc.wording.missing-item").count == 6)
        #expect(report.findings(withCode: "rc.wording.missing-option").count == 4)
        #expect(report.findings(withCode: "rc.wording.unknown-option").count == 1)
    }

    @Test(arguments: ["0101851234", "010185-1234"])
    func aRespondentPseudonymMustNotBeACPRNumber(value: String) {
        #expect(throws: ValidationError.self) { try RelationalCoordinationRespondent(pseudonym: value) }
    }
}
