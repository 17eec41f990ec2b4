import Brobygger
import BrobyggerTesting
import Foundation
import Testing

/// Round trips of the public Codable values only a running system makes: the access decisions, denials and audit
/// entries of residents' records read and written across the sector border through an `AccessGateway`.
struct ExplicitRoundTripPropertyTests {
    /// The audit log and views of a store where every kind of reader reads every fifth resident's record, and where
    /// readers without a basis are refused.
    static func accessValues(seed: UInt64) async throws -> [(label: String, value: any Codable & Equatable & Sendable)]
    {
        var parameters = SyntheticRegionParameters.hovedstaden
        parameters.seed = seed
        parameters.residents = 60
        parameters.facilities = 6
        parameters.teams = 2
        let region = try SyntheticRegion.generate(parameters)
        let store = InMemoryDocumentStore()
        let gateway = AccessGateway(
            store: store, providers: [ConsentBasisProvider(register: region.consents)],
            clock: FixedClock(noonOn: region.period.end ?? region.period.start),
            ids: SequentialIdentifierSource(seed: 3))
        let team = try #require(region.teams.first)
        let facility = try #require(region.facilities.first)
        let writer = Accessor(role: .teamNurse, organisation: team.id)
        let provenance = Provenance(
            author: Author(name: try PersonName(given: "Ida", family: "Isaksen")),
            instant: try Instant(date: region.period.start, hour: 8))
        var values: [(label: String, value: any Codable & Equatable & Sendable)] = []
        let readers = [
            writer, Accessor(role: .facilityStaff, organisation: facility.id),
            Accessor(role: .municipalCaseWorker, organisation: region.organisations.first?.id),
            Accessor(role: .wardStaff, organisation: region.wards.first?.id),
        ]
        for (index, record) in try region.residentRecords().enumerated() {
            _ = try? await gateway.save(record, expecting: .new, provenance: provenance, as: writer)
            guard index % 5 == 0 else { continue }
            values.append(("subject \(index)", record.accessSubject))
            for reader in readers {
                values.append(("accessor", reader))
                let decisions = gateway.decisions(
                    .read, groups: Set(FieldGroup.known), subject: record.accessSubject, by: reader,
                    on: region.period.start)
                for (group, decision) in decisions.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                    values.append(("decision \(group.rawValue)", decision))
                }
                do {
                    let view = try await gateway.read(ResidentRecord.self, id: record.id, as: reader)
                    values.append(("view \(index)", view.document))
                } catch {
                    if case .accessDenied(let denial) = error { values.append(("denial \(index)", denial)) }
                }
            }
        }
        for entry in try await store.auditEntries(matching: AuditQuery()) { values.append(("audit", entry)) }
        values.append(("audit-query", AuditQuery()))
        return values
    }

    @Test(arguments: PropertyCorpus.seeds)
    func accessDecisionsAndTheAuditLogRoundTrip(seed: UInt64) async throws {
        let values = try await Self.accessValues(seed: seed)
        var census = ValueCensus()
        for (label, value) in values { census.check(value, label: label) }
        #expect(census.failures.isEmpty, "seed \(seed):\n\(census.summary())")
        #expect(values.count >= 50)
    }
}
