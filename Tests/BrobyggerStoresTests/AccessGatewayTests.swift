import BrobyggerCore
import BrobyggerStores
import BrobyggerTesting
import Foundation
import Testing

/// Consent records for the tests: the resident has consented that the facility may see diagnoses.
struct ConsentFixture: AccessBasisProvider {
    var facility: Organisation.ID
    var resident: String
    var groups: Set<FieldGroup>

    func bases(for accessor: Accessor, subject: AccessSubject, group: FieldGroup, on date: CalendarDate)
        -> [AccessBasis]
    {
        guard accessor.organisation == facility, subject.resident == resident, groups.contains(group) else { return [] }
        return [.consent(reference: "consent-1")]
    }
}

@Suite("Access gateway")
struct AccessGatewayTests {
    let ids = SequentialIdentifierSource(seed: 11)
    let clock = FixedClock(noonOn: try! CalendarDate(iso8601: "2026-11-24"))
    let facility = Organisation.ID(rawValue: SequentialIdentifierSource.uuid(seed: 12, value: 1))
    let team = Organisation.ID(rawValue: SequentialIdentifierSource.uuid(seed: 12, value: 2))

    var provenance: Provenance {
        Provenance(author: Author(name: try! PersonName(given: "Mette", family: "Lund")), instant: clock.now())
    }

    func stored(in store: some DocumentStore) async throws -> ConformanceDocument {
        let document = ConformanceDocument(
            id: .init(using: ids), resident: "resident-1", facility: facility.storageKey, status: "active",
            socialNotes: ["går i værkstedet mandag"], diagnoses: ["DF20"])
        _ = try await store.save(document, expecting: .new, provenance: provenance)
        return document
    }

