import Foundation
import PostgresNIO

/// Where a PostgreSQL store lives and how to reach it: server, login, database, TLS and the schema (namespace) that
/// holds Brobygger's tables.
///
/// Made from a URL (`postgres://user:password@host:5432/database?sslmode=require&schema=brobygger`), from libpq's
/// environment variables (`PGHOST`, `PGPORT`, `PGUSER`, `PGPASSWORD`, `PGDATABASE`, `PGSSLMODE`), or both: what the
/// URL leaves out is taken from the environment, and what both leave out from libpq's defaults (host `localhost`,
/// port 5432, the user `$USER`, a database named like the user, TLS when the server offers it).
///
/// The description never contains the password.
public struct PostgreSQLConfiguration: Sendable, Hashable, CustomStringConvertible {
    /// Whether and how the connection is encrypted, by libpq's `sslmode` names.
    public enum TLSMode: String, Sendable, Hashable, CaseIterable {
        /// Never encrypt (`sslmode=disable`).
        case disable
        /// Encrypt when the server offers it, without checking its certificate (`sslmode=prefer`, libpq's default).
        case prefer
        /// Always encrypt, without checking the certificate (`sslmode=require`).
        case require
        /// Always encrypt and check the certificate and the host name against the system's trust roots
        /// (`sslmode=verify-full`).
        case verifyFull = "verify-full"
    }

    /// The server's host name or address.
    public var host: String
    /// The server's port.
    public var port: Int
    /// The user to log in as.
    public var user: String
    /// The password, if the server asks for one.
    public var password: String?
    /// The database.
    public var database: String
    /// Encryption.
    public var tls: TLSMode
    /// The schema (namespace) holding Brobygger's tables: lower-case letters, digits and `_`, starting with a
    /// letter or `_`, at most 63 characters. Several stores can share one database in different schemas.
    public var schema: String
    /// The most connections the store opens at once (its pool's size), at least 1.
    public var maximumConnections: Int
    /// How long to wait for the server to accept a connection, in seconds.
    public var connectTimeout: Double

    /// Creates a configuration and checks it.
    ///
    /// - Throws: ``PostgreSQLStoreError/invalidConfiguration(reason:)`` for an empty host, user or database, a port
    ///   outside 1–65535, an invalid schema name or fewer than 1 connection.
    public init(
        host: String = "localhost", port: Int = 5432, user: String, password: String? = nil, database: String,
        tls: TLSMode = .prefer, schema: String = "brobygger", maximumConnections: Int = 8, connectTimeout: Double = 10
    ) throws(PostgreSQLStoreError) {
        self.host = host
        self.port = port
        self.user = user
        self.password = password
        self.database = database
        self.tls = tls
        self.schema = schema
        self.maximumConnections = maximumConnections
        self.connectTimeout = connectTimeout
        try validate()
    }

