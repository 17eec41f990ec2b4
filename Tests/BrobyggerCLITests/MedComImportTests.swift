import Brobygger
import Foundation
import Testing

@testable import BrobyggerCommandLine

@Suite("MedCom hospital-notification import")
struct MedComImportTests {
    /// MedCom's published examples, kept with the FHIR module's tests.
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("BrobyggerFHIRTests/Resources/medcom")

    static func example(_ name: String) throws -> (String, Data) {
        let url = examples.appendingPathComponent("HospitalNotification_Ex_\(name).json")
        return (url.lastPathComponent, try Data(contentsOf: url))
    }

    /// A store with the examples' patient as a resident and their service providers as wards.
    static func store() async throws -> InMemoryDocumentStore {
        let store = InMemoryDocumentStore()
        _ = try await TestSupport.importAll(
            "organisations",
            """
            id,kind,name,sor,gln,municipality,region
            herlev-heart,ward,Hjerteafdelingen Herlev,265161000016000,5790000209354,,1084
            shs,ward,SHS Ældresygdomme,502701000016000,5790002003325,,1084
            """, store: store)
        _ = try await TestSupport.importAll(
            "residents", "resident,given_name,family_name,municipality,diagnoses\n2509479989,Bent,Test,0101,\n",
            store: store)
        return store
    }

    static func events(_ store: InMemoryDocumentStore) async throws -> [CourseEvent] {
        try await store.list(ResidentRecord.self, matching: .all).first?.document.events ?? []
    }

    @Test(
        "notifications become course events; a revision corrects and a cancellation cancels the event of its predecessor"
    )
    func chain() async throws {
        let store = try await Self.store()
        for name in ["STIN_B1", "RE_STIN_O", "AN_STIN_N"] {
            let plan = MedComImport.plan([try Self.example(name)], snapshot: try await StoreSnapshot.load(store))
            #expect(plan.problems.isEmpty, "\(name): \(plan.problems)")
            _ = try await store.save(plan.writes.map(\.write), provenance: TestSupport.provenance)
        }
        let events = try await Self.events(store)
        #expect(events.count == 3)
        #expect(events.map(\.kind) == [.admitInpatient, .admitInpatient, .admitInpatient])
        #expect(events[0].isOriginal)
        #expect(events[1].amendment == .correction(of: events[0].id))
        #expect(events[2].isCancellation)
        #expect(events.allSatisfy { $0.ward == StableIdentifier.make("herlev-heart", kind: "organisation") })

        // Receiving a message again changes nothing.
        let again = MedComImport.plan([try Self.example("STIN_B1")], snapshot: try await StoreSnapshot.load(store))
        #expect(again.problems.isEmpty)
        #expect(again.writes.isEmpty)
        #expect(again.unchanged == 1)
    }

    @Test(
        "the event kinds and times follow the MedCom event codes",
        arguments: [
            ("STIN_A", CourseEventKind.admitInpatient), ("STAA_D", .admitEmergency), ("STOR_F", .leaveStart),
            ("SLOR_G", .leaveEnd), ("SLHJ_H", .discharge), ("MORS_J", .death),
        ])
    func kinds(_ name: String, _ kind: CourseEventKind) async throws {
        let (_, data) = try Self.example(name)
        let notification = try HospitalNotification(json: data)
        #expect(notification.courseEventKind == kind)
        if kind.isAdmission { #expect(notification.courseEventInstant == notification.stayStart) }
    }

    @Test("an unknown patient, an unknown ward, a revision without its original and a broken bundle are refused")
    func problems() async throws {
        let empty = InMemoryDocumentStore()
        let unknownPatient = MedComImport.plan(
            [try Self.example("STIN_A")], snapshot: try await StoreSnapshot.load(empty))
        #expect(unknownPatient.problems.map(\.field) == ["Patient.identifier"])

        let store = InMemoryDocumentStore()
        _ = try await TestSupport.importAll(
            "residents", "resident,given_name,family_name,municipality,diagnoses\n2509479989,Bent,Test,0101,\n",
            store: store)
        let unknownWard = MedComImport.plan([try Self.example("STIN_A")], snapshot: try await StoreSnapshot.load(store))
        #expect(unknownWard.problems.map(\.field) == ["Encounter.serviceProvider"])
        #expect(unknownWard.problems.first?.rule.contains("SOR 265161000016000") == true)

        let full = try await Self.store()
        let orphan = MedComImport.plan([try Self.example("RE_STIN_O")], snapshot: try await StoreSnapshot.load(full))
        #expect(orphan.problems.first?.rule.contains("medcom.amendment-without-target") == true)

        let (name, data) = try Self.example("STIN_A")
        let broken = MedComImport.plan([(name, data.prefix(500))], snapshot: try await StoreSnapshot.load(full))
        #expect(broken.problems.first?.rule.contains("fhir.not-json") == true)
        #expect(broken.writes.isEmpty)
    }
}
