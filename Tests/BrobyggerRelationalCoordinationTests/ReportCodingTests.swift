import BrobyggerCore
import BrobyggerRelationalCoordination
import BrobyggerTesting
import Foundation
import Testing

@Suite struct ReportCodingTests {
    @Test(arguments: Array(UInt64(1)...UInt64(40)))
    func reportsAndTheirResponsesSurviveAJSONRoundTrip(seed: UInt64) throws {
        let (scorer, responses, round) = randomSurvey(seed: seed)
        let report = try scorer.score(responses, round: round)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(report)
        let decoded = try JSONDecoder().decode(RelationalCoordinationReport.self, from: data)
        #expect(decoded == report)
        #expect(try encoder.encode(decoded) == data)
        #expect(
            try JSONDecoder().decode([RelationalCoordinationResponse].self, from: encoder.encode(responses))
                == responses)
    }

    @Test func aPublishedCellWithoutScoresDoesNotDecode() throws {
        let json = #"{"status":"published","respondentCount":7}"#
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(RelationalCoordinationCell.self, from: Data(json.utf8))
        }
        let withheld = #"{"status":"suppressed-complementary"}"#
        let cell = try JSONDecoder().decode(RelationalCoordinationCell.self, from: Data(withheld.utf8))
        #expect(cell.status == .suppressedComplementary && cell.scores == nil)
    }

    @Test func aStatisticOutsideTheScaleDoesNotDecode() {
        let json = #"{"n":4,"mean":5.5,"standardDeviation":0.5,"band":"strong"}"#
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(RelationalCoordinationStatistic.self, from: Data(json.utf8))
        }
    }
}
