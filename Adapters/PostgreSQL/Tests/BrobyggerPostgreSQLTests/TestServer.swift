import BrobyggerCore
import Foundation
import PostgresNIO
import Testing

@testable import BrobyggerPostgreSQL

/// The scratch server `scripts/postgres-test.sh` starts, named by `BROBYGGER_TEST_POSTGRES_URL`; every test that
/// needs it works in a schema of its own and drops it afterwards.
enum TestServer {
    static let variable = "BROBYGGER_TEST_POSTGRES_URL"

    /// The server's URL (with its password).
    static func url() throws -> String {
        try #require(
            ProcessInfo.processInfo.environment[variable],
            "set \(variable) to a postgres:// URL, or run the tests with scripts/postgres-test.sh")
    }

    /// The server's settings with a new schema of its own.
    static func configuration(_ label: String) throws -> PostgreSQLConfiguration {
        var configuration = try PostgreSQLConfiguration(url: url())
        configuration.schema = schemaName(label)
        configuration.maximumConnections = 4
        return configuration
    }

    /// A fresh schema name: `t_<label>_<random>`.
    static func schemaName(_ label: String) -> String {
        "t_\(label)_" + String(UInt32.random(in: 0...UInt32.max), radix: 16)
    }

    /// Runs statements on a connection of their own.
    static func execute(_ statements: [String], as configuration: PostgreSQLConfiguration) async throws {
        let connection = try await PostgresConnection.connect(
            configuration: configuration.connectionConfiguration(), id: 1, logger: ConnectionPool.logger)
        do {
            for statement in statements {
                try await connection.query(PostgresQuery(unsafeSQL: statement), logger: ConnectionPool.logger)
            }
            try await connection.close()
        } catch {
            try? await connection.close()
            throw error
        }
    }

    /// The rows of a query whose single column is a whole number.
    static func count(_ sql: String, as configuration: PostgreSQLConfiguration) async throws -> Int {
        let connection = try await PostgresConnection.connect(
            configuration: configuration.connectionConfiguration(), id: 1, logger: ConnectionPool.logger)
        do {
            let rows = try await connection.query(PostgresQuery(unsafeSQL: sql), logger: ConnectionPool.logger)
                .collect()
            try await connection.close()
            return Int(try rows.first?.decode(Int64.self) ?? -1)
        } catch {
            try? await connection.close()
            throw error
        }
    }

    /// Drops a test's schema and everything in it.
    static func drop(_ configuration: PostgreSQLConfiguration) async {
        try? await execute(["DROP SCHEMA IF EXISTS \"\(configuration.schema)\" CASCADE"], as: configuration)
    }

    /// A provenance at a second after a fixed instant.
    static func provenance(_ second: Double = 0, _ reason: String? = nil) -> Provenance {
        Provenance(
            author: Author(name: (try? PersonName(given: "Test", family: "Runner"))!),
            instant: Instant(secondsSince1970: 1_780_000_000 + second), reason: reason)
    }
}

/// An executable built next to the tests.
func builtExecutable(_ name: String) throws -> URL {
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    if let executable = Bundle.main.executableURL { directory = executable.deletingLastPathComponent() }
    for _ in 0..<5 {
        let candidate = directory.appendingPathComponent(name)
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        directory = directory.deletingLastPathComponent()
    }
    throw StoreError.io(path: directory.path, reason: "\(name) not built next to the tests")
}

/// A child process whose standard output goes to a file the test can read while it runs.
final class ChildProcess: @unchecked Sendable {
    let process = Process()
    let output: URL
    let errors: URL

    init(_ executable: URL, _ arguments: [String], environment: [String: String] = [:]) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("pg-child-\(UUID().uuidString)")
        output = scratch.appendingPathExtension("out")
        errors = scratch.appendingPathExtension("err")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
    }

    /// What the child has written to standard output so far.
    var outputText: String { (try? String(contentsOf: output, encoding: .utf8)) ?? "" }
    /// What the child has written to standard error so far.
    var errorText: String { (try? String(contentsOf: errors, encoding: .utf8)) ?? "" }

    /// Waits for the child to end, at most `seconds`; kills it when it takes longer.
    func wait(seconds: Double) async -> Int32 {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { try? await Task.sleep(for: .milliseconds(20)) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return process.terminationStatus
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        try? FileManager.default.removeItem(at: output)
        try? FileManager.default.removeItem(at: errors)
    }
}
