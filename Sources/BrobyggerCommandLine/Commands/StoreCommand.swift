import Brobygger

/// `brobygger store migrate`: brings the embedded store to the current on-disk format.
enum StoreCommand {
    static var spec: CommandSpec {
        CommandSpec(
            name: "store", abstract: "The embedded file store itself",
            subcommands: [
                CommandSpec(
                    name: "migrate",
                    abstract: "Migrate the store to the current on-disk format (format 2)",
                    discussion: """
                        Rewrites a format-1 store (one JSON file per version, written by Brobygger before format 2)
                        as format 2, keeping every version with its provenance and the audit log, then removes the
                        format-1 files. Any command that writes to the store does the same on its way; read-only
                        commands read a format-1 store as it is. A store already in format 2 is left as it is.
                        """,
                    options: [ToolStore.option],
                    action: { parsed, environment in try await migrate(parsed, environment) })
            ])
    }

    static func migrate(_ parsed: ParsedCommand, _ environment: CommandEnvironment) async throws -> ExitCode {
        let directory = environment.storeDirectory(parsed.value("store"))
        let migrated = try await FileDocumentStore.migrate(directory: directory)
        environment.print(
            migrated == 0
                ? "The store is already in format \(FileDocumentStore.formatVersion); nothing to migrate."
                : "Migrated \(migrated) versions to format \(FileDocumentStore.formatVersion).")
        return .success
    }
}
