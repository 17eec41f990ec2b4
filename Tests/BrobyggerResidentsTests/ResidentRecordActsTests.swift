import BrobyggerCore
import BrobyggerTesting
import Foundation
import Testing

@testable import BrobyggerResidents

/// `ResidentRecord.recording(events:)`: each identifier recorded once (the first kept), in the order given, after
/// the events the record holds; whether the record starts empty (the first import) or not.
@Suite struct ResidentRecordActsTests {
    static let region = try! SyntheticRegion.generate(
        SyntheticRegionParameters(teams: 2, facilities: 8, residents: 200))

    /// The records of the region without their events, and each resident's events in the region's order.
    static func emptied() throws -> [(record: ResidentRecord, events: [CourseEvent])] {
        try region.residentRecords().map { record in
            (
                try ResidentRecord(resident: record.resident, placements: record.placements, contacts: record.contacts),
                record.events
            )
        }
    }

    /// What recording means, written out plainly: the held events, then each new identifier's first event.
    static func expected(holding held: [CourseEvent], adding added: [CourseEvent]) -> [CourseEvent] {
        var all = held
        for event in added where !all.contains(where: { $0.id == event.id }) { all.append(event) }
        return all
    }

    @Test("recording a resident's events on an empty record gives the events the region's record holds")
    func firstEvents() throws {
        let records = try Self.region.residentRecords()
        var recorded = 0
        for ((empty, events), full) in zip(try Self.emptied(), records) where !events.isEmpty {
            let record = try empty.recording(events: events)
            #expect(record.events == full.events)
            #expect(record.placements == empty.placements && record.contacts == empty.contacts)
            recorded += 1
        }
        #expect(recorded > 50)
    }

    @Test(
        "an identifier given twice is recorded once, the first kept, on an empty record and on one holding events",
        arguments: [3, 16, 17, 40])
    func duplicates(count: Int) throws {
        let pairs = try Self.emptied().filter { $0.events.count >= 2 }
        let (empty, events) = try #require(pairs.first)
        // `count` events: the resident's own, then repeats of them with another instant under the same identifier.
        var given: [CourseEvent] = []
        while given.count < count {
            let original = events[given.count % events.count]
            given.append(
                given.count < events.count
                    ? original
                    : try CourseEvent(
                        id: original.id, resident: original.resident, episode: original.episode, kind: original.kind,
                        instant: original.instant.adding(seconds: 60), ward: original.ward,
                        wardType: original.wardType, admission: original.admission, amendment: original.amendment))
        }
        let fromEmpty = try empty.recording(events: given)
        #expect(fromEmpty.events == Self.expected(holding: [], adding: given))
        #expect(fromEmpty.events.count == min(count, events.count))
        // Holding the first event already: the rest are added after it, the repeats skipped.
        let holding = try empty.recording(events: [events[0]])
        #expect(try holding.recording(events: given).events == Self.expected(holding: [events[0]], adding: given))
        // Nothing new: the record itself.
        #expect(try fromEmpty.recording(events: given) == fromEmpty)
    }

    @Test("an event of another resident is refused, on an empty record too")
    func otherResident() throws {
        let pairs = try Self.emptied().filter { !$0.events.isEmpty }
        let (first, second) = (try #require(pairs.first), try #require(pairs.last))
        #expect(first.record.id != second.record.id)
        #expect(throws: ValidationError.self) { try first.record.recording(events: second.events) }
    }

    @Test("the distinctness check agrees with a set's on random lists, short and long")
    func distinctness() throws {
        let events = try Self.emptied().flatMap(\.events)
        var random = SyntheticRegionRandom(seed: 7)
        for _ in 0..<400 {
            let length = Int(random.next() % 40)
            // Drawn from a small pool, so that repeats are common.
            let pool = Int(random.next() % 60) + 1
            let list = (0..<length).map { _ in events[Int(random.next() % UInt64(pool))] }
            #expect(ResidentRecord.identifiersAreDistinct(list) == (Set(list.map(\.id)).count == list.count))
        }
    }
}
