import BrobyggerCore
import BrobyggerFHIR
import Foundation
import Testing

/// What each MedCom example must ingest to, read off the example by hand.
struct ExpectedNotification: CustomTestStringConvertible, Sendable {
    let file: String
    let event: String
    let messageID: String
    let status: FHIR.EncounterStatus
    let stayClass: HospitalNotification.StayClass
    let episode: String
    let stayStart: String
    let stayEnd: String?
    let leaveStart: String?
    let leaveEnd: String?
    let predecessor: String?
    let role: FHIR.ProvenanceEntityRole?
    let historyCount: Int
    let reviewCodes: [String]

    var testDescription: String { file }
}

@Suite("MedCom hospital notifications: ingest")
struct HospitalNotificationIngestTests {
    static let stin = "b9b4818e-02de-4cc4-b418-d20cbc399006"

    static let expected: [ExpectedNotification] = [
        .init(
            file: "HospitalNotification_Ex_STIN_A", event: "STIN", messageID: "b9b4818e-02de-4cc4-b418-d20cbc7b5404",
            status: .inProgress, stayClass: .inpatient, episode: "82873e50-325e-4016-8a68-2934bdb2f66d",
            stayStart: "2023-03-01T12:00:00+01:00", stayEnd: nil, leaveStart: nil, leaveEnd: nil, predecessor: nil,
            role: nil, historyCount: 0, reviewCodes: []),
        .init(
            file: "HospitalNotification_Ex_TEK_STIN_A", event: "STIN",
            messageID: "b9b4818e-02de-4cc4-b418-d20cbc7b5404", status: .inProgress, stayClass: .inpatient,
            episode: "51738ad5-dafc-48a2-9233-4736a8be137b", stayStart: "2023-03-01T12:00:00+01:00", stayEnd: nil,
            leaveStart: nil, leaveEnd: nil, predecessor: nil, role: nil, historyCount: 0, reviewCodes: []),
        .init(
            file: "HospitalNotification_Ex_STIN_B1", event: "STIN", messageID: stin, status: .inProgress,
            stayClass: .inpatient, episode: "16b2bf28-921c-4553-9925-1bc1b0dfd54e",
            stayStart: "2023-03-01T12:00:00+01:00", stayEnd: nil, leaveStart: nil, leaveEnd: nil, predecessor: nil,
            role: nil, historyCount: 0, reviewCodes: []),
        .init(
            file: "HospitalNotification_Ex_STIN_B2", event: "STIN", messageID: stin, status: .inProgress,
            stayClass: .inpatient, episode: "16b2bf28-921c-4553-9925-1bc1b0dfd54e",
            stayStart: "2023-03-01T20:35:00+01:00", stayEnd: nil, leaveStart: nil, leaveEnd: nil, predecessor: nil,
            role: nil, historyCount: 0, reviewCodes: []),
        .init(
            file: "HospitalNotification_Ex_STAA_D", event: "STAA", messageID: "i50fc5fe-2d11-4ef3-acac-2e2e5c399006",
            status: .inProgress, stayClass: .emergency, episode: "c1280ebe-676b-480f-b27c-545972b4888e",
            stayStart: "2023-02-28T10:00:04+01:00", stayEnd: nil, leaveStart: nil, leaveEnd: nil, predecessor: nil,
            role: nil, historyCount: 0, reviewCodes: []),
        .init(
            file: "HospitalNotification_Ex_STOR_F", event: "STOR", messageID: "e563a2b2-bf92-4b13-bbd2-0a021a399006",
            status: .onleave, stayClass: .inpatient, episode: "49a2b22b-f628-4468-9ba9-b6c0db4a6871",
            stayStart: "2023-03-01T12:00:00+01:00", stayEnd: nil, leaveStart: "2023-03-03T14:00:10+01:00",
            leaveEnd: nil, predecessor: stin, role: .revision, historyCount: 1, reviewCodes: []),
        .init(
            file: "HospitalNotification_Ex_SLOR_G", event: "SLOR", messageID: "f47254da-f170-46f0-b624-4778a9399006",
            status: .inProgress, stayClass: .inpatient, episode: "04675bbd-c540-4545-924c-1fa79b64535c",
            stayStart: "2023-03-01T12:00:00+01:00", stayEnd: nil, leaveStart: "2023-03-03T14:00:10+01:00",
            leaveEnd: "2023-03-05T15:30:00+01:00", predecessor: "e563a2b2-bf92-4b13-bbd2-0a021a399006",
            role: .revision, historyCount: 2, reviewCodes: []),
        .init(
            file: "HospitalNotification_Ex_SLHJ_H", event: "SLHJ", messageID: "g1affa53-c157-4080-abb0-8e6815399006",
            status: .finished, stayClass: .inpatient, episode: "d3d03544-f116-4070-a823-d5c64e6a7c46",
            stayStart: "2023-03-01T12:00:00+01:00", stayEnd: "2023-03-07T09:45:30+01:00", leaveStart: nil,
            leaveEnd: nil, predecessor: stin, role: .revision, historyCount: 1, reviewCodes: []),
        // MedCom's MORS example keeps the status in-progress; the IG's Encounter example for a death is finished.
        .init(
            file: "HospitalNotification_Ex_MORS_J", event: "MORS", messageID: "7aad69cb-e04a-403e-b549-9fe28a399006",
            status: .inProgress, stayClass: .inpatient, episode: "5bdbd69c-8dd2-46c3-8530-accec273bc59",
            stayStart: "2023-03-01T12:00:00+01:00", stayEnd: "2023-03-01T12:00:00+01:00", leaveStart: nil,
            leaveEnd: nil, predecessor: nil, role: nil, historyCount: 0,
            reviewCodes: ["hospital-notification.status-mismatch"]),
        .init(
            file: "HospitalNotification_Ex_RE_STIN_O", event: "RE_STIN",
            messageID: "bd146532-0884-407d-85e2-da9a0c399006", status: .inProgress, stayClass: .inpatient,
            episode: "01a37861-3f08-4c3f-b70d-ddec2527f858", stayStart: "2023-03-01T08:00:00+01:00", stayEnd: nil,
            leaveStart: nil, leaveEnd: nil, predecessor: stin, role: .revision, historyCount: 1, reviewCodes: []),
        .init(
            file: "HospitalNotification_Ex_AN_STIN_N", event: "AN_STIN",
            messageID: "cd78c1e2-78e6-4291-b071-f423a4399006", status: .enteredInError, stayClass: .inpatient,
            episode: "5a6c371c-cc13-417e-a5c5-f65ee8bad8e1", stayStart: "2023-03-01T13:00:00+01:00", stayEnd: nil,
            leaveStart: nil, leaveEnd: nil, predecessor: stin, role: .removal, historyCount: 1, reviewCodes: []),
    ]

