import Brobygger
import BrobyggerTesting
import Foundation
import Testing

/// A ward that sends a concluded agreement to the municipality and the facility, and the messages that come back.
struct CareCommunicationWorld {
    let store = InMemoryDocumentStore()
    let ward: Organisation
    let municipality: Organisation
    let facility: Organisation
    let resident: Resident
    let agreement: DischargeAgreement
    let ids = SequentialIdentifierSource(seed: 404)
    let now = ResidentsFixtureTime.instant("2026-03-05", 14)

    static let provenance = Provenance(
        author: Author(name: try! PersonName(given: "Care", family: "Communication")),
        instant: ResidentsFixtureTime.instant("2026-03-05", 12))

    init() async throws {
        let organisationIDs = SequentialIdentifierSource(seed: 400)
        ward = try Organisation(
            id: .init(rawValue: organisationIDs.nextUUID()), kind: .ward, name: "Sengeafsnit S3",
            identifiers: OrganisationIdentifiers(sor: try SORCode("265161000016000"), gln: try GLN("5790000209354")),
            contact: ContactDetails(phone: "38683868"))
        municipality = try Organisation(
            id: .init(rawValue: organisationIDs.nextUUID()), kind: .municipality, name: "Herlev Kommune",
            identifiers: OrganisationIdentifiers(sor: try SORCode("953741000016009"), gln: try GLN("5790001348120")))
        facility = try Organisation(
            id: .init(rawValue: organisationIDs.nextUUID()), kind: .residentialFacility, name: "Bostedet Kastanjehuset",
            identifiers: OrganisationIdentifiers(
                sor: try SORCode("900000000000059"), gln: try SampleNetwork.gln("579000990004")))
        resident = try ResidentBuilder("elmer").cpr("2509479989").named("Bruno", "Elmer").build()
        var content = try DischargeContentBuilder(resident: resident.id, episode: "E-2026-001").ward(ward.id).build()
        let municipalityID = municipality.id
        let facilityID = facility.id
        content = try content.withParties(
            content.parties.map { party in
                switch party.role {
                case .municipality:
                    try DischargeParty(
                        role: .municipality, name: party.name, organisation: municipalityID,
                        contactPerson: party.contactPerson)
                case .residentialFacility:
                    try DischargeParty(role: .residentialFacility, name: party.name, organisation: facilityID)
                default: party
                }
            })
        agreement = try DischargeAgreement(
            id: .init(rawValue: organisationIDs.nextUUID()), content: content,
            provenance: DischargeContentBuilder.provenance(on: "2026-03-05"))
        for organisation in [ward, municipality, facility] {
            _ = try await store.save(organisation, expecting: .new, provenance: Self.provenance)
        }
        _ = try await store.save(try ResidentRecord(resident: resident), expecting: .new, provenance: Self.provenance)
        _ = try await store.save(agreement, expecting: .new, provenance: Self.provenance)
    }

    func party(_ organisation: Organisation) -> HospitalNotification.Party {
        CareCommunicationDispatch.party(organisation)
    }

    /// Sends the agreement and stores the sent records.
    func send() async throws -> [CareCommunicationDispatch.Outgoing] {
        let outgoing = try await CareCommunicationDispatch.prepare(agreement, store: store, ids: ids, now: now)
        for message in outgoing {
            _ = try await store.save(message.record, expecting: .new, provenance: Self.provenance)
        }
        return outgoing
    }

    /// The municipality's reply to a sent message, written as MedCom bundle JSON.
    func reply(to sent: CareCommunication, id: String, text: String, patient: PersonIdentifier? = nil) throws -> Data {
        let segment = CareCommunication.Segment(
            identifier: "urn:uuid:" + ids.nextUUID().uuidString.lowercased(), assigner: "953741000016009",
            sentAt: now.adding(seconds: 600),
            author: CareCommunication.Author(name: "Søren Sagsbehandler", role: "socialraadgiver", phone: "44527000"),
            content: .text(text))
        let message = try CareCommunication(
            messageID: try FHIR.ID(id), bundleID: nil, timestamp: now.adding(seconds: 600),
            sentAt: now.adding(seconds: 600), activity: .reply, conversation: sent.conversation,
            category: sent.category, topic: sent.topic, priority: nil, patient: patient ?? sent.patient,
            sender: sent.receiver, receiver: sent.sender, episodeOfCare: sent.episodeOfCare,
            segments: sent.segments.filter(\.isText) + [segment], newSegmentIdentifiers: [segment.identifier],
            predecessor: .message(sent.messageID), history: [])
        return try CareCommunicationWriter.json(for: message, patientName: resident.name, ids: ids)
    }

