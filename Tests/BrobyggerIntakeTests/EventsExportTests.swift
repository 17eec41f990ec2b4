import Brobygger
import BrobyggerTesting
import Foundation
import Testing

/// `EventsImport.rows(of:cpr:)`: course events written in the interchange layout so that importing them records
/// every event.
@Suite("events.csv rows of course events")
struct EventsExportTests {
    static let region = try! SyntheticRegion.generate(
        SyntheticRegionParameters(seed: 7, teams: 2, facilities: 6, residents: 80))

    static var cprs: [Resident.ID: String] {
        var cprs: [Resident.ID: String] = [:]
        for resident in region.residents {
            if case .cpr(let cpr) = resident.person { cprs[resident.id] = cpr.unmaskedFormatted }
        }
        return cprs
    }

    @Test("every event of a resident with a number is written once, each amendment after the event it amends")
    func amendmentsFollowTheirTargets() throws {
        let cprs = Self.cprs
        let events = Self.region.events.shuffled()
        let rows = EventsImport.rows(of: events, cpr: { cprs[$0] })
        #expect(rows.allSatisfy { $0.count == EventsImport.header.count })
        let ids = rows.map { $0[0] ?? "" }
        #expect(Set(ids).count == ids.count)
        #expect(Set(ids) == Set(Self.region.events.filter { cprs[$0.resident] != nil }.map(\.id.uuidString)))
        let amendments = rows.filter { $0[7] != nil }
        #expect(!amendments.isEmpty, "the region holds corrections or cancellations")
        for row in amendments {
            let target = try #require(row[7])
            let position = try #require(ids.firstIndex(of: row[0] ?? ""))
            #expect(ids[..<position].contains(target))
        }
    }

    @Test("an amendment whose target is not written, and a resident without a number, are left out")
    func orphansAreLeftOut() throws {
        let cprs = Self.cprs
        let amendment = try #require(Self.region.events.first { $0.amendment != nil && cprs[$0.resident] != nil })
        #expect(EventsImport.rows(of: [amendment], cpr: { cprs[$0] }).isEmpty)
        let original = try #require(Self.region.events.first { $0.amendment == nil })
        #expect(EventsImport.rows(of: [original], cpr: { _ in nil }).isEmpty)
        let row = try #require(EventsImport.rows(of: [original], cpr: { cprs[$0] }).first)
        #expect(row[1] == cprs[original.resident])
        #expect(row[3] == original.kind.rawValue)
        #expect(row[4] == original.instant.iso8601)
    }
}
