import BrobyggerCore
import BrobyggerRelationalCoordination
import BrobyggerTesting
import Foundation
import Testing

@Suite struct RelationalCapacityTests {
    let ids = SequentialIdentifierSource(seed: 4)
    let contact: RelationalCapacityActor
    let nurse: RelationalCapacityActor
    let caseWorker: RelationalCapacityActor
    let network: RelationalCapacityNetwork

    init() throws {
        contact = try RelationalCapacityActor(id: .init(using: ids), name: "Contact person", role: "Facility")
        nurse = try RelationalCapacityActor(id: .init(using: ids), name: "Team nurse", role: "Outreach team")
        caseWorker = try RelationalCapacityActor(id: .init(using: ids), name: "Case worker", role: "Municipality")
        network = try RelationalCapacityNetwork(
            id: .init(using: ids), caseReference: "case-17", actors: [contact, nurse, caseWorker])
    }

    func date(_ text: String) -> CalendarDate { try! CalendarDate(iso8601: text) }

    @Test func aPairIsUnordered() throws {
        #expect(try RelationalCapacityPair(contact.id, nurse.id) == RelationalCapacityPair(nurse.id, contact.id))
        #expect(throws: ValidationError.self) { try RelationalCapacityPair(nurse.id, nurse.id) }
        #expect(network.pairs.count == 3)
    }

    @Test func pairAndDimensionMeansFollowTheRelationOverTime() throws {
        let pair = try RelationalCapacityPair(contact.id, nurse.id)
        let other = try RelationalCapacityPair(nurse.id, caseWorker.id)
        let assessments = [
            RelationalCapacityAssessment(
                respondent: contact.id, date: date("2026-01-12"),
                ratings: [
                    RelationalCapacityRating(pair: pair, scores: [.knowledgeSharing: 2, .mutualRespect: 4]),
                    RelationalCapacityRating(pair: other, scores: [.knowledgeSharing: 3]),
                ]),
            RelationalCapacityAssessment(
                respondent: nurse.id, date: date("2026-01-12"),
                ratings: [RelationalCapacityRating(pair: pair, scores: [.knowledgeSharing: 3, .mutualRespect: 5])]),
            RelationalCapacityAssessment(
                respondent: nurse.id, date: date("2026-04-13"),
                ratings: [RelationalCapacityRating(pair: pair, scores: [.knowledgeSharing: 4, .mutualRespect: 5])]),
        ]
        let analysis = RelationalCapacityAnalysis(network: network, assessments: assessments)
        #expect(analysis.dataQuality.isClean)
        #expect(analysis.occasions.map(\.date) == [date("2026-01-12"), date("2026-04-13")])
        let first = try #require(analysis.occasions[0].result(for: pair))
        #expect(first[.knowledgeSharing]?.mean == 2.5)
        #expect(first[.knowledgeSharing]?.n == 2)
        #expect(first[.mutualRespect]?.mean == 4.5)
        #expect(first.overall?.mean == 3.5)
        #expect(first[.contributionToProblemSolving] == nil)
        // Network knowledge sharing on the first occasion: 2, 3, 3 → 8/3.
        #expect(close(analysis.occasions[0].dimensions[1]?.mean, 8.0 / 3.0))
        let series = analysis.series(for: pair, dimension: .knowledgeSharing)
        #expect(series.map { $0.value?.mean } == [2.5, 4])
        #expect(analysis.series(for: other).map { $0.value?.mean } == [3, nil])
    }

    @Test func scoresOutsideTheScaleAndStrangersAreReportedAndLeftOut() throws {
        let pair = try RelationalCapacityPair(contact.id, nurse.id)
        let stranger = RelationalCapacityActor.ID(rawValue: UUID())
        let assessments = [
            RelationalCapacityAssessment(
                respondent: contact.id, date: date("2026-01-12"),
                ratings: [
                    RelationalCapacityRating(pair: pair, scores: [.mutualRespect: 7, .knowledgeSharing: 3]),
                    RelationalCapacityRating(
                        pair: try RelationalCapacityPair(contact.id, stranger), scores: [.mutualRespect: 3]),
                ]),
            RelationalCapacityAssessment(respondent: stranger, date: date("2026-01-12"), ratings: []),
            RelationalCapacityAssessment(respondent: contact.id, date: date("2026-01-12"), ratings: []),
        ]
        let analysis = RelationalCapacityAnalysis(network: network, assessments: assessments)
        #expect(analysis.dataQuality.findings(withCode: "rcap.rating.score-out-of-range").count == 1)
        #expect(analysis.dataQuality.findings(withCode: "rcap.rating.unknown-actor").count == 1)
        #expect(analysis.dataQuality.findings(withCode: "rcap.assessment.unknown-respondent").count == 1)
        #expect(analysis.dataQuality.findings(withCode: "rcap.assessment.duplicate").count == 1)
        #expect(analysis.occasions[0].result(for: pair)?[.mutualRespect] == nil)
        #expect(analysis.occasions[0].result(for: pair)?[.knowledgeSharing]?.mean == 3)
    }

    @Test(arguments: ["0101851234", "", " "])
    func aNetworkCaseReferenceIsPseudonymous(reference: String) {
        #expect(throws: ValidationError.self) {
            try RelationalCapacityNetwork(id: .init(using: ids), caseReference: reference, actors: [contact, nurse])
        }
    }

    @Test func aNetworkRoundTripsThroughJSONAndDecodingChecksIt() throws {
        let data = try JSONEncoder().encode(network)
        #expect(try JSONDecoder().decode(RelationalCapacityNetwork.self, from: data) == network)
        let broken = String(decoding: data, as: UTF8.self).replacingOccurrences(
            of: "\"scaleMaximum\":5", with: "\"scaleMaximum\":1")
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(RelationalCapacityNetwork.self, from: Data(broken.utf8))
        }
    }
}
