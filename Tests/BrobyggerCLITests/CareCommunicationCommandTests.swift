import Brobygger
import BrobyggerTesting
import Foundation
import Testing

@testable import BrobyggerCommandLine

@Suite("carecommunication send and receive", .serialized)
struct CareCommunicationCommandTests {
    /// A file store with a ward, a municipality, a facility, a resident and a concluded agreement naming them.
    static func store() async throws -> (directory: String, agreement: DischargeAgreement, ward: Organisation) {
        let directory = ScratchDirectory.path("carecommunication-store")
        let ids = SequentialIdentifierSource(seed: 500)
        let ward = try Organisation(
            id: .init(rawValue: ids.nextUUID()), kind: .ward, name: "Sengeafsnit S3",
            identifiers: OrganisationIdentifiers(sor: try SORCode("265161000016000"), gln: try GLN("5790000209354")),
            contact: ContactDetails(phone: "38683868"))
        let municipality = try Organisation(
            id: .init(rawValue: ids.nextUUID()), kind: .municipality, name: "Herlev Kommune",
            identifiers: OrganisationIdentifiers(sor: try SORCode("953741000016009"), gln: try GLN("5790001348120")))
        let resident = try ResidentBuilder("elmer").cpr("2509479989").named("Bruno", "Elmer").build()
        var content = try DischargeContentBuilder(resident: resident.id, episode: "E-1").ward(ward.id).build()
        content = try content.withParties(
            content.parties.filter { $0.role != .residentialFacility }.map { party in
                party.role == .municipality
                    ? try DischargeParty(role: .municipality, name: party.name, organisation: municipality.id) : party
            })
        let agreement = try DischargeAgreement(
            id: .init(rawValue: ids.nextUUID()), content: content,
            provenance: DischargeContentBuilder.provenance(on: "2026-03-05"))
        let store = try FileDocumentStore(directory: directory)
        for organisation in [ward, municipality] {
            _ = try await store.save(organisation, expecting: .new, provenance: TestSupport.provenance)
        }
        _ = try await store.save(
            try ResidentRecord(resident: resident), expecting: .new, provenance: TestSupport.provenance)
        _ = try await store.save(agreement, expecting: .new, provenance: TestSupport.provenance)
        await store.close()
        return (directory, agreement, ward)
    }

    private func run(_ arguments: [String]) async -> (ExitCode, CapturedOutput) {
        let output = CapturedOutput()
        let code = await Tool.run(arguments, environment: TestSupport.environment(output))
        return (code, output)
    }

    static func files(in directory: String) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(atPath: directory).sorted().map {
            URL(fileURLWithPath: directory).appendingPathComponent($0)
        }
    }

    @Test(
        "send writes the message for the municipality; receive stores a reply, writes its acknowledgement and refuses bad input"
    )
    func sendAndReceive() async throws {
        let (store, agreement, _) = try await Self.store()
        let out = ScratchDirectory.path("carecommunication-out")
        let (sent, sendOutput) = await run([
            "carecommunication", "send", "--document", agreement.id.uuidString, "--out", out, "--store", store,
        ])
        #expect(sent == .success, "\(sendOutput.standardError)")
        #expect(sendOutput.standardOutput.contains("Herlev Kommune (250947-xxxx)"))
        let written = try Self.files(in: out)
        #expect(written.count == 1)
        let message = try CareCommunication(json: Data(contentsOf: written[0]))
        #expect(message.receiver.sor?.value == "953741000016009")

        // The municipality's reply.
        let segment = CareCommunication.Segment(
            identifier: "urn:uuid:8f7c1e0a-3a63-4b7e-9a55-0c8d5d1c2b11", sentAt: message.sentAt.adding(seconds: 60),
            author: CareCommunication.Author(name: "Søren Sagsbehandler", role: "socialraadgiver", phone: "44527000"),
            content: .text("Modtaget, tak."))
        func reply(_ id: String, patient: PersonIdentifier) throws -> URL {
            let value = try CareCommunication(
                messageID: try FHIR.ID(id), bundleID: nil, timestamp: message.sentAt.adding(seconds: 60),
                sentAt: message.sentAt.adding(seconds: 60), activity: .reply, conversation: message.conversation,
                category: message.category, topic: message.topic, priority: nil, patient: patient,
                sender: message.receiver, receiver: message.sender, episodeOfCare: message.episodeOfCare,
                segments: message.segments.filter(\.isText) + [segment], newSegmentIdentifiers: [segment.identifier],
                predecessor: .message(message.messageID), history: [])
            let url = URL(fileURLWithPath: ScratchDirectory.path("reply-\(id).json"))
            try CareCommunicationWriter.json(for: value, patientName: nil, ids: SequentialIdentifierSource(seed: 9))
                .write(to: url)
            return url
        }
        let acknowledgements = ScratchDirectory.path("carecommunication-acks")
        let good = try reply("reply-1", patient: message.patient)
        let (received, receiveOutput) = await run([
            "carecommunication", "receive", good.path, "--acknowledgements", acknowledgements, "--store", store,
        ])
        #expect(received == .success, "\(receiveOutput.standardError)")
        #expect(receiveOutput.standardOutput.contains("1 stored, 0 unchanged, 0 refused of 1 file."))
        let acknowledgement = try MedComAcknowledgement(json: Data(contentsOf: try Self.files(in: acknowledgements)[0]))
        #expect(acknowledgement.code == .ok && acknowledgement.acknowledgedMessage.rawValue == "reply-1")

        // A reply about a patient the store does not know is refused with a negative acknowledgement.
        let stranger = try PersonIdentifier.cpr(CPRNumber("0101801234"))
        let bad = try reply("reply-2", patient: stranger)
        let refusedAcks = ScratchDirectory.path("carecommunication-refused")
        let (refused, refusedOutput) = await run([
            "carecommunication", "receive", bad.path, "--acknowledgements", refusedAcks, "--store", store,
        ])
        #expect(refused == .input)
        #expect(refusedOutput.standardError.contains("Communication.subject"))
        #expect(!refusedOutput.standardError.contains("0101801234"))
        let negative = try MedComAcknowledgement(json: Data(contentsOf: try Self.files(in: refusedAcks)[0]))
        #expect(negative.code == .fatalError)

        // A document id that is no UUID is a usage error.
        let (usage, _) = await run(["carecommunication", "send", "--document", "not-a-uuid", "--out", out])
        #expect(usage == .usage)
    }
}
