import BrobyggerCore
import BrobyggerDischarge
import BrobyggerIntake
import BrobyggerResidents
import BrobyggerStores
import BrobyggerTesting
import Foundation
import Testing

/// Format 2's index checkpoint: opening reads it and only the log after it; a checkpoint that is torn, damaged,
/// from another store or ahead of the log is ignored and the log read whole; damage it would hide is still found.
@Suite("File store index checkpoint", .timeLimit(.minutes(5)))
struct FileStoreCheckpointTests {
    let author = Author(name: try! PersonName(given: "Check", family: "Point"))

    func provenance(_ seconds: Double) -> Provenance {
        Provenance(author: author, instant: Instant(secondsSince1970: 1_780_000_000 + seconds))
    }

    func document(_ n: UInt64, status: String = "active") -> ConformanceDocument {
        ConformanceDocument(
            id: .init(rawValue: SequentialIdentifierSource.uuid(seed: 33, value: n)), resident: "r\(n)",
            facility: "f\(n % 3)", status: status,
            period: try? DayRange(
                start: CalendarDate(daysSinceEpoch: 20_000 + Int(n)),
                end: n.isMultiple(of: 2) ? nil : CalendarDate(daysSinceEpoch: 20_100)),
            socialNotes: ["note \(n)"])
    }

