import BrobyggerCore
import BrobyggerResidents
import BrobyggerStores
import BrobyggerTesting
import Foundation
import Testing

@Suite("Resident records in stores and through the gateway", .timeLimit(.minutes(5)))
struct ResidentRecordStorageTests {
    static let region = try! SyntheticRegion.generate(
        SyntheticRegionParameters(teams: 2, facilities: 8, residents: 120))

    let clock = FixedClock(noonOn: try! CalendarDate(iso8601: "2026-06-15"))
    let author = Author(name: try! PersonName(given: "Mette", family: "Lund"))

    @Test("a synthetic region's records round-trip through the file store and reopen with their index")
    func fileStore() async throws {
        let records = try Self.region.residentRecords()
        #expect(records.count == Self.region.residents.count)
        let directory = temporaryDirectory()
        let store = try FileDocumentStore(directory: directory)
        let repository = Repository<ResidentRecord>(store)
        for record in records {
            _ = try await repository.create(record, provenance: Provenance(author: author, instant: clock.now()))
        }
        await store.close()
        let reopened = try FileDocumentStore(directory: directory, mode: .readOnly)
        let all = try await Repository<ResidentRecord>(reopened).list()
        #expect(Set(all.map(\.document)) == Set(records))
        let facility = try #require(Self.region.placements.first?.facility)
        let onFacility = try await Repository<ResidentRecord>(reopened).list(.key("facility", facility))
        let expected = Set(Self.region.placements.filter { $0.facility == facility }.map(\.resident))
        #expect(Set(onFacility.map(\.document.id)) == expected)
    }

    @Test("facility staff see what consent allows; the team sees its own sector; a proxy sees the resident's data")
    func gateway() async throws {
        let records = try Self.region.residentRecords()
        let store = InMemoryDocumentStore()
        for record in records {
            _ = try await store.save(
                record, expecting: .new, provenance: Provenance(author: author, instant: clock.now()))
        }
        let gateway = AccessGateway(
            store: store,
            providers: [
                ConsentBasisProvider(register: Self.region.consents),
                ProxyBasisProvider(residents: Self.region.residents),
            ], clock: clock)
        let record = try #require(records.first { !$0.resident.diagnoses.isEmpty && !$0.placements.isEmpty })
        let facility = record.placements[0].facility
        let staff = Accessor(role: .facilityStaff, organisation: Organisation.ID(rawValue: facility.rawValue))
        let view = try await gateway.read(ResidentRecord.self, id: record.id, as: staff)
        #expect(view.document.placements == record.placements)
        let consentCoversDiagnoses = Self.region.consents.consents(of: record.id).contains {
            $0.information.contains(.diagnoses) && $0.isInForce(on: clock.today)
        }
        if !consentCoversDiagnoses {
            #expect(view.document.resident.diagnoses.isEmpty)
            #expect(view.withheld.contains { $0.group == .diagnoses })
        }
        let nurse = Accessor(role: .teamNurse, organisation: Organisation.ID.random())
        let teamView = try await gateway.read(ResidentRecord.self, id: record.id, as: nurse)
        #expect(teamView.document.resident.diagnoses == record.resident.diagnoses)
        #expect(teamView.document.events == record.events)
        // Every read is in the audit log under the resident, never under a CPR number.
        let audit = try await store.auditEntries(matching: AuditQuery(subject: record.accessSubject))
        #expect(audit.count == 2)
        let text = audit.map { "\($0)" }.joined()
        #expect(!text.contains(record.resident.person.unmaskedValue))
    }

    @Test("a consent for diagnoses opens them to the named facility only, and not after withdrawal")
    func consent() async throws {
        let network = SampleNetwork()
        let resident = try ResidentBuilder("peter").build()
        let record = try ResidentRecord(
            resident: resident.adding(try Diagnosis(code: DiagnosisCode("DF20"), rank: .primary, date: clock.today)))
        let consent = try ConsentToShare(
            id: .random(), resident: resident.id, givenBy: .resident, givenOn: clock.today.adding(days: -10),
            information: [.diagnoses], recipients: [.organisation(network.longTermFacility.id)], condition: .always,
            period: DayRange(start: clock.today.adding(days: -10)))
        let store = InMemoryDocumentStore()
        _ = try await store.save(record, expecting: .new, provenance: Provenance(author: author, instant: clock.now()))
        func read(_ register: ConsentRegister, as organisation: Organisation.ID) async throws -> ResidentRecord {
            let gateway = AccessGateway(
                store: store, providers: [ConsentBasisProvider(register: register)], clock: clock)
            return try await gateway.read(
                ResidentRecord.self, id: record.id, as: Accessor(role: .facilityStaff, organisation: organisation)
            ).document
        }
        let given = try ConsentRegister([consent])
        #expect(try await read(given, as: network.longTermFacility.id).resident.diagnoses.count == 1)
        #expect(try await read(given, as: network.temporaryFacility.id).resident.diagnoses.isEmpty)
        let withdrawn = try ConsentRegister([
            consent.withdrawn(from: clock.today.adding(days: -1), recordedBy: author)
        ])
        #expect(try await read(withdrawn, as: network.longTermFacility.id).resident.diagnoses.isEmpty)
    }

    @Test("a record cannot mix residents")
    func invariant() throws {
        let region = Self.region
        let first = region.residents[0]
        let other = try #require(region.placements.first { $0.resident != first.id })
        #expect(throws: ValidationError.self) { try ResidentRecord(resident: first, placements: [other]) }
        let record = try ResidentRecord(resident: first)
        let placement = String(decoding: try JSONEncoder().encode([other]), as: UTF8.self)
        let json = String(decoding: try JSONEncoder().encode(record), as: UTF8.self)
            .replacingOccurrences(of: #""placements":[]"#, with: #""placements":"# + placement)
        #expect(json.contains(other.id.uuidString))
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ResidentRecord.self, from: Data(json.utf8)) }
    }
}