    @Test("The examples cover every file in the reference folder")
    func coverage() {
        #expect(Set(Self.expected.map(\.file)) == Set(MedComExamples.names))
    }

    @Test("Every MedCom example ingests to the notification it describes", arguments: expected)
    func ingest(expected: ExpectedNotification) throws {
        let notification = try MedComExamples.notification(expected.file)
        #expect(notification.event.code == expected.event)
        #expect(notification.messageID.rawValue == expected.messageID)
        #expect(notification.encounterStatus == expected.status)
        #expect(notification.stayClass == expected.stayClass)
        #expect(notification.episodeOfCare.value == expected.episode)
        #expect(notification.episodeOfCare.system == "https://sor2.sum.dsdn.dk/#id=265161000016000")
        #expect(notification.stayStart == (try Instant(iso8601: expected.stayStart)))
        #expect(notification.stayEnd == (try expected.stayEnd.map { try Instant(iso8601: $0) }))
        #expect(notification.leave?.start == (try expected.leaveStart.map { try Instant(iso8601: $0) }))
        #expect(notification.leave?.end == (try expected.leaveEnd.map { try Instant(iso8601: $0) }))
        #expect(notification.predecessor?.message == (try expected.predecessor.map { .message(try FHIR.ID($0)) }))
        #expect(notification.predecessor?.role == expected.role)
        #expect(notification.history.count == expected.historyCount)
        #expect(notification.review().findings.map(\.code) == expected.reviewCodes)

        #expect(notification.patient == .cpr(try CPRNumber("2509479989")))
        #expect(notification.patientDeceased == (expected.event == "MORS"))
        #expect(notification.receiver.sor == (try SORCode("953741000016009")))
        #expect(notification.receiver.gln == (try GLN("5790001348120")))
        #expect(notification.receiver.endpoint == "https://sor2.sum.dsdn.dk/#id=953741000016009")
        #expect(notification.receiver.name == "Plejecenter Herlev")
        let senderSOR = try #require(notification.sender.sor)
        #expect(notification.sender.endpoint == "https://sor2.sum.dsdn.dk/#id=\(senderSOR.value)")
        #expect(notification.sender.gln != nil)
    }

