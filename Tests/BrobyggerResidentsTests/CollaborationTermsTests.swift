import BrobyggerCore
import BrobyggerResidents
import BrobyggerTesting
import Foundation
import Testing

@Suite struct CollaborationTermsTests {
    let facility = SyntheticRegionRandom.identifier(forKey: "terms-facility", Organisation.self)
    let team = SyntheticRegionRandom.identifier(forKey: "terms-team", Organisation.self)
    let day = ResidentsFixtureTime.date("2026-03-11")

    @Test func termsAreLookedUpPerFacilityAndTeamWithARegionalDefault() throws {
        let own = [try IntensifiedEffortCriterion(id: "selvskade", title: "Selvskade", acuity: .acute)]
        let regional = [try IntensifiedEffortCriterion(id: "medicinsvigt", title: "Medicinsvigt", acuity: .subacute)]
        var terms = StaticCollaborationTerms(
            terms: [
                .init(
                    facility: facility, team: team, criteria: own,
                    schedule: try OverviewMeetingSchedule(weekday: .wednesday))
            ],
            defaultCriteria: regional)
        #expect(terms.intensifiedEffortCriteria(facility: facility, team: team, on: day) == own)
        #expect(terms.intensifiedEffortCriteria(facility: team, team: facility, on: day) == regional)
        #expect(terms.overviewMeetingSchedule(facility: facility, team: team, on: day)?.weekday == .wednesday)
        #expect(terms.overviewMeetingSchedule(facility: .random(), team: team, on: day) == nil)
        let decoded = try JSONDecoder().decode(StaticCollaborationTerms.self, from: JSONEncoder().encode(terms))
        #expect(decoded == terms)
        #expect(decoded.intensifiedEffortCriteria(facility: facility, team: team, on: day) == own)
        terms.terms = []
        #expect(terms.intensifiedEffortCriteria(facility: facility, team: team, on: day) == regional)
    }

    @Test func theProtocolIsUsableAsAnExistential() throws {
        let provider: any CollaborationTermsProvider = StaticCollaborationTerms(
            defaultCriteria: SyntheticRegionVocabulary.exampleCriteria)
        let criteria = provider.intensifiedEffortCriteria(facility: facility, team: team, on: day)
        #expect(Set(criteria.map(\.acuity)) == [.acute, .subacute])
        #expect(Set(criteria.map(\.id)).count == criteria.count)
    }

    @Test func scheduleDecodingRevalidates() {
        let json = Data(#"{"weekday":"monday","meetingsPerWeek":0}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(OverviewMeetingSchedule.self, from: json) }
    }
}