    /// Whether `text` is a PostgreSQL URL (`postgres://…` or `postgresql://…`).
    public static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Reads a `postgres://` or `postgresql://` URL; what it leaves out comes from `environment` (libpq's `PG…`
    /// variables), then from libpq's defaults.
    ///
    /// The query may set `sslmode` (`disable`, `prefer`, `require`, `verify-full`), `schema`,
    /// `connect_timeout` (seconds) and `pool_size`. User and password may be percent-encoded.
    ///
    /// - Throws: ``PostgreSQLStoreError/invalidConfiguration(reason:)`` naming the part that is wrong; the reason
    ///   never repeats the URL, which may hold a password.
    public init(url: String, environment: [String: String] = [:]) throws(PostgreSQLStoreError) {
        guard Self.isURL(url), let components = URLComponents(string: url) else {
            throw .invalidConfiguration(
                reason: "the store URL must be postgres://[user[:password]@]host[:port]/database[?sslmode=…]")
        }
        var settings = try Self.fromEnvironment(environment)
        if let host = components.host, !host.isEmpty { settings.host = host }
        if let port = components.port { settings.port = port }
        if let user = components.user, !user.isEmpty { settings.user = user }
        if let password = components.password { settings.password = password }
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        if !path.isEmpty { settings.database = path.removingPercentEncoding ?? path }
        for item in components.queryItems ?? [] {
            let value = item.value ?? ""
            switch item.name {
            case "sslmode":
                guard let mode = TLSMode(rawValue: value) else {
                    throw .invalidConfiguration(
                        reason: "sslmode must be one of "
                            + TLSMode.allCases.map(\.rawValue).joined(separator: ", "))
                }
                settings.tls = mode
            case "schema": settings.schema = value
            case "connect_timeout":
                guard let seconds = Double(value), seconds > 0 else {
                    throw .invalidConfiguration(reason: "connect_timeout must be a number of seconds above 0")
                }
                settings.connectTimeout = seconds
            case "pool_size":
                guard let size = Int(value) else {
                    throw .invalidConfiguration(reason: "pool_size must be a whole number")
                }
                settings.maximumConnections = size
            default:
                throw .invalidConfiguration(
                    reason: "unknown URL parameter '\(item.name)' (known: sslmode, schema, connect_timeout, pool_size)")
            }
        }
        self = settings
        try validate()
    }

    /// Reads libpq's environment variables: `PGHOST`, `PGPORT`, `PGUSER`, `PGPASSWORD`, `PGDATABASE`, `PGSSLMODE`,
    /// and `BROBYGGER_PG_SCHEMA` for the schema; what they leave out takes libpq's defaults.
    ///
    /// - Throws: ``PostgreSQLStoreError/invalidConfiguration(reason:)`` for a port that is not a number, an unknown
    ///   `PGSSLMODE` or an invalid schema name.
    public init(environment: [String: String]) throws(PostgreSQLStoreError) {
        self = try Self.fromEnvironment(environment)
        try validate()
    }

    private static func fromEnvironment(_ environment: [String: String]) throws(PostgreSQLStoreError) -> Self {
        func value(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        let user = value("PGUSER") ?? value("USER") ?? "postgres"
        var port = 5432
        if let text = value("PGPORT") {
            guard let number = Int(text) else { throw .invalidConfiguration(reason: "PGPORT must be a port number") }
            port = number
        }
        var tls = TLSMode.prefer
        if let text = value("PGSSLMODE") {
            guard let mode = TLSMode(rawValue: text) else {
                throw .invalidConfiguration(
                    reason: "PGSSLMODE must be one of " + TLSMode.allCases.map(\.rawValue).joined(separator: ", "))
            }
            tls = mode
        }
        return Self(
            unchecked: value("PGHOST") ?? "localhost", port: port, user: user, password: value("PGPASSWORD"),
            database: value("PGDATABASE") ?? user, tls: tls, schema: value("BROBYGGER_PG_SCHEMA") ?? "brobygger")
    }

    private init(
        unchecked host: String, port: Int, user: String, password: String?, database: String, tls: TLSMode,
        schema: String
    ) {
        self.host = host
        self.port = port
        self.user = user
        self.password = password
        self.database = database
        self.tls = tls
        self.schema = schema
        self.maximumConnections = 8
        self.connectTimeout = 10
    }

    private func validate() throws(PostgreSQLStoreError) {
        guard !host.isEmpty else { throw .invalidConfiguration(reason: "the host is empty") }
        guard (1...65_535).contains(port) else { throw .invalidConfiguration(reason: "the port is not 1–65535") }
        guard !user.isEmpty else { throw .invalidConfiguration(reason: "the user is empty") }
        guard !database.isEmpty else { throw .invalidConfiguration(reason: "the database is empty") }
        guard maximumConnections >= 1 else {
            throw .invalidConfiguration(reason: "the pool needs 1 connection or more")
        }
        guard connectTimeout > 0 else { throw .invalidConfiguration(reason: "connect_timeout must be above 0") }
        guard Self.isSafeIdentifier(schema) else {
            throw .invalidConfiguration(
                reason: "the schema name must be 1–63 lower-case letters, digits or '_', not starting with a digit")
        }
    }

    /// Whether a name can be written into SQL as an identifier without quoting tricks: `[a-z_][a-z0-9_]{0,62}`.
    static func isSafeIdentifier(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard (1...63).contains(bytes.count), !(48...57).contains(bytes[0]) else { return false }
        return bytes.allSatisfy { (97...122).contains($0) || (48...57).contains($0) || $0 == 95 }
    }

    /// The server as `postgres://user@host:port/database`, without the password.
    public var server: String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "postgres://\(user)@\(shownHost):\(port)/\(database)"
    }

    /// The server and schema, without the password.
    public var description: String { server + "?schema=\(schema)" }

    /// postgres-nio's connection settings.
    func connectionConfiguration() throws(PostgreSQLStoreError) -> PostgresConnection.Configuration {
        let nioTLS: PostgresConnection.Configuration.TLS
        do {
            switch tls {
            case .disable: nioTLS = .disable
            case .prefer, .require:
                var settings = TLSConfiguration.makeClientConfiguration()
                settings.certificateVerification = .none
                let context = try NIOSSLContext(configuration: settings)
                nioTLS = tls == .prefer ? .prefer(context) : .require(context)
            case .verifyFull:
                nioTLS = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
            }
        } catch {
            throw .tlsFailed(server: server, reason: "the TLS context cannot be made: \(error)")
        }
        var configuration = PostgresConnection.Configuration(
            host: host, port: port, username: user, password: password, database: database, tls: nioTLS)
        configuration.options.connectTimeout = .milliseconds(Int64(connectTimeout * 1_000))
        if tls == .verifyFull { configuration.options.tlsServerName = host }
        return configuration
    }
}
