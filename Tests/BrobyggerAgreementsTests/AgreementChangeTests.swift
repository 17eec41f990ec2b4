import BrobyggerAgreements
import BrobyggerCore
import BrobyggerResidents
import BrobyggerTesting
import Testing

struct AgreementChangeTests {
    typealias F = AgreementFixtures

    @Test func listsEveryKindOfChangeInTemplateOrder() throws {
        let template = AgreementTemplate.crossSectorCollaborationModel
        let old = F.collaborationModelTerms()
        var new = old
        new.parameterValues[.noticeMonths] = .integer(4)
        new.sectionTexts[.safety] = "Fælles sikkerhedsinstruks fra 1. juni."
        new.intensifiedEffortCriteria[0] = try IntensifiedEffortCriterion(
            id: "medication-refusal", title: "Afviser medicin i mere end et døgn", acuity: .acute)
        new.intensifiedEffortCriteria.remove(at: 1)
        new.intensifiedEffortCriteria.append(
            try IntensifiedEffortCriterion(id: "sleep", title: "Sover under fire timer i tre nætter", acuity: .subacute)
        )
        new.overviewMeeting = try OverviewMeetingSchedule(weekday: .thursday, meetingsPerWeek: 2)
        new.localSupplements = [try LocalSupplement(kind: .facilityRules, text: "Husorden gælder også teamet.")]

        let changes = AgreementChange.differences(from: old, to: new, template: template)
        #expect(changes.count == 7)
        let danish = changes.map { $0.summary(in: .danish, template: template) }
        #expect(
            danish == [
                "Opsigelsesvarsel i måneder: 3 måneders → 4 måneders",
                "Sikkerhed: tekst tilføjet",
                "Lokalt tillæg tilføjet: Regler og arbejdsgange på botilbuddet",
                "Kriterie ændret: Afviser medicin i mere end to døgn (akut) → Afviser medicin i mere end et døgn (akut)",
                "Kriterie fjernet: Trækker sig fra fællesskab og aftaler",
                "Kriterie tilføjet: Sover under fire timer i tre nætter (subakut)",
                "Beboeroverbliksmøde: onsdag, én gang om ugen → torsdag, 2 gange om ugen",
            ])
        #expect(
            changes.last?.summary(in: .english, template: template)
                == "Resident-overview meeting: Wednesday, once a week → Thursday, 2 times a week")
    }

    @Test func settingADefaultExplicitlyIsNoChange() {
        let template = AgreementTemplate.regionHovedstadenFacilityTeam
        let old = F.regionHovedstadenTerms()
        var new = old
        new.parameterValues[.noticeMonths] = .integer(3)
        #expect(AgreementChange.differences(from: old, to: new, template: template).isEmpty)
    }

    @Test func partiesAreComparedByOrganisation() {
        let template = AgreementTemplate.regionHovedstadenFacilityTeam
        let old = F.regionHovedstadenTerms()
        var new = old
        new.parties.removeAll { $0.role == .outreachTeam }
        new.parties.append(
            AgreementParty(role: .municipality, organisation: F.facility(named: "Kommunen", number: 0xF3)))
        let summaries = AgreementChange.differences(from: old, to: new, template: template)
            .map { $0.summary(in: .english, template: template) }
        #expect(summaries == ["Party removed: Botilbudsteam Strandparken", "Party added: Kommunen"])
    }
}