    func receive(_ files: [(String, Data)]) async throws -> CareCommunicationImport.Result {
        try await CareCommunicationImport.receive(files, store: store, ids: ids, now: now.adding(seconds: 900))
    }

    func apply(_ result: CareCommunicationImport.Result) async throws {
        try await result.plan.apply(to: store, provenance: Self.provenance)
    }

    func records() async throws -> [CareCommunicationRecord] {
        try await store.list(CareCommunicationRecord.self, matching: .all).map(\.document)
    }
}

@Suite("MedCom CareCommunication: sending agreements and receiving messages onto the store")
struct CareCommunicationImportTests {
    @Test("A concluded agreement goes to the municipality and the facility, signed by the consultant, with a PDF")
    func send() async throws {
        let world = try await CareCommunicationWorld()
        let outgoing = try await world.send()
        #expect(outgoing.map(\.receiver.id) == [world.municipality.id, world.facility.id])
        for message in outgoing {
            let read = try CareCommunication(json: message.json)
            #expect(read == message.message)
            #expect(read.sender.sor == world.ward.identifiers.sor)
            #expect(read.segments.first?.author?.name == "Karen Overlæge")
            #expect(read.segments.first?.author?.phone == "38683868")
            #expect(read.segments.count == 2)
            #expect(message.record.direction == .sent && message.record.document == world.agreement.id.storageKey)
        }
        #expect(try await world.records().count == 2)
    }

    @Test("A draft is not sent")
    func draftRefused() async throws {
        let world = try await CareCommunicationWorld()
        let draft = try DischargeAgreement(
            id: .init(rawValue: world.ids.nextUUID()),
            content: DischargeContentBuilder(resident: world.resident.id, episode: "E-2").ward(world.ward.id)
                .concluded(on: nil).build(),
            provenance: DischargeContentBuilder.provenance(on: "2026-03-05"))
        do {
            _ = try await CareCommunicationDispatch.prepare(
                draft, store: world.store, receivers: [world.municipality.id], ids: world.ids, now: world.now)
            Issue.record("a draft is refused")
        } catch let error as FHIRError {
            #expect(error.code == "carecommunication.not-concluded")
        }
    }

    @Test(
        "The receiver's acknowledgement is recorded on the sent message; the same acknowledgement again changes nothing"
    )
    func acknowledgementRecorded() async throws {
        let world = try await CareCommunicationWorld()
        let sent = try await world.send()[0].message
        let acknowledgement = try MedComAcknowledgement.acknowledging(
            sent.messageID, from: world.party(world.municipality), to: world.party(world.ward), code: .ok,
            messageID: try FHIR.ID("ack-1"), sentAt: world.now.adding(seconds: 60))
        let data = try acknowledgement.json(ids: world.ids)
        let result = try await world.receive([("ack.json", data)])
        #expect(result.plan.problems.isEmpty && result.plan.writes.count == 1)
        #expect(result.acknowledgements.isEmpty)
        try await world.apply(result)
        let record = try #require(try await world.records().first { $0.messageID == sent.messageID })
        #expect(record.acknowledgement?.isPositive == true)
        let again = try await world.receive([("ack.json", data)])
        #expect(again.plan.writes.isEmpty && again.plan.unchanged == 1)

        let unknown = try MedComAcknowledgement.acknowledging(
            try FHIR.ID("never-sent"), from: world.party(world.municipality), to: world.party(world.ward), code: .ok,
            messageID: try FHIR.ID("ack-2"), sentAt: world.now)
        let refused = try await world.receive([("ack2.json", unknown.json(ids: world.ids))])
        #expect(refused.plan.problems.first?.field == "MessageHeader.response.identifier")
        #expect(refused.plan.writes.isEmpty)
    }

    @Test(
        "A reply is stored on the resident's record and acknowledged; received again it is acknowledged again and changes nothing"
    )
    func replyAndDuplicate() async throws {
        let world = try await CareCommunicationWorld()
        let sent = try await world.send()[0].message
        let reply = try world.reply(to: sent, id: "reply-1", text: "Tak, vi har modtaget aftalen.")
        let result = try await world.receive([("reply.json", reply)])
        #expect(result.plan.problems.isEmpty)
        #expect(result.plan.writes.count == 1)
        let acknowledgement = try #require(result.acknowledgements.first?.acknowledgement)
        #expect(acknowledgement.code == .ok && acknowledgement.acknowledgedMessage.rawValue == "reply-1")
        #expect(acknowledgement.receiver.sor == world.municipality.identifiers.sor)
        // The acknowledgement the ward returns reads back through the same reader.
        let returned = try MedComAcknowledgement(json: acknowledgement.json(ids: world.ids))
        #expect(returned.messageID == acknowledgement.messageID && returned.code == .ok)
        #expect(returned.acknowledgedMessage == acknowledgement.acknowledgedMessage)
        #expect(
            returned.sender.gln == acknowledgement.sender.gln && returned.receiver.sor == acknowledgement.receiver.sor)
        #expect(returned.sentAt == acknowledgement.sentAt)
        try await world.apply(result)
        let records = try await world.records()
        let stored = try #require(records.first { $0.direction == .received })
        #expect(stored.resident == world.resident.id)
        #expect(stored.message?.texts.last == "Tak, vi har modtaget aftalen.")
        #expect(stored.acknowledgement == acknowledgement)

