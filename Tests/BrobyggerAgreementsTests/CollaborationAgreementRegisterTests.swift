import BrobyggerAgreements
import BrobyggerCore
import BrobyggerResidents
import BrobyggerTesting
import Foundation
import Testing

struct CollaborationAgreementRegisterTests {
    typealias F = AgreementFixtures

    /// A collaboration-model agreement in force from 2026-03-02, amended from 2026-09-01 (a third criterion, meeting
    /// moved to Thursday) and terminated with notice on 2026-10-05 (ends 2027-01-31).
    static func modelAgreement() throws -> CollaborationAgreement {
        var agreement = CollaborationAgreement(
            id: F.identifier(0xB1), template: .crossSectorCollaborationModel, terms: F.collaborationModelTerms())
        try agreement.sign(F.centreSignature(on: F.date("2026-02-23")))
        try agreement.sign(F.facilitySignature(on: F.date("2026-02-24")))
        try agreement.activate(effectiveFrom: F.date("2026-03-02"), provenance: F.provenance(on: F.date("2026-02-24")))
        var amended = F.collaborationModelTerms()
        amended.intensifiedEffortCriteria.append(
            try IntensifiedEffortCriterion(id: "violence-risk", title: "Trusler mod personale", acuity: .acute))
        amended.overviewMeeting = try OverviewMeetingSchedule(weekday: .thursday)
        try agreement.propose(amended, note: "Nyt kriterie og ny mødedag")
        try agreement.sign(F.centreSignature(on: F.date("2026-08-20")))
        try agreement.sign(F.facilitySignature(on: F.date("2026-08-21")))
        try agreement.activate(effectiveFrom: F.date("2026-09-01"), provenance: F.provenance(on: F.date("2026-08-21")))
        try agreement.terminate(TerminationNotice(givenOn: F.date("2026-10-05"), givenBy: F.psychiatricCentre.id))
        return agreement
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let date: String
        let criteria: [String]
        let weekday: Weekday?
        var testDescription: String { date }
    }

    @Test(arguments: [
        Case(date: "2026-03-01", criteria: [], weekday: nil),
        Case(date: "2026-03-02", criteria: ["medication-refusal", "withdrawal"], weekday: .wednesday),
        Case(date: "2026-08-31", criteria: ["medication-refusal", "withdrawal"], weekday: .wednesday),
        Case(date: "2026-09-01", criteria: ["medication-refusal", "withdrawal", "violence-risk"], weekday: .thursday),
        Case(date: "2027-01-31", criteria: ["medication-refusal", "withdrawal", "violence-risk"], weekday: .thursday),
        Case(date: "2027-02-01", criteria: [], weekday: nil),
    ])
    func providesTheTermsInForceOnTheDay(_ example: Case) throws {
        let register = try CollaborationAgreementRegister([Self.modelAgreement()])
        let provider: any CollaborationTermsProvider = register
        let date = F.date(example.date)
        let criteria = provider.intensifiedEffortCriteria(facility: F.facility.id, team: F.outreachTeam.id, on: date)
        #expect(criteria.map(\.id) == example.criteria)
        let schedule = provider.overviewMeetingSchedule(facility: F.facility.id, team: F.outreachTeam.id, on: date)
        #expect(schedule?.weekday == example.weekday)
    }

    @Test func otherFacilitiesAndTeamsGetNothing() throws {
        let register = try CollaborationAgreementRegister([Self.modelAgreement()])
        let date = F.date("2026-06-01")
        let other = F.facility(named: "Botilbuddet Havgården", number: 0xF2)
        #expect(register.intensifiedEffortCriteria(facility: other.id, team: F.outreachTeam.id, on: date).isEmpty)
        // The centre is not the team: terms are looked up by the outreach-team party.
        #expect(
            register.intensifiedEffortCriteria(facility: F.facility.id, team: F.psychiatricCentre.id, on: date).isEmpty)
        #expect(register.overviewMeetingSchedule(facility: other.id, team: F.outreachTeam.id, on: date) == nil)
    }

    @Test func draftsDoNotCount() throws {
        let draft = CollaborationAgreement(
            id: F.identifier(0xB2), template: .crossSectorCollaborationModel, terms: F.collaborationModelTerms())
        let register = try CollaborationAgreementRegister([draft])
        #expect(
            register.intensifiedEffortCriteria(
                facility: F.facility.id, team: F.outreachTeam.id, on: F.date("2026-06-01")
            )
            .isEmpty)
    }

    @Test func criteriaOfSeveralAgreementsAreCombinedOnce() throws {
        var regionH = CollaborationAgreement(
            id: F.identifier(0xB3), template: .regionHovedstadenFacilityTeam, terms: F.regionHovedstadenTerms())
        var terms = F.regionHovedstadenTerms()
        terms.intensifiedEffortCriteria = [
            F.exampleCriteria[0],
            try IntensifiedEffortCriterion(id: "admission", title: "Netop udskrevet", acuity: .subacute),
        ]
        try regionH.propose(terms)
        try regionH.sign(F.centreSignature(on: F.date("2026-01-05")))
        try regionH.sign(F.facilitySignature(on: F.date("2026-01-05")))
        try regionH.activate(provenance: F.provenance(on: F.date("2026-01-05")))
        var register = try CollaborationAgreementRegister([regionH])
        register.upsert(try Self.modelAgreement())
        let criteria = register.intensifiedEffortCriteria(
            facility: F.facility.id, team: F.outreachTeam.id, on: F.date("2026-06-01"))
        #expect(criteria.map(\.id) == ["medication-refusal", "withdrawal", "admission"])
        #expect(
            register.overviewMeetingSchedule(
                facility: F.facility.id, team: F.outreachTeam.id, on: F.date("2026-06-01"))?
                .weekday == .wednesday)
    }

    @Test func identifiersAreUnique() throws {
        let agreement = try Self.modelAgreement()
        #expect { try CollaborationAgreementRegister([agreement, agreement]) } throws: {
            ($0 as? ValidationError)?.code == "register.duplicate-id"
        }
        var register = try CollaborationAgreementRegister([agreement])
        register.upsert(agreement)
        #expect(register.agreements.count == 1)
        #expect(register[agreement.id] == agreement)
        let data = try JSONEncoder().encode(register)
        #expect(try JSONDecoder().decode(CollaborationAgreementRegister.self, from: data) == register)
    }
}
