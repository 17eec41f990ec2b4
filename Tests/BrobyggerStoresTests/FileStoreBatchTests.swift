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

    /// Saves a batch, then puts its version files back under temporary names beside a journal: the state a kill
    /// between committing the journal and the last rename leaves.
    func interruptedBatch(in directory: String) async throws -> [ConformanceDocument] {
        let store = try FileDocumentStore(directory: directory)
        _ = try await store.save(document(1), expecting: .new, provenance: provenance(0))
        let updated = [document(1, status: "closed"), document(2), document(3)]
        _ = try await store.save(
            [
                DocumentWrite(updated[0], expecting: .version(1)), DocumentWrite(updated[1], expecting: .new),
                DocumentWrite(updated[2], expecting: .new),
            ], provenance: provenance(1))
        await store.close()
        let folder = directory + "/documents/" + ConformanceDocument.documentKind.rawValue
        var renames: [[String: String]] = []
        for (offset, (doc, number)) in zip(updated, [2, 1, 1]).enumerated() {
            let final = folder + "/" + doc.id.storageKey + "/00000\(number).json"
            let temporary = folder + "/" + doc.id.storageKey + "/.tmp-test-\(offset)"
            // The first rename happened before the kill; the other two did not.
            if offset > 0 { try FileManager.default.moveItem(atPath: final, toPath: temporary) }
            renames.append(["from": temporary, "to": final])
        }
        let journal = try JSONSerialization.data(withJSONObject: ["renames": renames])
        try journal.write(to: URL(fileURLWithPath: directory + "/documents/.batch-journal.json"))
        return updated
    }

    @Test("a batch interrupted after its journal is hidden from readers and completed by the next writer")
    func rollForward() async throws {
        let directory = temporaryDirectory()
        let updated = try await interruptedBatch(in: directory)

        let reader = try FileDocumentStore(directory: directory, mode: .readOnly)
        #expect(try await reader.current(ConformanceDocument.self, id: updated[0].id)?.number == 1)
        #expect(try await reader.current(ConformanceDocument.self, id: updated[1].id) == nil)
        #expect(try await reader.list(ConformanceDocument.self, matching: .all).count == 1)

        let writer = try FileDocumentStore(directory: directory)
        for doc in updated {
            #expect(try await writer.current(ConformanceDocument.self, id: doc.id)?.document == doc)
        }
        #expect(!FileManager.default.fileExists(atPath: directory + "/documents/.batch-journal.json"))
        #expect(writer.recovery.interruptedWrites == 0)
    }

    @Test("a batch that fails to stage leaves no files behind")
    func failedStagingCleansUp() async throws {
        let directory = temporaryDirectory()
        let store = try FileDocumentStore(directory: directory)
        _ = try await store.save(document(1), expecting: .new, provenance: provenance(0))
        await #expect(throws: StoreError.self) {
            _ = try await store.save(
                [DocumentWrite(document(2), expecting: .new), DocumentWrite(document(1), expecting: .new)],
                provenance: provenance(1))
        }
        let kindFolder = directory + "/documents/" + ConformanceDocument.documentKind.rawValue
        let left = try FileManager.default.subpathsOfDirectory(atPath: kindFolder).filter { $0.contains(".tmp-") }
        #expect(left.isEmpty)
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
