import BrobyggerCore
import BrobyggerFHIR
import BrobyggerResidents
import BrobyggerTesting
import Foundation
import Testing

/// The parties of MedCom's examples: the heart department at Herlev and Gentofte hospital sends to Plejecenter Herlev.
enum WriterFixtures {
    static func sender() throws -> HospitalNotification.Party {
        HospitalNotification.Party(
            name: "Hjerteafdelingen på Herlev og Gentofte hospital", sor: try SORCode("265161000016000"),
            gln: try GLN("5790000209354"))
    }

    static func receiver() throws -> HospitalNotification.Party {
        HospitalNotification.Party(
            name: "Plejecenter Herlev", sor: try SORCode("953741000016009"), gln: try GLN("5790001348120"))
    }

    static func writer(reportOfAdmission: Bool? = nil) throws -> HospitalNotificationWriter {
        HospitalNotificationWriter(sender: try sender(), receiver: try receiver(), reportOfAdmission: reportOfAdmission)
    }

    static func elmer() throws -> Resident {
        try ResidentBuilder("elmer").cpr("2509479989").named("", "Elmer").build()
    }

    static func messageID(_ number: Int) throws -> FHIR.ID {
        try FHIR.ID("m\(number)-0000-4000-8000-000000000000")
    }

    static func instant(_ text: String) throws -> Instant { try Instant(iso8601: text) }

    static let eventIDs = SequentialIdentifierSource(seed: 91)

    static func eventID() -> CourseEvent.ID { CourseEvent.ID(rawValue: eventIDs.nextUUID()) }
}

/// Writes an episode's messages in arrival order and ingests them again, as a receiver would.
struct EpisodeWriter {
    let writer: HospitalNotificationWriter
    let resident: Resident
    let ids = SequentialIdentifierSource(seed: 77)
    var sent: [CourseEvent.ID: HospitalNotification] = [:]
    var last: [String: HospitalNotification] = [:]
    var events: [CourseEvent.ID: CourseEvent] = [:]
    var counter = 0

    init(writer: HospitalNotificationWriter, resident: Resident) {
        self.writer = writer
        self.resident = resident
    }

    /// Writes the event, reads the bytes back, and returns the notification and the course event it gives.
    mutating func send(_ event: CourseEvent) throws -> (
        data: Data, notification: HospitalNotification, back: CourseEvent
    ) {
        counter += 1
        let earlier = event.amendment.map { events[$0.target] } ?? nil
        let previous = event.amendment.map { sent[$0.target] } ?? last[event.episode.value]
        let sentAt = event.instant.adding(seconds: 2)
        let data = try writer.json(
            for: event, resident: resident, following: previous, messageID: try WriterFixtures.messageID(counter),
            sentAt: sentAt, ids: ids)
        let notification = try HospitalNotification(json: data)
        var back = try notification.courseEvent(
            id: event.id, resident: resident.id, ward: event.ward, admission: event.admission ?? AdmissionDetails(),
            amending: earlier)
        back.wardType = event.wardType
        sent[event.id] = notification
        last[event.episode.value] = notification
        events[event.id] = event
        return (data, notification, back)
    }
}

@Suite("MedCom hospital notifications: writer")
struct HospitalNotificationWriterTests {
    /// The events of a synthetic region's residents in the order a hospital sends them: each episode's originals by
    /// time, each amendment after the event it amends.
    static func regionEpisodes() throws -> (SyntheticRegion, [[CourseEvent]]) {
        var parameters = SyntheticRegionParameters.hovedstaden
        parameters.seed = 20_261_124
        parameters.residents = 400
        let region = try SyntheticRegion.generate(parameters)
        let byEpisode = Dictionary(grouping: region.events, by: \.episode)
        let episodes = byEpisode.keys.sorted().map { key in
            byEpisode[key, default: []].sorted {
                ($0.instant, $0.isOriginal ? 0 : 1) < ($1.instant, $1.isOriginal ? 0 : 1)
            }
        }
        return (region, episodes)
    }

