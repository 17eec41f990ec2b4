import BrobyggerAgreements
import BrobyggerCore
import BrobyggerRelationalCoordination
import BrobyggerStores
import BrobyggerTesting
import Foundation
import Testing

@Suite("Domain documents in the file store", .timeLimit(.minutes(5)))
struct DomainDocumentStorageTests {
    let author = Author(name: try! PersonName(given: "Mette", family: "Lund"))
    let instant = Instant(secondsSince1970: 1_780_000_000)

    @Test("survey rounds with their responses round-trip and are listed by survey")
    func surveyRounds() async throws {
        let generated = RelationalCoordinationSurveyGenerator(respondents: 40, workgroups: 4, rounds: 2).generate()
        let store = try FileDocumentStore(directory: temporaryDirectory())
        var saved: [RelationalCoordinationRoundResponses] = []
        for round in generated.survey.rounds {
            let document = try RelationalCoordinationRoundResponses(
                survey: generated.survey, round: round.id,
                responses: generated.responses.filter { $0.round == round.id })
            _ = try await store.save(
                document, expecting: .new, provenance: Provenance(author: author, instant: instant))
            saved.append(document)
        }
        let listed = try await Repository<RelationalCoordinationRoundResponses>(store).list(
            .key("survey", generated.survey.id))
        #expect(Set(listed.map(\.document)) == Set(saved))
        #expect(
            throws: ValidationError.self,
            "a response of another round cannot be stored with this one"
        ) {
            try RelationalCoordinationRoundResponses(
                survey: generated.survey, round: generated.survey.rounds[0].id, responses: generated.responses)
        }
        await store.close()
    }

    @Test("organisations are listed by kind and parent")
    func organisations() async throws {
        let network = SampleNetwork()
        let store = InMemoryDocumentStore()
        for organisation in network.organisations {
            _ = try await store.save(
                organisation, expecting: .new, provenance: Provenance(author: author, instant: instant))
        }
        let wards = try await store.list(Organisation.self, matching: DocumentQuery(keys: [IndexKey("kind", "ward")]))
        #expect(wards.map(\.document) == [network.ward])
        let centreParts = try await store.list(
            Organisation.self, matching: .key("partOf", network.psychiatricCentre.id))
        #expect(Set(centreParts.map(\.document.id)) == [network.ward.id, network.outreachTeam.id])
    }
}
