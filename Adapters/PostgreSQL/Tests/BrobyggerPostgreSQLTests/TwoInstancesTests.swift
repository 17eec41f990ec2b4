import BrobyggerCore
import BrobyggerPostgreSQL
import BrobyggerTesting
import Foundation
import Testing

@Suite("Two service instances on one database")
struct TwoInstancesTests {
    /// The contention documents the writer processes update (the same identifiers as theirs).
    static func contentionDocument(_ n: Int) -> ConformanceDocument {
        ConformanceDocument(
            id: .init(rawValue: SequentialIdentifierSource.uuid(seed: 20, value: UInt64(n))), resident: "r",
            facility: "f", status: "active")
    }

    @Test func sixteenWritersInTwoProcessesLoseNoUpdateAndEveryLoserIsToldItConflicted() async throws {
        let configuration = try TestServer.configuration("contend")
        defer { Task { await TestServer.drop(configuration) } }
        let documents = 3
        let writers = 8
        let updates = 12
        let store = try await PostgreSQLDocumentStore.open(configuration)
        for n in 0..<documents {
            _ = try await store.save(Self.contentionDocument(n), expecting: .new, provenance: TestServer.provenance())
        }
        let writer = try builtExecutable("PostgreSQLTestWriter")
        let processes = try ["a", "b"].map { tag in
            try ChildProcess(
                writer,
                [configuration.schema, "contend", tag, String(documents), String(writers), String(updates)])
        }
        var acknowledged: [String: (document: String, version: Int)] = [:]
        var conflicts = 0
        for process in processes {
            let status = await process.wait(seconds: 240)
            #expect(status == 0, "writer ended with \(status): \(process.errorText)")
            for line in process.outputText.split(separator: "\n") {
                let words = line.split(separator: " ").map(String.init)
                if words.first == "ok", words.count == 4, let version = Int(words[3]) {
                    #expect(acknowledged[words[1]] == nil, "\(words[1]) acknowledged twice")
                    acknowledged[words[1]] = (words[2], version)
                } else if words.first == "conflicts", words.count == 2, let count = Int(words[1]) {
                    conflicts += count
                }
            }
        }
        // Every update was acknowledged once, and the writers did collide.
        #expect(acknowledged.count == 2 * writers * updates)
        #expect(conflicts > 0, "no writer lost a race; the test did not contend")
        // Each history holds exactly the acknowledged updates, each version adding its own token to the one before:
        // no update was overwritten by another.
        var seen = 0
        for n in 0..<documents {
            let id = Self.contentionDocument(n).id
            let history = try #require(try await store.history(of: ConformanceDocument.self, id: id))
            let mine = acknowledged.filter { $0.value.document == id.storageKey }
            #expect(history.versions.count == mine.count + 1)
            for (token, saved) in mine {
                let version = try #require(history.version(saved.version), "acknowledged version missing")
                let previous = try #require(history.version(saved.version - 1))
                #expect(version.document.socialNotes == previous.document.socialNotes + [token])
            }
            #expect(Set(history.currentDocument.socialNotes) == Set(mine.keys))
            seen += history.currentDocument.socialNotes.count
        }
        #expect(seen == 2 * writers * updates)
        await store.close()
    }

    @Test func aWriterKilledMidBatchLeavesNoneOfIt() async throws {
        let configuration = try TestServer.configuration("killed")
        defer { Task { await TestServer.drop(configuration) } }
        let count = 20_000
        let store = try await PostgreSQLDocumentStore.open(configuration)
        let writer = try ChildProcess(
            try builtExecutable("PostgreSQLTestWriter"), [configuration.schema, "batch", String(count)])
        let deadline = Date().addingTimeInterval(240)
        while !writer.outputText.contains("progress"), writer.process.isRunning, Date() < deadline {
            try await Task.sleep(for: .milliseconds(5))
        }
        let killedBeforeCommit = !writer.outputText.contains("committed")
        kill(writer.process.processIdentifier, SIGKILL)
        _ = await writer.wait(seconds: 10)
        try #require(writer.outputText.contains("progress"), "the writer never started its batch: \(writer.errorText)")
        // Uncommitted rows are invisible to others; the server rolls the dead connection's transaction back.
        let documents = try await store.count(of: ConformanceDocument.documentKind)
        let versions = try await TestServer.count(
            "SELECT count(*) FROM \"\(configuration.schema)\".versions", as: configuration)
        #expect(documents == 0 || documents == count, "\(documents) of \(count) documents after the kill")
        #expect(versions == documents)
        if killedBeforeCommit { #expect(documents == 0) }
        // The store goes on: the same batch saves whole.
        let again = try ChildProcess(
            try builtExecutable("PostgreSQLTestWriter"), [configuration.schema, "batch", String(count)])
        let status = await again.wait(seconds: 240)
        if documents == 0 {
            #expect(status == 0, "\(again.errorText)")
            #expect(try await store.count(of: ConformanceDocument.documentKind) == count)
        }
        await store.close()
    }

    @Test func twoProcessesSavingTheSameNewDocumentsInABatchCannotBothWin() async throws {
        let configuration = try TestServer.configuration("batchrace")
        defer { Task { await TestServer.drop(configuration) } }
        let count = 3_000
        let store = try await PostgreSQLDocumentStore.open(configuration)
        let writer = try builtExecutable("PostgreSQLTestWriter")
        let processes = try (0..<2).map { _ in
            try ChildProcess(writer, [configuration.schema, "batch", String(count)])
        }
        var statuses: [Int32] = []
        for process in processes { statuses.append(await process.wait(seconds: 240)) }
        #expect(statuses.sorted() == [0, 1], "\(processes.map(\.errorText))")
        for (process, status) in zip(processes, statuses) where status != 0 {
            #expect(process.errorText.contains("conflict:"), "the loser was told: \(process.errorText)")
            #expect(!process.outputText.contains("committed"))
        }
        #expect(try await store.count(of: ConformanceDocument.documentKind) == count)
        let versions = try await TestServer.count(
            "SELECT count(*) FROM \"\(configuration.schema)\".versions", as: configuration)
        #expect(versions == count)
        await store.close()
    }
}
