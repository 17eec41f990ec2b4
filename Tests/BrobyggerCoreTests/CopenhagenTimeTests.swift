import BrobyggerTesting
import Foundation
import Testing

@testable import BrobyggerCore

@Suite("Copenhagen time")
struct CopenhagenTimeTests {
    @Test("the table of offsets gives the time-zone database's offset at, around and between every transition")
    func tableAgreesWithTheDatabase() throws {
        let zone = try #require(CopenhagenTime.zone)
        let table = try #require(CopenhagenTime.table)
        // Summer time since 1980, two changes a year up to 2099.
        #expect(table.starts.count == 1 + 2 * (2099 - 1980 + 1))
        for start in table.starts {
            for instant in [start - 1, start, start + 1, start + 3_600] where span.contains(instant) {
                #expect(table.offset(at: instant) == CopenhagenTime.zoneOffset(zone, at: instant))
            }
        }
        var generator = SplitMix(seed: 13)
        for _ in 0..<20_000 {
            let instant = Double(generator.next() % UInt64(span.upperBound))
            #expect(CopenhagenTime.offset(at: instant) == CopenhagenTime.zoneOffset(zone, at: instant))
        }
    }

    @Test("2026's changes: 29 March and 25 October at 01:00 UTC; outside the table the database is asked")
    func knownChanges() throws {
        let zone = try #require(CopenhagenTime.zone)
        let spring = try Instant(iso8601: "2026-03-29T03:00:00+02:00").secondsSince1970
        let autumn = try Instant(iso8601: "2026-10-25T02:00:00+01:00").secondsSince1970
        #expect(CopenhagenTime.offset(at: spring - 1) == 3_600)
        #expect(CopenhagenTime.offset(at: spring) == 7_200)
        #expect(CopenhagenTime.offset(at: autumn - 1) == 7_200)
        #expect(CopenhagenTime.offset(at: autumn) == 3_600)
        let before = try Instant(iso8601: "1945-07-01T12:00:00+02:00").secondsSince1970
        let after = try Instant(iso8601: "2101-07-01T12:00:00+02:00").secondsSince1970
        #expect(CopenhagenTime.table?.offset(at: before) == nil && CopenhagenTime.table?.offset(at: after) == nil)
        #expect(CopenhagenTime.offset(at: before) == CopenhagenTime.zoneOffset(zone, at: before))
        #expect(CopenhagenTime.offset(at: after) == CopenhagenTime.zoneOffset(zone, at: after))
    }

    private let span = CopenhagenTime.OffsetTable.span
}