    /// Everything a reader sees without the checkpoint's help: every version with its provenance, and the answers
    /// to key and period queries.
    func contents(_ store: FileDocumentStore) async throws -> [String] {
        var lines: [String] = []
        for key in await store.storageKeys(of: ConformanceDocument.documentKind) {
            let history = try await store.history(
                of: ConformanceDocument.self, id: .init(rawValue: try #require(UUID(uuidString: key))))
            for version in history?.versions ?? [] {
                lines.append("\(key) \(version.number) \(version.provenance) \(version.document)")
            }
        }
        for query in [
            DocumentQuery(keys: [IndexKey("facility", "f1")]), DocumentQuery(keys: [IndexKey("status", "changed")]),
            DocumentQuery(
                keys: [IndexKey("facility", "f2")],
                overlapping: try DayRange(
                    start: CalendarDate(daysSinceEpoch: 20_010), end: CalendarDate(daysSinceEpoch: 20_012))),
        ] {
            let found = try await store.list(ConformanceDocument.self, matching: query)
            lines.append("query: " + found.map { "\($0.document.id.storageKey) \($0.number)" }.joined(separator: ","))
        }
        return lines
    }

    /// A store with 40 documents and a second version of every third of the first 30, checkpointed after the first 30
    /// saves; `shift` moves every instant, for a store of the same shape with other contents.
    func store(shift: Double = 0) async throws -> String {
        let directory = temporaryDirectory() + "/store"
        let writer = try FileDocumentStore(directory: directory)
        for n in UInt64(0)..<30 {
            _ = try await writer.save(document(n), expecting: .new, provenance: provenance(Double(n) + shift))
        }
        try await writer.checkpoint()
        var writes: [DocumentWrite] = []
        for n in UInt64(30)..<40 { writes.append(DocumentWrite(document(n), expecting: .new)) }
        for n in stride(from: UInt64(0), to: 30, by: 3) {
            writes.append(DocumentWrite(document(n, status: "changed"), expecting: .version(1)))
        }
        _ = try await writer.save(writes, provenance: provenance(100 + shift), progress: nil)
        await writer.close()
        return directory
    }

    @Test("opening reads the checkpoint and only the log after it, and sees exactly what the whole log holds")
    func tailOnly() async throws {
        let directory = try await store()
        let checkpoint = directory + "/index.checkpoint"
        let saved = try Data(contentsOf: URL(fileURLWithPath: checkpoint))
        let reader = try FileDocumentStore(directory: directory, mode: .readOnly)
        #expect(reader.recovery.replayedVersions == 20)
        #expect(!reader.recovery.ignoredCheckpoint)
        let withCheckpoint = try await contents(reader)
        #expect(withCheckpoint.count == 50 + 3)

        try FileManager.default.removeItem(atPath: checkpoint)
        let whole = try FileDocumentStore(directory: directory, mode: .readOnly)
        #expect(whole.recovery.replayedVersions == 50)
        #expect(try await contents(whole) == withCheckpoint)

        // A checkpoint of everything: nothing left to read from the log.
        try saved.write(to: URL(fileURLWithPath: checkpoint))
        let writer = try FileDocumentStore(directory: directory)
        try await writer.checkpoint()
        _ = try await writer.save(document(50), expecting: .new, provenance: provenance(200))
        await writer.close()
        let latest = try FileDocumentStore(directory: directory, mode: .readOnly)
        #expect(latest.recovery.replayedVersions == 1)
        #expect(try await latest.current(ConformanceDocument.self, id: document(50).id)?.number == 1)
        #expect(try await latest.verify() == 51)
    }

    /// What a reader answers about a store of two kinds without reading every history: the keys of each kind, the
    /// current documents and a query by key and period.
    func listing(_ store: FileDocumentStore) async throws -> [String] {
        var lines = await store.storageKeys(of: ConformanceDocument.documentKind)
        lines += await store.storageKeys(of: DischargeRegisterEntry.documentKind)
        lines += try await store.list(ConformanceDocument.self, matching: .all).map { "\($0.number) \($0.document)" }
        lines += try await store.list(DischargeRegisterEntry.self, matching: .all).map { "\($0.document.record)" }
        let query = DocumentQuery(
            keys: [IndexKey("facility", "f1")],
            overlapping: try DayRange(
                start: CalendarDate(daysSinceEpoch: 20_010), end: CalendarDate(daysSinceEpoch: 20_900)))
        lines += try await store.list(ConformanceDocument.self, matching: query).map(\.document.id.storageKey)
        return lines
    }

    @Test("a checkpoint of thousands of documents of two kinds, read on every core, gives what the whole log gives")
    func largeCheckpoint() async throws {
        let directory = temporaryDirectory() + "/store"
        let writer = try FileDocumentStore(directory: directory)
        var writes = (UInt64(0)..<4_500).map { DocumentWrite(document($0), expecting: .new) }
        for n in 0..<700 {
            let record = DischargeDocumentRecord(
                documentID: "register-\(n)", resident: .cpr(try CPRNumber("290200-4001")),
                episode: try EpisodeOfCareIdentifier("EP-\(n)"),
                kind: n.isMultiple(of: 3) ? .coordinationPlan : .agreement,
                basis: .mandatory, agreedOn: CalendarDate(daysSinceEpoch: 20_000 + n), refusedOn: nil,
                treatmentOffers: n % 4, socialOffers: 1, parties: 2, consultant: nil)
            writes.append(DocumentWrite(DischargeRegisterEntry(record: record), expecting: .new))
        }
        _ = try await writer.save(writes, provenance: provenance(0), progress: nil)
        _ = try await writer.save(document(7, status: "changed"), expecting: .version(1), provenance: provenance(1))
        try await writer.checkpoint()
        await writer.close()

        let reader = try FileDocumentStore(directory: directory, mode: .readOnly)
        #expect(reader.recovery.replayedVersions == 0 && !reader.recovery.ignoredCheckpoint)
        let fromCheckpoint = try await listing(reader)
        #expect(await reader.storageKeys(of: ConformanceDocument.documentKind).count == 4_500)
        #expect(await reader.storageKeys(of: DischargeRegisterEntry.documentKind).count == 700)
        // Keys of both kinds, 5,200 documents, and the query's answer.
        #expect(fromCheckpoint.count > 2 * 5_200)
        #expect(await reader.versionCount(of: ConformanceDocument.documentKind, key: document(7).id.storageKey) == 2)

        try FileManager.default.removeItem(atPath: directory + "/index.checkpoint")
        let whole = try FileDocumentStore(directory: directory, mode: .readOnly)
        #expect(whole.recovery.replayedVersions == 5_201)
        #expect(try await listing(whole) == fromCheckpoint)
    }

    @Test("a torn, damaged or foreign checkpoint is ignored: the log is read whole, and a writer replaces it")
    func damagedCheckpoint() async throws {
        let directory = try await store()
        let checkpoint = directory + "/index.checkpoint"
        let good = [UInt8](try Data(contentsOf: URL(fileURLWithPath: checkpoint)))
        let expected = try await contents(FileDocumentStore(directory: directory, mode: .readOnly))
        let foreign = try await store(shift: 0.5)
        var damaged: [(String, [UInt8])] = [
            ("empty", []),
            ("foreign", [UInt8](try Data(contentsOf: URL(fileURLWithPath: foreign + "/index.checkpoint")))),
        ]
        for cut in stride(from: 1, to: good.count, by: max(1, good.count / 40)) {
            damaged.append(("torn at byte \(cut)", Array(good.prefix(cut))))
        }
        for position in stride(from: 0, to: good.count, by: max(1, good.count / 40)) {
            var flipped = good
            flipped[position] ^= 0x04
            damaged.append(("byte \(position) changed", flipped))
        }
        // The foreign store holds the same documents with other provenances; grown further, its checkpoint covers
        // more log than this store has.
        let other = try FileDocumentStore(directory: foreign)
        _ = try await other.save(document(99), expecting: .new, provenance: provenance(300))
        try await other.checkpoint()
        await other.close()
        damaged.append(
            ("ahead of the log", [UInt8](try Data(contentsOf: URL(fileURLWithPath: foreign + "/index.checkpoint")))))
        for (label, bytes) in damaged {
            try Data(bytes).write(to: URL(fileURLWithPath: checkpoint))
            let reader = try FileDocumentStore(directory: directory, mode: .readOnly)
            #expect(reader.recovery.ignoredCheckpoint, "\(label)")
            #expect(reader.recovery.replayedVersions == 50, "\(label)")
            #expect(try await contents(reader) == expected, "\(label)")
        }
        let writer = try FileDocumentStore(directory: directory)
        #expect(writer.recovery.ignoredCheckpoint)
        await writer.close()
        let repaired = try FileDocumentStore(directory: directory, mode: .readOnly)
        #expect(!repaired.recovery.ignoredCheckpoint)
        #expect(repaired.recovery.replayedVersions == 0)
        #expect(try await contents(repaired) == expected)
    }

    @Test("a log cut short of what the checkpoint covers is damage, not a rollback to the checkpoint")
    func truncatedLogUnderCheckpoint() async throws {
        let directory = try await store()
        let log = directory + "/versions.log"
        let bytes = try Data(contentsOf: URL(fileURLWithPath: log))
        try bytes.prefix(bytes.count - 40).write(to: URL(fileURLWithPath: log))
        #expect {
            _ = try FileDocumentStore(directory: directory, mode: .readOnly)
        } throws: { error in
            guard case .corrupted(let path, let reason) = error as? StoreError else { return false }
            return path.hasSuffix("versions.log") && reason.contains("truncated")
        }
        // Cut inside what the checkpoint covers: the checkpoint no longer matches, the head tells the damage.
        try bytes.prefix(bytes.count / 3).write(to: URL(fileURLWithPath: log))
        #expect {
            _ = try FileDocumentStore(directory: directory, mode: .readOnly)
        } throws: { error in
            guard case .corrupted(let path, _) = error as? StoreError else { return false }
            return path.hasSuffix("versions.log")
        }
    }

