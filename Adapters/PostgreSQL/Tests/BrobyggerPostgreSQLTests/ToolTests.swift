import BrobyggerPostgreSQL
import Foundation
import Testing

@Suite("brobygger-postgres: the tool's commands on PostgreSQL")
struct ToolTests {
    /// Runs `brobygger-postgres` and returns its exit status and output.
    static func tool(_ arguments: [String], environment: [String: String] = [:]) async throws -> (
        status: Int32, output: String, errors: String
    ) {
        let child = try ChildProcess(try builtExecutable("brobygger-postgres"), arguments, environment: environment)
        let status = await child.wait(seconds: 300)
        return (status, child.outputText, child.errorText)
    }

    @Test func aGeneratedRegionImportedIntoPostgreSQLReportsAsInTheFileStore() async throws {
        let configuration = try TestServer.configuration("tool")
        defer { Task { await TestServer.drop(configuration) } }
        let url = try TestServer.url() + "&schema=\(configuration.schema)"
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("pg-tool-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let files = scratch.appendingPathComponent("region").path
        let directoryStore = scratch.appendingPathComponent("store").path
        let generated = try await Self.tool(["generate", files])
        try #require(generated.status == 0, "\(generated.errors)")
        // The import order of the generated README.
        let readme = try String(contentsOfFile: files + "/README.txt", encoding: .utf8)
        let imports = readme.split(separator: "\n").compactMap { line -> [String]? in
            let words = line.split(separator: " ").map(String.init)
            guard words.count >= 5, words[1] == "brobygger", words[2] == "import" else { return nil }
            return ["import", words[3], files + "/" + words[4]]
        }
        try #require(imports.count >= 6)
        for arguments in imports {
            for store in [url, directoryStore] {
                let imported = try await Self.tool(arguments + ["--store", store])
                #expect(imported.status == 0, "\(arguments) into \(store.prefix(10)): \(imported.errors)")
            }
        }
        for command in [["compliance", "--format", "csv"], ["plans", "due"], ["board", "--help"]] {
            let onPostgres = try await Self.tool(command + ["--store", url])
            let onFiles = try await Self.tool(command + ["--store", directoryStore])
            #expect(onPostgres.status == onFiles.status, "\(command): \(onPostgres.errors)")
            #expect(onPostgres.output == onFiles.output, "\(command) differs between the stores")
            #expect(!onPostgres.output.isEmpty)
        }
        // Importing the same files again changes nothing: the store's versions are what the planner compares.
        let again = try await Self.tool(imports[0] + ["--store", url])
        #expect(again.output.contains("0 new, 0 changed"), "\(again.output)")
    }

    @Test func theStoreCanBeNamedByTheEnvironmentAndErrorsHideThePassword() async throws {
        let configuration = try TestServer.configuration("toolenv")
        defer { Task { await TestServer.drop(configuration) } }
        var environment = [
            "PGHOST": configuration.host, "PGPORT": String(configuration.port), "PGUSER": configuration.user,
            "PGPASSWORD": configuration.password ?? "", "PGDATABASE": configuration.database, "PGSSLMODE": "disable",
            "BROBYGGER_PG_SCHEMA": configuration.schema,
        ]
        // Read-only commands need a store: nothing has been imported into this schema.
        let empty = try await Self.tool(["compliance"], environment: environment)
        #expect(empty.status == 4)
        #expect(empty.errors.contains("no Brobygger store in schema \(configuration.schema)"), "\(empty.errors)")
        environment["PGPASSWORD"] = "Not-the-password-7"
        let refused = try await Self.tool(["compliance"], environment: environment)
        #expect(refused.status == 4)
        #expect(refused.errors.contains("refused the login"), "\(refused.errors)")
        #expect(!refused.errors.contains("Not-the-password-7"))
    }
}
