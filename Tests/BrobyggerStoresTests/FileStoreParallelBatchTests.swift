import BrobyggerCore
import BrobyggerTesting
import Foundation
import Testing

@testable import BrobyggerStores

/// Issue 18: a long batch is encoded on every processor. The store must keep what one document after another gave:
/// the versions, read back equal (binary and JSON-fallback documents alike), progress counted 1, 2, 3 … in order,
/// and, when documents cannot be encoded, the first of them in the batch's order as the error, with nothing written.
@Suite("File store parallel batch encoding", .timeLimit(.minutes(5)))
struct FileStoreParallelBatchTests {
    /// A document that encodes in the binary form, only as JSON (its conformance writes to a container while a
    /// nested one is open), or not at all.
    struct Mixed: StorableDocument {
        typealias ID = Identifier<Mixed>
        static let documentKind: DocumentKind = "mixed-document"
        enum Mode: Int, Codable { case binary, jsonOnly, refused }
        var id: ID
        var mode: Mode
        var text: String
        var indexKeys: [IndexKey] { [IndexKey("resident", "r\(text.count % 7)")] }

        private enum Keys: String, CodingKey { case id, mode, text, extra }

        init(id: ID, mode: Mode, text: String) {
            self.id = id
            self.mode = mode
            self.text = text
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Keys.self)
            id = try container.decode(ID.self, forKey: .id)
            mode = try container.decode(Mode.self, forKey: .mode)
            text = try container.decode(String.self, forKey: .text)
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(id, forKey: .id)
            try container.encode(mode, forKey: .mode)
            switch mode {
            case .binary:
                try container.encode(text, forKey: .text)
            case .jsonOnly:
                var nested = container.nestedUnkeyedContainer(forKey: .extra)
                try container.encode(text, forKey: .text)
                try nested.encode(1)
            case .refused:
                throw EncodingError.invalidValue(text, .init(codingPath: [Keys.text], debugDescription: "refused"))
            }
        }
    }

    final class Calls: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Int] = []
        func record(_ done: Int) { lock.withLock { values.append(done) } }
        var all: [Int] { lock.withLock { values } }
    }

    let provenance = Provenance(
        author: Author(name: try! PersonName(given: "Batch", family: "Writer")),
        instant: Instant(secondsSince1970: 1_780_000_000))

    func document(_ n: Int, _ mode: Mixed.Mode) -> Mixed {
        Mixed(
            id: .init(rawValue: SequentialIdentifierSource.uuid(seed: 18, value: UInt64(n))), mode: mode,
            text: String(repeating: "x", count: n % 40) + "\(n)")
    }

    @Test("a long batch of binary and JSON documents reads back equal, with progress and audit lines in order")
    func longBatch() async throws {
        let documents = (0..<9_000).map { document($0, $0 % 13 == 0 ? .jsonOnly : .binary) }
        #expect((try? StoredDocumentEncoder().encode(documents[0])) == nil, "the JSON-only document encodes in binary")
        let directory = temporaryDirectory()
        let calls = Calls()
        let store = try FileDocumentStore(directory: directory)
        let numbers = try await store.save(
            documents.map { DocumentWrite($0, expecting: .new) }, provenance: provenance,
            progress: { calls.record($0) })
        #expect(numbers == Array(repeating: 1, count: documents.count))
        #expect(calls.all == Array(1...documents.count))
        // The audit lines of a long batch are encoded side by side too, and written in the batch's order.
        let updated = documents.prefix(1_001).map { Mixed(id: $0.id, mode: .binary, text: "u") }
        _ = try await store.save(updated.map { DocumentWrite($0, expecting: .version(1)) }, provenance: provenance)
        let audit = try await store.auditEntries(matching: .all)
        #expect(audit.map(\.documentID) == (documents + documents.prefix(1_001)).map(\.id.storageKey))
        #expect(audit.map(\.version) == Array(repeating: 1, count: documents.count) + Array(repeating: 2, count: 1_001))
        #expect(
            audit.map(\.subject)
                == documents.map { AccessSubject(residentKey: "r\($0.text.count % 7)") }
                + Array(repeating: AccessSubject(residentKey: "r1"), count: 1_001))
        #expect(Set(audit.map(\.id)).count == audit.count)
        await store.close()
        let reader = try FileDocumentStore(directory: directory, mode: .readOnly)
        let read = try await reader.list(Mixed.self, matching: .all).map(\.document)
        #expect(read.count == documents.count)
        #expect(Set(read) == Set(updated + documents.dropFirst(1_001)))
    }

    @Test(
        "the first document in the batch that cannot be encoded is the error, and nothing is written",
        arguments: [[300], [5_000, 299, 4_096], [8_999, 4_095, 4_097], [0]])
    func firstFailure(refused: [Int]) async throws {
        let documents = (0..<9_000).map { document($0, refused.contains($0) ? .refused : .binary) }
        let directory = temporaryDirectory()
        let store = try FileDocumentStore(directory: directory)
        _ = try await store.save(document(10_000, .binary), expecting: .new, provenance: provenance)
        let sizes = try ["versions.log", "documents.dat", "audit.jsonl"].map { try fileSize(directory + "/" + $0) }
        let calls = Calls()
        let first = try #require(refused.min())
        do {
            _ = try await store.save(
                documents.map { DocumentWrite($0, expecting: .new) }, provenance: provenance,
                progress: { calls.record($0) })
            Issue.record("the batch was saved")
        } catch {
            guard case .coding(let kind, let id, _) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(kind == Mixed.documentKind && id == documents[first].id.storageKey)
        }
        #expect(calls.all == Array(0..<first).map { $0 + 1 })
        #expect(
            try ["versions.log", "documents.dat", "audit.jsonl"].map { try fileSize(directory + "/" + $0) } == sizes)
        #expect(try await store.count(Mixed.self, matching: .all) == 1)
        await store.close()
    }
}