    @Test("a writer writes a checkpoint by itself once the log has grown enough, and on opening a store without one")
    func automaticCheckpoints() async throws {
        let directory = temporaryDirectory() + "/store"
        let writer = try FileDocumentStore(directory: directory)
        var writes: [DocumentWrite] = []
        for n in UInt64(0)..<3_000 {
            writes.append(DocumentWrite(document(n), expecting: .new))
        }
        _ = try await writer.save(writes, provenance: provenance(0), progress: nil)
        #expect(FileManager.default.fileExists(atPath: directory + "/index.checkpoint"))
        _ = try await writer.save(document(5_000), expecting: .new, provenance: provenance(1))
        await writer.close()
        let reader = try FileDocumentStore(directory: directory, mode: .readOnly)
        #expect(reader.recovery.replayedVersions == 1)
        #expect(await reader.count(of: ConformanceDocument.documentKind) == 3_001)

        // A store written without checkpoints (by format 2 before them): the first writer leaves one.
        try FileManager.default.removeItem(atPath: directory + "/index.checkpoint")
        await (try FileDocumentStore(directory: directory)).close()
        let after = try FileDocumentStore(directory: directory, mode: .readOnly)
        #expect(after.recovery.replayedVersions == 0)
        #expect(await after.count(of: ConformanceDocument.documentKind) == 3_001)
    }
}
