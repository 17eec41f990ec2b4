import BrobyggerCore
import BrobyggerDischarge
import BrobyggerFHIR
import BrobyggerResidents
import BrobyggerTesting
import Foundation
import Testing

/// MedCom's CareCommunication examples and what each must read as.
enum CareCommunicationExamples {
    struct Expectation: Sendable, CustomStringConvertible {
        let name: String
        let activity: CareCommunication.Activity
        let category: String
        let topic: String?
        let segments: Int
        let texts: Int
        let episode: String?

        var description: String { name }
    }

    /// Every example of the reference set: the five a receiver must read and the three a sender produces.
    static let all: [Expectation] = [
        .init(
            name: "CareCommunication_Ex_receive_A-new", activity: .new, category: "other", topic: "Kritisk tilstand",
            segments: 2, texts: 1, episode: nil),
        .init(
            name: "CareCommunication_Ex_receive_B-reply", activity: .reply, category: "examination-results",
            topic: "Forspørgsel på seneste resultater", segments: 3, texts: 2, episode: nil),
        .init(
            name: "CareCommunication_Ex_receive_C-forward", activity: .forward, category: "examination-results",
            topic: "Resultater fra hjemmesygeplejen", segments: 2, texts: 2, episode: nil),
        .init(
            name: "CareCommunication_Ex_receive_Tek-B_new_attachment", activity: .new, category: "carecoordination",
            topic: nil, segments: 7, texts: 1, episode: nil),
        .init(
            name: "CareCommunication_Ex_receive_Tek-E_new_EpisodeOfCare-identifier", activity: .new,
            category: "examination-results", topic: nil, segments: 1, texts: 1,
            episode: "urn:uuid:fc60e762-b13b-5773-865e-67f3907bdcc7"),
        .init(
            name: "CareCommunication_Ex_send-A-new", activity: .new, category: "regarding-referral",
            topic: "Kritisk tilstand", segments: 2, texts: 1, episode: nil),
        .init(
            name: "CareCommunication_Ex_send-B-new-attachment", activity: .new, category: "training", topic: nil,
            segments: 2, texts: 1, episode: nil),
        .init(
            name: "CareCommunication_Ex_send-F-new-change", activity: .new, category: "examination-results",
            topic: "Resultater fra hjemmesygeplejen", segments: 1, texts: 1, episode: nil),
    ]

    static func message(_ name: String) throws -> CareCommunication {
        try CareCommunication(json: MedComExamples.data(name))
    }
}

/// Agreements and plans to send, with the parties of MedCom's examples.
enum CareCommunicationFixtures {
    static func sender() throws -> HospitalNotification.Party {
        HospitalNotification.Party(
            name: "Sengeafsnit S3, Psykiatrisk Center", sor: try SORCode("265161000016000"),
            gln: try GLN("5790000209354"))
    }

    static func municipality() throws -> HospitalNotification.Party {
        HospitalNotification.Party(
            name: "Herlev Kommune, Socialpsykiatri", sor: try SORCode("953741000016009"),
            gln: try GLN("5790001348120"))
    }

    static func author() -> CareCommunication.Author {
        CareCommunication.Author(name: "Karen Overlæge", role: "overlaege", phone: "38683868")
    }

    static func elmer() throws -> Resident {
        try ResidentBuilder("elmer").cpr("2509479989").named("Bruno", "Elmer").build()
    }

    static func agreement(_ resident: Resident, concluded: String? = "2026-03-05") throws -> DischargeAgreement {
        try DischargeAgreement(
            id: DischargeAgreement.ID(rawValue: SequentialIdentifierSource(seed: 5).nextUUID()),
            content: DischargeContentBuilder(resident: resident.id, episode: "E-2026-001").concluded(on: concluded)
                .build(),
            provenance: DischargeContentBuilder.provenance(on: "2026-03-05"))
    }

    static func messageID(_ number: Int) throws -> FHIR.ID {
        try FHIR.ID("c\(number)-0000-4000-8000-000000000000")
    }

    static let sentAt = ResidentsFixtureTime.instant("2026-03-05", 14)
}

