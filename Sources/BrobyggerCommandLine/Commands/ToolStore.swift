import Brobygger
import Foundation

/// Opening the tool's embedded file store and recording who changed it.
enum ToolStore {
    /// Opens the store at the directory the command line or environment names.
    ///
    /// Read-only commands need an existing store; writing commands create one on first use.
    static func open(_ parsed: ParsedCommand, _ environment: CommandEnvironment, readOnly: Bool) throws(StoreError)
        -> FileDocumentStore
    {
        let directory = environment.storeDirectory(parsed.value("store"))
        if readOnly {
            do {
                return try FileDocumentStore(directory: directory, mode: .readOnly)
            } catch .io(let path, _) {
                throw .io(
                    path: path, reason: "no Brobygger store here; run 'brobygger demo' or 'brobygger import' first")
            }
        }
        return try FileDocumentStore(directory: directory)
    }

    /// The store the command line names opened read-only, or `nil` when there is no store there yet (an import
    /// into a new store plans against an empty one and creates the store only when it writes).
    static func openExisting(_ parsed: ParsedCommand, _ environment: CommandEnvironment) -> FileDocumentStore? {
        try? FileDocumentStore(directory: environment.storeDirectory(parsed.value("store")), mode: .readOnly)
    }

    /// Runs `body` on the opened store and closes the store afterwards, also when `body` fails.
    static func using<Result>(
        _ parsed: ParsedCommand, _ environment: CommandEnvironment, readOnly: Bool,
        _ body: (FileDocumentStore) async throws -> Result
    ) async throws -> Result {
        let store = try open(parsed, environment, readOnly: readOnly)
        do {
            let result = try await body(store)
            await store.close()
            return result
        } catch {
            await store.close()
            throw error
        }
    }

    /// The provenance of a change the tool makes now.
    static func provenance(_ environment: CommandEnvironment, reason: String) -> Provenance {
        let user = environment.variables["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "unknown user"
        let name =
            (try? PersonName(given: user, family: "(brobygger)"))
            ?? (try! PersonName(given: "brobygger", family: "tool"))
        return Provenance(author: Author(name: name), instant: environment.clock.now(), reason: reason)
    }

    /// The `--store DIR` option every store command takes.
    static let option = OptionSpec.value(
        "store", "DIR",
        help: "The store directory (default: $BROBYGGER_STORE, else ~/.local/share/brobygger/store)")
}
