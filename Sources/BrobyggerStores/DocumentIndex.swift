import BrobyggerCore

/// What both built-in stores know about every document without reading it: version count, index keys, period and
/// the instant of the newest version; plus the key index that answers queries. One implementation, so the stores
/// cannot drift apart in how they check saves and answer queries.
struct DocumentIndex: Sendable {
    struct Entry: Sendable {
        var versions: Int
        var keys: [IndexKey]
        var period: DayRange?
        var lastInstant: Instant
    }

    private var entries: [DocumentKind: [String: Entry]] = [:]
    /// The documents of each kind by index key, built for a kind when a query by key first needs it (opening a
    /// large store then hashes no index key it is not asked about), and kept current from then on.
    private var keyIndex: [DocumentKind: [IndexKey: Set<String>]] = [:]

    /// The entry of a document.
    func entry(_ kind: DocumentKind, _ key: String) -> Entry? { entries[kind]?[key] }

    /// The number of documents of a kind.
    func count(of kind: DocumentKind) -> Int { entries[kind]?.count ?? 0 }

    /// The storage keys and entries of the documents matching a query, ordered by key, limited as asked.
    mutating func matches(_ kind: DocumentKind, _ query: DocumentQuery) -> [(key: String, entry: Entry)] {
        guard let kindEntries = entries[kind] else { return [] }
        if query.keys.isEmpty {
            // Every document of the kind is a candidate: the pairs are taken as they lie and sorted once, without
            // looking each key up again.
            var found: [(key: String, entry: Entry)] = []
            found.reserveCapacity(kindEntries.count)
            for (key, entry) in kindEntries where query.matches(keys: entry.keys, period: entry.period) {
                found.append((key, entry))
            }
            found = Self.sortedByKey(found)
            if let limit = query.limit, found.count > limit { found.removeSubrange(limit...) }
            return found
        }
        if keyIndex[kind] == nil {
            var built: [IndexKey: Set<String>] = [:]
            for (key, entry) in kindEntries {
                for indexKey in entry.keys { built[indexKey, default: []].insert(key) }
            }
            keyIndex[kind] = built
        }
        let sets = query.keys.map { keyIndex[kind]?[$0] ?? [] }.sorted { $0.count < $1.count }
        var result = sets[0]
        for set in sets.dropFirst() { result.formIntersection(set) }
        var candidates = Array(result)
        candidates.sort()
        var found: [(key: String, entry: Entry)] = []
        for key in candidates {
            guard let entry = kindEntries[key], query.matches(keys: entry.keys, period: entry.period) else { continue }
            found.append((key, entry))
            if let limit = query.limit, found.count >= limit { break }
        }
        return found
    }

    /// `items` in the order of their keys (String order).
    ///
    /// Storage keys are ASCII without NUL (``StorageKeyRule``), so String order is the order of their bytes, and of
    /// their first eight bytes read as one big-endian number, padded with zeros: the sort compares those numbers and
    /// compares whole keys only where they are equal.
    static func sortedByKey(_ items: [(key: String, entry: Entry)]) -> [(key: String, entry: Entry)] {
        let prefixes = items.map { item -> UInt64 in
            var prefix: UInt64 = 0
            var count = 0
            for byte in item.key.utf8.prefix(8) {
                prefix = prefix << 8 | UInt64(byte)
                count += 1
            }
            return count == 0 ? 0 : prefix << (8 * (8 - count))
        }
        let order = items.indices.sorted { left, right in
            prefixes[left] != prefixes[right] ? prefixes[left] < prefixes[right] : items[left].key < items[right].key
        }
        return order.map { items[$0] }
    }

    /// Checks a save against the store's rules and returns the new version's number.
    ///
    /// - Throws: `StoreError.invalid` for an unsafe key or a version older than its predecessor;
    ///   `StoreError.conflict` when the current version is not the expected one.
    func checkSave(_ kind: DocumentKind, _ key: String, expecting expected: ExpectedVersion, at instant: Instant)
        throws(StoreError) -> Int
    {
        do {
            try StorageKeyRule.validate(kind.rawValue, field: "documentKind")
            try StorageKeyRule.validate(key)
        } catch {
            throw .invalid(error)
        }
        let existing = entries[kind]?[key]
        let actual = existing?.versions ?? 0
        guard actual == expected.number else {
            throw .conflict(kind: kind, id: key, expected: expected, actual: actual)
        }
        if let existing, instant < existing.lastInstant {
            throw .invalid(
                ValidationError(
                    field: "provenance.instant", code: "history.time-order",
                    rule: "a version cannot be older than the version before it", offendingValue: instant.iso8601))
        }
        return actual + 1
    }

    /// Records a saved (or, on opening, found) version.
    mutating func record(_ kind: DocumentKind, _ key: String, _ entry: Entry) {
        if keyIndex[kind] != nil {
            if let old = entries[kind]?[key] {
                for indexKey in old.keys { keyIndex[kind]?[indexKey]?.remove(key) }
            }
            for indexKey in entry.keys { keyIndex[kind, default: [:]][indexKey, default: []].insert(key) }
        }
        entries[kind, default: [:]][key] = entry
    }

    /// Takes over every document of a kind at once (from an index checkpoint), replacing what was recorded of it.
    mutating func load(_ kind: DocumentKind, _ documents: [String: Entry]) {
        entries[kind] = documents
        keyIndex[kind] = nil
    }
}
