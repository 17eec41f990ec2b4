import BrobyggerCore
import BrobyggerStores
import BrobyggerTesting
import Foundation
import Testing

/// A long listing reads the documents that lie side by side in `documents.dat` with one read each run
/// (`FileDocumentStore.list`): it gives the documents that reading each alone gives, and damage found inside a joint
/// read is still named by the document it is in, the first in the listing's order as before.
@Suite("File store listings read neighbouring documents together", .timeLimit(.minutes(5)))
struct FileStoreListingReadTests {
    let author = Author(name: try! PersonName(given: "Listing", family: "Reads"))
    /// More than the 256 documents from which a listing decodes on every processor in joint reads.
    let count: UInt64 = 700

    func provenance(_ seconds: Double) -> Provenance {
        Provenance(author: author, instant: Instant(secondsSince1970: 1_790_000_000 + seconds))
    }

    /// Document `n` at `version`, its status naming both (so that its bytes can be found in the file); every 97th
    /// carries notes longer than a joint read (64 KiB), so that it is read alone between runs.
    func document(_ n: UInt64, version: Int) -> ConformanceDocument {
        ConformanceDocument(
            id: .init(rawValue: SequentialIdentifierSource.uuid(seed: 33, value: n)), resident: "r\(n)",
            facility: "f\(n % 7)", status: "marker-\(n)-v\(version)-",
            socialNotes: n % 97 == 0 ? [String(repeating: "a long note ", count: 7_000)] : ["note \(n)"])
    }

    /// The version of document `n` that is current after ``fill(_:)``.
    func currentVersion(_ n: UInt64) -> Int { n % 3 == 0 ? (n % 5 == 0 ? 3 : 2) : (n % 5 == 0 ? 2 : 1) }

    /// Every document saved in one batch; then every third changed in a second batch, and every fifth changed by a
    /// save of its own: the current versions lie in three regions of the file, with superseded versions between them.
    func fill(_ directory: String) async throws {
        let store = try FileDocumentStore(directory: directory)
        _ = try await store.save(
            (1...count).map { DocumentWrite(document($0, version: 1), expecting: .new) }, provenance: provenance(0),
            progress: nil)
        _ = try await store.save(
            (1...count).filter { $0 % 3 == 0 }.map { DocumentWrite(document($0, version: 2), expecting: .version(1)) },
            provenance: provenance(1), progress: nil)
        for n in (1...count) where n % 5 == 0 {
            _ = try await store.save(
                document(n, version: currentVersion(n)), expecting: .version(currentVersion(n) - 1),
                provenance: provenance(2 + Double(n)))
        }
        await store.close()
    }

    /// Where the current version of document `n` has its status text in `documents.dat`.
    func place(of n: UInt64, in bytes: [UInt8]) throws -> Int {
        let marker = Array("marker-\(n)-v\(currentVersion(n))-".utf8)
        let range = try #require(bytes.firstRange(of: marker))
        return range.lowerBound
    }

    @Test("a listing of 700 documents in three regions gives every current version, as reading each alone does")
    func sameDocuments() async throws {
        let directory = temporaryDirectory() + "/store"
        defer { removeTemporaryDirectory(directory) }
        try await fill(directory)
        let store = try FileDocumentStore(directory: directory, mode: .readOnly)
        let listed = try await store.list(ConformanceDocument.self, matching: .all)
        #expect(listed.count == Int(count))
        let keys = listed.map(\.document.id.storageKey)
        #expect(keys == keys.sorted())
        let expected = Dictionary(
            uniqueKeysWithValues: (1...count).map { n in
                let current = document(n, version: currentVersion(n))
                return (current.id.storageKey, (current, currentVersion(n)))
            })
        for revision in listed {
            let (document, version) = try #require(expected[revision.document.id.storageKey])
            #expect(revision.document == document)
            #expect(revision.number == version)
            let alone = try await store.current(ConformanceDocument.self, id: revision.document.id)
            #expect(alone?.document == revision.document)
            #expect(alone?.provenance == revision.provenance)
        }
        await store.close()
    }

    @Test("damage inside a joint read names its document; of two, the first in the listing's order")
    func damageNamed() async throws {
        let directory = temporaryDirectory() + "/store"
        defer { removeTemporaryDirectory(directory) }
        try await fill(directory)
        let file = directory + "/documents.dat"
        let original = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        // Two documents read inside runs (short ones): `early`, unchanged since the first batch, lies before `late`,
        // changed by a save of its own at the end of the file, but `late` comes first in the listing's order of keys.
        func key(_ n: UInt64) -> String { document(n, version: 1).id.storageKey }
        let saved: [UInt64] = (1...count).filter { $0 % 97 != 0 && $0 % 5 == 0 && $0 % 3 != 0 }
        let unchanged: [UInt64] = (1...count).filter { $0 % 97 != 0 && currentVersion($0) == 1 }
        var pair: (early: UInt64, late: UInt64)?
        for late in saved where pair == nil {
            if let early = unchanged.first(where: { key(late) < key($0) }) { pair = (early, late) }
        }
        let (early, late) = try #require(pair)
        #expect(try place(of: early, in: original) < place(of: late, in: original))

        func listingError(damaging numbers: [UInt64]) async throws -> String? {
            var bytes = original
            for n in numbers { bytes[try place(of: n, in: original) + 2] ^= 0x01 }
            try Data(bytes).write(to: URL(fileURLWithPath: file))
            let store = try FileDocumentStore(directory: directory, mode: .readOnly)
            var failure: (any Error)?
            do {
                _ = try await store.list(ConformanceDocument.self, matching: .all)
            } catch {
                failure = error
            }
            await store.close()
            guard let error = failure else { return nil }
            guard case .corrupted(let path, let reason) = error as? StoreError else {
                Issue.record("not damage: \(error)")
                return nil
            }
            #expect(path.hasSuffix("documents.dat"))
            #expect(reason.contains("checksum"))
            return reason
        }
        let one = try #require(try await listingError(damaging: [early]))
        #expect(one.contains(key(early)))
        let both = try #require(try await listingError(damaging: [early, late]))
        #expect(both.contains(key(late)))
        #expect(!both.contains(key(early)))
    }

    @Test("a file cut short after the store opened it is damage: the file ends before a document it recorded")
    func cutShortAfterOpening() async throws {
        let directory = temporaryDirectory() + "/store"
        defer { removeTemporaryDirectory(directory) }
        try await fill(directory)
        let store = try FileDocumentStore(directory: directory, mode: .readOnly)
        let file = directory + "/documents.dat"
        let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        // The store holds the file open; what it finds now is shorter than what it recorded.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
        try handle.truncate(atOffset: UInt64(bytes.count / 2))
        try handle.close()
        await #expect {
            _ = try await store.list(ConformanceDocument.self, matching: .all)
        } throws: { error in
            guard case .corrupted(let path, let reason) = error as? StoreError else { return false }
            return path.hasSuffix("documents.dat") && reason.contains("ends at byte")
        }
        await store.close()
    }
}
