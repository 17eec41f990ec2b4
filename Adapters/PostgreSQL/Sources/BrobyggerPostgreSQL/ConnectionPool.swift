import BrobyggerCore
import Logging
import PostgresNIO

/// A small pool of connections to one server: at most `maximum` open at once, idle ones reused, callers beyond the
/// limit queued in order.
///
/// Its own rather than postgres-nio's `PostgresClient`, so that a server that is down or refuses the login fails
/// the call at once with a typed error instead of being retried in the background while the caller waits.
actor ConnectionPool {
    private let settings: PostgreSQLConfiguration
    private let configuration: PostgresConnection.Configuration
    private let maximum: Int
    private var idle: [PostgresConnection] = []
    private var openCount = 0
    private var nextID = 1
    /// Callers waiting for a connection: handed an idle one, or `nil` with the right to open a new one.
    private var waiters: [CheckedContinuation<PostgresConnection?, Never>] = []
    private var isClosed = false

    static let logger = Logger(label: "brobygger.postgresql", factory: { _ in SwiftLogNoOpLogHandler() })

    init(settings: PostgreSQLConfiguration, maximum: Int) throws(PostgreSQLStoreError) {
        self.settings = settings
        self.configuration = try settings.connectionConfiguration()
        self.maximum = maximum
    }

    /// Opens one connection outside the pool (for the checks and migrations when a store opens).
    func connectOnce() async throws(PostgreSQLStoreError) -> PostgresConnection {
        try await Self.connect(configuration, settings: settings, id: takeID())
    }

    private func takeID() -> Int {
        defer { nextID += 1 }
        return nextID
    }

    private static func connect(
        _ configuration: PostgresConnection.Configuration, settings: PostgreSQLConfiguration, id: Int
    )
        async throws(PostgreSQLStoreError) -> PostgresConnection
    {
        do {
            return try await PostgresConnection.connect(configuration: configuration, id: id, logger: logger)
        } catch {
            throw ServerErrors.classify(error, settings: settings)
        }
    }

    /// A connection for the caller's exclusive use until ``release(_:reusable:)``.
    func lease() async throws(StoreError) -> PostgresConnection {
        guard !isClosed else { throw .closed }
        while let connection = idle.popLast() {
            if !connection.isClosed { return connection }
            openCount -= 1
        }
        if openCount < maximum {
            openCount += 1
        } else {
            let handed = await withCheckedContinuation { waiters.append($0) }
            if let handed { return handed }
            guard !isClosed else {
                openCount -= 1
                throw .closed
            }
        }
        do {
            return try await Self.connect(configuration, settings: settings, id: takeID())
        } catch {
            openCount -= 1
            if openCount < maximum, !waiters.isEmpty {
                openCount += 1
                waiters.removeFirst().resume(returning: nil)
            }
            throw error.storeError
        }
    }

    /// Returns a leased connection; one that failed in a way that may leave it in a transaction or closed is
    /// closed instead of reused.
    func release(_ connection: PostgresConnection, reusable: Bool) async {
        guard reusable, !connection.isClosed, !isClosed else {
            openCount -= 1
            if !waiters.isEmpty, openCount < maximum {
                openCount += 1
                waiters.removeFirst().resume(returning: nil)
            }
            try? await connection.close()
            return
        }
        if !waiters.isEmpty {
            waiters.removeFirst().resume(returning: connection)
        } else {
            idle.append(connection)
        }
    }

    /// Closes every idle connection and refuses new leases; leased connections close when they come back.
    func close() async {
        isClosed = true
        let closing = idle
        idle = []
        openCount -= closing.count
        for waiter in waiters { waiter.resume(returning: nil) }
        waiters = []
        for connection in closing { try? await connection.close() }
    }
}

/// Turns postgres-nio's errors into the adapter's typed ones, with no password and no CPR number in them.
enum ServerErrors {
    static func classify(_ error: any Error, settings: PostgreSQLConfiguration) -> PostgreSQLStoreError {
        if let error = error as? PostgreSQLStoreError { return error }
        guard let error = error as? PSQLError else {
            return .serverUnreachable(server: settings.server, reason: PersonalData.masked("\(error)"))
        }
        switch error.code {
        case .server:
            let state = error.serverInfo?[.sqlState] ?? "?"
            if state == "28P01" || state == "28000" {
                return .authenticationFailed(server: settings.server, user: settings.user)
            }
            if state == "3D000" { return .databaseMissing(server: settings.server, database: settings.database) }
            return .server(
                server: settings.server, sqlState: state,
                message: PersonalData.masked(error.serverInfo?[.message] ?? "no message"))
        case .sslUnsupported:
            return .tlsFailed(server: settings.server, reason: "the server does not offer TLS")
        case .failedToAddSSLHandler, .receivedUnencryptedDataAfterSSLRequest:
            return .tlsFailed(server: settings.server, reason: "\(error.code)")
        case .authMechanismRequiresPassword, .saslError, .unsupportedAuthMechanism:
            return .authenticationFailed(server: settings.server, user: settings.user)
        default:
            let underlying = error.underlying.map { PersonalData.masked("\($0)") }
            return .serverUnreachable(
                server: settings.server, reason: underlying.map { "\(error.code): \($0)" } ?? "\(error.code)")
        }
    }

    /// The SQLSTATE of a server error, if it is one.
    static func sqlState(_ error: any Error) -> String? {
        guard let error = error as? PSQLError, error.code == .server else { return nil }
        return error.serverInfo?[.sqlState]
    }
}
