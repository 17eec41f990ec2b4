import BrobyggerCore
import BrobyggerDischarge
import BrobyggerResidents
import BrobyggerTesting
import Testing

/// The §13a agreement draft: what is pre-filled from domain values and what the ward must still add.
@Suite("§13a agreement draft")
struct AgreementDraftTests {
    static let ward = try! Organisation(
        id: SyntheticRegionRandom.identifier(forKey: "draft-ward"), kind: .ward, name: "Afsnit P1")
    static let teamBuilder = TeamBuilder("draft-team").named("Botilbudsteam Øst")

    static func facility(onSite days: Set<Weekday>) throws -> (ResidentialFacility, OutreachTeam) {
        let builder = FacilityBuilder("draft-facility").named("Botilbuddet Engen").servedBy(Self.teamBuilder.id)
        let team = try Self.teamBuilder.serving(builder.id, on: days).build()
        return (try builder.legalBasis(.longTermStay).build(), team)
    }

    static func draft(
        placed: Bool = true, onSite days: Set<Weekday> = [.thursday], teamDocument: Bool = true,
        asOf: String = "2026-03-02"
    ) throws -> DischargeAgreementDraft {
        let resident = try ResidentBuilder("discharge-tests").named("Ida", "Olsen").actingMunicipality("0101").build()
        let (facility, team) = try Self.facility(onSite: days)
        let placements =
            placed
            ? [
                Placement(
                    id: SyntheticRegionRandom.identifier(forKey: "draft-placement"), resident: resident.id,
                    facility: facility.id, legalBasis: .longTermStay,
                    period: ResidentsFixtureTime.range("2025-01-01", nil))
            ] : []
        return try DischargeAgreementDraft.prefill(
            stay: try stay("E1", admitted: "2026-02-25", discharged: nil, ward: Self.ward.id, resident: resident.id),
            resident: resident, placements: placements, asOf: day(asOf), ward: Self.ward, facility: facility,
            team: teamDocument ? team : nil, teamName: team.name)
    }

    @Test("the parties, the legal basis with its evidence and the team's follow-up slot are pre-filled")
    func prefill() throws {
        let draft = try Self.draft()
        let roles = draft.content.parties.map(\.role)
        #expect(roles == [.patient, .psychiatricDepartment, .residentialFacility, .outreachTeam, .municipality])
        #expect(draft.content.parties.last?.name == "København Kommune")
        #expect(draft.content.legalBasis == .mandatory)
        #expect(draft.content.basisEvidence.first?.contains("§108") == true)
        #expect(draft.content.basisEvidence.first?.contains("psykiatriloven §13a stk. 1") == true)
        #expect(draft.content.concludedOn == nil)
        #expect(draft.content.consultant == nil)
        #expect(draft.consultantRole.contains("Afsnit P1"))
        // Monday 2 March 2026: the team's Thursday on site is 5 March, within 5 weekdays.
        #expect(draft.content.followUpAppointments.map(\.date) == [day("2026-03-05")])
        #expect(draft.content.followUpAppointments.first?.with == .outreachTeam)
        #expect(draft.prefilled.contains { $0.field == "legalBasis" })
    }

    @Test("without the team's on-site weekdays, the follow-up is the window's last weekday")
    func followUpDeadline() throws {
        // From Wednesday 1 April 2026: Maundy Thursday, Good Friday and Easter Monday are closed, so the fifth
        // weekday is Monday 13 April.
        let draft = try Self.draft(teamDocument: false, asOf: "2026-04-01")
        #expect(draft.content.followUpAppointments.map(\.date) == [day("2026-04-13")])
    }

    @Test("what the ward must still add follows the content rules")
    func missing() throws {
        let draft = try Self.draft()
        let codes = Set(draft.missing.map(\.code))
        #expect(
            codes == [
                "content.treatment-offers", "content.social-offers", "content.responsible-consultant",
                "timing.agreement-before-discharge",
            ])
        #expect(draft.missing.allSatisfy { $0.source.reference.hasPrefix("psykiatriloven §13") })
        #expect(!draft.isComplete)
        let agreement = try draft.agreement(
            id: .random(), provenance: try DischargeContentBuilder.provenance(on: "2026-03-02"))
        #expect(agreement.content == draft.content)
    }

    @Test("without a qualifying placement the basis is stk. 2 and the assessment is missing")
    func discretionary() throws {
        let draft = try Self.draft(placed: false)
        #expect(draft.content.legalBasis == .consultantAssessment)
        #expect(draft.missing.contains { $0.code == "draft.basis-assessment" })
    }
}
