import BrobyggerCore
import BrobyggerDischarge
import BrobyggerResidents
import BrobyggerTesting
import Testing

/// The current admission in these tests: compulsory, 2026-03-10 to 2026-03-30.
@Suite struct CompulsoryFollowUpTests {
    let document = DischargeDocumentReference.agreement(SyntheticRegionRandom.identifier(forKey: "old-agreement"))
    let team = SyntheticRegionRandom.identifier(forKey: "team", Organisation.self)

    func current(_ status: AdmissionLegalStatus = .compulsory) throws -> Stay {
        try stay("NOW", admitted: "2026-03-10", discharged: "2026-03-30", status: status)
    }

    func compulsoryHistory(_ admissions: [String]) throws -> [Stay] {
        try admissions.enumerated().map { index, admitted in
            try stay("P\(index)", admitted: admitted, discharged: nil, status: .compulsory)
        }
    }

    func adherence(_ date: String) throws -> AdherenceEvent {
        try AdherenceEvent(
            id: SyntheticRegionRandom.identifier(forKey: "adh-\(date)"), resident: residentID, document: document,
            date: day(date), treatmentNotFollowed: "Did not attend the depot injection")
    }

    func outreach(_ from: String, _ to: String?, missed: [String]) -> OutreachTreatmentPrescription {
        OutreachTreatmentPrescription(
            resident: residentID, team: team, period: ResidentsFixtureTime.range(from, to),
            medicationNotFollowedOn: missed.map(day))
    }

    func risk(_ when: Instant, _ found: Bool = true) throws -> RiskAssessment {
        RiskAssessment(
            assessedAt: when, consultant: try DischargeContentBuilder.consultant(), wellFoundedImminentRisk: found,
            grounds: "Stopped medication after each of the last discharges")
    }

    func evaluate(
        history: [Stay], adherence: [AdherenceEvent], outreach: [OutreachTreatmentPrescription], risk: RiskAssessment?,
        status: AdmissionLegalStatus = .compulsory
    ) throws -> CompulsoryFollowUpEligibility {
        CompulsoryFollowUpEligibility.evaluate(
            stay: try current(status), history: history, adherence: adherence, outreach: outreach, risk: risk)
    }

    func eligibleInputs() throws -> ([Stay], [AdherenceEvent], [OutreachTreatmentPrescription], RiskAssessment) {
        (
            try compulsoryHistory(["2023-03-10", "2024-06-01", "2025-11-01"]), [try adherence("2025-12-01")],
            [outreach("2025-09-10", nil, missed: ["2026-02-20"])], try risk(at("2026-03-25"))
        )
    }

    @Test func allFiveCriteriaMetMakeThePatientEligible() throws {
        let (history, events, prescriptions, assessment) = try eligibleInputs()
        let result = try evaluate(history: history, adherence: events, outreach: prescriptions, risk: assessment)
        #expect(result.isEligible)
        #expect(result.verdicts.map(\.criterion) == CompulsoryFollowUpCriterion.allCases)
        #expect(result.findings.isClean)
        #expect(result.verdict(.threeCompulsoryAdmissions)?.evidence[0].contains("3 compulsory admission(s)") == true)
    }

    @Test(arguments: [("2023-03-10", true), ("2023-03-09", false)])
    func threeYearWindowIncludesTheSameDayThreeYearsBefore(_ oldest: String, _ met: Bool) throws {
        let (_, events, prescriptions, assessment) = try eligibleInputs()
        let history = try compulsoryHistory([oldest, "2024-06-01", "2025-11-01"])
        let result = try evaluate(history: history, adherence: events, outreach: prescriptions, risk: assessment)
        #expect(result.verdict(.threeCompulsoryAdmissions)?.isMet == met)
        #expect(result.isEligible == met)
    }

    @Test func detentionsAndVoluntaryAdmissionsDoNotCountAsCompulsoryAdmissions() throws {
        let (_, events, prescriptions, assessment) = try eligibleInputs()
        var history = try compulsoryHistory(["2024-06-01", "2025-11-01"])
        history.append(try stay("D", admitted: "2025-01-05", discharged: "2025-01-20", status: .detention))
        history.append(try stay("V", admitted: "2025-02-05", discharged: "2025-02-20"))
        let result = try evaluate(history: history, adherence: events, outreach: prescriptions, risk: assessment)
        #expect(result.verdict(.threeCompulsoryAdmissions)?.isMet == false)
        #expect(result.unmetCriteria == [.threeCompulsoryAdmissions])
        #expect(result.findings.findings[0].source.reference == "psykiatriloven §13d stk. 1 nr. 1")
    }

    @Test(arguments: [("2023-03-10", true), ("2023-03-09", false), ("2026-03-10", false)])
    func nonAdherenceMustFallInTheThreeYearsBefore(_ date: String, _ met: Bool) throws {
        let (history, _, prescriptions, assessment) = try eligibleInputs()
        let result = try evaluate(
            history: history, adherence: [try adherence(date)], outreach: prescriptions, risk: assessment)
        #expect(result.verdict(.nonAdherenceToAgreementOrPlan)?.isMet == met)
    }

