import BrobyggerCore
import BrobyggerResidents
import BrobyggerStores
import BrobyggerTesting
import Foundation
import Testing

/// Format 2's promises: migration from format 1, a directory trusted for nothing, position independence, snapshot
/// readers, audited batches, damage reported as damage, and batches whole across kills at random moments.
@Suite("File store format 2", .timeLimit(.minutes(5)))
struct FileStoreFormatTwoTests {
    let author = Author(name: try! PersonName(given: "Format", family: "Two"))

    func provenance(_ seconds: Double) -> Provenance {
        Provenance(author: author, instant: Instant(secondsSince1970: 1_780_000_000 + seconds))
    }

    func document(_ n: UInt64, status: String = "active") -> ConformanceDocument {
        ConformanceDocument(
            id: .init(rawValue: SequentialIdentifierSource.uuid(seed: 21, value: n)), resident: "r\(n)",
            facility: "f1", status: status, socialNotes: ["n"])
    }

    /// A copy of the format-1 store in the test resources (written by `brobygger import` before format 2).
    func formatOneStore() throws -> String {
        guard
            let fixture = Bundle.module.url(forResource: "format1-store", withExtension: nil, subdirectory: "Resources")
        else { throw StoreError.io(path: "format1-store", reason: "fixture missing") }
        let directory = temporaryDirectory() + "/store"
        try FileManager.default.copyItem(atPath: fixture.path, toPath: directory)
        return directory
    }

    /// A copy of the format-2 store in the test resources, written by `brobygger import` before index checkpoints and
    /// binary documents (every document stored as JSON, no `index.checkpoint`).
    func formatTwoStore() throws -> String {
        guard
            let fixture = Bundle.module.url(forResource: "format2-store", withExtension: nil, subdirectory: "Resources")
        else { throw StoreError.io(path: "format2-store", reason: "fixture missing") }
        let directory = temporaryDirectory() + "/store"
        try FileManager.default.copyItem(atPath: fixture.path, toPath: directory)
        return directory
    }

    /// Every version of every resident record, organisation and facility, as (kind, key, number, document JSON,
    /// provenance).
    func contents(_ store: FileDocumentStore) async throws -> [String] {
        var lines: [String] = []
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for id in await store.storageKeys(of: ResidentRecord.documentKind) {
            let history = try await store.history(of: ResidentRecord.self, id: try ResidentRecord.ID(uuidString: id))
            for version in history?.versions ?? [] {
                lines.append(
                    "resident-record \(id) \(version.number) \(version.provenance) "
                        + String(decoding: try encoder.encode(version.document), as: UTF8.self))
            }
        }
        for id in await store.storageKeys(of: Organisation.documentKind) {
            let history = try await store.history(of: Organisation.self, id: try Organisation.ID(uuidString: id))
            for version in history?.versions ?? [] {
                lines.append(
                    "organisation \(id) \(version.number) \(version.provenance) "
                        + String(decoding: try encoder.encode(version.document), as: UTF8.self))
            }
        }
        for id in await store.storageKeys(of: ResidentialFacility.documentKind) {
            let history = try await store.history(
                of: ResidentialFacility.self, id: try ResidentialFacility.ID(uuidString: id))
            for version in history?.versions ?? [] {
                lines.append(
                    "facility \(id) \(version.number) \(version.provenance) "
                        + String(decoding: try encoder.encode(version.document), as: UTF8.self))
            }
        }
        return lines
    }

