import BrobyggerCore
import BrobyggerRelationalCoordination
import Foundation
import Testing

@Suite struct ConfigurationTests {
    @Test(arguments: [
        (1.0, RelationalCoordinationBand.weak), (3.49, .weak), (3.5, .moderate), (3.75, .moderate), (4.0, .moderate),
        (4.01, .strong), (5.0, .strong),
    ])
    func practiceBandsCloseTheModerateBandAtBothEnds(score: Double, band: RelationalCoordinationBand) {
        #expect(RelationalCoordinationBands.practiceDefault.band(for: score) == band)
    }

    @Test func bandsAreConfigurable() throws {
        let bands = try RelationalCoordinationBands(weakBelow: 3.0, strongAbove: 4.5)
        #expect(bands.band(for: 3.2) == .moderate)
        #expect(bands.band(for: 4.6) == .strong)
        #expect(throws: ValidationError.self) { try RelationalCoordinationBands(weakBelow: 4.5, strongAbove: 3.0) }
        #expect(throws: ValidationError.self) { try RelationalCoordinationBands(weakBelow: 0.5, strongAbove: 3.0) }
    }

    @Test func theDefaultsAreTheDocumentedOnes() {
        let standard = RelationalCoordinationConfiguration.standard
        #expect(standard.minimumCellSize == 5)
        #expect(standard.missingAnswerPolicy.minimumAnsweredItems == 4)
        #expect(standard.bands.weakBelow == 3.5)
        #expect(standard.bands.strongAbove == 4.0)
        #expect(standard.networkIncludesWithinGroupTies == false)
    }

    @Test(arguments: [(0, 2, 2), (8, 2, 2), (4, 0, 2), (4, 5, 2), (4, 2, 0), (4, 2, 4)])
    func missingAnswerPolicyThresholdsAreBounded(all: Int, communication: Int, relationship: Int) {
        #expect(throws: ValidationError.self) {
            try RelationalCoordinationMissingAnswerPolicy(
                minimumAnsweredItems: all, minimumAnsweredCommunicationItems: communication,
                minimumAnsweredRelationshipItems: relationship)
        }
    }

    @Test func decodingAConfigurationWithKBelowThreeFails() throws {
        var json = String(
            decoding: try JSONEncoder().encode(RelationalCoordinationConfiguration.standard), as: UTF8.self)
        json = json.replacingOccurrences(of: "\"minimumCellSize\":5", with: "\"minimumCellSize\":2")
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(RelationalCoordinationConfiguration.self, from: Data(json.utf8))
        }
    }
}
