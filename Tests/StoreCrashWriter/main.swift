import BrobyggerCore
import BrobyggerStores
import BrobyggerTesting
import Foundation

// Writes new versions of a few documents to a file store as fast as it can, printing "saved <key> <version>" after
// each save returns, until it is killed. The store tests kill it mid-write and check that every acknowledged version
// is intact. With --batch it saves a new version of all the documents in one batch at a time, so a kill must leave
// every document at the same number of versions; it also writes an index checkpoint after every third batch, so
// that kills land in checkpoint writes too.
//
// It never outlives the test that started it: it stops by itself when its parent process is gone (exit code 0), and
// after ten minutes or 20,000 saves (exit code 75, "limits reached"), so a test that fails, is cancelled or is not
// scheduled before its kill cannot leave a writer filling the disk.
//
//   StoreCrashWriter <directory> [--batch]
//
// With --summary it writes nothing: it opens the store read-only, checks every stored document's checksum, and
// prints one line per document ("kind key versions"), so scripts/store-crash-test.sh can compare a store's state
// with the states before and after a batch.
//
//   StoreCrashWriter --summary <directory>
//
// With --saves N it saves N new documents one by one into the store, each durable, and prints the rate.
//
//   StoreCrashWriter --saves <count> <directory>
//
// With --keys it opens the store read-only and prints how many keys it holds, reading no document.

/// Writes an acknowledgement unbuffered, so that it is out before the next write starts.
func acknowledge(_ key: String, _ version: Int) {
    FileHandle.standardOutput.write(Data("saved \(key) \(version)\n".utf8))
}

if CommandLine.arguments.count == 4 && CommandLine.arguments[1] == "--saves" {
    // Saves N new documents one by one, each flushed before the next, and prints the rate: the store figure
    // "durable single saves per second".
    let count = Int(CommandLine.arguments[2]) ?? 10_000
    do {
        let store = try FileDocumentStore(directory: CommandLine.arguments[3])
        let author = Author(name: try PersonName(given: "Bench", family: "Mark"))
        let notes = (0..<20).map { "line \($0) of a social-support note of about the length of a real one" }
        let start = Date()
        for n in 0..<count {
            let id = ConformanceDocument.ID(rawValue: SequentialIdentifierSource.uuid(seed: 77, value: UInt64(n)))
            let document = ConformanceDocument(
                id: id, resident: "r\(n)", facility: "f\(n % 100)", status: "active", socialNotes: notes)
            _ = try await store.save(
                document, expecting: .new,
                provenance: Provenance(author: author, instant: Instant(secondsSince1970: 1_780_000_000)))
        }
        let seconds = Date().timeIntervalSince(start)
        FileHandle.standardOutput.write(
            Data("\(count) durable saves in \(seconds) s: \(Int(Double(count) / seconds)) saves/s\n".utf8))
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("cannot save: \(error)\n".utf8))
        exit(4)
    }
}

if CommandLine.arguments.count == 3 && CommandLine.arguments[1] == "--keys" {
    // Opens read-only and lists every key, reading no document: the store figure "open and list every key".
    do {
        let store = try FileDocumentStore(directory: CommandLine.arguments[2], mode: .readOnly)
        var count = 0
        for kind in await store.documentKinds() { count += await store.storageKeys(of: kind).count }
        FileHandle.standardOutput.write(Data("\(count) keys\n".utf8))
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("cannot read store: \(error)\n".utf8))
        exit(4)
    }
}

if CommandLine.arguments.count == 3 && CommandLine.arguments[1] == "--summary" {
    do {
        let store = try FileDocumentStore(directory: CommandLine.arguments[2], mode: .readOnly)
        _ = try await store.verify()
        var lines = ""
        for kind in await store.documentKinds() {
            for key in await store.storageKeys(of: kind) {
                lines += "\(kind) \(key) \(await store.versionCount(of: kind, key: key))\n"
            }
        }
        FileHandle.standardOutput.write(Data(lines.utf8))
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("cannot read store: \(error)\n".utf8))
        exit(4)
    }
}

let batches = CommandLine.arguments.count == 3 && CommandLine.arguments[2] == "--batch"
guard CommandLine.arguments.count == 2 || batches else {
    FileHandle.standardError.write(Data("usage: StoreCrashWriter <directory> [--batch]\n".utf8))
    exit(2)
}
/// The parent at start; a different parent later means the test process is gone.
let parent = getppid()
let deadline = Date().addingTimeInterval(600)
nonisolated(unsafe) var saves = 0

/// Exits quietly once the writer has no reason to go on.
func stopIfAbandoned() {
    if getppid() != parent { exit(0) }
    saves += 1
    if Date() > deadline || saves > 20_000 { exit(75) }
}

let store: FileDocumentStore
do {
    store = try FileDocumentStore(directory: CommandLine.arguments[1])
} catch {
    FileHandle.standardError.write(Data("cannot open store: \(error)\n".utf8))
    exit(4)
}
let author = Author(name: try PersonName(given: "Crash", family: "Writer"))
let padding = (0..<200).map { "line \($0) of a long social-support note, repeated to make writes take time" }
var documents: [ConformanceDocument] = []
for n in UInt64(1)...5 {
    let id = ConformanceDocument.ID(rawValue: SequentialIdentifierSource.uuid(seed: 5, value: n))
    if let current = try await store.current(ConformanceDocument.self, id: id) {
        documents.append(current.document)
    } else {
        let doc = ConformanceDocument(id: id, resident: "r\(n)", facility: "f1", status: "v1", socialNotes: padding)
        _ = try await store.save(doc, expecting: .new, provenance: Provenance(author: author, instant: Instant(Date())))
        acknowledge(id.storageKey, 1)
        documents.append(doc)
    }
}
var step = 0
while batches {
    stopIfAbandoned()
    step += 1
    var writes: [DocumentWrite] = []
    var keys: [(String, Int)] = []
    for document in documents {
        guard let current = try await store.current(ConformanceDocument.self, id: document.id) else { exit(5) }
        var next = current.document
        next.status = "v\(current.number + 1)"
        next.socialNotes[step % padding.count] = "changed in batch \(step)"
        writes.append(DocumentWrite(next, expecting: .version(current.number)))
        keys.append((document.id.storageKey, current.number + 1))
    }
    _ = try await store.save(writes, provenance: Provenance(author: author, instant: Instant(Date())))
    for (key, number) in keys { acknowledge(key, number) }
    if step % 3 == 0 { try await store.checkpoint() }
}
while true {
    stopIfAbandoned()
    let index = step % documents.count
    step += 1
    let id = documents[index].id
    guard let current = try await store.current(ConformanceDocument.self, id: id) else { exit(5) }
    var next = current.document
    next.status = "v\(current.number + 1)"
    next.socialNotes[step % padding.count] = "changed at step \(step)"
    let saved = try await store.save(
        next, expecting: .version(current.number), provenance: Provenance(author: author, instant: Instant(Date())))
    acknowledge(id.storageKey, saved.number)
}