    @Test("Every course event of a synthetic region is written, read back by the ingest, and gives the same event")
    func roundTripRegion() throws {
        let (region, episodes) = try Self.regionEpisodes()
        let residents = Dictionary(uniqueKeysWithValues: region.residents.map { ($0.id, $0) })
        let writer = try WriterFixtures.writer(reportOfAdmission: true)
        var count = 0
        var kinds: Set<String> = []
        for episode in episodes {
            let resident = try #require(residents[episode[0].resident])
            var sender = EpisodeWriter(writer: writer, resident: resident)
            var chain = HospitalNotificationChain()
            for event in episode {
                let (_, notification, back) = try sender.send(event)
                #expect(back == event)
                #expect(notification.review().findings.isEmpty, "\(notification.review().findings)")
                let report = chain.record(notification)
                #expect(report.findings.isEmpty, "\(report.findings)")
                count += 1
                kinds.insert(notification.event.code)
            }
        }
        #expect(count >= 300)
        #expect(kinds.isSuperset(of: ["STIN", "STAA", "STOR", "SLOR", "SLHJ", "MORS", "RE_SLHJ", "AN_STIN"]))
    }

    @Test("A written STIN has the structure of MedCom's STIN example, element for element")
    func structureOfExample() throws {
        let resident = try WriterFixtures.elmer()
        let event = try CourseEvent(
            id: WriterFixtures.eventID(), resident: resident.id, episode: EpisodeOfCareIdentifier("82873e50-325e-4016"),
            kind: .admitInpatient, instant: WriterFixtures.instant("2023-03-01T12:00:00+01:00"),
            admission: AdmissionDetails())
        let data = try WriterFixtures.writer(reportOfAdmission: true).json(
            for: event, resident: resident, messageID: WriterFixtures.messageID(1),
            sentAt: WriterFixtures.instant("2023-03-01T12:00:00+01:00"), ids: SequentialIdentifierSource(seed: 3))
        let written = try JSONTree(data)
        let example = try JSONTree(MedComExamples.data("HospitalNotification_Ex_STIN_A"))
        // The same elements, but for the narrative (not generated) and the CPR identifier's use (dk-core's official).
        let exampleElements = example.elementPaths.filter { !$0.contains(".text") }
        #expect(written.elementPaths.symmetricDifference(exampleElements) == ["entry.resource.identifier.use"])

        let notification = try HospitalNotification(json: data)
        let original = try MedComExamples.notification("HospitalNotification_Ex_STIN_A")
        #expect(notification.event == original.event)
        #expect(notification.activityCode == original.activityCode)
        #expect(notification.sender == original.sender)
        #expect(notification.receiver == original.receiver)
        #expect(notification.episodeOfCare.system == original.episodeOfCare.system)
        #expect(notification.stayStart == original.stayStart)
        #expect(notification.reportOfAdmission == true)
        #expect(notification.patient == original.patient)
    }

