import Brobygger

/// How the tool opens the store its commands work on, for a host that keeps the store elsewhere than in the embedded
/// file store: the PostgreSQL adapter's `brobygger-postgres` runs these commands with `--store postgres://…`.
public struct ToolStoreOpener: Sendable {
    /// A store an opener opened, and how to close it when the command is done.
    public struct Opened: Sendable {
        /// The store.
        public let store: any DocumentStore
        /// Closes the store; called once, also when the command fails.
        public let close: @Sendable () async -> Void

        /// Wraps an opened store and its closing.
        public init(store: any DocumentStore, close: @escaping @Sendable () async -> Void) {
            self.store = store
            self.close = close
        }
    }

    /// Opens the store at a location: `--store`, else `BROBYGGER_STORE`, else `nil`; with the process's environment
    /// variables, read-only for commands that only read. Returns `nil` to leave the location to the file store.
    public var open:
        @Sendable (_ location: String?, _ variables: [String: String], _ readOnly: Bool) async throws(StoreError) ->
            Opened?
    /// Whether a store exists at a location, so that an import into a new store plans against an empty one; `nil`
    /// leaves the location to the file store.
    public var exists: @Sendable (_ location: String?, _ variables: [String: String]) async throws(StoreError) -> Bool?

    /// An opener from its two functions.
    public init(
        open:
            @escaping @Sendable (_ location: String?, _ variables: [String: String], _ readOnly: Bool)
            async throws(StoreError) -> Opened?,
        exists:
            @escaping @Sendable (_ location: String?, _ variables: [String: String]) async throws(StoreError) -> Bool?
    ) {
        self.open = open
        self.exists = exists
    }
}

/// The `brobygger` tool as a library call, for hosts that bring their own store.
public enum BrobyggerTool {
    /// Runs one command line (without the program name) with the process's real output, environment and clock,
    /// opening stores through `storeOpener` where it takes the location; returns the exit code (0 success,
    /// 1 findings, 2 usage, 3 input, 4 store).
    public static func run(_ arguments: [String], storeOpener: ToolStoreOpener?) async -> Int32 {
        var environment = CommandEnvironment.live
        environment.storeOpener = storeOpener
        return await Tool.run(arguments, environment: environment).rawValue
    }
}
