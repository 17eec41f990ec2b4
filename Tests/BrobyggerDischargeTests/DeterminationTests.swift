import BrobyggerCore
import BrobyggerDischarge
import BrobyggerResidents
import BrobyggerTesting
import Testing

@Suite struct DeterminationTests {
    @Test(arguments: [FacilityLegalBasis.temporaryStay, .longTermStay])
    func botilbudPlacementPutsThePatientInTheMandatoryGroup(_ basis: FacilityLegalBasis) throws {
        let current = try stay("E1", admitted: "2026-03-01", discharged: "2026-03-06")
        let result = DischargeDetermination.determine(
            stay: current, placements: [placement(basis, from: "2024-01-01")], consultantAwareOn: day("2026-03-01"))
        #expect(result.basis == .mandatory)
        #expect(result.requiresDocument)
        #expect(result.evidence.count == 1)
        #expect(result.evidence[0].statement.contains(basis.statute))
        #expect(result.evidence[0].source == .statute("psykiatriloven §13a stk. 1"))
        #expect(result.consultantAwareOn == day("2026-03-01"))
        #expect(result.validate(dischargeDate: day("2026-03-06")).isClean)
    }

    @Test func supportedHousingWithSection85SupportQualifiesByDefault() throws {
        // almenboligloven §105 housing with socialpædagogisk støtte under serviceloven §85 is afsnit V support, so
        // psykiatriloven §13a stk. 1 applies as for §107/§108 residents.
        let current = try stay("E1", admitted: "2026-03-01", discharged: "2026-03-06")
        let placements = [placement(.supportedSocialHousing, from: "2024-01-01")]
        let result = DischargeDetermination.determine(stay: current, placements: placements)
        #expect(result.basis == .mandatory)
        #expect(result.evidence[0].statement.contains("almenboligloven §105 med serviceloven §85"))
        #expect(result.evidence[0].source == .statute("psykiatriloven §13a stk. 1"))
        #expect(DischargeDeterminationPolicy.standard.qualifyingPlacementBases == Set(FacilityLegalBasis.allCases))
        // Placed during the stay: judged as the support stands at discharge.
        let placedDuringStay = [placement(.supportedSocialHousing, from: "2026-03-04")]
        #expect(DischargeDetermination.determine(stay: current, placements: placedDuringStay).basis == .mandatory)
        // The set stays configuration: a region may narrow it.
        let narrower = DischargeDeterminationPolicy(qualifyingPlacementBases: [.temporaryStay, .longTermStay])
        #expect(DischargeDetermination.determine(stay: current, placements: placements, policy: narrower).basis == nil)
    }

    @Test func placementMustOverlapTheStay() throws {
        let current = try stay("E1", admitted: "2026-03-01", discharged: "2026-03-06")
        let ended = placement(.longTermStay, from: "2020-01-01", to: "2026-02-28")
        let startsOnDischargeDay = placement(.temporaryStay, from: "2026-03-06")
        #expect(DischargeDetermination.determine(stay: current, placements: [ended]).basis == nil)
        #expect(DischargeDetermination.determine(stay: current, placements: [startsOnDischargeDay]).basis == .mandatory)
    }

    @Test func consultantAssessmentGivesTheDiscretionaryGroup() throws {
        let current = try stay("E1", admitted: "2026-03-01", discharged: "2026-03-06")
        let assessment = ConsultantAssessment(
            assessedOn: day("2026-03-03"), consultant: try DischargeContentBuilder.consultant(),
            willNotSeekNecessaryTreatment: true, grounds: "Has stopped treatment twice")
        let result = DischargeDetermination.determine(stay: current, placements: [], assessment: assessment)
        #expect(result.basis == .consultantAssessment)
        #expect(result.evidence[0].source == .statute("psykiatriloven §13a stk. 2"))
        #expect(result.consultantAwareOn == day("2026-03-03"))
        var negative = assessment
        negative.willNotSeekNecessaryTreatment = false
        #expect(DischargeDetermination.determine(stay: current, placements: [], assessment: negative).basis == nil)
    }

    @Test func awarenessNotRecordedOrAfterDischargeIsAFinding() throws {
        let current = try stay("E1", admitted: "2026-03-01", discharged: "2026-03-06")
        let placements = [placement(.longTermStay, from: "2024-01-01")]
        let unknown = DischargeDetermination.determine(stay: current, placements: placements)
        #expect(unknown.validate(dischargeDate: day("2026-03-06")).contains(code: "discharge.awareness-not-recorded"))
        let late = DischargeDetermination.determine(
            stay: current, placements: placements, consultantAwareOn: day("2026-03-07"))
        let report = late.validate(dischargeDate: day("2026-03-06"))
        #expect(report.contains(code: "discharge.awareness-after-discharge"))
        #expect(report.findings[0].source.reference == "psykiatriloven §13a stk. 1")
    }

    @Test("a case's group is its determination's, for placements before, during and after the stay and assessments")
    func casesTakeTheDeterminationsGroup() throws {
        let other = ResidentBuilder("discharge-tests-other").id
        let stays = [
            try stay("E1", admitted: "2026-03-01", discharged: "2026-03-06"),
            try stay("E2", admitted: "2026-05-01", discharged: "2026-05-20"),
            try stay("E3", admitted: "2026-08-01", discharged: "2026-08-03"),
        ]
        let placementSets: [[Placement]] = [
            [], [placement(.longTermStay, from: "2024-01-01")],
            [placement(.supportedSocialHousing, from: "2026-03-04", to: "2026-05-10")],
            [placement(.temporaryStay, from: "2026-06-01")],
            [placement(.longTermStay, from: "2024-01-01", resident: other)],
        ]
        let consultant = try DischargeContentBuilder.consultant()
        let assessmentSets: [[EpisodeOfCareIdentifier: ConsultantAssessment]] = [
            [:],
            [
                try EpisodeOfCareIdentifier("E1"): ConsultantAssessment(
                    assessedOn: day("2026-03-02"), consultant: consultant, willNotSeekNecessaryTreatment: true,
                    grounds: "Has stopped treatment twice"),
                try EpisodeOfCareIdentifier("E3"): ConsultantAssessment(
                    assessedOn: day("2026-08-02"), consultant: consultant, willNotSeekNecessaryTreatment: false,
                    grounds: "Seeks treatment"),
            ],
        ]
        let policies = [
            DischargeDeterminationPolicy.standard,
            DischargeDeterminationPolicy(qualifyingPlacementBases: [.temporaryStay, .longTermStay]),
        ]
        var seen: Set<DischargeLegalBasis?> = []
        for placements in placementSets {
            for assessments in assessmentSets {
                for policy in policies {
                    let cases = DischargeCase.cases(
                        stays: stays, placements: placements, assessments: assessments, policy: policy)
                    #expect(cases.map(\.stay) == stays)
                    for dischargeCase in cases {
                        let determination = DischargeDetermination.determine(
                            stay: dischargeCase.stay, placements: placements,
                            assessment: assessments[dischargeCase.stay.episode], policy: policy)
                        #expect(dischargeCase.basis == determination.basis)
                        seen.insert(dischargeCase.basis)
                    }
                }
            }
        }
        #expect(seen == [.mandatory, .consultantAssessment, nil])
    }
}
