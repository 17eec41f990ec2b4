import Brobygger
import BrobyggerTesting
import XCTest

/// A psychiatric ward discharges residents of *botilbud* and keeps its §13a–§13d duties, the way an integration
/// team would script it against the SDK.
final class DischargeScenarioSpec: XCTestCase {
    let resident = ResidentBuilder("birgit").id
    let ward = SyntheticRegionRandom.identifier(forKey: "spec-ward", Organisation.self)
    let municipality = SyntheticRegionRandom.identifier(forKey: "spec-municipality", Organisation.self)

    /// Birgit lives on a §107 facility, is admitted on 2 March 2026 and discharged on 6 March.
    func birgitsStay(discharged: String = "2026-03-06") throws -> (Stay, [Placement]) {
        let events = try CourseEventSequence(resident: resident)
            .admitted("BIRGIT-1", at: ResidentsFixtureTime.instant("2026-03-02", 14), ward: ward)
            .discharged("BIRGIT-1", at: ResidentsFixtureTime.instant(discharged, 11))
            .events
        let timeline = try CourseTimeline(resident: resident, events: events)
        let placement = Placement(
            id: SyntheticRegionRandom.identifier(forKey: "birgit-placement"), resident: resident,
            facility: SyntheticRegionRandom.identifier(forKey: "lunden"), legalBasis: .temporaryStay,
            period: ResidentsFixtureTime.range("2025-06-01", nil))
        return (try XCTUnwrap(timeline.stays.first), [placement])
    }

    func testASection107ResidentIsDischargedWithAnAgreementAndTheMunicipalitySupervisesIt() async throws {
        let (stay, placements) = try birgitsStay()
        let determination = DischargeDetermination.determine(
            stay: stay, placements: placements, consultantAwareOn: ResidentsFixtureTime.date("2026-03-02"))
        XCTAssertEqual(determination.basis, .mandatory)
        XCTAssertTrue(determination.validate(dischargeDate: stay.endDate).isClean)

        let content = try DischargeContentBuilder(resident: resident, episode: "BIRGIT-1")
            .concluded(on: "2026-03-05").ward(ward).build()
        let agreement = try DischargeAgreement(
            id: SyntheticRegionRandom.identifier(forKey: "birgit-agreement"), content: content,
            provenance: DischargeContentBuilder.provenance(on: "2026-03-05"))
        XCTAssertTrue(DischargeContentRuleSet.statutory.evaluate(agreement, dischargeDate: stay.endDate).isClean)

        // The ward stores the agreement and tells the municipality under §13c to supervise it.
        var disclosures = DischargeDisclosureRegister()
        disclosures.register(agreement)
        try disclosures.record(
            DischargeDisclosure(
                id: SyntheticRegionRandom.identifier(forKey: "birgit-disclosure"), resident: resident,
                document: agreement.reference, direction: .fromDepartment, sender: ward, recipient: municipality,
                purpose: .supervisingCompliance, necessity: "The case worker follows up on the social offers",
                information: "The agreement's social offers and follow-up appointments",
                disclosedGroups: [.dischargeDocuments], disclosedAt: ResidentsFixtureTime.instant("2026-03-05", 15),
                inForce: ResidentsFixtureTime.range("2026-03-05", "2026-09-05")))
        let store = InMemoryDocumentStore()
        let clock = FixedClock(noonOn: ResidentsFixtureTime.date("2026-03-10"))
        let gateway = AccessGateway(store: store, providers: [disclosures], clock: clock)
        let wardStaff = Accessor(role: .wardStaff, organisation: ward)
        _ = try await gateway.save(
            agreement, expecting: .new, provenance: DischargeContentBuilder.provenance(on: "2026-03-05"),
            as: wardStaff)
        let caseWorker = Accessor(role: .municipalCaseWorker, organisation: municipality)
        let view = try await gateway.read(DischargeAgreement.self, id: agreement.id, as: caseWorker)
        XCTAssertEqual(view.document, agreement)
        let stranger = Accessor(role: .municipalCaseWorker, organisation: ward)
        do {
            _ = try await gateway.read(DischargeAgreement.self, id: agreement.id, as: stranger)
            XCTFail("A municipality without a §13c disclosure or consent must not read the agreement")
        } catch {}

        // The disclosure served this agreement: Birgit's agreement from an earlier stay stays closed to the
        // municipality (psykiatriloven §13c: what was disclosed, for the agreement it served).
        let earlier = try DischargeAgreement(
            id: SyntheticRegionRandom.identifier(forKey: "birgit-agreement-2025"),
            content: DischargeContentBuilder(resident: resident, episode: "BIRGIT-0").concluded(on: "2025-10-01")
                .ward(ward).build(),
            provenance: DischargeContentBuilder.provenance(on: "2025-10-01"))
        _ = try await gateway.save(
            earlier, expecting: .new, provenance: DischargeContentBuilder.provenance(on: "2025-10-01"),
            as: wardStaff)
        do {
            _ = try await gateway.read(DischargeAgreement.self, id: earlier.id, as: caseWorker)
            XCTFail("A §13c disclosure for one agreement must not open the resident's other agreements")
        } catch StoreError.accessDenied(let denial) {
            XCTAssertEqual(denial.group, .dischargeDocuments)
        }
    }

