import BrobyggerCore
import BrobyggerStores
import BrobyggerTesting
import Foundation
import Testing

@Suite("File store batches", .timeLimit(.minutes(5)))
struct FileStoreBatchTests {
    let author = Author(name: try! PersonName(given: "Batch", family: "Writer"))

    func provenance(_ seconds: Double) -> Provenance {
        Provenance(author: author, instant: Instant(secondsSince1970: 1_780_000_000 + seconds))
    }

    func document(_ n: UInt64, status: String = "active") -> ConformanceDocument {
        ConformanceDocument(
            id: .init(rawValue: SequentialIdentifierSource.uuid(seed: 11, value: n)), resident: "r\(n)",
            facility: "f1", status: status, socialNotes: ["n"])
    }

    @Test("a batch cut off at any byte of its records is wholly absent; whole, it is wholly present")
    func tornBatchAtEveryByte() async throws {
        let directory = temporaryDirectory()
        let updated = [document(1, status: "closed"), document(2), document(3)]
        let before: Int
        let after: Int
        do {
            let store = try FileDocumentStore(directory: directory)
            _ = try await store.save(document(1), expecting: .new, provenance: provenance(0))
            before = try fileSize(directory + "/versions.log")
            _ = try await store.save(
                [
                    DocumentWrite(updated[0], expecting: .version(1)), DocumentWrite(updated[1], expecting: .new),
                    DocumentWrite(updated[2], expecting: .new),
                ], provenance: provenance(1))
            after = try fileSize(directory + "/versions.log")
            await store.close()
        }
        let log = try Data(contentsOf: URL(fileURLWithPath: directory + "/versions.log"))
        let head = try Data(contentsOf: URL(fileURLWithPath: directory + "/head"))
        for cut in stride(from: before, through: after, by: 3) + [after - 1, after] {
            // The head is written after the log: a kill inside the batch leaves the head of before.
            try log.prefix(cut).write(to: URL(fileURLWithPath: directory + "/versions.log"))
            if cut < after {
                try rewriteHead(directory, logEnd: before, sequence: 1)
            } else {
                try head.write(to: URL(fileURLWithPath: directory + "/head"))
            }
            let reader = try FileDocumentStore(directory: directory, mode: .readOnly)
            let numbers = try await updated.asyncMap {
                try await reader.current(ConformanceDocument.self, id: $0.id)?.number
            }
            if cut == after {
                #expect(numbers == [2, 1, 1], "cut at \(cut)")
            } else {
                #expect(numbers == [1, nil, nil], "cut at \(cut) of \(before)…\(after)")
            }
        }
    }

    @Test("a batch that fails its checks writes nothing")
    func failedStagingCleansUp() async throws {
        let directory = temporaryDirectory()
        let store = try FileDocumentStore(directory: directory)
        _ = try await store.save(document(1), expecting: .new, provenance: provenance(0))
        let sizes = try ["versions.log", "documents.dat", "audit.jsonl"].map { try fileSize(directory + "/" + $0) }
        await #expect(throws: StoreError.self) {
            _ = try await store.save(
                [DocumentWrite(document(2), expecting: .new), DocumentWrite(document(1), expecting: .new)],
                provenance: provenance(1))
        }
        #expect(
            try ["versions.log", "documents.dat", "audit.jsonl"].map { try fileSize(directory + "/" + $0) } == sizes)
        await store.close()
        #expect(try FileDocumentStore(directory: directory).recovery.interruptedWrites == 0)
    }

    @Test(
        "killing a batch writer leaves every batch whole or absent", .serialized, .timeLimit(.minutes(5)),
        arguments: 0..<3)
    func killedBatchWriter(round: Int) async throws {
        let directory = temporaryDirectory()
        defer { removeTemporaryDirectory(directory, logs: ["-acknowledged.txt", "-acknowledged.txt.stderr"]) }
        let log = directory + "-acknowledged.txt"
        let writer = try ChildProcess(
            executable: try storeCrashWriterExecutable().path, arguments: [directory, "--batch"], standardOutput: log)
        // However this test ends (a failed expectation, its time limit), the writer does not outlive it.
        defer { writer.kill() }
        let patience = Date().addingTimeInterval(30)
        func acknowledged() -> Int {
            String(decoding: FileManager.default.contents(atPath: log) ?? Data(), as: UTF8.self)
                .split(separator: "\n").count
        }
        while acknowledged() < 10 + round * 5, Date() < patience, writer.isRunning {
            try await Task.sleep(nanoseconds: 2_000_000)
        }
        try await Task.sleep(nanoseconds: UInt64(1_000_000 * (1 + round * 5)))
        // Exit code 75: the writer reached its limits before the kill (see StoreCrashWriter).
        #expect(
            writer.kill() || writer.ending == "exit code 75",
            "the writer stopped by itself (\(writer.ending)): \(childErrors(log))")
        let newestAcknowledged =
            String(decoding: FileManager.default.contents(atPath: log) ?? Data(), as: UTF8.self)
            .split(separator: "\n").compactMap { $0.split(separator: " ").last.flatMap { Int($0) } }.max() ?? 0

        for mode in [FileDocumentStore.Mode.readOnly, .readWrite] {
            let store = try FileDocumentStore(directory: directory, mode: mode)
            let counts = try await store.list(ConformanceDocument.self, matching: .all).map(\.number)
            #expect(counts.count == 5)
            #expect(Set(counts).count == 1, "a batch is partly visible (\(mode)): \(counts)")
            #expect(counts.allSatisfy { $0 >= newestAcknowledged }, "an acknowledged batch is missing")
            for revision in try await store.list(ConformanceDocument.self, matching: .all) {
                #expect(revision.document.status == "v\(revision.number)")
            }
            await store.close()
        }
    }
}

/// Writes a head record (see `FileDocumentStore`'s layout) for a log of `logEnd` bytes after `sequence` batches,
/// keeping the recorded documents length.
func rewriteHead(_ directory: String, logEnd: Int, sequence: UInt64) throws {
    var head = [UInt8](try Data(contentsOf: URL(fileURLWithPath: directory + "/head")))
    func put(_ value: UInt64, at offset: Int) {
        for byte in 0..<8 { head[offset + byte] = UInt8(truncatingIfNeeded: value >> (8 * UInt64(byte))) }
    }
    put(UInt64(logEnd), at: 8)
    put(sequence, at: 24)
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in head[0..<32] {
        crc ^= UInt32(byte)
        for _ in 0..<8 { crc = crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
    }
    crc ^= 0xFFFF_FFFF
    for byte in 0..<4 { head[32 + byte] = UInt8(truncatingIfNeeded: crc >> (8 * UInt32(byte))) }
    try Data(head).write(to: URL(fileURLWithPath: directory + "/head"))
}

extension Array {
    /// Maps with an asynchronous transform, in order.
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var results: [T] = []
        for element in self { results.append(try await transform(element)) }
        return results
    }
}
