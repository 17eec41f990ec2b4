import BrobyggerCore
import BrobyggerDischarge
import BrobyggerFHIR
import BrobyggerResidents
import BrobyggerTesting
import Testing

@Suite("Discharge documents in FHIR match a stay by patient and episode")
struct DischargeEpisodeMatchingTests {
    let resident = ResidentBuilder("fhir-episode-own").id
    let other = ResidentBuilder("fhir-episode-other").id

    /// An agreement for `resident`'s stay `episode` as a CarePlan.
    func carePlan(_ episode: String) throws -> FHIR.CarePlan {
        let agreement = try DischargeAgreement(
            id: SyntheticRegionRandom.identifier(forKey: "fhir-agreement-\(episode)"),
            content: DischargeContentBuilder(resident: resident, episode: episode).build(),
            provenance: DischargeContentBuilder.provenance(on: "2026-03-05"))
        return try throughJSON(FHIR.CarePlan(agreement))
    }

    /// The discharge Encounter of `who`'s stay `episode`.
    func encounter(_ episode: String, of who: Resident.ID) throws -> FHIR.Encounter {
        FHIR.Encounter(
            try CourseEvent(
                id: SyntheticRegionRandom.identifier(forKey: "fhir-event-\(episode)-\(who)"), resident: who,
                episode: try EpisodeOfCareIdentifier(episode), kind: .discharge,
                instant: ResidentsFixtureTime.instant("2026-03-06", 11)))
    }

    @Test func aCarePlanIsAboutItsOwnPatientsStayOnly() throws {
        let plan = try carePlan("P3-118")
        #expect(plan.encounter?.type == "Encounter")
        #expect(plan.isAboutStay(of: try encounter("P3-118", of: resident)))
        #expect(!plan.isAboutStay(of: try encounter("P3-118", of: other)), "the same local episode, another patient")
        #expect(!plan.isAboutStay(of: try encounter("P3-119", of: resident)))
    }

    @Test func aCarePlanWhoseEpisodeIsAnotherPatientsStayIsAnInputProblem() throws {
        let bundle = FHIR.Bundle(
            type: .collection,
            entry: [
                .init(resource: .carePlan(try carePlan("P3-118"))),
                .init(resource: .encounter(try encounter("P3-118", of: other))),
                .init(resource: .carePlan(try carePlan("P3-200"))),
                .init(resource: .encounter(try encounter("P3-200", of: resident))),
                .init(resource: .encounter(try encounter("P3-200", of: other))),
            ])
        let problems = bundle.dischargeEpisodeProblems()
        #expect(problems.map(\.code) == ["brobygger.discharge-episode-of-another-patient"])
        #expect(problems.first?.path == "entry[0].resource.encounter")
        #expect(problems.first.map { "\($0)" }?.contains("psykiatriloven §13a stk. 1") == true)
    }
}
