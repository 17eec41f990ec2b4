/// Which documents of a kind to list: all that carry every given key and, when a period is given, whose period
/// overlaps it.
public struct DocumentQuery: Hashable, Sendable, Codable {
    /// Keys every listed document must carry.
    public var keys: [IndexKey]
    /// A period the document's period must overlap; documents without a period do not match a period query.
    public var overlapping: DayRange?
    /// The most documents to list, or `nil` for all.
    public var limit: Int?

    /// Creates a query; the default lists every document of the kind.
    public init(keys: [IndexKey] = [], overlapping: DayRange? = nil, limit: Int? = nil) {
        self.keys = keys
        self.overlapping = overlapping
        self.limit = limit
    }

    /// Every document of the kind.
    public static let all = DocumentQuery()

    /// Documents listed under one key.
    public static func key(_ name: String, _ value: some StorageKeyConvertible) -> DocumentQuery {
        DocumentQuery(keys: [IndexKey(name, value)])
    }

    /// Whether a document with these keys and period matches.
    public func matches(keys documentKeys: [IndexKey], period: DayRange?) -> Bool {
        guard keys.allSatisfy({ documentKeys.contains($0) }) else { return false }
        guard let overlapping else { return true }
        return period?.overlaps(overlapping) ?? false
    }
}

/// The version a writer expects a document to be at: the basis of optimistic concurrency.
///
/// A writer reads version *n*, changes it and saves with `.version(n)`; if someone else saved *n + 1* meanwhile, the
/// save fails with ``StoreError/conflict(kind:id:expected:actual:)`` and nothing changes.
public enum ExpectedVersion: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The document must not exist yet.
    case new
    /// The document's current version must be this one.
    case version(Int)

    /// The version number this expectation implies is current (0 for a new document).
    public var number: Int {
        switch self {
        case .new: 0
        case .version(let number): number
        }
    }

    /// `new` or `version n`.
    public var description: String {
        switch self {
        case .new: "new"
        case .version(let number): "version \(number)"
        }
    }
}
