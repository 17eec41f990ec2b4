import Benchmark
import BenchmarkFixtures
import Brobygger
import BrobyggerTesting
import Foundation

/// The national region's resident records (20,000, with their course events).
let nationalRecords = Fixture { try SyntheticRegion.generate(.national).residentRecords() }

/// A file store holding the Region Hovedstaden records (1,350), written once.
let hovedstadenStore = Fixture { () async throws -> String in
    let directory = NSTemporaryDirectory() + "brobygger-bench-hovedstaden-\(getpid())"
    try? FileManager.default.removeItem(atPath: directory)
    let store = try FileDocumentStore(directory: directory)
    let author = Author(name: try PersonName(given: "Bench", family: "Mark"))
    for record in try SyntheticRegion.generate(.hovedstaden).residentRecords() {
        _ = try await store.save(
            record, expecting: .new, provenance: Provenance(author: author, instant: Instant(secondsSince1970: 0)))
    }
    await store.close()
    return directory
}

/// A file store (format 2) holding the national resident records (20,000) in one batch and a second version of
/// every tenth in another, as an import leaves it: the store the open and list benchmarks read. The writer leaves
/// an index checkpoint, as it does after any large batch.
let nationalStore = Fixture { () async throws -> String in
    let directory = NSTemporaryDirectory() + "brobygger-bench-national-\(getpid())"
    try? FileManager.default.removeItem(atPath: directory)
    let store = try FileDocumentStore(directory: directory)
    let author = Author(name: try PersonName(given: "Bench", family: "Mark"))
    let records = try SyntheticRegion.generate(.national).residentRecords()
    _ = try await store.save(
        records.map { DocumentWrite($0, expecting: .new) },
        provenance: Provenance(author: author, instant: Instant(secondsSince1970: 0)), progress: nil)
    _ = try await store.save(
        stride(from: 0, to: records.count, by: 10).map { DocumentWrite(records[$0], expecting: .version(1)) },
        provenance: Provenance(author: author, instant: Instant(secondsSince1970: 1)), progress: nil)
    await store.close()
    return directory
}

let benchmarks: @Sendable () -> Void = {
    let author = Author(name: try! PersonName(given: "Bench", family: "Mark"))
    let instant = Instant(secondsSince1970: 1_780_000_000)

    // Issue 8: 100,000 saves and 100,000 gets of residents with events from 8 tasks (in memory); 10,000 document
    // saves and a cold load of the synthetic region (file store). Issue 18 (format 2): opening the national store
    // read-only and listing every key, and decoding every current resident record (what the compliance report
    // reads). Task scheduling makes allocation counts vary.
    Benchmark(
        benchmarkName("In-memory store: 100,000 saves and 100,000 gets of resident records from 8 tasks"),
        configuration: BenchmarkDefaults.configuration(
            maxIterations: 5, mallocTolerance: 10, threadCPUTime: false, setup: nationalRecords.prepare)
    ) { benchmark in
        let records = nationalRecords.value
        for _ in benchmark.scaledIterations {
            let store = InMemoryDocumentStore()
            try await withThrowingTaskGroup(of: Void.self) { group in
                for task in 0..<8 {
                    group.addTask {
                        for index in stride(from: task, to: 100_000, by: 8) {
                            let record = records[index % records.count]
                            let version = index / records.count
                            _ = try await store.save(
                                record, expecting: version == 0 ? .new : .version(version),
                                provenance: Provenance(author: author, instant: instant))
                        }
                    }
                }
                try await group.waitForAll()
            }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for task in 0..<8 {
                    group.addTask {
                        for index in stride(from: task, to: 100_000, by: 8) {
                            blackHole(
                                try await store.current(ResidentRecord.self, id: records[index % records.count].id))
                        }
                    }
                }
                try await group.waitForAll()
            }
        }
    }
    Benchmark(
        benchmarkName("File store: 10,000 document saves"),
        configuration: BenchmarkDefaults.configuration(
            maxIterations: 3, maxSeconds: 30, warmupIterations: 0, mallocTolerance: 10, threadCPUTime: false,
            setup: nationalRecords.prepare)
    ) { benchmark in
        let records = nationalRecords.value.prefix(10_000)
        for _ in benchmark.scaledIterations {
            let directory = NSTemporaryDirectory() + "brobygger-bench-" + UUID().uuidString
            let store = try FileDocumentStore(directory: directory)
            for record in records {
                _ = try await store.save(
                    record, expecting: .new, provenance: Provenance(author: author, instant: instant))
            }
            await store.close()
            try? FileManager.default.removeItem(atPath: directory)
        }
    }
    Benchmark(
        benchmarkName("File store: open read-only and list every key, national resident records"),
        configuration: BenchmarkDefaults.configuration(
            maxIterations: 20, mallocTolerance: 10, threadCPUTime: false, setup: nationalStore.prepare,
            teardown: { try? FileManager.default.removeItem(atPath: nationalStore.value) })
    ) { benchmark in
        let directory = nationalStore.value
        for _ in benchmark.scaledIterations {
            let store = try FileDocumentStore(directory: directory, mode: .readOnly)
            var keys = 0
            for kind in await store.documentKinds() { keys += await store.storageKeys(of: kind).count }
            blackHole(keys)
        }
    }
    Benchmark(
        benchmarkName("File store: open and decode every national resident record"),
        configuration: BenchmarkDefaults.configuration(
            maxIterations: 10, mallocTolerance: 10, threadCPUTime: false, setup: nationalStore.prepare,
            teardown: { try? FileManager.default.removeItem(atPath: nationalStore.value) })
    ) { benchmark in
        let directory = nationalStore.value
        for _ in benchmark.scaledIterations {
            let store = try FileDocumentStore(directory: directory, mode: .readOnly)
            blackHole(try await store.list(ResidentRecord.self, matching: .all).count)
        }
    }
    Benchmark(
        benchmarkName("File store: cold open and list of the Region Hovedstaden records"),
        configuration: BenchmarkDefaults.configuration(
            maxIterations: 10, mallocTolerance: 10, threadCPUTime: false, setup: hovedstadenStore.prepare,
            teardown: { try? FileManager.default.removeItem(atPath: hovedstadenStore.value) })
    ) { benchmark in
        let directory = hovedstadenStore.value
        for _ in benchmark.scaledIterations {
            let store = try FileDocumentStore(directory: directory, mode: .readOnly)
            blackHole(try await store.list(ResidentRecord.self, matching: .all).count)
        }
    }
}
