import Brobygger
import BrobyggerTesting
import Foundation
import Testing

/// The worklist, its changes and the agreement draft over a store fed by the intake.
@Suite("§13a worklist over a store")
struct WorklistStoreTests {
    static let asOf = try! Instant(iso8601: "2025-06-01T12:00:00+02:00")

    static func events(_ rows: String...) -> String {
        (["event_id,resident,episode,kind,at,ward,admission,supersedes"] + rows).joined(separator: "\n")
    }

    static var bo: String { IntakeFixture.cprB.unmaskedFormatted }

    static func input(_ text: String) -> [IntakeInput] { [IntakeInput(name: "events.csv", data: Data(text.utf8))] }

    @Test("a batch of events reports the admission and the discharge without agreement, and the worklist follows")
    func feed() async throws {
        let store = try await IntakeFixture.store()
        let feed = DischargeWorklistFeed(store: store)
        let stream = await feed.changes()
        let admitted = try await feed.apply(
            .events,
            inputs: Self.input(
                Self.events("b1,\(Self.bo),ep2,admit_inpatient,2025-05-28T10:00:00+02:00,ward-1,voluntary,")),
            provenance: IntakeFixture.provenance, asOf: Self.asOf)
        #expect(admitted.map(\.code) == ["worklist.admitted-needs-agreement"])
        let entry = try #require(admitted.first?.entry)
        #expect(entry.facilityName == "Botilbuddet Engen")
        #expect(entry.outreachTeamName == "Botilbudsteam Test")
        #expect(entry.wardName == "Afsnit 1, Test")
        #expect(entry.daysAdmitted == 4)
        #expect(entry.state == DischargeWorklistState.none)

        let record = try #require(
            try await store.list(ResidentRecord.self, matching: DocumentQuery(keys: [ResidentRecord.openStayKey])).first
        )
        #expect(record.document.resident.person == .cpr(IntakeFixture.cprB))
        let worklist = try await DischargeWorklist.build(store: store, asOf: Self.asOf)
        #expect(worklist.entries.map(\.episode.value) == ["ep2"])
        #expect(worklist.entries.first?.person == .cpr(IntakeFixture.cprB))

        let discharged = try await feed.apply(
            .events, inputs: Self.input(Self.events("b2,\(Self.bo),ep2,discharge,2025-05-31T10:00:00+02:00,ward-1,,")),
            provenance: IntakeFixture.provenance, asOf: Self.asOf)
        #expect(discharged.map(\.code) == ["worklist.discharged-without-agreement"])
        #expect(try await DischargeWorklist.build(store: store, asOf: Self.asOf).entries.isEmpty)
        // Ida's stay ended in March: as of 10 March she was admitted, found by reading every record.
        let earlier = try await DischargeWorklist.build(
            store: store, asOf: try Instant(iso8601: "2025-03-10T12:00:00+01:00"), scope: .allResidents)
        #expect(earlier.entries.map(\.episode.value) == ["ep1"])

        var received: [String] = []
        for await change in stream {
            received.append(change.code)
            if received.count == 2 { break }
        }
        #expect(received == ["worklist.admitted-needs-agreement", "worklist.discharged-without-agreement"])
    }

    @Test("a batch with a bad row changes nothing stored and reports no change")
    func badBatch() async throws {
        let store = try await IntakeFixture.store()
        let feed = DischargeWorklistFeed(store: store)
        let before = try await store.list(ResidentRecord.self, matching: .all).map(\.number)
        await #expect(throws: InputProblems.self) {
            try await feed.apply(
                .events,
                inputs: Self.input(
                    Self.events(
                        "b1,\(Self.bo),ep2,admit_inpatient,2025-05-28T10:00:00+02:00,ward-1,voluntary,",
                        "b2,\(Self.bo),ep2,discharge,2025-05-31T10:00:00+02:00,no-such-ward,,")),
                provenance: IntakeFixture.provenance, asOf: Self.asOf)
        }
        #expect(try await store.list(ResidentRecord.self, matching: .all).map(\.number) == before)
        #expect(try await DischargeWorklist.build(store: store, asOf: Self.asOf).entries.isEmpty)
    }

    @Test("the draft from the store, saved, shows as a draft; concluded through the feed, it is reported")
    func draftToConcluded() async throws {
        let store = try await IntakeFixture.store()
        let feed = DischargeWorklistFeed(store: store)
        _ = try await feed.apply(
            .events,
            inputs: Self.input(
                Self.events("b1,\(Self.bo),ep2,admit_inpatient,2025-05-28T10:00:00+02:00,ward-1,voluntary,")),
            provenance: IntakeFixture.provenance, asOf: Self.asOf)
        let draft = try await DischargeAgreementDraft.build(
            store: store, person: .cpr(IntakeFixture.cprB), episode: try EpisodeOfCareIdentifier("ep2"),
            asOf: IntakeFixture.today)
        #expect(
            draft.content.parties.map(\.name) == [
                "Bo Berg", "Afsnit 1, Test", "Botilbuddet Engen", "Botilbudsteam Test", "København Kommune",
            ])
        #expect(draft.content.basisEvidence.first?.contains("§108") == true)
        // Sunday 1 June 2025 + 5 weekdays (Constitution Day is not a public holiday) = Friday 6 June.
        #expect(draft.content.followUpAppointments.map(\.date.iso8601) == ["2025-06-06"])
        #expect(draft.missing.map(\.code).contains("content.treatment-offers"))

        let agreement = try draft.agreement(id: .random(), provenance: IntakeFixture.provenance)
        var plan = ImportPlan()
        plan.writes = [PlannedWrite.save(agreement, expecting: .new)]
        #expect(try await feed.apply(plan, provenance: IntakeFixture.provenance, asOf: Self.asOf).isEmpty)
        #expect(try await DischargeWorklist.build(store: store, asOf: Self.asOf).entries.first?.state == .draft)

        var content = agreement.content
        content.concludedOn = IntakeFixture.today
        let concluded = try agreement.revised(content, provenance: IntakeFixture.provenance)
        var conclude = ImportPlan()
        conclude.writes = [PlannedWrite.save(concluded, expecting: .version(1))]
        let changes = try await feed.apply(conclude, provenance: IntakeFixture.provenance, asOf: Self.asOf)
        #expect(changes.map(\.code) == ["worklist.agreement-concluded"])
        let worklist = try await DischargeWorklist.build(store: store, asOf: Self.asOf)
        #expect(worklist.entries.first?.state == .concluded(on: IntakeFixture.today))
        #expect(!worklist.hasStaysNeedingAction)

        await #expect(throws: StoreError.self) {
            try await DischargeAgreementDraft.build(
                store: store, person: .cpr(IntakeFixture.cprB), episode: try EpisodeOfCareIdentifier("no-such"),
                asOf: IntakeFixture.today)
        }
    }
}

