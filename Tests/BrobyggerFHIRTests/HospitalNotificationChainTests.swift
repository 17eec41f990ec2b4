import BrobyggerCore
import BrobyggerFHIR
import BrobyggerTesting
import Testing

@Suite("MedCom hospital notifications: the Provenance chain")
struct HospitalNotificationChainTests {
    static func id(_ text: String) -> FHIR.ID { try! FHIR.ID(text) }

    static let stin = id("b9b4818e-02de-4cc4-b418-d20cbc399006")
    static let correction = id("bd146532-0884-407d-85e2-da9a0c399006")
    static let cancellation = id("cd78c1e2-78e6-4291-b071-f423a4399006")
    static let leaveStart = id("e563a2b2-bf92-4b13-bbd2-0a021a399006")
    static let leaveEnd = id("f47254da-f170-46f0-b624-4778a9399006")
    static let discharge = id("g1affa53-c157-4080-abb0-8e6815399006")

    /// MedCom gave each example its own episode-of-care identifier, so every link between examples is reported as a
    /// change of episode; nothing else may be reported about a coherent thread.
    static func codes(_ report: ValidationReport) -> [String] { report.findings.map(\.code) }

    @Test("A stay: admission, its correction, leave, return and discharge link to the right earlier messages")
    func stayThread() throws {
        var chain = HospitalNotificationChain()
        let files = [
            "HospitalNotification_Ex_STIN_B1", "HospitalNotification_Ex_RE_STIN_O", "HospitalNotification_Ex_STOR_F",
            "HospitalNotification_Ex_SLOR_G", "HospitalNotification_Ex_SLHJ_H",
        ]
        var reports: [[String]] = []
        for file in files {
            reports.append(Self.codes(chain.record(try MedComExamples.notification(file))))
        }
        let mismatch = "hospital-notification.episode-mismatch"
        #expect(reports == [[], [mismatch], [mismatch], [mismatch], [mismatch]])

        #expect(chain.state(of: Self.stin) == .corrected(by: Self.correction))
        #expect(chain.state(of: Self.leaveStart) == .inForce)
        #expect(chain.inForce.map(\.messageID) == [Self.correction, Self.leaveStart, Self.leaveEnd, Self.discharge])
        #expect(chain.successors(of: Self.stin).map(\.messageID) == [Self.correction, Self.leaveStart, Self.discharge])
        #expect(chain.thread(endingAt: Self.leaveEnd).map(\.event.code) == ["STIN", "STOR", "SLOR"])
        #expect(chain.thread(endingAt: Self.discharge).map(\.messageID) == [Self.stin, Self.discharge])
        let leaveEndNotification = try #require(chain.notification(messageID: Self.leaveEnd))
        #expect(chain.predecessor(of: leaveEndNotification)?.messageID == Self.leaveStart)
    }

    @Test("A cancellation withdraws the admission, and a later reference to it is reported")
    func cancellation() throws {
        var chain = HospitalNotificationChain()
        chain.record(try MedComExamples.notification("HospitalNotification_Ex_STIN_B1"))
        let report = chain.record(try MedComExamples.notification("HospitalNotification_Ex_AN_STIN_N"))
        #expect(Self.codes(report) == ["hospital-notification.episode-mismatch"])
        #expect(chain.state(of: Self.stin) == .cancelled(by: Self.cancellation))
        #expect(chain.inForce.isEmpty)

        let late = chain.record(try MedComExamples.notification("HospitalNotification_Ex_RE_STIN_O"))
        #expect(late.findings(withCode: "hospital-notification.predecessor-cancelled").count == 1)
        #expect(chain.state(of: Self.stin) == .corrected(by: Self.correction))
    }

    @Test("Every example, in the order sent, is recorded; reused message ids are reported")
    func allExamples() throws {
        let notifications = try MedComExamples.names.map(MedComExamples.notification).sorted { $0.sentAt < $1.sentAt }
        var chain = HospitalNotificationChain()
        var duplicates = 0
        var unknownPredecessors = 0
        for notification in notifications {
            let report = chain.record(notification)
            duplicates += report.findings(withCode: "hospital-notification.duplicate-message-id").count
            unknownPredecessors += report.findings(withCode: "hospital-notification.predecessor-unknown").count
            #expect(report.findings(withCode: "hospital-notification.patient-mismatch").isEmpty)
        }
        #expect(chain.notifications.count == MedComExamples.names.count)
        // STIN_A and TEK_STIN_A share a header id, and so do STIN_B1 and STIN_B2.
        #expect(duplicates == 2)
        #expect(unknownPredecessors == 0)
    }

    @Test("A message received again is recognised and not recorded twice")
    func resent() throws {
        var chain = HospitalNotificationChain()
        let notification = try MedComExamples.notification("HospitalNotification_Ex_STAA_D")
        chain.record(notification)
        let report = chain.record(notification)
        #expect(Self.codes(report) == ["hospital-notification.resent"])
        #expect(chain.notifications.count == 1)
    }

    @Test("A message arriving before the one it refers to is reported, and the thread links once both are in")
    func outOfOrder() throws {
        var chain = HospitalNotificationChain()
        let early = chain.record(try MedComExamples.notification("HospitalNotification_Ex_SLOR_G"))
        #expect(Self.codes(early) == ["hospital-notification.predecessor-unknown"])
        chain.record(try MedComExamples.notification("HospitalNotification_Ex_STOR_F"))
        #expect(chain.thread(endingAt: Self.leaveEnd).map(\.messageID) == [Self.leaveStart, Self.leaveEnd])
    }

    @Test("A follow-up about another patient is an error")
    func otherPatient() throws {
        var chain = HospitalNotificationChain()
        chain.record(try MedComExamples.notification("HospitalNotification_Ex_STIN_B1"))
        let other = SampleCPRNumbers.adults(1)[0]
        let tree = try MedComExamples.tree("HospitalNotification_Ex_STOR_F")
            .setting(["entry", 1, "resource", "identifier", 0, "value"], to: .string(other.unmaskedValue))
        let report = chain.record(try HospitalNotification(json: tree.data()))
        #expect(report.findings(withCode: "hospital-notification.patient-mismatch").count == 1)
        #expect(report.hasErrors)
    }
}
