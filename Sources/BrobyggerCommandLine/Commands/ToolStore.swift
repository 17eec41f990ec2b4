import Brobygger
import Foundation

/// Opening the tool's embedded file store and recording who changed it.
enum ToolStore {
    /// Opens the store the command line or environment names: through the environment's store opener where it
    /// takes the location, else the file store in a directory.
    ///
    /// Read-only commands need an existing store; writing commands create one on first use.
    static func open(_ parsed: ParsedCommand, _ environment: CommandEnvironment, readOnly: Bool)
        async throws(StoreError)
        -> ToolStoreOpener.Opened
    {
        if let opener = environment.storeOpener,
            let opened = try await opener.open(location(parsed, environment), environment.variables, readOnly)
        {
            return opened
        }
        let directory = environment.storeDirectory(parsed.value("store"))
        let store: FileDocumentStore
        if readOnly {
            do {
                store = try FileDocumentStore(directory: directory, mode: .readOnly)
            } catch .io(let path, _) {
                throw .io(
                    path: path, reason: "no Brobygger store here; run 'brobygger demo' or 'brobygger import' first")
            }
        } else {
            store = try FileDocumentStore(directory: directory)
        }
        return ToolStoreOpener.Opened(store: store, close: { await store.close() })
    }

    /// The location `--store` or `BROBYGGER_STORE` gives, or `nil`.
    static func location(_ parsed: ParsedCommand, _ environment: CommandEnvironment) -> String? {
        parsed.value("store") ?? environment.variables["BROBYGGER_STORE"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Whether the named store exists already.
    static func exists(_ parsed: ParsedCommand, _ environment: CommandEnvironment) async throws(StoreError) -> Bool {
        if let opener = environment.storeOpener,
            let exists = try await opener.exists(location(parsed, environment), environment.variables)
        {
            return exists
        }
        let directory = environment.storeDirectory(parsed.value("store"))
        return FileDocumentStore.exists(at: directory)
    }

    /// Runs `body` on the opened store and closes the store afterwards, also when `body` fails.
    static func using<Result>(
        _ parsed: ParsedCommand, _ environment: CommandEnvironment, readOnly: Bool,
        _ body: (any DocumentStore) async throws -> Result
    ) async throws -> Result {
        let opened = try await open(parsed, environment, readOnly: readOnly)
        do {
            let result = try await body(opened.store)
            await opened.close()
            return result
        } catch {
            await opened.close()
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