    @Test(arguments: [(AdmissionLegalStatus.compulsory, true), (.detention, true), (.voluntary, false)])
    func coercionInTheCurrentAdmission(_ status: AdmissionLegalStatus, _ met: Bool) throws {
        let (history, events, prescriptions, assessment) = try eligibleInputs()
        let result = try evaluate(
            history: history, adherence: events, outreach: prescriptions, risk: assessment, status: status)
        #expect(result.verdict(.coercionInCurrentAdmission)?.isMet == met)
    }

    @Test(
        arguments: [
            ("2025-09-10", nil, "2025-09-10", true),  // exactly 6 months before the admission
            ("2025-01-01", "2025-09-09", "2025-09-09", false),  // prescription ended the day before the window
            ("2025-01-01", nil, "2025-09-09", false),  // medication missed before the window
            ("2025-09-10", nil, "2026-03-10", false),  // missed on the admission day: not before it
        ] as [(String, String?, String, Bool)])
    func outreachWithinTheLastHalfYear(_ from: String, _ to: String?, _ missed: String, _ met: Bool) throws {
        let (history, events, _, assessment) = try eligibleInputs()
        let result = try evaluate(
            history: history, adherence: events, outreach: [outreach(from, to, missed: [missed])], risk: assessment)
        #expect(result.verdict(.outreachMedicationNotFollowed)?.isMet == met)
    }

    @Test func riskAssessmentMustBePositiveAndMadeDuringTheStay() throws {
        let (history, events, prescriptions, _) = try eligibleInputs()
        let none = try evaluate(history: history, adherence: events, outreach: prescriptions, risk: nil)
        #expect(none.unmetCriteria == [.riskOfStoppingTreatment])
        let negative = try evaluate(
            history: history, adherence: events, outreach: prescriptions, risk: try risk(at("2026-03-25"), false))
        #expect(negative.unmetCriteria == [.riskOfStoppingTreatment])
        let before = try evaluate(
            history: history, adherence: events, outreach: prescriptions, risk: try risk(at("2026-03-01")))
        #expect(before.unmetCriteria == [.riskOfStoppingTreatment])
    }

    func decision(_ when: Instant) throws -> CompulsoryFollowUpDecision {
        CompulsoryFollowUpDecision(
            id: SyntheticRegionRandom.identifier(forKey: "decision"), resident: residentID,
            episode: try .init("NOW"), decidedAt: when, consultant: try DischargeContentBuilder.consultant(),
            terms: try CompulsoryFollowUpTerms(
                maximumDays: 365, reviewIntervalDays: 90, source: .practice("test values, not the statute")))
    }

    @Test func decisionMustBeMadeBeforeDischarge() throws {
        let (history, events, prescriptions, assessment) = try eligibleInputs()
        let eligibility = try evaluate(history: history, adherence: events, outreach: prescriptions, risk: assessment)
        let stay = try current()
        #expect(try decision(at("2026-03-30", 14)).validate(stay: stay, eligibility: eligibility).isClean)
        let late = try decision(at("2026-03-30", 16)).validate(stay: stay, eligibility: eligibility)
        #expect(late.findings.map(\.code) == ["follow-up-order.after-discharge"])
        #expect(late.findings[0].source.reference == "psykiatriloven §13d stk. 1")
        #expect(try decision(at("2026-03-30", 14)).startDate(stay: stay) == day("2026-03-30"))
        #expect(try decision(at("2026-03-30", 14)).endDate(stay: stay) == day("2027-03-29"))
    }

    @Test func sameDayAdmissionAndDischarge() throws {
        let sameDay = try stay("NOW", admitted: "2026-03-10", discharged: "2026-03-10", status: .compulsory)
        let (history, events, prescriptions, _) = try eligibleInputs()
        let eligibility = CompulsoryFollowUpEligibility.evaluate(
            stay: sameDay, history: history, adherence: events, outreach: prescriptions,
            risk: try risk(at("2026-03-10", 12)))
        #expect(eligibility.isEligible)
        #expect(try decision(at("2026-03-10", 14)).validate(stay: sameDay, eligibility: eligibility).isClean)
        #expect(
            try decision(at("2026-03-10", 15)).validate(stay: sameDay, eligibility: eligibility).isClean,
            "A decision at the discharge instant is not after it")
        #expect(
            try decision(at("2026-03-10", 16)).validate(stay: sameDay, eligibility: eligibility)
                .contains(code: "follow-up-order.after-discharge"))
    }

    @Test func decisionForAPatientNotEligibleIsAFindingPerUnmetCriterion() throws {
        let eligibility = try evaluate(history: [], adherence: [], outreach: [], risk: nil, status: .voluntary)
        #expect(eligibility.unmetCriteria.count == 5)
        let report = try decision(at("2026-03-20")).validate(stay: try current(.voluntary), eligibility: eligibility)
        #expect(report.findings(withCode: "follow-up-order.not-eligible").count == 5)
        #expect(Set(report.findings.map(\.source.reference)).count == 5)
    }

    @Test func termsHaveNoDefaultAndAreValidated() throws {
        #expect(throws: ValidationError.self) {
            try CompulsoryFollowUpTerms(maximumDays: 30, reviewIntervalDays: 60, source: .practice("x"))
        }
        #expect(throws: ValidationError.self) {
            try CompulsoryFollowUpTerms(maximumDays: 0, reviewIntervalDays: 0, source: .practice("x"))
        }
        #expect(CompulsoryFollowUpDecision.Order.allCases == [.attendMedication])
    }
}