        let again = try await world.receive([("reply-again.json", reply)])
        #expect(again.plan.writes.isEmpty && again.plan.problems.isEmpty && again.plan.unchanged == 1)
        let duplicate = try #require(again.acknowledgements.first?.acknowledgement)
        #expect(duplicate.code == .ok)
        #expect(duplicate.issues.first?.detailCode == "MSG_DUPLICATE_ID")
        #expect(try await world.records() == records)
    }

    @Test("Bad input is a problem naming the element, answered with a negative acknowledgement, and stores nothing")
    func badInput() async throws {
        let world = try await CareCommunicationWorld()
        let sent = try await world.send()[0].message
        let first = try world.reply(to: sent, id: "reply-1", text: "Første svar")
        try await world.apply(try await world.receive([("reply.json", first)]))
        let before = try await world.records()

        func check(
            _ data: Data, field: String, code: MedComAcknowledgement.ResponseCode, detail: String? = nil
        ) async throws {
            let result = try await world.receive([("bad.json", data)])
            #expect(result.plan.writes.isEmpty)
            #expect(result.plan.problems.count == 1)
            let problem = try #require(result.plan.problems.first)
            #expect(problem.field?.contains(field) == true, "\(problem)")
            #expect(!problem.description.contains("2509479989"))
            let acknowledgement = try #require(result.acknowledgements.first?.acknowledgement)
            #expect(acknowledgement.code == code)
            #expect(!acknowledgement.issues.isEmpty)
            if let detail { #expect(acknowledgement.issues.first?.detailCode == detail) }
            #expect(acknowledgement.issues.allSatisfy { !($0.text ?? "").contains("2509479989") })
        }
        // The same id with other content.
        try await check(
            try world.reply(to: sent, id: "reply-1", text: "Et andet svar"), field: "MessageHeader.id",
            code: .fatalError, detail: "MSG_DUPLICATE_ID")
        // A reply to a message the store never sent or received: out of order.
        let unknownThread = try CareCommunication(
            messageID: try FHIR.ID("unknown-original"), bundleID: nil, timestamp: sent.timestamp, sentAt: sent.sentAt,
            activity: .new, conversation: sent.conversation, category: sent.category, topic: sent.topic,
            priority: nil, patient: sent.patient, sender: sent.sender, receiver: sent.receiver, episodeOfCare: nil,
            segments: sent.segments, newSegmentIdentifiers: [], predecessor: nil, history: [])
        try await check(
            try world.reply(to: unknownThread, id: "reply-2", text: "Svar"), field: "Provenance.entity",
            code: .transientError)
        // An unknown patient.
        let stranger = try PersonIdentifier.cpr(CPRNumber("0101801234"))
        try await check(
            try world.reply(to: sent, id: "reply-3", text: "Svar", patient: stranger), field: "Communication.subject",
            code: .fatalError, detail: "MSG_NO_EXIST")
        // An unknown receiver.
        let elsewhere = try CareCommunication(
            messageID: sent.messageID, bundleID: nil, timestamp: sent.timestamp, sentAt: sent.sentAt, activity: .new,
            conversation: sent.conversation, category: sent.category, topic: sent.topic, priority: nil,
            patient: sent.patient,
            sender: HospitalNotification.Party(
                name: "Andet afsnit", sor: try SORCode("123456789012345"), gln: try SampleNetwork.gln("579000990009")),
            receiver: sent.sender, episodeOfCare: nil, segments: sent.segments, newSegmentIdentifiers: [],
            predecessor: nil, history: [])
        try await check(
            try world.reply(to: elsewhere, id: "reply-4", text: "Svar"), field: "MessageHeader.destination.receiver",
            code: .fatalError, detail: "MSG_Receiver_Identifier_UNKNOWN")
        // A missing required element: the category.
        let text = String(decoding: try world.reply(to: sent, id: "reply-5", text: "Svar"), as: UTF8.self)
        let withoutCategory = Data(text.replacingOccurrences(of: "\"category\"", with: "\"categoryRemoved\"").utf8)
        try await check(withoutCategory, field: "entry[2].resource.category", code: .fatalError)

        #expect(try await world.records() == before)
    }
}
