/// Why a store operation failed. A failed operation changes nothing.
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A save expected another version than the current one (optimistic concurrency).
    case conflict(kind: DocumentKind, id: String, expected: ExpectedVersion, actual: Int)
    /// The document does not exist.
    case notFound(kind: DocumentKind, id: String)
    /// The document or key breaks a rule of the store (e.g. an identifier unsafe as a file name).
    case invalid(ValidationError)
    /// The document could not be encoded or decoded.
    case coding(kind: DocumentKind, id: String, reason: String)
    /// Another process holds the store's write lock.
    case locked(path: String)
    /// The store was opened read-only.
    case readOnly
    /// A file-system operation failed.
    case io(path: String, reason: String)
    /// Stored data is damaged beyond what recovery may ignore.
    case corrupted(path: String, reason: String)
    /// The access policy denied the operation.
    case accessDenied(AccessDenial)

    /// A one-line explanation, free of personal data.
    public var description: String {
        switch self {
        case .conflict(let kind, let id, let expected, let actual):
            "conflict: \(kind) \(id) was expected at \(expected) but is at version \(actual); nothing was saved"
        case .notFound(let kind, let id): "not found: \(kind) \(id)"
        case .invalid(let error): "invalid: \(error)"
        case .coding(let kind, let id, let reason): "could not encode or decode \(kind) \(id): \(reason)"
        case .locked(let path): "the store at \(path) is locked by another writer"
        case .readOnly: "the store is open read-only"
        case .io(let path, let reason): "i/o error at \(path): \(reason)"
        case .corrupted(let path, let reason): "damaged data at \(path): \(reason)"
        case .accessDenied(let denial): "access denied: \(denial)"
        }
    }
}
