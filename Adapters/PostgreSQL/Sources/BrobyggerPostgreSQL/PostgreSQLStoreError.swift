import BrobyggerCore

/// Why a PostgreSQL store could not be opened or reached.
///
/// Every description names the server as `postgres://user@host:port/database`, never with the password, and masks
/// any number in a server's message that has the shape of a CPR number.
public enum PostgreSQLStoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The URL or the environment variables do not describe a connection (the reason says which part).
    case invalidConfiguration(reason: String)
    /// No server answered at the address: it is down, the address is wrong, or a firewall is in between.
    case serverUnreachable(server: String, reason: String)
    /// The server refused the user name or the password.
    case authenticationFailed(server: String, user: String)
    /// The server has no database of that name.
    case databaseMissing(server: String, database: String)
    /// TLS was required but could not be set up with the server.
    case tlsFailed(server: String, reason: String)
    /// The database holds a Brobygger schema newer than this adapter understands; upgrade the adapter instead of
    /// writing to it.
    case schemaTooNew(schema: String, found: Int, supported: Int)
    /// The database holds an older Brobygger schema, and a read-only store may not migrate it.
    case schemaTooOld(schema: String, found: Int, supported: Int)
    /// A read-only store found no Brobygger schema: nothing has been saved there yet.
    case noStore(server: String, schema: String)
    /// The server answered with an error (SQLSTATE and message).
    case server(server: String, sqlState: String, message: String)

    /// A one-line explanation, free of passwords and CPR numbers.
    public var description: String {
        switch self {
        case .invalidConfiguration(let reason): "invalid PostgreSQL connection settings: \(reason)"
        case .serverUnreachable(let server, let reason): "PostgreSQL server \(server) cannot be reached: \(reason)"
        case .authenticationFailed(let server, let user):
            "PostgreSQL server \(server) refused the login of user \(user) (wrong user name or password)"
        case .databaseMissing(let server, let database):
            "PostgreSQL server \(server) has no database \(database)"
        case .tlsFailed(let server, let reason): "TLS with PostgreSQL server \(server) failed: \(reason)"
        case .schemaTooNew(let schema, let found, let supported):
            "the Brobygger schema \(schema) is at version \(found), newer than this adapter's \(supported); "
                + "upgrade the adapter"
        case .schemaTooOld(let schema, let found, let supported):
            "the Brobygger schema \(schema) is at version \(found), older than this adapter's \(supported); "
                + "open it for writing once to migrate it"
        case .noStore(let server, let schema):
            "no Brobygger store in schema \(schema) on \(server); save or import something first"
        case .server(let server, let sqlState, let message):
            "PostgreSQL server \(server) answered SQLSTATE \(sqlState): \(message)"
        }
    }

    /// The same failure as a `StoreError`, for the `DocumentStore` operations, whose errors are `StoreError`s.
    public var storeError: StoreError {
        switch self {
        case .invalidConfiguration: .io(path: "postgres", reason: description)
        case .serverUnreachable(let server, _), .authenticationFailed(let server, _), .databaseMissing(let server, _),
            .tlsFailed(let server, _), .noStore(let server, _), .server(let server, _, _):
            .io(path: server, reason: description)
        case .schemaTooNew(let schema, _, _), .schemaTooOld(let schema, _, _):
            .corrupted(path: "schema \(schema)", reason: description)
        }
    }
}

/// Masks personal numbers in text that comes from outside the adapter (a server's error message), with the same
/// rule `ValidationError` applies to offending values: anything with the shape of a CPR number is cut to its first
/// six digits.
enum PersonalData {
    static func masked(_ text: String) -> String {
        ValidationError(field: "text", code: "mask", rule: "mask", offendingValue: text).offendingValue ?? ""
    }
}
