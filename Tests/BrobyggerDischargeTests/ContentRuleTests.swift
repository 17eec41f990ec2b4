import BrobyggerCore
import BrobyggerDischarge
import BrobyggerResidents
import BrobyggerTesting
import Foundation
import Testing

@Suite struct ContentRuleTests {
    let rules = DischargeContentRuleSet.statutory

    @Test func completeAgreementMeetsEveryStatutoryRule() throws {
        #expect(rules.evaluate(try facts(builder())).isClean)
    }

    static let removals: [(String, String, @Sendable (DischargeContentBuilder) -> DischargeContentBuilder)] = [
        ("content.treatment-offers", "psykiatriloven §13a stk. 1", { $0.withoutTreatmentOffers() }),
        ("content.social-offers", "psykiatriloven §13a stk. 1", { $0.withoutSocialOffers() }),
        ("content.authority-party", "psykiatriloven §13a stk. 1", { $0.withoutAuthorities() }),
        ("content.responsible-consultant", "psykiatriloven §13a stk. 1", { $0.withoutConsultant() }),
        ("timing.agreement-before-discharge", "psykiatriloven §13a stk. 1", { $0.concluded(on: "2026-03-07") }),
        ("timing.agreement-before-discharge", "psykiatriloven §13a stk. 1", { $0.concluded(on: nil) }),
    ]

    @Test(arguments: removals.indices)
    func eachMissingElementBreaksExactlyItsRule(_ index: Int) throws {
        let (code, source, change) = Self.removals[index]
        let report = rules.evaluate(try facts(change(builder())))
        #expect(report.findings.map(\.code) == [code])
        #expect(report.findings[0].source.reference == source)
        #expect(report.findings[0].severity == .error)
    }

    @Test func agreementConcludedOnTheDischargeDayIsInTime() throws {
        #expect(rules.evaluate(try facts(builder().concluded(on: "2026-03-06"))).isClean)
        let late = rules.evaluate(try facts(builder().concluded(on: "2026-03-07")))
        #expect(late.findings[0].message.contains("concluded_on 2026-03-07, discharge_date 2026-03-06"))
    }

    @Test func notYetDischargedIsNotLate() throws {
        #expect(rules.evaluate(try facts(builder().concluded(on: "2026-03-20"), discharge: nil)).isClean)
    }

    @Test func planNeedsARecordedRefusalBeforeIt() throws {
        let withRefusal = try facts(builder().refused(on: "2026-03-04"), kind: .coordinationPlan)
        #expect(rules.evaluate(withRefusal).isClean)
        let sameDay = try facts(builder().refused(on: "2026-03-05"), kind: .coordinationPlan)
        #expect(rules.evaluate(sameDay).isClean)
        let noRefusal = rules.evaluate(try facts(builder().withoutPatient(), kind: .coordinationPlan))
        #expect(Set(noRefusal.findings.map(\.code)) == ["content.refusal-recorded", "content.plan-after-refusal"])
        #expect(noRefusal.findings.allSatisfy { $0.source.reference == "psykiatriloven §13b" })
        let beforeRefusal = rules.evaluate(try facts(builder().refused(on: "2026-03-06"), kind: .coordinationPlan))
        #expect(beforeRefusal.findings.map(\.code) == ["content.plan-after-refusal"])
    }

    @Test func latePlanIsAWarningCitingSection13b() throws {
        let report = rules.evaluate(
            try facts(builder().refused(on: "2026-03-04").concluded(on: "2026-03-08"), kind: .coordinationPlan))
        #expect(report.findings.map(\.code) == ["timing.plan-before-discharge"])
        #expect(report.findings[0].severity == .warning)
    }

    @Test func registerRowFactsLeaveUnknownFieldsUnevaluated() throws {
        let record = DischargeDocumentRecord(
            documentID: "D1", resident: try PersonIdentifier(cpr: "0101801235"), episode: try .init("E1"),
            kind: .agreement, basis: .mandatory, agreedOn: day("2026-03-05"), refusedOn: nil, treatmentOffers: 1,
            socialOffers: 0, parties: 2, consultant: "Karen Holm")
        let guidance = try DischargeContentRule(
            id: "guidance.early-signs", severity: .warning, requirement: .atLeast(field: .earlySigns, count: 1),
            source: .nationalGuideline("VEJ nr. 9257 af 19. marts 2023"), message: "Early signs are named.")
        let extended = try rules.adding([guidance])
        let facts = record.facts(dischargeDate: day("2026-03-06"))
        #expect(guidance.outcome(for: facts) == .notEvaluable)
        #expect(extended.evaluate(facts).findings.map(\.code) == ["content.social-offers"])
    }

    @Test func guidanceRulesAreAddedAsJSONWithoutCodeChanges() throws {
        let json = """
            {"rules": [
              {"id": "guidance.early-signs", "severity": "warning", "kinds": ["agreement", "coordination_plan"],
               "requirement": {"atLeast": {"field": "early_signs", "count": 1}},
               "source": {"kind": "nationalGuideline", "reference": "VEJ nr. 9257 af 19. marts 2023"},
               "message": "The agreement names early signs and what to do."},
              {"id": "guidance.contact-persons", "severity": "warning",
               "requirement": {"atLeast": {"field": "contact_persons", "count": 2}},
               "source": {"kind": "nationalGuideline", "reference": "VEJ nr. 9257 af 19. marts 2023"},
               "message": "Every authority names a contact person."}
            ]}
            """
        let guidance = try JSONDecoder().decode(DischargeContentRuleSet.self, from: Data(json.utf8))
        let combined = try rules.adding(guidance.rules)
        #expect(combined.rules.count == rules.rules.count + 2)
        let report = combined.evaluate(try facts(builder()))
        #expect(report.findings.map(\.code) == ["guidance.contact-persons"])
        let roundTrip = try JSONDecoder().decode(
            DischargeContentRuleSet.self, from: JSONEncoder().encode(combined))
        #expect(roundTrip == combined)
    }

    @Test func invalidRulesAreRejected() throws {
        #expect(throws: ValidationError.self) {
            try DischargeContentRule(
                id: "x", severity: .error, requirement: .atLeast(field: .concludedOn, count: 1),
                source: .practice("x"), message: "x")
        }
        #expect(throws: ValidationError.self) {
            try DischargeContentRule(
                id: "x", severity: .error, kinds: [], requirement: .dateRecorded(field: .refusedOn),
                source: .practice("x"), message: "x")
        }
        #expect(throws: ValidationError.self) { try rules.adding([rules.rules[0]]) }
        let json = """
            {"rules": [{"id": "bad", "severity": "error", "requirement": {"dateRecorded": {"field": "early_signs"}},
              "source": {"kind": "practice", "reference": "x"}, "message": "x"}]}
            """
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(DischargeContentRuleSet.self, from: Data(json.utf8))
        }
    }
}
