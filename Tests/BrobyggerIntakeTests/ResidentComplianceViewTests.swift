import Brobygger
import BrobyggerTesting
import Foundation
import Testing

@testable import BrobyggerIntake
@testable import BrobyggerStores

/// Issue 18: the compliance report reads only the parts of the resident records it needs
/// (`ResidentComplianceView`), not the residents' names, diagnoses and relatives. Read that way it must be the report
/// read from whole records, and a damaged record must be refused as the record itself is refused.
@Suite("The compliance view of a resident record")
struct ResidentComplianceViewTests {
    static let region = try! SyntheticRegion.generate(
        SyntheticRegionParameters(seed: 1813, teams: 2, facilities: 6, residents: 150))

    static func provenance() throws -> Provenance {
        Provenance(
            author: Author(name: try PersonName(given: "Compliance", family: "View")),
            instant: Instant(millisecondsSince1970: 1_750_000_000_000))
    }

    static func writes() throws -> [DocumentWrite] {
        var writes = region.organisations.map { DocumentWrite($0, expecting: .new) }
        writes += region.facilities.map { DocumentWrite($0, expecting: .new) }
        writes += try region.residentRecords().map { DocumentWrite($0, expecting: .new) }
        return writes
    }

    @Test("on a file store the report read through views is the report read from whole records in memory")
    func sameReport() async throws {
        let file = try FileDocumentStore(directory: ScratchDirectory.make("compliance-view"))
        let memory = InMemoryDocumentStore()
        _ = try await file.save(try Self.writes(), provenance: try Self.provenance())
        _ = try await memory.save(try Self.writes(), provenance: try Self.provenance())

        // The file store decodes the views; the in-memory store keeps values and refuses them, so the whole records
        // are read there.
        let views = try await file.list(ResidentComplianceView.self, matching: .all).map(\.document)
        let records = try await memory.list(ResidentRecord.self, matching: .all).map(\.document)
        #expect(views == records.map(ResidentComplianceView.init))
        #expect(views.reduce(0) { $0 + $1.contacts.count } == Self.region.contacts.count)
        await #expect(throws: StoreError.self) {
            try await memory.list(ResidentComplianceView.self, matching: .all)
        }

        let today = Self.region.period.end ?? Self.region.period.start
        let (viewed, viewedPeriod) = try await DischargeComplianceReport.buildWithPeriod(store: file, asOf: today)
        let (whole, wholePeriod) = try await DischargeComplianceReport.buildWithPeriod(store: memory, asOf: today)
        #expect(viewed == whole)
        #expect(viewedPeriod == wholePeriod)
        #expect(viewed == (try Self.reference(records: records, period: viewedPeriod.period, today: today)))
        #expect(viewed.total.discharges > 20, "the region discharges residents in the period")
        #expect(viewed.total.followUpsEvaluated > 0 && viewed.total.followUpsMet > 0)
        await file.close()
    }

    /// The report as the domain types compute it from whole records, one step after another on one core: every
    /// stay, its discharge case from all placements, its follow-up from every contact grouped by resident.
    static func reference(records: [ResidentRecord], period: DayRange, today: CalendarDate) throws
        -> DischargeComplianceReport
    {
        let stays = try records.flatMap { try CourseTimeline(resident: $0.id, events: $0.events).stays }
        let registration = ContactRegistration(records: records, facilities: region.facilities, period: period)
        let byResident = Dictionary(uniqueKeysWithValues: records.map { ($0.id, $0) })
        let contacts = FollowUpContacts(records: records)
        let followUps = stays.compactMap { stay in
            FollowUpAfterDischarge.evaluate(
                stay: stay, contacts: contacts, asOf: today,
                contactsRegistered: registration.isRegistered(for: stay, record: byResident[stay.resident]))
        }
        return DischargeComplianceReport.build(
            period: period, cases: DischargeCase.cases(stays: stays, placements: records.flatMap(\.placements)),
            documents: [], persons: Dictionary(uniqueKeysWithValues: records.map { ($0.id, $0.resident.person) }),
            followUps: followUps, organisations: region.organisations)
    }

    /// A record as a damaged store may hold it: the record's keys, with parts the record's rules refuse.
    struct DamagedRecord: Encodable {
        var resident: Resident
        var events: [CourseEvent]
        var contacts: [TeamContact]
    }

    @Test(
        "a record whose event or contact is another resident's, or whose event repeats, is refused as the record is",
        arguments: ["other event", "other contact", "repeated event"])
    func damaged(_ damage: String) throws {
        let records = try Self.region.residentRecords()
        let record = try #require(records.first { !$0.events.isEmpty && !$0.contacts.isEmpty })
        let other = try #require(records.first { $0.id != record.id && !$0.events.isEmpty && !$0.contacts.isEmpty })
        var damaged = DamagedRecord(resident: record.resident, events: record.events, contacts: record.contacts)
        switch damage {
        case "other event": damaged.events.append(other.events[0])
        case "other contact": damaged.contacts.insert(other.contacts[0], at: 0)
        default: damaged.events.append(record.events[0])
        }
        let json = try JSONEncoder().encode(damaged)
        let binary = try StoredDocumentEncoder().encode(damaged)
        let expected = damage == "repeated event" ? "record.duplicate-event" : "record.other-resident"
        for decode in [
            { _ = try JSONDecoder().decode(ResidentComplianceView.self, from: json) },
            { _ = try StoredDocumentDecoder().decode(ResidentComplianceView.self, from: binary) },
            {
                _ = try StoredDocumentDecoder(readsFieldsDirectly: false).decode(
                    ResidentComplianceView.self, from: binary)
            },
            { _ = try StoredDocumentDecoder().decode(ResidentRecord.self, from: binary) },
        ] as [() throws -> Void] {
            #expect {
                try decode()
            } throws: { error in
                guard case DecodingError.dataCorrupted(let context) = error else { return false }
                return context.debugDescription.contains(expected)
            }
        }
    }

    @Test("each record of a region reads as the same view from JSON, from binary field by field and through containers")
    func sameViewEveryWay() throws {
        for record in try Self.region.residentRecords() {
            let view = ResidentComplianceView(record)
            let binary = try StoredDocumentEncoder().encode(record)
            #expect(try JSONDecoder().decode(ResidentComplianceView.self, from: JSONEncoder().encode(record)) == view)
            #expect(try StoredDocumentDecoder().decode(ResidentComplianceView.self, from: binary) == view)
            #expect(
                try StoredDocumentDecoder(readsFieldsDirectly: false).decode(ResidentComplianceView.self, from: binary)
                    == view)
        }
    }

    @Test("a view is never saved")
    func notSaved() throws {
        let record = try #require(try Self.region.residentRecords().first)
        #expect(throws: EncodingError.self) { try JSONEncoder().encode(ResidentComplianceView(record)) }
    }
}