@Suite("MedCom CareCommunication: reading, writing, acknowledgements")
struct CareCommunicationTests {
    @Test(
        "Every MedCom example reads with its activity, category, topic, segments and episode",
        arguments: CareCommunicationExamples.all)
    func examplesRead(_ expected: CareCommunicationExamples.Expectation) throws {
        let message = try CareCommunicationExamples.message(expected.name)
        #expect(message.activity == expected.activity)
        #expect(message.category == expected.category)
        #expect(message.topic == expected.topic)
        #expect(message.segments.count == expected.segments)
        #expect(message.texts.count == expected.texts)
        #expect(message.episodeOfCare?.value == expected.episode)
        #expect(message.patient.masked == "250947-xxxx")
        #expect(!message.description.contains("2509479989"))
        #expect(message.sender.sor != nil && message.receiver.gln != nil)
        #expect(!message.newSegmentIdentifiers.isEmpty)
        for segment in message.segments where segment.isText {
            #expect(segment.author?.name != nil && segment.author?.role != nil && segment.author?.phone != nil)
        }
        if expected.activity != .new { #expect(message.predecessor != nil) }
    }

    @Test("The reply carries the earlier text, names the message it answers and its own new segments")
    func replyThread() throws {
        let reply = try CareCommunicationExamples.message("CareCommunication_Ex_receive_B-reply")
        #expect(reply.predecessor == .message(try FHIR.ID("42cb9200-f421-4d08-8391-7d51a2503cb4")))
        #expect(reply.history.count == 1)
        #expect(reply.history.first?.activityCode == "new-message")
        #expect(reply.newSegments.count == 2)
        #expect(reply.texts.first?.hasPrefix("Til rette vedkommende") == true)
        guard case .attachment(let pdf)? = reply.segments.last?.content else {
            Issue.record("the reply's last segment is its PDF")
            return
        }
        #expect(pdf.contentType == "application/pdf")
        #expect(pdf.data?.prefix(5) == Data("%PDF-".utf8))
    }

    @Test("The attachment example holds every allowed file type and a link")
    func attachmentTypes() throws {
        let message = try CareCommunicationExamples.message("CareCommunication_Ex_receive_Tek-B_new_attachment")
        let attachments = message.segments.compactMap { segment -> CareCommunication.Attachment? in
            if case .attachment(let attachment) = segment.content { attachment } else { nil }
        }
        #expect(
            Set(attachments.compactMap(\.contentType))
                == ["application/pdf", "image/gif", "image/tiff", "image/png", "image/jpeg"])
        #expect(attachments.contains { $0.url == "https://medcom.dk/" && $0.data == nil })
        #expect(attachments.filter { $0.data != nil }.count == 5)
    }

    @Test(
        "Every example written back through the writer reads as the same message",
        arguments: CareCommunicationExamples.all)
    func examplesRoundTrip(_ expected: CareCommunicationExamples.Expectation) throws {
        let message = try CareCommunicationExamples.message(expected.name)
        let data = try CareCommunicationWriter.json(
            for: message, patientName: nil, ids: SequentialIdentifierSource(seed: 3))
        #expect(try CareCommunication(json: data) == message)
        // Decoding the stored value goes through the same checks.
        let stored = try JSONDecoder().decode(CareCommunication.self, from: JSONEncoder().encode(message))
        #expect(stored == message)
    }