/// The worklist on a store that still holds records saved before the stay keys existed.
@Suite("§13a worklist on a store written before the stay keys")
struct WorklistStayKeyTests {
    /// A resident record as stores wrote it before the stay keys existed: the same document under the same kind,
    /// listed without `stay=…`.
    struct RecordSavedBeforeStayKeys: StorableDocument {
        static var documentKind: DocumentKind { ResidentRecord.documentKind }
        var record: ResidentRecord
        var id: ResidentRecord.ID { record.id }
        var indexKeys: [IndexKey] { record.indexKeys.filter { $0.name != "stay" } }
        var indexPeriod: DayRange? { record.indexPeriod }

        init(_ record: ResidentRecord) { self.record = record }
        init(from decoder: any Decoder) throws { record = try ResidentRecord(from: decoder) }
        func encode(to encoder: any Encoder) throws { try record.encode(to: encoder) }
    }

    static func input(_ text: String) -> [IntakeInput] { [IntakeInput(name: "events.csv", data: Data(text.utf8))] }

    @Test("a record without the stay keys is read, so an admitted resident is never missing from the list")
    func unkeyedRecordIsListed() async throws {
        let store = try FileDocumentStore(directory: ScratchDirectory.make("worklist-stay-keys"))
        try await IntakeFixture.importAll(.organisations, IntakeFixture.organisations, store: store)
        try await IntakeFixture.importAll(.facilities, IntakeFixture.facilities, store: store)
        try await IntakeFixture.importAll(.residents, IntakeFixture.residents, store: store)
        try await IntakeFixture.importAll(.placements, IntakeFixture.placements, store: store)
        try await IntakeFixture.importAll(.events, IntakeFixture.events, store: store)
        let ida = IntakeFixture.cprA.unmaskedFormatted
        let bo = IntakeFixture.cprB.unmaskedFormatted
        try await IntakeFixture.importAll(
            .events,
            WorklistStoreTests.events(
                "a3,\(ida),ep3,admit_inpatient,2025-05-29T10:00:00+02:00,ward-1,voluntary,",
                "b1,\(bo),ep2,admit_inpatient,2025-05-28T10:00:00+02:00,ward-1,voluntary,"),
            store: store)
        #expect(
            try await DischargeWorklist.build(store: store, asOf: WorklistStoreTests.asOf).entries
                .map(\.episode.value).sorted() == ["ep2", "ep3"])

        // Bo's record as an older version of the library saved it: no stay key.
        let boRecord = try #require(
            try await store.list(ResidentRecord.self, matching: .all).first {
                $0.document.resident.person == .cpr(IntakeFixture.cprB)
            })
        _ = try await store.save(
            RecordSavedBeforeStayKeys(boRecord.document), expecting: .version(boRecord.number),
            provenance: IntakeFixture.provenance)
        #expect(
            try await store.count(ResidentRecord.self, matching: DocumentQuery(keys: [ResidentRecord.openStayKey]))
                == 1)
        #expect(try await store.count(ResidentRecord.self, matching: .all) == 2)

        let worklist = try await DischargeWorklist.build(store: store, asOf: WorklistStoreTests.asOf)
        #expect(worklist.entries.map(\.episode.value).sorted() == ["ep2", "ep3"])
    }

    @Test("every saved record carries one stay key: open, or none")
    func everyRecordIsKeyed() async throws {
        let store = try await IntakeFixture.store()
        let records = try await store.list(ResidentRecord.self, matching: .all).map(\.document)
        #expect(records.count == 2)
        for record in records {
            let stayKeys = record.indexKeys.filter { $0.name == "stay" }
            let expected = record.hasOpenPsychiatricStay ? ResidentRecord.openStayKey : ResidentRecord.noOpenStayKey
            #expect(stayKeys == [expected])
        }
        #expect(
            try await store.count(ResidentRecord.self, matching: DocumentQuery(keys: [ResidentRecord.noOpenStayKey]))
                == 2)
    }
}
