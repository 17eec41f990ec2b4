import BrobyggerCore
import BrobyggerPostgreSQL
import BrobyggerTesting
import Foundation

// A writer process for the adapter's tests: a second service instance on the same database, or a process to kill
// mid-batch. The URL comes from BROBYGGER_TEST_POSTGRES_URL; the schema is the first argument.
//
//   PostgreSQLTestWriter SCHEMA contend TAG DOCUMENTS WRITERS UPDATES
//       WRITERS concurrent writers each make UPDATES read-modify-write updates of DOCUMENTS contention documents
//       (created by the test), retrying on conflict. Prints `ok TOKEN DOCUMENT VERSION` for every acknowledged
//       update and `conflicts N` at the end; exits 1 on any error but a conflict, or on a conflict the store
//       did not have (the document still at the expected version).
//   PostgreSQLTestWriter SCHEMA batch COUNT
//       Saves COUNT new documents in one batch; prints `progress N` as the batch goes and `committed` after it.

/// The contention documents the test creates: identifiers from seed 20.
func contentionDocument(_ n: Int) -> ConformanceDocument.ID {
    .init(rawValue: SequentialIdentifierSource.uuid(seed: 20, value: UInt64(n)))
}

/// Prints a line at once (the test reads the output while the writer runs).
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data(("error: " + message + "\n").utf8))
    exit(1)
}

let author = Author(name: (try? PersonName(given: "Test", family: "Writer"))!)
let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2, let url = ProcessInfo.processInfo.environment["BROBYGGER_TEST_POSTGRES_URL"] else {
    fail("usage: PostgreSQLTestWriter SCHEMA contend|batch …, with BROBYGGER_TEST_POSTGRES_URL set")
}
let store: PostgreSQLDocumentStore
do {
    var configuration = try PostgreSQLConfiguration(url: url)
    configuration.schema = arguments[0]
    configuration.maximumConnections = 8
    store = try await PostgreSQLDocumentStore.open(configuration)
} catch {
    fail("\(error)")
}

switch arguments[1] {
case "contend":
    guard arguments.count == 6, let documents = Int(arguments[3]), let writers = Int(arguments[4]),
        let updates = Int(arguments[5])
    else { fail("contend TAG DOCUMENTS WRITERS UPDATES") }
    let tag = arguments[2]
    let conflicts = await withTaskGroup(of: Int.self) { group in
        for writer in 0..<writers {
            group.addTask {
                var conflicts = 0
                for update in 0..<updates {
                    let id = contentionDocument((writer + update) % documents)
                    let token = "\(tag)-w\(writer)-u\(update)"
                    while true {
                        do throws(StoreError) {
                            guard let current = try await store.current(ConformanceDocument.self, id: id) else {
                                fail("contention document missing")
                            }
                            var changed = current.document
                            changed.socialNotes.append(token)
                            let saved = try await store.save(
                                changed, expecting: .version(current.number),
                                provenance: Provenance(
                                    author: author, instant: Instant(secondsSince1970: 1_780_000_000)))
                            say("ok \(token) \(id.storageKey) \(saved.number)")
                            break
                        } catch .conflict(_, _, let expected, let actual) {
                            // A loser: the store must have moved past the version this writer read.
                            guard actual > expected.number else {
                                fail("conflict at \(actual) for an expected \(expected)")
                            }
                            conflicts += 1
                        } catch {
                            fail("\(error)")
                        }
                    }
                }
                return conflicts
            }
        }
        var total = 0
        for await count in group { total += count }
        return total
    }
    say("conflicts \(conflicts)")
case "batch":
    guard arguments.count == 3, let count = Int(arguments[2]) else { fail("batch COUNT") }
    let writes = (0..<count).map { n in
        DocumentWrite(
            ConformanceDocument(
                id: .init(rawValue: SequentialIdentifierSource.uuid(seed: 21, value: UInt64(n))),
                resident: "r\(n % 50)",
                facility: "f\(n % 7)", status: "active", socialNotes: [String(repeating: "note ", count: 40)]),
            expecting: .new)
    }
    do {
        _ = try await store.save(
            writes, provenance: Provenance(author: author, instant: Instant(secondsSince1970: 1_780_000_000)),
            progress: { done in say("progress \(done)") })
        say("committed")
    } catch {
        fail("\(error)")
    }
default:
    fail("unknown mode \(arguments[1])")
}
await store.close()