    @Test("a format-1 store written by the earlier import is read in place, then migrated with every version")
    func migration() async throws {
        let directory = try formatOneStore()
        // An audit line as format 1 wrote them (one JSON object per line in audit/audit.jsonl).
        let entry = AuditEntry(
            id: .random(), instant: provenance(0).instant, accessor: Accessor(role: .teamNurse), action: .read,
            documentKind: ResidentRecord.documentKind, documentID: "x", version: 1,
            subject: AccessSubject(residentKey: "x"), outcome: .allowed(bases: [], groups: [.diagnoses]))
        try append(try JSONEncoder().encode(entry) + Data([10]), to: directory + "/audit/audit.jsonl")

        let inPlace = try FileDocumentStore(directory: directory, mode: .readOnly)
        let before = try await contents(inPlace)
        #expect(before.count == 15)
        #expect(await inPlace.storageKeys(of: ResidentRecord.documentKind).count == 3)
        #expect(try await inPlace.auditEntries(matching: .all) == [entry])
        let records = try await inPlace.list(ResidentRecord.self, matching: .all)
        #expect(records.map(\.number) == [3, 3, 3])
        #expect(records.allSatisfy { !$0.document.events.isEmpty && !$0.document.placements.isEmpty })

        #expect(try await FileDocumentStore.migrate(directory: directory) == 15)
        #expect(!FileManager.default.fileExists(atPath: directory + "/documents"))
        #expect(
            String(
                decoding: try Data(contentsOf: URL(fileURLWithPath: directory + "/brobygger-store.json")), as: UTF8.self
            )
                == #"{"format":2}"#)
        let migrated = try FileDocumentStore(directory: directory, mode: .readOnly)
        #expect(try await contents(migrated) == before)
        #expect(try await migrated.auditEntries(matching: .all) == [entry])
        #expect(try await migrated.verify() == 15)
        #expect(try await FileDocumentStore.migrate(directory: directory) == 0)

        // The migrated store goes on: a new version of a record.
        let writer = try FileDocumentStore(directory: directory)
        let record = records[0]
        _ = try await writer.save(
            record.document, expecting: .version(3), provenance: Provenance(author: author, instant: Instant(Date())))
        #expect(try await writer.history(of: ResidentRecord.self, id: record.document.id)?.versions.count == 4)
    }

    @Test("a format-2 store written before checkpoints and binary documents is read as it is, and goes on")
    func formatTwoBeforeCheckpoints() async throws {
        let directory = try formatTwoStore()
        let reader = try FileDocumentStore(directory: directory, mode: .readOnly)
        #expect(reader.recovery.replayedVersions == 15)
        #expect(!reader.recovery.ignoredCheckpoint)
        let before = try await contents(reader)
        #expect(before.count == 15)
        #expect(try await reader.verify() == 15)
        let records = try await reader.list(ResidentRecord.self, matching: .all)
        #expect(records.map(\.number) == [3, 3, 3])
        #expect(records.allSatisfy { !$0.document.events.isEmpty && !$0.document.placements.isEmpty })

        // A new version (in the binary encoding) beside the JSON ones, then a checkpoint: the same history.
        let writer = try FileDocumentStore(directory: directory)
        let first = records[0].document
        let changed = try ResidentRecord(
            resident: first.resident, placements: first.placements, events: Array(first.events.dropLast()),
            contacts: first.contacts, intensity: first.intensity, goals: first.goals)
        let saved = try await writer.save(
            changed, expecting: .version(3), provenance: Provenance(author: author, instant: Instant(Date())))
        try await writer.checkpoint()
        await writer.close()
        let after = try FileDocumentStore(directory: directory, mode: .readOnly)
        #expect(after.recovery.replayedVersions == 0)
        let history = try #require(try await after.history(of: ResidentRecord.self, id: changed.id))
        #expect(history.versions.map(\.number) == [1, 2, 3, 4])
        #expect(history.versions[3].document == changed)
        #expect(history.versions[3] == saved)
        #expect(try await contents(after).filter { before.contains($0) }.count == 15)
        #expect(try await after.verify() == 16)
    }

    @Test("a format-1 store copied while a batch was pending migrates with the batch, from anywhere")
    func formatOnePendingBatch() async throws {
        let directory = try formatOneStore()
        // The state a format-1 writer killed between committing its journal and renaming leaves, written with the
        // paths of another machine's working directory: the store has since been copied here.
        let records = directory + "/documents/resident-record"
        let key = try FileManager.default.contentsOfDirectory(atPath: records).sorted()[0]
        try FileManager.default.moveItem(atPath: "\(records)/\(key)/000003.json", toPath: "\(records)/\(key)/.tmp-b-0")
        let journal = try JSONSerialization.data(withJSONObject: [
            "renames": [
                [
                    "from": "old/place/documents/resident-record/\(key)/.tmp-b-0",
                    "to": "old/place/documents/resident-record/\(key)/000003.json",
                ]
            ]
        ])
        try journal.write(to: URL(fileURLWithPath: directory + "/documents/.batch-journal.json"))
        let reader = try FileDocumentStore(directory: directory, mode: .readOnly)
        #expect(await reader.versionCount(of: ResidentRecord.documentKind, key: key) == 3)
        #expect(try await FileDocumentStore.migrate(directory: directory) == 15)
        let migrated = try FileDocumentStore(directory: directory, mode: .readOnly)
        #expect(await migrated.versionCount(of: ResidentRecord.documentKind, key: key) == 3)
    }

