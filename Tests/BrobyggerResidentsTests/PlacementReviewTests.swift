import BrobyggerCore
import BrobyggerResidents
import BrobyggerTesting
import Testing

@Suite struct PlacementReviewTests {
    let psychiatricOnly = try! FacilityBuilder("psyk").approvedFor([.psychiatric]).build()
    let dualApproved = try! FacilityBuilder("dual").approvedFor([.psychiatric, .substanceUse]).build()
    let dual = try! ResidentBuilder("dual").diagnosis("DF200", on: "2015-01-01")
        .diagnosis("DF122", rank: .secondary, on: "2018-01-01").build()

    func placement(_ facility: ResidentialFacility, _ start: String, _ end: String?, extended: Bool = false)
        -> Placement
    {
        Placement(
            id: .random(), resident: dual.id, facility: facility.id, legalBasis: facility.legalBasis,
            period: ResidentsFixtureTime.range(start, end), exceptionalUnapprovedExtension: extended)
    }

    @Test func dualDiagnosisOnAFacilityApprovedForOneGroupIsAWarning() {
        let review = PlacementReview().review(
            [placement(psychiatricOnly, "2026-01-01", "2026-01-10")], residents: [dual],
            facilities: [psychiatricOnly], asOf: ResidentsFixtureTime.date("2026-02-01"))
        let finding = review.findings(withCode: "placement.unapproved-target-group").first
        #expect(finding?.severity == .warning)
        #expect(finding?.path == "placements[0].facility")
        #expect(finding?.message.contains("misbrug") == true)
        #expect(review.findings(withCode: "placement.unapproved-offer-too-long").isEmpty)
        let fine = PlacementReview().review(
            [placement(dualApproved, "2026-01-01", nil)], residents: [dual], facilities: [dualApproved],
            asOf: ResidentsFixtureTime.date("2026-06-01"))
        #expect(fine.isClean)
    }

    @Test(arguments: [
        ("2026-01-21", false, false), ("2026-01-22", false, true), ("2026-02-11", true, false),
        ("2026-02-12", true, true),
    ])
    func unapprovedOffersAreLimitedToThreeWeeksPlusThree(_ end: String, _ extended: Bool, _ tooLong: Bool) {
        let review = PlacementReview().review(
            [placement(psychiatricOnly, "2026-01-01", end, extended: extended)], residents: [dual],
            facilities: [psychiatricOnly], asOf: ResidentsFixtureTime.date("2026-12-31"))
        let finding = review.findings(withCode: "placement.unapproved-offer-too-long").first
        #expect((finding != nil) == tooLong)
        if let finding { #expect(finding.source.description.contains("serviceloven §4 stk. 4")) }
    }

    @Test func overlappingPlacementsAreErrors() {
        let review = PlacementReview().review(
            [placement(dualApproved, "2025-01-01", nil), placement(dualApproved, "2026-01-01", "2026-02-01")],
            residents: [dual], facilities: [dualApproved], asOf: ResidentsFixtureTime.date("2026-06-01"))
        #expect(review.findings(withCode: "placement.overlapping").map(\.path) == ["placements[1].period"])
        let consecutive = PlacementReview().review(
            [placement(dualApproved, "2025-01-01", "2025-12-31"), placement(dualApproved, "2026-01-01", nil)],
            residents: [dual], facilities: [dualApproved], asOf: ResidentsFixtureTime.date("2026-06-01"))
        #expect(consecutive.isClean)
    }

    @Test func regionalRulesDecideTheTeamsTargetGroup() throws {
        let depressed = try ResidentBuilder("dep").diagnosis("DF332", on: "2020-01-01").build()
        let psychotic = try ResidentBuilder("psy").diagnosis("DF200", on: "2020-01-01").build()
        let day = ResidentsFixtureTime.date("2026-01-01")
        #expect(TargetGroupRules.hovedstaden.isInTeamTargetGroup(depressed, livingOn: psychiatricOnly, on: day))
        #expect(!TargetGroupRules.nordjylland.isInTeamTargetGroup(depressed, livingOn: psychiatricOnly, on: day))
        #expect(TargetGroupRules.nordjylland.isInTeamTargetGroup(psychotic, livingOn: psychiatricOnly, on: day))
        #expect(TargetGroupRules.midtjylland.isInTeamTargetGroup(depressed, livingOn: psychiatricOnly, on: day))
        #expect(TargetGroupRules.hovedstaden.targetGroups(of: dual, on: day) == [.psychiatric, .substanceUse])
    }
}

@Suite struct PlacementReviewDiagnosisTimingTests {
    @Test func aDiagnosisGivenDuringThePlacementCounts() throws {
        let facility = try FacilityBuilder("later").approvedFor([.psychiatric]).build()
        let resident = try ResidentBuilder("later").diagnosis("DF200", on: "2015-01-01")
            .diagnosis("DF122", rank: .secondary, on: "2026-05-01").build()
        let placement = Placement(
            id: .random(), resident: resident.id, facility: facility.id, legalBasis: facility.legalBasis,
            period: ResidentsFixtureTime.range("2020-01-01", nil))
        let before = PlacementReview().review(
            [placement], residents: [resident], facilities: [facility], asOf: ResidentsFixtureTime.date("2026-04-30"))
        #expect(before.isClean)
        let after = PlacementReview().review(
            [placement], residents: [resident], facilities: [facility], asOf: ResidentsFixtureTime.date("2026-05-01"))
        #expect(after.findings(withCode: "placement.unapproved-target-group").count == 1)
        #expect(after.findings(withCode: "placement.unapproved-offer-too-long").isEmpty)
        let weeksLater = PlacementReview().review(
            [placement], residents: [resident], facilities: [facility], asOf: ResidentsFixtureTime.date("2026-05-22"))
        #expect(weeksLater.findings(withCode: "placement.unapproved-offer-too-long").count == 1)
    }
}