    func testAResidentWhoRefusesGetsACoordinationPlan() throws {
        let (stay, _) = try birgitsStay()
        let content = try DischargeContentBuilder(resident: resident, episode: "BIRGIT-1")
            .refused(on: "2026-03-04").concluded(on: "2026-03-05").build()
        XCTAssertThrowsError(
            try DischargeAgreement(
                id: SyntheticRegionRandom.identifier(forKey: "not-an-agreement"), content: content,
                provenance: DischargeContentBuilder.provenance(on: "2026-03-05")))
        let plan = try CoordinationPlan(
            id: SyntheticRegionRandom.identifier(forKey: "birgit-plan"), content: content,
            provenance: DischargeContentBuilder.provenance(on: "2026-03-05"))
        XCTAssertTrue(DischargeContentRuleSet.statutory.evaluate(plan, dischargeDate: stay.endDate).isClean)

        let withoutRefusal = try CoordinationPlan(
            id: SyntheticRegionRandom.identifier(forKey: "birgit-plan-2"),
            content: DischargeContentBuilder(resident: resident, episode: "BIRGIT-1").withoutPatient().build(),
            provenance: DischargeContentBuilder.provenance(on: "2026-03-05"))
        let findings = DischargeContentRuleSet.statutory.evaluate(withoutRefusal, dischargeDate: stay.endDate)
        XCTAssertTrue(findings.contains(code: "content.refusal-recorded"))
        XCTAssertEqual(findings.findings.first?.source.reference, "psykiatriloven §13b")
    }

    func testAResidentDischargedWithoutEitherIsAFindingCitingSection13a() throws {
        let (stay, placements) = try birgitsStay()
        let cases = DischargeCase.cases(stays: [stay], placements: placements)
        let region = try Organisation(id: .random(), kind: .region, name: "Region Hovedstaden")
        let report = DischargeComplianceReport.build(
            period: ResidentsFixtureTime.range("2026-03-01", "2026-03-31"), cases: cases, documents: [], persons: [:],
            organisations: [region])
        XCTAssertEqual(report.total.required, 1)
        XCTAssertEqual(report.total.missing, 1)
        let finding = try XCTUnwrap(report.exceptions.first?.findings().findings.first)
        XCTAssertEqual(finding.code, "compliance.document-missing")
        XCTAssertEqual(finding.source.reference, "psykiatriloven §13a stk. 1")
        XCTAssertEqual(finding.severity, .error)
    }

