import Brobygger
import BrobyggerTesting
import XCTest

/// A ward sends Birgit's concluded discharge agreement to her municipality as a MedCom CareCommunication, the
/// municipality's system acknowledges and answers it, and the ward receives both, the way an integration service
/// would script it against the SDK.
final class CareCommunicationScenarioSpec: XCTestCase {
    let store = InMemoryDocumentStore()
    let ids = SequentialIdentifierSource(seed: 813)

    func testTheAgreementTravelsToTheMunicipalityAndTheReplyComesBackOntoTheRecord() async throws {
        let stamp = try DischargeContentBuilder.provenance(on: "2026-03-05")
        let ward = try Organisation(
            id: SyntheticRegionRandom.identifier(forKey: "cc-ward"), kind: .ward, name: "Sengeafsnit S3",
            identifiers: OrganisationIdentifiers(sor: try SORCode("265161000016000"), gln: try GLN("5790000209354")),
            contact: ContactDetails(phone: "38683868"))
        let municipality = try Organisation(
            id: SyntheticRegionRandom.identifier(forKey: "cc-municipality"), kind: .municipality,
            name: "Herlev Kommune",
            identifiers: OrganisationIdentifiers(sor: try SORCode("953741000016009"), gln: try GLN("5790001348120")))
        let birgit = try ResidentBuilder("birgit").cpr("2509479989").named("Birgit", "Hansen").build()
        let content = try DischargeContentBuilder(resident: birgit.id, episode: "BIRGIT-1").ward(ward.id).build()
        let agreement = try DischargeAgreement(
            id: SyntheticRegionRandom.identifier(forKey: "cc-agreement"), content: content, provenance: stamp)
        for organisation in [ward, municipality] {
            _ = try await store.save(organisation, expecting: .new, provenance: stamp)
        }
        _ = try await store.save(try ResidentRecord(resident: birgit), expecting: .new, provenance: stamp)

        // The ward sends the concluded agreement: the text signed by the consultant, with a PDF rendering.
        let sentAt = ResidentsFixtureTime.instant("2026-03-05", 15)
        let outgoing = try await CareCommunicationDispatch.prepare(
            agreement, store: store, receivers: [municipality.id], ids: ids, now: sentAt)
        XCTAssertEqual(outgoing.count, 1)
        let sent = outgoing[0].message
        XCTAssertEqual(sent.topic, "Udskrivningsaftale (psykiatriloven §13a)")
        XCTAssertEqual(sent.episodeOfCare?.value, "BIRGIT-1")
        XCTAssertEqual(try CareCommunication(json: outgoing[0].json), sent)
        _ = try await store.save(outgoing[0].record, expecting: .new, provenance: stamp)

        // The municipality acknowledges it and answers in the same conversation.
        let acknowledgement = try MedComAcknowledgement.acknowledging(
            sent.messageID, from: sent.receiver, to: sent.sender, code: .ok,
            messageID: try FHIR.ID("municipality-ack-1"), sentAt: sentAt.adding(seconds: 30))
        let answer = CareCommunication.Segment(
            identifier: "urn:uuid:5b0f8f9e-2f61-4d3c-8f7e-3a1c9d2e4b60", sentAt: sentAt.adding(seconds: 3_600),
            author: CareCommunication.Author(name: "Søren Sagsbehandler", role: "socialraadgiver", phone: "44527000"),
            content: .text("Tak. Bostøtten starter dagen efter udskrivelsen."))
        let reply = try CareCommunication(
            messageID: try FHIR.ID("municipality-reply-1"), bundleID: nil, timestamp: sentAt.adding(seconds: 3_600),
            sentAt: sentAt.adding(seconds: 3_600), activity: .reply, conversation: sent.conversation,
            category: sent.category, topic: sent.topic, priority: nil, patient: sent.patient, sender: sent.receiver,
            receiver: sent.sender, episodeOfCare: sent.episodeOfCare,
            segments: sent.segments.filter(\.isText) + [answer],
            newSegmentIdentifiers: [answer.identifier], predecessor: .message(sent.messageID), history: [])

        // The ward receives both: the acknowledgement is recorded with the sent message, the reply goes onto
        // Birgit's record and is acknowledged.
        let received = try await CareCommunicationImport.receive(
            [
                ("ack.json", try acknowledgement.json(ids: ids)),
                ("reply.json", try CareCommunicationWriter.json(for: reply, patientName: birgit.name, ids: ids)),
            ], store: store, ids: ids, now: sentAt.adding(seconds: 3_700))
        XCTAssertTrue(received.plan.problems.isEmpty)
        XCTAssertEqual(received.acknowledgements.map(\.acknowledgement.code), [.ok])
        try await received.plan.apply(to: store, provenance: stamp)

        let records = try await store.list(CareCommunicationRecord.self, matching: .all).map(\.document)
        let sentRecord = try XCTUnwrap(records.first { $0.direction == .sent })
        XCTAssertEqual(sentRecord.acknowledgement?.code, .ok)
        let replyRecord = try XCTUnwrap(records.first { $0.direction == .received })
        XCTAssertEqual(replyRecord.resident, birgit.id)
        XCTAssertEqual(replyRecord.message?.texts.last, "Tak. Bostøtten starter dagen efter udskrivelsen.")
        XCTAssertFalse(replyRecord.description.contains("2509479989"))
    }
}
