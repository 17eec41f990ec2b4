import BrobyggerCommandLine
import BrobyggerCore
import BrobyggerPostgreSQL

/// Where `brobygger-postgres` finds its store: `--store postgres://…` (or `BROBYGGER_STORE` holding such a URL) is a
/// PostgreSQL store; with neither, libpq's `PG…` environment variables name it; any other location is a file store
/// directory, as for `brobygger`.
enum PostgreSQLToolStore {
    /// The PostgreSQL store a location names, or `nil` for a file store directory.
    static func configuration(_ location: String?, _ variables: [String: String]) throws(StoreError)
        -> PostgreSQLConfiguration?
    {
        do {
            guard let location else { return try PostgreSQLConfiguration(environment: variables) }
            guard PostgreSQLConfiguration.isURL(location) else { return nil }
            return try PostgreSQLConfiguration(url: location, environment: variables)
        } catch {
            throw error.storeError
        }
    }

    /// Opens PostgreSQL stores for the tool's commands.
    static let opener = ToolStoreOpener(
        open: { location, variables, readOnly throws(StoreError) in
            guard let configuration = try configuration(location, variables) else { return nil }
            do throws(PostgreSQLStoreError) {
                let store = try await PostgreSQLDocumentStore.open(
                    configuration, mode: readOnly ? .readOnly : .readWrite)
                return ToolStoreOpener.Opened(store: store, close: { await store.close() })
            } catch {
                throw error.storeError
            }
        },
        exists: { location, variables throws(StoreError) in
            guard let configuration = try configuration(location, variables) else { return nil }
            do throws(PostgreSQLStoreError) {
                return try await PostgreSQLDocumentStore.schemaVersion(configuration) > 0
            } catch {
                throw error.storeError
            }
        })
}