    func testCompulsoryFollowUpIsConsideredCriterionByCriterion() throws {
        var sequence = CourseEventSequence(resident: resident)
        for (index, admitted) in ["2023-05-01", "2024-02-01", "2025-08-01"].enumerated() {
            sequence =
                try sequence
                .admitted("C\(index)", at: ResidentsFixtureTime.instant(admitted, 9), legalStatus: .compulsory)
                .discharged("C\(index)", at: ResidentsFixtureTime.instant(admitted, 9).adding(seconds: 10 * 86_400))
        }
        sequence =
            try sequence
            .admitted("NOW", at: ResidentsFixtureTime.instant("2026-03-02", 9), legalStatus: .detention)
            .discharged("NOW", at: ResidentsFixtureTime.instant("2026-03-20", 11))
        let stays = try CourseTimeline(resident: resident, events: sequence.events).stays
        let current = try XCTUnwrap(stays.last)
        let oldPlan = DischargeDocumentReference.plan(SyntheticRegionRandom.identifier(forKey: "plan-2025"))
        let missed = try AdherenceEvent(
            id: SyntheticRegionRandom.identifier(forKey: "missed"), resident: resident, document: oldPlan,
            date: ResidentsFixtureTime.date("2025-09-15"), treatmentNotFollowed: "Depot injection not taken")
        let outreach = OutreachTreatmentPrescription(
            resident: resident, team: SyntheticRegionRandom.identifier(forKey: "team"),
            period: ResidentsFixtureTime.range("2025-08-11", nil),
            medicationNotFollowedOn: [ResidentsFixtureTime.date("2026-01-20")])
        let risk = RiskAssessment(
            assessedAt: ResidentsFixtureTime.instant("2026-03-18", 10),
            consultant: try DischargeContentBuilder.consultant(),
            wellFoundedImminentRisk: true, grounds: "Stopped medication within weeks after each discharge")

        let eligibility = CompulsoryFollowUpEligibility.evaluate(
            stay: current, history: stays, adherence: [missed], outreach: [outreach], risk: risk)
        XCTAssertTrue(eligibility.isEligible, eligibility.verdicts.map(\.description).joined(separator: "\n"))
        XCTAssertEqual(eligibility.verdicts.count, 5)

        // Duration and review interval have no default: the region states them from the act in force.
        let terms = try CompulsoryFollowUpTerms(
            maximumDays: 365, reviewIntervalDays: 90, source: .statute("as checked in the consolidated act"))
        let decision = CompulsoryFollowUpDecision(
            id: SyntheticRegionRandom.identifier(forKey: "order"), resident: resident, episode: current.episode,
            decidedAt: ResidentsFixtureTime.instant("2026-03-19", 14), consultant: risk.consultant, terms: terms)
        XCTAssertTrue(decision.validate(stay: current, eligibility: eligibility).isClean)
        XCTAssertEqual(decision.startDate(stay: current), ResidentsFixtureTime.date("2026-03-20"))

        let afterDischarge = CompulsoryFollowUpDecision(
            id: SyntheticRegionRandom.identifier(forKey: "late-order"), resident: resident, episode: current.episode,
            decidedAt: ResidentsFixtureTime.instant("2026-03-21", 9), consultant: risk.consultant, terms: terms)
        let findings = afterDischarge.validate(stay: current, eligibility: eligibility)
        XCTAssertEqual(findings.findings.map(\.code), ["follow-up-order.after-discharge"])
        XCTAssertEqual(findings.findings.first?.source.reference, "psykiatriloven §13d stk. 1")
    }

    func testARegionReportsItsYearOfDischargesToTheNationalAuditOffice() throws {
        let region = try SyntheticRegion.generate(.hovedstaden)
        let documents = try DischargeSyntheticDocuments.derive(from: region)
        let report = DischargeComplianceReport.build(
            period: region.period, cases: documents.cases, documents: documents.records, persons: documents.persons,
            followUps: region.followUps(stays: documents.stays), networkMeetings: documents.networkMeetings,
            organisations: region.organisations)
        let total = report.total
        XCTAssertEqual(total.required, total.inTime + total.late + total.missing)
        XCTAssertGreaterThan(total.missing, 0)
        XCTAssertEqual(report.rows(.region).count, 1)
        XCTAssertEqual(report.rows(.centre).count, 5)
        XCTAssertTrue(report.markdown().contains("## Ward"))
        XCTAssertEqual(report.csv().split(separator: "\n").count, report.rows.count + 1)
        let everyFinding = report.exceptions.flatMap { $0.findings().findings }
        XCTAssertFalse(everyFinding.isEmpty)
        XCTAssertTrue(everyFinding.allSatisfy { !$0.source.reference.isEmpty })
    }
}
