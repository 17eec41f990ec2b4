/// An identifier that can name a stored document: a short string safe as a file name and an index key.
public protocol StorageKeyConvertible: Hashable, Sendable, Codable {
    /// The key, made of letters, digits, `.`, `_` and `-` only.
    var storageKey: String { get }
}

extension Identifier: StorageKeyConvertible {
    /// The lower-case UUID string.
    public var storageKey: String { uuidString }
}

/// The kind of a stored document, e.g. `resident-record` or `care-plan`: a stable name that separates documents in a
/// store and names their folder in the file store.
public struct DocumentKind: RawRepresentable, Hashable, Sendable, Codable, Comparable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// The name: lower-case letters, digits and `-`.
    public let rawValue: String

    /// Wraps a name.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Wraps a literal name.
    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }

    /// The name.
    public var description: String { rawValue }

    /// Orders by name.
    public static func < (lhs: DocumentKind, rhs: DocumentKind) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A key a document is listed under, so front ends can query by it: `resident = <id>`, `facility = <id>`,
/// `status = active` …
public struct IndexKey: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The key's name, e.g. `resident`.
    public let name: String
    /// The value, e.g. a resident's identifier.
    public let value: String

    /// Creates a key.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }

    /// A key whose value is an identifier's storage key.
    public init(_ name: String, _ identifier: some StorageKeyConvertible) {
        self.init(name, identifier.storageKey)
    }

    /// `name=value`.
    public var description: String { "\(name)=\(value)" }

    /// Orders by name, then value.
    public static func < (lhs: IndexKey, rhs: IndexKey) -> Bool { (lhs.name, lhs.value) < (rhs.name, rhs.value) }
}

/// A document that stores keep as an immutable history of versions: a resident with their placements and events, a
/// care plan, a discharge agreement, a collaboration agreement, a survey round.
///
/// The store assigns version numbers and keeps every version; the document declares how it is found.
public protocol StorableDocument: Identifiable, Hashable, Sendable, Codable where ID: StorageKeyConvertible {
    /// The kind of document; one folder, one repository.
    static var documentKind: DocumentKind { get }
    /// Keys to list the document under (resident, facility, team, status …). Default: none.
    var indexKeys: [IndexKey] { get }
    /// The period the document covers, for period queries (a plan's validity, a placement). Default: none.
    var indexPeriod: DayRange? { get }
}

extension StorableDocument {
    /// No index keys.
    public var indexKeys: [IndexKey] { [] }
    /// No period.
    public var indexPeriod: DayRange? { nil }
}

/// The rule every store applies to storage keys and document kinds, so that a key that works in one store works
/// in all: 1–128 characters, letters, digits, `.`, `_` and `-`, not starting with `.`.
public enum StorageKeyRule {
    /// Checks a storage key or kind name.
    ///
    /// - Throws: ``ValidationError`` with code `storage.key` when the key breaks the rule.
    public static func validate(_ key: String, field: FieldPath = "id") throws(ValidationError) {
        let bytes = key.utf8
        let allowed = bytes.allSatisfy { byte in
            (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte == 46
                || byte == 95 || byte == 45
        }
        guard (1...128).contains(bytes.count), allowed, bytes.first != 46 else {
            throw ValidationError(
                field: field, code: "storage.key",
                rule: "a storage key is 1–128 letters, digits, '.', '_' or '-', not starting with '.'",
                offendingValue: String(key.prefix(40)))
        }
    }
}