    @Test("a planted format-1 journal naming paths outside the store is refused; the victim is untouched")
    func plantedJournal() async throws {
        let directory = try formatOneStore()
        let victim = temporaryDirectory() + "/victim.txt"
        let attacker = temporaryDirectory() + "/attacker.txt"
        try Data("victim".utf8).write(to: URL(fileURLWithPath: victim))
        try Data("attacker".utf8).write(to: URL(fileURLWithPath: attacker))
        let journal = try JSONSerialization.data(withJSONObject: ["renames": [["from": attacker, "to": victim]]])
        try journal.write(to: URL(fileURLWithPath: directory + "/documents/.batch-journal.json"))
        for mode in [FileDocumentStore.Mode.readOnly, .readWrite] {
            #expect {
                _ = try FileDocumentStore(directory: directory, mode: mode)
            } throws: { error in
                guard case .corrupted(let path, _) = error as? StoreError else { return false }
                return path.hasSuffix(".batch-journal.json")
            }
        }
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "victim")
        #expect(FileManager.default.fileExists(atPath: attacker))

        // In format 2 a journal means nothing: it is never read.
        let store = temporaryDirectory() + "/store2"
        let writer = try FileDocumentStore(directory: store)
        _ = try await writer.save(document(1), expecting: .new, provenance: provenance(0))
        await writer.close()
        try journal.write(to: URL(fileURLWithPath: store + "/.batch-journal.json"))
        _ = try FileDocumentStore(directory: store)
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "victim")
    }

    @Test(
        "symbolic links in the store are refused, never followed",
        arguments: [".writer.lock", "audit.jsonl", "head", "index.checkpoint"])
    func symbolicLinks(name: String) async throws {
        let directory = temporaryDirectory() + "/store"
        let writer = try FileDocumentStore(directory: directory)
        _ = try await writer.save(document(1), expecting: .new, provenance: provenance(0))
        await writer.close()
        let target = temporaryDirectory() + "/target.txt"
        try Data("precious\n".utf8).write(to: URL(fileURLWithPath: target))
        try? FileManager.default.removeItem(atPath: directory + "/" + name)
        try FileManager.default.createSymbolicLink(atPath: directory + "/" + name, withDestinationPath: target)
        #expect {
            _ = try FileDocumentStore(directory: directory)
        } throws: { error in
            guard case .corrupted(let path, let reason) = error as? StoreError else { return false }
            return path.hasSuffix(name) && reason.contains("symbolic link")
        }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "precious\n")
    }

    @Test("a planted FIFO in place of a store file is refused as not a regular file, without hanging")
    func fifo() async throws {
        let directory = temporaryDirectory() + "/store"
        let writer = try FileDocumentStore(directory: directory)
        _ = try await writer.save(document(1), expecting: .new, provenance: provenance(0))
        await writer.close()
        try FileManager.default.removeItem(atPath: directory + "/versions.log")
        #expect(mkfifo(directory + "/versions.log", 0o644) == 0)
        #expect {
            _ = try FileDocumentStore(directory: directory, mode: .readOnly)
        } throws: { error in
            guard case .corrupted(let path, let reason) = error as? StoreError else { return false }
            return path.hasSuffix("versions.log") && reason.contains("not a regular file")
        }
    }

    @Test("a store written through a relative path and moved mid-batch recovers wherever it is opened")
    func positionIndependence() async throws {
        let parent = temporaryDirectory()
        let cwd = FileManager.default.currentDirectoryPath
        let relative = String(repeating: "../", count: cwd.split(separator: "/").count) + parent.dropFirst() + "/store"
        let writer = try FileDocumentStore(directory: relative)
        _ = try await writer.save(document(1), expecting: .new, provenance: provenance(0))
        _ = try await writer.save(
            [DocumentWrite(document(2), expecting: .new), DocumentWrite(document(3), expecting: .new)],
            provenance: provenance(1))
        await writer.close()
        // A batch interrupted half-way: its records cut short.
        let log = try Data(contentsOf: URL(fileURLWithPath: parent + "/store/versions.log"))
        try log.dropLast(5).write(to: URL(fileURLWithPath: parent + "/store/versions.log"))
        try rewriteHead(parent + "/store", logEnd: 0, sequence: 1)
        try FileManager.default.moveItem(atPath: parent + "/store", toPath: parent + "/moved")
        let moved = try FileDocumentStore(directory: parent + "/moved")
        #expect(moved.recovery.interruptedWrites == 1)
        #expect(try await moved.list(ConformanceDocument.self, matching: .all).map(\.document) == [document(1)])
        _ = try await moved.save(
            [DocumentWrite(document(2), expecting: .new), DocumentWrite(document(3), expecting: .new)],
            provenance: provenance(2))
        #expect(try await moved.list(ConformanceDocument.self, matching: .all).count == 3)
    }

    @Test("readers see exactly the batches committed when they opened, while a writer goes on")
    func snapshotReaders() async throws {
        let directory = temporaryDirectory() + "/store"
        let writer = try FileDocumentStore(directory: directory)
        let ids = (UInt64(1)...20).map { document($0).id }
        _ = try await writer.save(
            (UInt64(1)...20).map { DocumentWrite(document($0, status: "v1"), expecting: .new) },
            provenance: provenance(0))
        let early = try FileDocumentStore(directory: directory, mode: .readOnly)
        let batches = 40
        let writing = Task {
            for batch in 2...batches {
                _ = try await writer.save(
                    (UInt64(1)...20).map {
                        DocumentWrite(document($0, status: "v\(batch)"), expecting: .version(batch - 1))
                    },
                    provenance: provenance(Double(batch)))
            }
        }
        var seen = Set<Int>()
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            let reader = try FileDocumentStore(directory: directory, mode: .readOnly)
            let numbers = try await reader.list(ConformanceDocument.self, matching: .all).map(\.number)
            #expect(numbers.count == 20 && Set(numbers).count == 1, "a reader saw part of a batch: \(numbers)")
            let statuses = try await reader.list(ConformanceDocument.self, matching: .all).map(\.document.status)
            #expect(Set(statuses) == ["v\(numbers[0])"])
            seen.insert(numbers[0])
            if numbers[0] == batches { break }
        }
        try await writing.value
        // On a loaded machine the writer may not finish within the readers' deadline; a reader opened after it has
        // finished must see the last batch whole.
        let last = try FileDocumentStore(directory: directory, mode: .readOnly)
        let lastNumbers = try await last.list(ConformanceDocument.self, matching: .all).map(\.number)
        #expect(lastNumbers.count == 20 && Set(lastNumbers) == [batches])
        seen.insert(lastNumbers[0])
        #expect(seen.count >= 2, "the readers saw only the batches \(seen.sorted())")
        // The reader opened before stays where it was.
        #expect(try await early.current(ConformanceDocument.self, id: ids[0])?.number == 1)
        #expect(try await early.list(ConformanceDocument.self, matching: .all).allSatisfy { $0.number == 1 })
    }

    @Test("a batch save audits every document it writes; a failed one audits nothing")
    func batchesAreAudited() async throws {
        let directory = temporaryDirectory() + "/store"
        let store = try FileDocumentStore(directory: directory)
        _ = try await store.save(
            [DocumentWrite(document(1), expecting: .new), DocumentWrite(document(2), expecting: .new)],
            provenance: provenance(0))
        _ = try await store.save(
            [DocumentWrite(document(1, status: "closed"), expecting: .version(1))], provenance: provenance(1))
        await #expect(throws: StoreError.self) {
            _ = try await store.save([DocumentWrite(document(2), expecting: .new)], provenance: provenance(2))
        }
        let entries = try await store.auditEntries(matching: .all)
        #expect(entries.map(\.action) == [.create, .create, .update])
        #expect(
            entries.map(\.documentID) == [
                document(1).id.storageKey, document(2).id.storageKey, document(1).id.storageKey,
            ])
        #expect(entries.map(\.version) == [1, 1, 2])
        #expect(entries.allSatisfy { $0.documentKind == ConformanceDocument.documentKind && $0.wasAllowed })
        #expect(
            entries.map(\.subject) == [
                AccessSubject(residentKey: "r1"), AccessSubject(residentKey: "r2"), AccessSubject(residentKey: "r1"),
            ])
    }

    @Test("damaged documents, a missing file and a bad marker are reported as damage naming what is damaged")
    func damage() async throws {
        let directory = temporaryDirectory() + "/store"
        do {
            let store = try FileDocumentStore(directory: directory)
            _ = try await store.save(
                document(1, status: "a-status-long-enough-to-find"), expecting: .new, provenance: provenance(0))
            await store.close()
        }
        var documents = [UInt8](try Data(contentsOf: URL(fileURLWithPath: directory + "/documents.dat")))
        let position = documents.count - 10
        documents[position] ^= 0x20
        try Data(documents).write(to: URL(fileURLWithPath: directory + "/documents.dat"))
        let store = try FileDocumentStore(directory: directory, mode: .readOnly)
        await #expect {
            _ = try await store.current(ConformanceDocument.self, id: document(1).id)
        } throws: { error in
            guard case .corrupted(let path, let reason) = error as? StoreError else { return false }
            return path.hasSuffix("documents.dat") && reason.contains("checksum")
                && reason.contains(document(1).id.storageKey)
        }
        await #expect(throws: StoreError.self) { _ = try await store.verify() }

        // documents.dat cut short of committed data.
        try Data(documents.prefix(20)).write(to: URL(fileURLWithPath: directory + "/documents.dat"))
        #expect {
            _ = try FileDocumentStore(directory: directory, mode: .readOnly)
        } throws: { error in
            guard case .corrupted(let path, let reason) = error as? StoreError else { return false }
            return path.hasSuffix("documents.dat") && reason.contains("truncated")
        }
        for (name, damage) in [
            ("head", Data()), ("versions.log", Data("garbage!".utf8)), ("brobygger-store.json", Data("{".utf8)),
        ] {
            let copy = temporaryDirectory() + "/copy"
            try FileManager.default.copyItem(atPath: directory, toPath: copy)
            try damage.write(to: URL(fileURLWithPath: copy + "/" + name))
            #expect {
                _ = try FileDocumentStore(directory: copy)
            } throws: { error in
                guard case .corrupted(let path, _) = error as? StoreError else { return false }
                return path.hasSuffix(name)
            }
        }
        try FileManager.default.removeItem(atPath: directory + "/head")
        #expect {
            _ = try FileDocumentStore(directory: directory, mode: .readOnly)
        } throws: { error in
            guard case .corrupted(let path, let reason) = error as? StoreError else { return false }
            return path.hasSuffix("head") && reason.contains("missing")
        }
    }

    @Test("a reader that fails to open closes only its own files, never one another thread opened meanwhile")
    func failedOpenClosesOnlyItsOwnFiles() async throws {
        // A store whose head record is damaged: a reader opens the head, reads it, closes it and then refuses the
        // store. Before, it closed the head's descriptor a second time on its way out, which closed whatever file
        // another thread had been given that number in between (a reader's documents, in the full test run).
        let directory = temporaryDirectory() + "/store"
        let writer = try FileDocumentStore(directory: directory)
        _ = try await writer.save(document(1), expecting: .new, provenance: provenance(0))
        await writer.close()
        var head = [UInt8](try Data(contentsOf: URL(fileURLWithPath: directory + "/head")))
        head[20] ^= 0xFF
        try Data(head).write(to: URL(fileURLWithPath: directory + "/head"))
        let victim = temporaryDirectory() + "/victim"
        try Data("victim".utf8).write(to: URL(fileURLWithPath: victim))

        // Another thread opens, reads and closes a file of its own, over and over, and counts the reads that fail.
        final class Watch: @unchecked Sendable {
            private let lock = NSLock()
            private var stop = false
            private var failed = 0
            private var reads = 0
            var stopped: Bool { lock.withLock { stop } }
            func finish() { lock.withLock { stop = true } }
            func count(ok: Bool) { lock.withLock { if ok { reads += 1 } else { failed += 1 } } }
            var result: (reads: Int, failed: Int) { lock.withLock { (reads, failed) } }
        }
        let watch = Watch()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            while !watch.stopped {
                let descriptor = open(victim, O_RDONLY | O_CLOEXEC)
                guard descriptor >= 0 else {
                    watch.count(ok: false)
                    continue
                }
                var bytes = [UInt8](repeating: 0, count: 6)
                // Long enough for the other thread to close a number it no longer owns.
                for _ in 0..<50 {
                    let read = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, 6, 0) }
                    watch.count(ok: read == 6 && bytes == Array("victim".utf8))
                }
                close(descriptor)
            }
            done.signal()
        }
        var refused = 0
        for _ in 0..<3_000 {
            do {
                _ = try FileDocumentStore(directory: directory, mode: .readOnly)
            } catch .corrupted(let path, _) where path.hasSuffix("head") {
                refused += 1
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
        watch.finish()
        done.wait()
        #expect(refused == 3_000)
        let result = watch.result
        #expect(result.reads > 0)
        #expect(result.failed == 0, "\(result.failed) of the other thread's reads failed")
    }

    @Test("exists(at:) tells a store from an empty or foreign directory")
    func exists() async throws {
        let directory = temporaryDirectory()
        #expect(!FileDocumentStore.exists(at: directory + "/store"))
        #expect(!FileDocumentStore.exists(at: directory))
        _ = try FileDocumentStore(directory: directory + "/store")
        #expect(FileDocumentStore.exists(at: directory + "/store"))
        await #expect(throws: StoreError.self) { _ = try await FileDocumentStore.migrate(directory: directory) }
    }

    /// Kills the batch writer at random moments (a seeded generator picks how long after it starts), each time
    /// opening the store read-only and read-write to check that every batch is whole or absent and no acknowledged
    /// batch is lost, then lets the next writer go on from there. `scripts/store-crash-test.sh` does the same with
    /// many more kills, and with `brobygger import` of a national-scale file.
    @Test("batches survive SIGKILL at random moments, and writing goes on after each", .timeLimit(.minutes(5)))
    func randomKills() async throws {
        let directory = temporaryDirectory()
        defer { removeTemporaryDirectory(directory, logs: ["-log.txt", "-log.txt.stderr"]) }
        let executable = try storeCrashWriterExecutable()
        var random = SplitMix(seed: 18)
        let kills = 6
        var survived = 0
        var newestAcknowledged = 0
        for round in 0..<kills {
            let log = directory + "-log.txt"
            let writer = try ChildProcess(
                executable: executable.path, arguments: [directory, "--batch"], standardOutput: log)
            defer { writer.kill() }
            let patience = Date().addingTimeInterval(30)
            func acknowledged() -> [Int] {
                String(decoding: FileManager.default.contents(atPath: log) ?? Data(), as: UTF8.self)
                    .split(separator: "\n").compactMap { $0.split(separator: " ").last.flatMap { Int($0) } }
            }
            while acknowledged().count < 5, Date() < patience, writer.isRunning {
                try await Task.sleep(nanoseconds: 2_000_000)
            }
            try await Task.sleep(nanoseconds: 1_000_000 * (random.next() % 40))
            #expect(
                writer.kill() || writer.ending == "exit code 75",
                "round \(round): the writer stopped by itself (\(writer.ending)): \(childErrors(log))")
            newestAcknowledged = max(newestAcknowledged, acknowledged().max() ?? 0)
            var whole = true
            for mode in [FileDocumentStore.Mode.readOnly, .readWrite] {
                let store = try FileDocumentStore(directory: directory, mode: mode)
                let revisions = try await store.list(ConformanceDocument.self, matching: .all)
                let numbers = revisions.map(\.number)
                whole =
                    whole && numbers.count == 5 && Set(numbers).count == 1 && numbers[0] >= newestAcknowledged
                    && revisions.allSatisfy { $0.document.status == "v\($0.number)" }
                #expect(try await store.verify() == numbers.reduce(0, +))
                await store.close()
            }
            #expect(whole, "round \(round): a batch is partly visible or an acknowledged one is lost")
            if whole { survived += 1 }
        }
        #expect(survived == kills, "survived \(survived) of \(kills) kills")
    }
}
