import Benchmark
import BenchmarkFixtures
import Brobygger
import BrobyggerTesting
import Foundation

/// The national year's `events.csv` (100,000-odd course events) as the interchange layout writes it, and a store
/// holding the year's organisations and resident records (with placements, without events), as an import of
/// `events.csv` finds it.
struct EventsInput: Sendable {
    let csv: Data
    let snapshot: StoreSnapshot
    let store: InMemoryDocumentStore

    static func national() async throws -> EventsInput {
        let region = try SyntheticRegion.generate(.national)
        var cprs: [Resident.ID: String] = [:]
        for resident in region.residents {
            if case .cpr(let cpr) = resident.person { cprs[resident.id] = cpr.unmaskedFormatted }
        }
        // Each correction or cancellation after the event it supersedes, as `brobygger generate` writes them.
        var writer = CSVWriter(header: EventsImport.header)
        for row in EventsImport.rows(of: region.events, cpr: { cprs[$0] }) { writer.append(row) }
        let store = InMemoryDocumentStore()
        let provenance = Provenance(
            author: Author(name: try PersonName(given: "Benchmark", family: "Intake")),
            instant: Instant(millisecondsSince1970: 0))
        var writes = region.organisations.map { DocumentWrite($0, expecting: .new) }
        for record in try region.residentRecords() {
            let withoutEvents = try ResidentRecord(
                resident: record.resident, placements: record.placements, contacts: record.contacts)
            writes.append(DocumentWrite(withoutEvents, expecting: .new))
        }
        _ = try await store.save(writes, provenance: provenance)
        let snapshot = try await StoreSnapshot.load(store, for: .events)
        return EventsInput(csv: Data(writer.text.utf8), snapshot: snapshot, store: store)
    }
}

let input = Fixture { try await EventsInput.national() }

let benchmarks: @Sendable () -> Void = {
    // Issue 16 target: CSV parse plus validation into domain values at least 100 MB/s on events.csv-shaped input.
    // MB/s = the file's size (printed by the fixture's first run in the README figures) ÷ the wall time.
    Benchmark(
        benchmarkName("Intake 1: events.csv read and validated into course events (national year)"),
        configuration: BenchmarkDefaults.configuration(maxIterations: 30, maxSeconds: 20, setup: input.prepare)
    ) { benchmark in
        let data = input.value
        for _ in benchmark.scaledIterations {
            try ThreadCPUTime.measure(benchmark) {
                let table = try CSVTable.parse(data.csv, file: "events.csv")
                blackHole(try EventsImport.plan(table, snapshot: data.snapshot))
            }
        }
    }
    // Issue 16 target: planning an events.csv import (100,000 rows) against a national store at most 0.5 s beyond
    // opening the store (an in-memory store has nothing to open).
    Benchmark(
        benchmarkName("Intake 2: plan an events.csv import against a national store"),
        configuration: BenchmarkDefaults.configuration(
            maxIterations: 20, maxSeconds: 20, threadCPUTime: false, setup: input.prepare)
    ) { benchmark in
        let data = input.value
        let planner = ImportPlanner(store: data.store, today: try CalendarDate(iso8601: "2026-01-01"))
        for _ in benchmark.scaledIterations {
            blackHole(try await planner.plan(.events, inputs: [IntakeInput(name: "events.csv", data: data.csv)]))
        }
    }
}