    @Test("The patient's CPR number never appears in a description", arguments: MedComExamples.names)
    func masked(name: String) throws {
        let notification = try MedComExamples.notification(name)
        for text in [notification.description, String(describing: notification), String(reflecting: notification)] {
            #expect(!text.contains("2509479989"))
            #expect(!text.contains("250947-9989"))
        }
        var dumped = ""
        dump(notification, to: &dumped)
        #expect(!dumped.contains("2509479989"))
        #expect(notification.description.contains("250947-xxxx"))
    }

    @Test(
        "A notification survives encoding as JSON and is validated again when decoded", arguments: MedComExamples.names)
    func codable(name: String) throws {
        let notification = try MedComExamples.notification(name)
        let data = try JSONEncoder().encode(notification)
        #expect(try JSONDecoder().decode(HospitalNotification.self, from: data) == notification)
        // Types other than the FHIR model go through JSONDecoder inside FHIR.decode.
        #expect(try FHIR.decode(HospitalNotification.self, from: data) == notification)
    }

    @Test("Decoding a stored notification rejects one that breaks the leave invariant")
    func codableInvariant() throws {
        let notification = try MedComExamples.notification("HospitalNotification_Ex_STOR_F")
        let tree = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(notification))
            .setting(["leave"], to: nil)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(HospitalNotification.self, from: tree.data()) }
    }

    @Test("The MORS example reports the activity it carries and is read as a death")
    func death() throws {
        let notification = try MedComExamples.notification("HospitalNotification_Ex_MORS_J")
        #expect(notification.activityCode == "admit-inpatient")
        #expect(notification.event == HospitalNotificationEvent(.deceased))
        #expect(notification.event.danishDesignation == "Død")
        #expect(notification.reportOfAdmission == false)
    }

    @Test(
        "Event codes, activity codes and Danish designations",
        arguments: [
            ("admit-inpatient", "STIN", "Start sygehusophold - indlagt"),
            ("revise-admit-inpatient", "RE_STIN", "Rettelse Start sygehusophold - indlagt"),
            ("cancel-admit-emergency", "AN_STAA", "Annullering Start sygehusophold - akut ambulant"),
            ("start-leave-inpatient", "STOR", "Start orlov"),
            ("revise-end-leave-inpatient", "RE_SLOR", "Rettelse Slut orlov"),
            ("discharge-emergency-home", "SLHJ", "Slut sygehusophold - afsluttet til hjemmet/primær sektor"),
            (
                "cancel-discharge-inpatient-home", "AN_SLHJ",
                "Annullering Slut sygehusophold - afsluttet til hjemmet/primær sektor"
            ),
        ])
    func events(activity: String, code: String, danish: String) throws {
        let event = try #require(HospitalNotificationEvent(activityCode: activity))
        #expect(event.code == code)
        #expect(event.danishDesignation == danish)
        #expect(HospitalNotificationEvent(code: code) == event)
    }

    @Test("Unknown activity and event codes are kept, and reviewed as outside MedCom's value set")
    func unknownActivity() throws {
        #expect(HospitalNotificationEvent(activityCode: "new-message") == nil)
        let event = HospitalNotificationEvent(activityCode: "admit-daycare", patientDeceased: false)
        #expect(event.kind == .unrecognized("admit-daycare"))
        #expect(
            HospitalNotificationEvent(code: "RE_XYZ")
                == HospitalNotificationEvent(.unrecognized("XYZ"), action: .revision))

        let tree = try MedComExamples.tree("HospitalNotification_Ex_STIN_A")
            .setting(["entry", 5, "resource", "activity", "coding", 0, "code"], to: .string("admit-daycare"))
        let notification = try HospitalNotification(json: tree.data())
        #expect(notification.event.kind == .unrecognized("admit-daycare"))
        #expect(notification.review().findings(withCode: "medcom-hospitalNotification-3").count == 1)
    }
}