    @Test("A thread STIN, STOR, SLOR, RE_SLOR, SLHJ carries the Provenance chain and reads back to the events")
    func thread() throws {
        let resident = try WriterFixtures.elmer()
        let admitted = try WriterFixtures.instant("2023-03-01T12:00:00+01:00")
        let events = try CourseEventSequence(resident: resident.id)
            .admitted("E-1", at: admitted, kind: .admitInpatient, legalStatus: .compulsory)
            .leaveStarted("E-1", at: admitted.adding(seconds: 2 * 86_400))
            .leaveEnded("E-1", at: admitted.adding(seconds: 4 * 86_400))
        let corrected = try events.correcting(
            try #require(events.lastEventID), to: admitted.adding(seconds: 4.5 * 86_400))
        let all = try corrected.discharged("E-1", at: admitted.adding(seconds: 6 * 86_400)).events
        var sender = EpisodeWriter(writer: try WriterFixtures.writer(), resident: resident)
        var chain = HospitalNotificationChain()
        var codes: [String] = []
        for event in all {
            let (_, notification, back) = try sender.send(event)
            #expect(back == event)
            #expect(chain.record(notification).findings.isEmpty)
            codes.append(notification.event.code)
        }
        #expect(codes == ["STIN", "STOR", "SLOR", "RE_SLOR", "SLHJ"])
        let last = try #require(chain.notifications.last)
        let expectedHistory: [String?] = [
            "admit-inpatient", "start-leave-inpatient", "end-leave-inpatient", "revise-end-leave-inpatient",
        ]
        #expect(last.history.map(\.activityCode) == expectedHistory)
        #expect(chain.thread(endingAt: last.messageID).count == 5)
        #expect(chain.state(of: try WriterFixtures.messageID(3)) == .corrected(by: try WriterFixtures.messageID(4)))
        // The correction keeps the leave's start from the message it follows.
        #expect(chain.notifications[3].leave?.start == admitted.adding(seconds: 2 * 86_400))
    }

    @Test("A written bundle decodes and encodes to the same JSON")
    func codable() throws {
        let resident = try WriterFixtures.elmer()
        let event = try CourseEvent(
            id: WriterFixtures.eventID(), resident: resident.id, episode: EpisodeOfCareIdentifier("E-9"), kind: .death,
            instant: WriterFixtures.instant("2023-03-04T03:10:00+01:00"))
        let data = try WriterFixtures.writer().json(
            for: event, resident: resident, stayStart: WriterFixtures.instant("2023-03-01T12:00:00+01:00"),
            messageID: WriterFixtures.messageID(5), sentAt: WriterFixtures.instant("2023-03-04T03:15:00+01:00"),
            ids: SequentialIdentifierSource(seed: 4))
        let bundle = try FHIR.decode(FHIR.Bundle.self, from: data)
        #expect(try JSONTree(FHIR.encode(bundle)) == JSONTree(data))
        let notification = try HospitalNotification(bundle: bundle)
        #expect(notification.event == HospitalNotificationEvent(.deceased))
        #expect(notification.patientDeceased)
        #expect(notification.encounterStatus == .finished)
        #expect(notification.review().findings.isEmpty)
    }

    struct Failure: CustomTestStringConvertible, Sendable {
        let name: String
        let code: String
        let path: String
        var testDescription: String { name }
    }

    @Test(
        "What cannot be written is a typed error naming the element",
        arguments: [
            Failure(
                name: "replacement number", code: "medcom-hospitalNotification-4", path: "entry[1].resource.identifier"),
            Failure(
                name: "correction without its message", code: "hospital-notification.predecessor-missing", path: "entry"
            ),
            Failure(name: "unknown kind", code: "hospital-notification.kind-unknown", path: "entry"),
            Failure(
                name: "leave without a stay start", code: "hospital-notification.stay-start-unknown",
                path: "entry[2].resource.period.start"),
            Failure(
                name: "receiver without GLN", code: "medcom-messaging-organization",
                path: "entry[3].resource.identifier"),
            Failure(
                name: "another resident", code: "hospital-notification.resident-mismatch", path: "entry[1].resource"),
        ])
    func failures(failure: Failure) throws {
        var resident = try WriterFixtures.elmer()
        var writer = try WriterFixtures.writer()
        let at = try WriterFixtures.instant("2023-03-01T12:00:00+01:00")
        let episode = try EpisodeOfCareIdentifier("E-1")
        var event = try CourseEvent(
            id: WriterFixtures.eventID(), resident: resident.id, episode: episode, kind: .admitInpatient, instant: at,
            admission: AdmissionDetails())
        switch failure.name {
        case "replacement number":
            resident.person = .replacement(try ReplacementPersonNumber("0101801AB3", kind: .xECPR))
        case "correction without its message":
            event = try CourseEvent(
                id: WriterFixtures.eventID(), resident: resident.id, episode: episode, kind: .discharge, instant: at,
                amendment: .correction(of: WriterFixtures.eventID()))
        case "unknown kind":
            event = try CourseEvent(
                id: WriterFixtures.eventID(), resident: resident.id, episode: episode, kind: .unrecognized("XYZ"),
                instant: at)
        case "leave without a stay start":
            event = try CourseEvent(
                id: WriterFixtures.eventID(), resident: resident.id, episode: episode, kind: .leaveStart, instant: at)
        case "receiver without GLN":
            writer.receiver = HospitalNotification.Party(
                name: "Botilbud", sor: try SORCode("953741000016009"), gln: nil)
        default:
            resident = try ResidentBuilder("other").build()
        }
        let messageID = try WriterFixtures.messageID(1)
        let error = #expect(throws: FHIRError.self) {
            try writer.bundle(
                for: event, resident: resident, messageID: messageID, sentAt: at,
                ids: SequentialIdentifierSource(seed: 5))
        }
        #expect(error?.code == failure.code)
        #expect(error?.path?.rawValue == failure.path)
    }
}

extension JSONTree {
    /// Every element path of the tree (array positions left out), for comparing the shape of two documents.
    var elementPaths: Set<String> {
        var paths: Set<String> = []
        func visit(_ tree: JSONTree, _ path: String) {
            switch tree {
            case .object(let members):
                for (key, value) in members {
                    let child = path.isEmpty ? key : "\(path).\(key)"
                    paths.insert(child)
                    visit(value, child)
                }
            case .array(let items):
                for item in items { visit(item, path) }
            default:
                break
            }
        }
        visit(self, "")
        return paths
    }
}