    @Test("A concluded agreement is sent with its text, a PDF rendering, the episode of care and a narrative")
    func agreementSent() throws {
        let resident = try CareCommunicationFixtures.elmer()
        let agreement = try CareCommunicationFixtures.agreement(resident)
        let writer = CareCommunicationWriter(
            sender: try CareCommunicationFixtures.sender(), author: CareCommunicationFixtures.author())
        let ids = SequentialIdentifierSource(seed: 11)
        let message = try writer.message(
            for: agreement, resident: resident, to: try CareCommunicationFixtures.municipality(),
            messageID: try CareCommunicationFixtures.messageID(1), sentAt: CareCommunicationFixtures.sentAt, ids: ids)
        #expect(message.activity == .new)
        #expect(message.category == "discharge")
        #expect(message.topic == "Udskrivningsaftale (psykiatriloven §13a)")
        #expect(message.episodeOfCare?.value == "E-2026-001")
        let text = try #require(message.texts.first)
        #expect(text.hasPrefix("Udskrivningsaftale efter psykiatriloven §13a stk. 1\n"))
        #expect(text.contains("Ansvarlig overlæge: Karen Overlæge"))
        #expect(text.contains("Kommune: Kommunen, Socialforvaltningen (kontaktperson: Søren Sagsbehandler"))
        #expect(text.contains("Behandlingstilbud:\n  - Depot medication every 14 days with the outreach team"))
        #expect(!text.contains("2509479989"))
        guard case .attachment(let pdf)? = message.segments.last?.content else {
            Issue.record("the second segment is the PDF rendering")
            return
        }
        #expect(pdf.contentType == "application/pdf")
        #expect(pdf.title == "Udskrivningsaftale")
        #expect(pdf.data == PlainTextPDF(text: text).data)

        let bundle = try CareCommunicationWriter.bundle(for: message, patientName: resident.name, ids: ids)
        let data = try FHIR.encode(bundle)
        #expect(try CareCommunication(json: data) == message)
        // Every resource has a narrative; the Communication's shows the message text.
        for entry in bundle.entry {
            guard let resource = entry.resource else { continue }
            let json = try JSONDecoder().decode(JSONValue.self, from: FHIR.encode(resource))
            #expect(
                json["text"]?["div"]?.stringValue?.hasPrefix("<div xmlns=\"http://www.w3.org/1999/xhtml\">") == true)
        }
        let communication = try #require(bundle.entries(ofType: "Communication").first?.entry.resource)
        guard case .communication(let resource) = communication else { return }
        #expect(resource.text?.div.contains("Karen Overlæge") == true)
        guard case .messageHeader(let header)? = bundle.entry.first?.resource else { return }
        #expect(header.definition == CareCommunicationWriter.messageDefinition)
    }

    @Test("A coordination plan is sent with the §13b topic and the refusal in the text")
    func planSent() throws {
        let resident = try CareCommunicationFixtures.elmer()
        let plan = try CoordinationPlan(
            id: CoordinationPlan.ID(rawValue: SequentialIdentifierSource(seed: 6).nextUUID()),
            content: DischargeContentBuilder(resident: resident.id, episode: "E-2026-002").refused(on: "2026-03-04")
                .build(),
            provenance: DischargeContentBuilder.provenance(on: "2026-03-05"))
        let writer = CareCommunicationWriter(
            sender: try CareCommunicationFixtures.sender(), author: CareCommunicationFixtures.author(),
            attachesPDF: false)
        let message = try writer.message(
            for: plan, resident: resident, to: try CareCommunicationFixtures.municipality(),
            messageID: try CareCommunicationFixtures.messageID(2), sentAt: CareCommunicationFixtures.sentAt,
            ids: SequentialIdentifierSource(seed: 12))
        #expect(message.topic == "Koordinationsplan (psykiatriloven §13b)")
        #expect(message.segments.count == 1)
        #expect(message.texts[0].contains("Patienten har afvist at indgå en udskrivningsaftale (2026-03-04)"))
    }

    @Test("A draft, a withheld view or an unsigned message is refused with a typed error")
    func refusals() throws {
        let resident = try CareCommunicationFixtures.elmer()
        let sender = try CareCommunicationFixtures.sender()
        let receiver = try CareCommunicationFixtures.municipality()
        func code(_ writer: CareCommunicationWriter, _ agreement: DischargeAgreement) throws -> String? {
            do {
                _ = try writer.message(
                    for: agreement, resident: resident, to: receiver,
                    messageID: try CareCommunicationFixtures.messageID(3), sentAt: CareCommunicationFixtures.sentAt,
                    ids: SequentialIdentifierSource(seed: 13))
                return nil
            } catch let error as FHIRError {
                return error.code
            }
        }
        let writer = CareCommunicationWriter(sender: sender, author: CareCommunicationFixtures.author())
        #expect(
            try code(writer, CareCommunicationFixtures.agreement(resident, concluded: nil))
                == "carecommunication.not-concluded")
        let concluded = try CareCommunicationFixtures.agreement(resident)
        #expect(try code(writer, concluded.redacted(to: [])) == "carecommunication.withheld")
        let unsigned = CareCommunicationWriter(
            sender: sender, author: CareCommunication.Author(name: "Karen Overlæge", role: "overlaege", phone: nil))
        #expect(try code(unsigned, concluded) == "carecommunication.author-incomplete")
        let noGLN = CareCommunicationWriter(
            sender: HospitalNotification.Party(name: "Afsnit", sor: sender.sor, gln: nil),
            author: CareCommunicationFixtures.author())
        #expect(try code(noGLN, concluded) == "medcom-messaging-organization")
    }

    @Test("Every generated agreement and plan of a synthetic region is sent and reads back unchanged")
    func generatedDocumentsRoundTrip() throws {
        let documents = try #require(DischargeMappingRoundTripTests.documents)
        let residents = Dictionary(uniqueKeysWithValues: MappingGenerators.region.residents.map { ($0.id, $0) })
        let writer = CareCommunicationWriter(
            sender: try CareCommunicationFixtures.sender(), author: CareCommunicationFixtures.author())
        let ids = SequentialIdentifierSource(seed: 14)
        var sent = 0
        func check<Document: DischargeDocument>(_ document: Document) throws {
            guard document.content.concludedOn != nil, let resident = residents[document.resident],
                case .cpr = resident.person
            else { return }
            sent += 1
            let message = try writer.message(
                for: document, resident: resident, to: try CareCommunicationFixtures.municipality(),
                messageID: try FHIR.ID(ids.nextUUID().uuidString.lowercased()),
                sentAt: CareCommunicationFixtures.sentAt,
                ids: ids)
            let data = try CareCommunicationWriter.json(for: message, patientName: resident.name, ids: ids)
            #expect(try CareCommunication(json: data) == message)
        }
        for agreement in documents.agreements.prefix(40) { try check(agreement) }
        for plan in documents.plans.prefix(20) { try check(plan) }
        #expect(sent > 10)
    }

    @Test(
        "A message missing a required element is refused naming the element",
        arguments: [
            (["entry", 2, "resource", "payload", 0, "extension", 3], "valueContactPoint", "fhir.missing-element"),
            (["entry", 2, "resource", "payload", 0, "extension", 1], "valueIdentifier", "fhir.missing-element"),
            (["entry", 2, "resource", "category"], "category", "fhir.missing-element"),
            (["entry", 2, "resource", "text"], "text", "medcom-careCommunication.narrative"),
            (["entry", 2, "resource", "identifier"], "identifier[0].value", "fhir.missing-element"),
            (["entry", 0, "resource", "focus"], "focus[0]", "fhir.missing-element"),
        ] as [([JSONStep], String, String)])
    func missingElements(_ path: [JSONStep], _ element: String, _ code: String) throws {
        let tree = try MedComExamples.tree("CareCommunication_Ex_receive_B-reply")
        #expect(tree.value(at: path) != nil)
        do {
            _ = try CareCommunication(json: tree.setting(path, to: nil).data())
            Issue.record("a message without \(element) is refused")
        } catch let error as FHIRError {
            #expect(error.code == code)
            #expect(error.path?.rawValue.contains(element) == true, "\(error)")
        }
    }

    @Test(
        "Two patients, a reply without the message it answers and an attachment of a type MedCom does not allow are refused"
    )
    func profileRules() throws {
        let tree = try MedComExamples.tree("CareCommunication_Ex_receive_B-reply")
        let reply = try #require(tree.value(at: ["entry", 9, "resource", "entity"]))
        #expect(reply.value(at: [1, "role"])?.stringValue == "revision")
        let noPredecessor = tree.setting(["entry", 9, "resource", "entity", 1], to: nil)
        #expect(throws: FHIRError.self) { try CareCommunication(json: noPredecessor.data()) }
        do {
            _ = try CareCommunication(json: noPredecessor.data())
        } catch let error as FHIRError {
            #expect(error.code == "carecommunication.predecessor-missing")
        }
        let html = tree.setting(
            ["entry", 2, "resource", "payload", 2, "contentAttachment", "contentType"], to: .string("text/html"))
        do {
            _ = try CareCommunication(json: html.data())
            Issue.record("an HTML attachment is refused")
        } catch let error as FHIRError {
            #expect(error.code == "carecommunication.attachment-type")
            #expect(error.path?.rawValue.hasSuffix("payload[2].contentAttachment.contentType") == true)
        }
        let patient = try #require(tree.value(at: ["entry", 1]))
        let twoPatients = tree.setting(["entry", 11], to: patient)
        do {
            _ = try CareCommunication(json: twoPatients.data())
            Issue.record("two patients are refused")
        } catch let error as FHIRError {
            #expect(error.code == "medcom-careCommunication-2")
        }
    }

    @Test("An acknowledgement reads back, matches the message it acknowledges and no other")
    func acknowledgementRoundTrip() throws {
        let message = try CareCommunicationExamples.message("CareCommunication_Ex_receive_A-new")
        let ids = SequentialIdentifierSource(seed: 15)
        let positive = try MedComAcknowledgement.acknowledging(
            message.messageID, from: message.receiver, to: message.sender, code: .ok,
            messageID: try CareCommunicationFixtures.messageID(4), sentAt: CareCommunicationFixtures.sentAt)
        let read = try MedComAcknowledgement(json: positive.json(ids: ids))
        #expect(read.isPositive)
        #expect(read.acknowledges(message))
        #expect(read.messageID == positive.messageID && read.code == .ok && read.issues.isEmpty)
        let other = try CareCommunicationExamples.message("CareCommunication_Ex_receive_B-reply")
        #expect(!read.acknowledges(other))

        let issue = MedComAcknowledgement.Issue(
            severity: "error", type: "structure", detailSystem: MedComAcknowledgement.Issue.hl7System,
            detailCode: "MSG_BAD_FORMAT", text: "entry[2].resource.category: required element missing")
        let negative = try MedComAcknowledgement.acknowledging(
            message.messageID, from: message.receiver, to: message.sender, code: .fatalError, issues: [issue],
            messageID: try CareCommunicationFixtures.messageID(5), sentAt: CareCommunicationFixtures.sentAt)
        let bundle = try negative.bundle(ids: ids)
        #expect(bundle.entries(ofType: "OperationOutcome").count == 1)
        let readNegative = try MedComAcknowledgement(bundle: bundle)
        #expect(readNegative.code == .fatalError)
        #expect(readNegative.issues == [issue])
        #expect(readNegative.sentAt == negative.sentAt && readNegative.receiver == negative.receiver)

        #expect(throws: ValidationError.self) {
            try MedComAcknowledgement.acknowledging(
                message.messageID, from: message.receiver, to: message.sender, code: .fatalError,
                messageID: try CareCommunicationFixtures.messageID(6), sentAt: CareCommunicationFixtures.sentAt)
        }
    }

    @Test("A stored record decodes through its checks, masks the CPR number and withholds the content")
    func record() throws {
        let message = try CareCommunicationExamples.message(
            "CareCommunication_Ex_receive_Tek-E_new_EpisodeOfCare-identifier")
        let resident = try CareCommunicationFixtures.elmer()
        let acknowledgement = try MedComAcknowledgement.acknowledging(
            message.messageID, from: message.receiver, to: message.sender, code: .ok,
            messageID: try CareCommunicationFixtures.messageID(7), sentAt: CareCommunicationFixtures.sentAt)
        let record = try CareCommunicationRecord(
            id: CareCommunicationRecord.ID(rawValue: SequentialIdentifierSource(seed: 16).nextUUID()),
            resident: resident.id, direction: .received, message: message, acknowledgement: acknowledgement)
        let data = try JSONEncoder().encode(record)
        #expect(try JSONDecoder().decode(CareCommunicationRecord.self, from: data) == record)
        #expect(!record.description.contains("2509479989") && record.description.contains("250947-xxxx"))
        #expect(record.indexKeys.contains(IndexKey("episode", "urn:uuid:fc60e762-b13b-5773-865e-67f3907bdcc7")))
        let view = record.redacted(to: [.identity])
        #expect(view.message == nil && view.messageID == record.messageID)
        #expect(record.redacted(to: [.psychiatricTreatment]) == record)

        let otherAcknowledgement = try MedComAcknowledgement.acknowledging(
            try FHIR.ID("another-message"), from: message.receiver, to: message.sender, code: .ok,
            messageID: try CareCommunicationFixtures.messageID(8), sentAt: CareCommunicationFixtures.sentAt)
        #expect(throws: ValidationError.self) { try record.acknowledged(by: otherAcknowledgement) }
        // A stored record whose acknowledgement names another message is refused on decoding.
        var tampered = try JSONDecoder().decode(JSONValue.self, from: data)
        tampered = tampered.setting(["acknowledgement", "acknowledgedMessage"], to: .string("another-message"))
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(CareCommunicationRecord.self, from: tampered.data())
        }
    }

    @Test("The PDF rendering is a well-formed PDF with every line, wrapped, and the same bytes for the same text")
    func pdf() throws {
        let text = "Udskrivningsaftale (§13a) – æøå\n" + String(repeating: "ord ", count: 60) + "(slut)"
        let pdf = PlainTextPDF(text: text)
        let data = pdf.data
        #expect(data.prefix(8) == Data("%PDF-1.4".utf8))
        #expect(data.suffix(6) == Data("%%EOF\n".utf8))
        #expect(pdf.lines.allSatisfy { $0.count <= pdf.lineWidth })
        #expect(pdf.lines.count == 4)
        #expect(PlainTextPDF(text: text).data == data)
        // Windows-1252 bytes for § (A7), – (96) and æ (E6); parentheses escaped.
        #expect(data.range(of: Data([0xA7, 0x31, 0x33, 0x61, 0x5C, 0x29, 0x20, 0x96, 0x20, 0xE6])) != nil)
        // The cross-reference table points at every object.
        let string = String(decoding: data, as: UTF8.self)
        let startxref = try #require(string.range(of: "startxref\n"))
        let offset = try #require(Int(string[startxref.upperBound...].prefix { $0.isNumber }))
        #expect(data[offset..<offset + 4] == Data("xref".utf8))
    }
}