    @Test("facility staff see social support but not diagnoses without consent, and the refusal says why")
    func redaction() async throws {
        let store = InMemoryDocumentStore()
        let document = try await stored(in: store)
        let gateway = AccessGateway(store: store, clock: clock, ids: ids)
        let staff = Accessor(role: .facilityStaff, organisation: facility)
        let view = try await gateway.read(ConformanceDocument.self, id: document.id, as: staff)
        #expect(view.document.socialNotes == document.socialNotes)
        #expect(view.document.diagnoses.isEmpty)
        #expect(view.shownGroups == [.identity, .socialSupport])
        #expect(view.withheld.map(\.group) == [.diagnoses])
        #expect(view.withheld.first?.missing == "requires consent or statute")
        let audit = try await store.auditEntries(
            matching: AuditQuery(subject: AccessSubject(residentKey: "resident-1")))
        #expect(audit.count == 1)
        #expect(audit.first?.accessor == staff)
        #expect(
            audit.first?.outcome == .allowed(bases: audit.first.map(bases) ?? [], groups: [.identity, .socialSupport]))
    }

    private func bases(_ entry: AuditEntry) -> [AccessBasis] {
        if case .allowed(let bases, _) = entry.outcome { return bases }
        return []
    }

    @Test("with the resident's consent the facility sees diagnoses, and the audit names the consent")
    func consent() async throws {
        let store = InMemoryDocumentStore()
        let document = try await stored(in: store)
        let gateway = AccessGateway(
            store: store, providers: [ConsentFixture(facility: facility, resident: "resident-1", groups: [.diagnoses])],
            clock: clock, ids: ids)
        let view = try await gateway.read(
            ConformanceDocument.self, id: document.id, as: Accessor(role: .facilityStaff, organisation: facility))
        #expect(view.document == document)
        #expect(view.withheld.isEmpty)
        let entry = try await store.auditEntries(matching: .all).last
        #expect(entry.map(bases)?.contains(.consent(reference: "consent-1")) == true)
    }

    @Test("the team reads everything of its own sector, and a consent for another resident does not help")
    func team() async throws {
        let store = InMemoryDocumentStore()
        let document = try await stored(in: store)
        let gateway = AccessGateway(
            store: store, providers: [ConsentFixture(facility: team, resident: "resident-2", groups: [.socialSupport])],
            clock: clock, ids: ids)
        let view = try await gateway.read(
            ConformanceDocument.self, id: document.id, as: Accessor(role: .teamNurse, organisation: team))
        #expect(view.document.diagnoses == ["DF20"])
        #expect(view.document.socialNotes.isEmpty)
        #expect(view.withheld.map(\.group) == [.socialSupport])
    }

    @Test("an administrator sees nothing personal: refused, typed, and logged")
    func administrator() async throws {
        let store = InMemoryDocumentStore()
        let document = try await stored(in: store)
        let gateway = AccessGateway(store: store, clock: clock, ids: ids)
        await #expect(throws: StoreError.self) {
            try await gateway.read(ConformanceDocument.self, id: document.id, as: Accessor(role: .administrator))
        }
        let entries = try await store.auditEntries(matching: .all)
        #expect(entries.count == 1)
        #expect(entries.first?.wasAllowed == false)
    }

    @Test("the resident reads their own data only")
    func resident() async throws {
        let store = InMemoryDocumentStore()
        let document = try await stored(in: store)
        let gateway = AccessGateway(store: store, clock: clock, ids: ids)
        let own = try await gateway.read(
            ConformanceDocument.self, id: document.id, as: Accessor(role: .resident, resident: "resident-1"))
        #expect(own.document == document)
        await #expect(throws: StoreError.self) {
            try await gateway.read(
                ConformanceDocument.self, id: document.id, as: Accessor(role: .resident, resident: "resident-9"))
        }
    }

    @Test("a write that changes a group the writer may not write is refused and changes nothing")
    func writes() async throws {
        let store = InMemoryDocumentStore()
        let document = try await stored(in: store)
        let gateway = AccessGateway(store: store, clock: clock, ids: ids)
        let staff = Accessor(role: .facilityStaff, organisation: facility)
        var social = document
        social.socialNotes.append("ny aftale om indkøb")
        let saved = try await gateway.save(social, expecting: .version(1), provenance: provenance, as: staff)
        #expect(saved.number == 2)
        var clinical = social
        clinical.diagnoses = ["DF25"]
        await #expect(
            throws: StoreError.accessDenied(
                AccessDenial(role: .facilityStaff, group: .diagnoses, operation: .write, missing: "no rule allows it"))
        ) {
            try await gateway.save(clinical, expecting: .version(2), provenance: provenance, as: staff)
        }
        #expect(try await store.current(ConformanceDocument.self, id: document.id)?.document == social)
        let entries = try await store.auditEntries(matching: .all)
        #expect(entries.map(\.action) == [.update, .update])
        #expect(entries.map(\.wasAllowed) == [true, false])
    }

    @Test("lists show each document as the reader may see it")
    func lists() async throws {
        let store = InMemoryDocumentStore()
        _ = try await stored(in: store)
        _ = try await stored(in: store)
        let gateway = AccessGateway(store: store, clock: clock, ids: ids)
        let views = try await gateway.list(
            ConformanceDocument.self, matching: .all, as: Accessor(role: .facilityStaff, organisation: facility))
        #expect(views.count == 2)
        #expect(views.allSatisfy { $0.document.diagnoses.isEmpty })
        #expect(try await store.auditEntries(matching: .all).map(\.action) == [.list, .list])
    }

    @Test("the standard policy: purely private matters need the §13c basis, not consent")
    func privateMatters() {
        let policy = AccessPolicy.standard
        let staff = Accessor(role: .facilityStaff)
        #expect(!policy.decide(.read, .privateMatters, by: staff, bases: [.consent(reference: "c")]).isAllowed)
        let section13c = AccessBasis.statute(.statute("psykiatriloven §13c"), purpose: "making the agreement")
        #expect(policy.decide(.read, .privateMatters, by: staff, bases: [section13c]).isAllowed)
        #expect(!policy.decide(.write, .diagnoses, by: staff, bases: [section13c]).isAllowed)
        #expect(policy.decide(.read, .administrative, by: Accessor(role: .proxy), bases: []).isAllowed)
    }
}
