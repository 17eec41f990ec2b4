import BrobyggerCore
import Foundation

/// The result of running the storage conformance suite against a store.
public struct StoreConformanceReport: Sendable, CustomStringConvertible {
    /// One check of the suite.
    public struct Check: Sendable, Hashable {
        /// The check's name.
        public let name: String
        /// What went wrong; empty when the check passed.
        public let problems: [String]
        /// Whether the check passed.
        public var passed: Bool { problems.isEmpty }
    }

    /// Every check, in the order run.
    public let checks: [Check]

    /// The checks that failed.
    public var failures: [Check] { checks.filter { !$0.passed } }

    /// Whether every check passed.
    public var passed: Bool { failures.isEmpty }

    /// One line per check, with its problems.
    public var description: String {
        checks.map { check in
            (check.passed ? "pass " : "FAIL ") + check.name
                + check.problems.map { "\n     - \($0)" }.joined()
        }.joined(separator: "\n")
    }
}

/// The conformance suite any `DocumentStore` runs against itself: the built-in stores do, and so should a host's
/// PostgreSQL or SQLite adapter.
///
/// ```swift
/// @Test func myStoreConforms() async {
///     let report = await StoreConformance.run { try await MyPostgresStore(connection: makeTestDatabase()) }
///     #expect(report.passed, "\(report)")
/// }
/// ```
///
/// Each check gets a fresh, empty store from `makeStore`. The suite covers round trips, version numbering,
/// optimistic-concurrency conflicts that change nothing, immutable histories, queries by key and period, the audit
/// log, concurrent writers, and seeded random interleavings of readers and writers.
public enum StoreConformance {
    /// Runs every check.
    ///
    /// - Parameters:
    ///   - seed: Seeds the random interleavings, so a failure can be replayed.
    ///   - makeStore: Makes a fresh, empty store.
    public static func run(seed: UInt64 = 1, makeStore: @Sendable () async throws -> any DocumentStore) async
        -> StoreConformanceReport
    {
        var checks: [StoreConformanceReport.Check] = []
        for (name, body) in suite(seed: seed) {
            var problems: [String] = []
            do {
                let store = try await makeStore()
                problems = try await body(store)
            } catch {
                problems = ["threw \(error)"]
            }
            checks.append(.init(name: name, problems: problems))
        }
        return StoreConformanceReport(checks: checks)
    }

    typealias Body = @Sendable (any DocumentStore) async throws -> [String]

    static let author = Author(name: (try? PersonName(given: "Conformance", family: "Suite"))!)
    static let start = Instant(secondsSince1970: 1_780_000_000)

    static func provenance(_ second: Double, _ reason: String? = nil) -> Provenance {
        Provenance(author: author, instant: start.adding(seconds: second), reason: reason)
    }

    static func document(_ n: UInt64, resident: String = "r1", facility: String = "f1", status: String = "active")
        -> ConformanceDocument
    {
        ConformanceDocument(
            id: .init(rawValue: SequentialIdentifierSource.uuid(seed: 99, value: n)), resident: resident,
            facility: facility, status: status, socialNotes: ["note \(n)"], diagnoses: ["DF20"])
    }

    static func suite(seed: UInt64) -> [(String, Body)] {
        [
            ("round trip", roundTrip),
            ("versions are numbered and histories immutable", versions),
            ("a stale write conflicts and changes nothing", staleWrite),
            ("creating an existing document conflicts", createExisting),
            ("updating a missing document conflicts", updateMissing),
            ("a version older than its predecessor is rejected", timeOrder),
            ("unsafe storage keys are rejected", unsafeKeys),
            ("queries by key, period and limit", queries),
            ("kinds do not collide", kinds),
            ("audit log appends and queries", auditLog),
            ("concurrent writers on one document: exactly one wins", concurrentSameDocument),
            ("concurrent writers on many documents all land", concurrentManyDocuments),
            ("random interleavings keep histories whole", { try await randomInterleavings($0, seed: seed) }),
            ("a batch saves every document, of mixed kinds", batchSaves),
            ("a batch with one stale write saves nothing", batchConflict),
            ("a batch naming a document twice is refused", batchDuplicate),
            ("documents read together are each read as alone", readTogether),
        ]
    }

    static let roundTrip: Body = { store in
        var problems: [String] = []
        let original = document(1)
        let saved = try await store.save(original, expecting: .new, provenance: provenance(0, "created"))
        if saved.number != 1 { problems.append("first version numbered \(saved.number)") }
        let read = try await store.current(ConformanceDocument.self, id: original.id)
        if read?.document != original { problems.append("read back a different document") }
        if read?.provenance != provenance(0, "created") { problems.append("provenance not kept") }
        if try await store.current(ConformanceDocument.self, id: document(2).id) != nil {
            problems.append("found a document never saved")
        }
        return problems
    }

    static let versions: Body = { store in
        var problems: [String] = []
        var doc = document(1)
        _ = try await store.save(doc, expecting: .new, provenance: provenance(0))
        let first = try await store.history(of: ConformanceDocument.self, id: doc.id)
        for n in 2...5 {
            doc.socialNotes.append("note v\(n)")
            let saved = try await store.save(doc, expecting: .version(n - 1), provenance: provenance(Double(n)))
            if saved.number != n { problems.append("version \(n) numbered \(saved.number)") }
        }
        let history = try await store.history(of: ConformanceDocument.self, id: doc.id)
        if history?.versions.map(\.number) != [1, 2, 3, 4, 5] { problems.append("history not numbered 1…5") }
        if history?.versions.first != first?.versions.first { problems.append("version 1 changed after later saves") }
        if history?.currentDocument != doc { problems.append("current is not the last saved") }
        if try await store.current(ConformanceDocument.self, id: doc.id)?.number != 5 {
            problems.append("current version is not 5")
        }
        return problems
    }

    static let staleWrite: Body = { store in
        var problems: [String] = []
        var doc = document(1)
        _ = try await store.save(doc, expecting: .new, provenance: provenance(0))
        doc.status = "closed"
        _ = try await store.save(doc, expecting: .version(1), provenance: provenance(1))
        var stale = doc
        stale.status = "stale"
        do {
            _ = try await store.save(stale, expecting: .version(1), provenance: provenance(2))
            problems.append("a stale write was accepted")
        } catch let error as StoreError {
            if case .conflict(_, _, let expected, let actual) = error {
                if expected != .version(1) || actual != 2 { problems.append("conflict reports \(expected)/\(actual)") }
            } else {
                problems.append("stale write failed with \(error), not a conflict")
            }
        }
        let history = try await store.history(of: ConformanceDocument.self, id: doc.id)
        if history?.versions.count != 2 || history?.currentDocument.status != "closed" {
            problems.append("the failed write changed the store")
        }
        let listed = try await store.list(
            ConformanceDocument.self, matching: .init(keys: [IndexKey("status", "stale")]))
        if !listed.isEmpty { problems.append("the failed write changed the index") }
        return problems
    }

    static let createExisting: Body = { store in
        let doc = document(1)
        _ = try await store.save(doc, expecting: .new, provenance: provenance(0))
        do {
            _ = try await store.save(doc, expecting: .new, provenance: provenance(1))
            return ["a second create of the same document was accepted"]
        } catch let error as StoreError {
            guard case .conflict = error else { return ["failed with \(error), not a conflict"] }
        }
        let count = try await store.history(of: ConformanceDocument.self, id: doc.id)?.versions.count
        return count == 1 ? [] : ["the store has \(count ?? 0) versions after a refused create"]
    }

    static let updateMissing: Body = { store in
        do {
            _ = try await store.save(document(1), expecting: .version(1), provenance: provenance(0))
            return ["an update of a missing document was accepted"]
        } catch let error as StoreError {
            guard case .conflict(_, _, _, let actual) = error, actual == 0 else {
                return ["failed with \(error), not a conflict at version 0"]
            }
        }
        return try await store.current(ConformanceDocument.self, id: document(1).id) == nil
            ? [] : ["the refused update created the document"]
    }

    static let timeOrder: Body = { store in
        var doc = document(1)
        _ = try await store.save(doc, expecting: .new, provenance: provenance(100))
        doc.status = "closed"
        do {
            _ = try await store.save(doc, expecting: .version(1), provenance: provenance(50))
            return ["a version older than its predecessor was accepted"]
        } catch let error as StoreError {
            guard case .invalid = error else { return ["failed with \(error), not invalid"] }
        }
        return try await store.current(ConformanceDocument.self, id: doc.id)?.number == 1
            ? [] : ["the refused save changed the store"]
    }

    struct BadKeyDocument: StorableDocument {
        static let documentKind: DocumentKind = "conformance-bad-key"
        struct Key: StorageKeyConvertible {
            var storageKey: String
        }
        var id: Key
    }

    static let unsafeKeys: Body = { store in
        var problems: [String] = []
        for key in ["../escape", "", ".hidden", "a/b", String(repeating: "x", count: 129), "æøå"] {
            do {
                _ = try await store.save(
                    BadKeyDocument(id: .init(storageKey: key)), expecting: .new, provenance: provenance(0))
                problems.append("accepted the key \(key.debugDescription)")
            } catch let error as StoreError {
                guard case .invalid = error else {
                    problems.append("key \(key.debugDescription) failed with \(error), not invalid")
                    continue
                }
            }
        }
        return problems
    }

    static let queries: Body = { store in
        var problems: [String] = []
        let january = try DayRange(
            start: CalendarDate(year: 2026, month: 1, day: 1), end: CalendarDate(year: 2026, month: 1, day: 31))
        let march = try DayRange(start: CalendarDate(year: 2026, month: 3, day: 1))
        for n in UInt64(1)...12 {
            var doc = document(
                n, resident: "r\(n % 3)", facility: n <= 6 ? "f1" : "f2", status: n % 2 == 0 ? "active" : "closed")
            doc.period = n <= 4 ? january : (n <= 8 ? march : nil)
            _ = try await store.save(doc, expecting: .new, provenance: provenance(Double(n)))
        }
        func ids(_ query: DocumentQuery) async throws -> [String] {
            try await store.list(ConformanceDocument.self, matching: query).map(\.document.id.storageKey)
        }
        let all = try await ids(.all)
        if all.count != 12 { problems.append("listed \(all.count) of 12") }
        if all != all.sorted() { problems.append("listing is not ordered by storage key") }
        let f1Active = try await ids(DocumentQuery(keys: [IndexKey("facility", "f1"), IndexKey("status", "active")]))
        let expected = (UInt64(1)...6).filter { $0 % 2 == 0 }.map { document($0).id.storageKey }.sorted()
        if f1Active != expected { problems.append("facility f1 and active gave \(f1Active.count), expected 3") }
        let february = try DayRange(
            start: CalendarDate(year: 2026, month: 2, day: 1), end: CalendarDate(year: 2026, month: 12, day: 31))
        if try await ids(DocumentQuery(overlapping: february)).count != 4 { problems.append("period query wrong") }
        if try await ids(DocumentQuery(overlapping: january)).count != 4 { problems.append("January query wrong") }
        if try await ids(DocumentQuery(keys: [IndexKey("resident", "r1")], limit: 2)).count != 2 {
            problems.append("limit not applied")
        }
        if try await ids(DocumentQuery(keys: [IndexKey("resident", "nobody")])).count != 0 {
            problems.append("unknown key matched")
        }
        // Counting answers what listing would, for every query above.
        let counted: [DocumentQuery] = [
            .all, DocumentQuery(keys: [IndexKey("facility", "f1"), IndexKey("status", "active")]),
            DocumentQuery(overlapping: february), DocumentQuery(keys: [IndexKey("resident", "r1")], limit: 2),
            DocumentQuery(keys: [IndexKey("resident", "nobody")]),
        ]
        for query in counted {
            let listed = try await ids(query).count
            let count = try await store.count(ConformanceDocument.self, matching: query)
            if count != listed { problems.append("count gave \(count) where list gave \(listed) for \(query)") }
        }
        // An update that changes a key moves the document in the index.
        var moved = try await store.current(ConformanceDocument.self, id: document(1).id)!.document
        moved.facility = "f3"
        _ = try await store.save(moved, expecting: .version(1), provenance: provenance(20))
        if try await ids(.key("facility", FacilityKey("f3"))) != [moved.id.storageKey] {
            problems.append("updated key not indexed")
        }
        if try await ids(.key("facility", FacilityKey("f1"))).contains(moved.id.storageKey) {
            problems.append("old key still indexed after update")
        }
        if try await store.count(ConformanceDocument.self, matching: .key("facility", FacilityKey("f3"))) != 1 {
            problems.append("count does not follow an updated key")
        }
        return problems
    }

    struct FacilityKey: StorageKeyConvertible {
        var storageKey: String
        init(_ key: String) { storageKey = key }
    }

    struct OtherKindDocument: StorableDocument {
        static let documentKind: DocumentKind = "conformance-other"
        var id: ConformanceDocument.ID
        var text: String
    }

    static let batchSaves: Body = { store in
        var problems: [String] = []
        var first = document(1)
        _ = try await store.save(first, expecting: .new, provenance: provenance(0))
        first.status = "closed"
        let second = document(2, facility: "f2")
        let other = OtherKindDocument(id: document(3).id, text: "another kind in the same batch")
        let progress = ProgressCounter()
        let numbers = try await store.save(
            [
                DocumentWrite(first, expecting: .version(1)), DocumentWrite(second, expecting: .new),
                DocumentWrite(other, expecting: .new),
            ], provenance: provenance(1, "batch"), progress: { done in progress.record(done) })
        if numbers != [2, 1, 1] { problems.append("batch numbered its versions \(numbers), not [2, 1, 1]") }
        if progress.last != 3 { problems.append("progress ended at \(progress.last), not 3") }
        if try await store.current(ConformanceDocument.self, id: first.id)?.document != first {
            problems.append("the batch's update is not current")
        }
        if try await store.current(OtherKindDocument.self, id: other.id)?.document != other {
            problems.append("the batch's other kind was not saved")
        }
        let inF2 = try await store.list(ConformanceDocument.self, matching: .init(keys: [IndexKey("facility", "f2")]))
        if inF2.map(\.document) != [second] { problems.append("the batch's index keys are not queryable") }
        if try await store.history(of: ConformanceDocument.self, id: first.id)?.versions.last?.provenance
            != provenance(1, "batch")
        {
            problems.append("the batch's provenance was not kept")
        }
        return problems
    }

    /// `current(_:ids:)` gives what `current(_:id:)` gives for each identifier, in their order: 300 documents (more
    /// than a file store reads one by one), some of them at their third version, asked for out of order with
    /// identifiers never saved and one named twice.
    static let readTogether: Body = { store in
        var problems: [String] = []
        var writes: [DocumentWrite] = []
        for n in UInt64(1)...300 { writes.append(DocumentWrite(document(n, facility: "f\(n % 7)"), expecting: .new)) }
        _ = try await store.save(writes, provenance: provenance(0, "created"))
        for version in 2...3 {
            let updates = stride(from: UInt64(10), through: 300, by: 10).map { n in
                var changed = document(n, facility: "f\(n % 7)")
                changed.socialNotes.append("version \(version)")
                return DocumentWrite(changed, expecting: .version(version - 1))
            }
            _ = try await store.save(updates, provenance: provenance(Double(version), "updated"))
        }
        var ids = (UInt64(1)...300).reversed().map { document($0).id }
        ids.insert(document(1_000).id, at: 17)
        ids.append(document(1_001).id)
        ids.append(document(150).id)
        let together = try await store.current(ConformanceDocument.self, ids: ids)
        var alone: [Revision<ConformanceDocument>?] = []
        for id in ids { alone.append(try await store.current(ConformanceDocument.self, id: id)) }
        if together.count != ids.count {
            problems.append("read \(together.count) results for \(ids.count) identifiers")
        }
        if together != alone { problems.append("documents read together differ from the same documents read alone") }
        if together.compactMap({ $0 }).count != 301 { problems.append("not every saved document was found") }
        if together[17] != nil || together[ids.count - 2] != nil { problems.append("found a document never saved") }
        if together.first??.number != 3 || together.first??.document.socialNotes.last != "version 3" {
            problems.append("document 300 is not read at its third version")
        }
        if try await store.current(ConformanceDocument.self, ids: []) != [] {
            problems.append("reading no identifiers gave documents")
        }
        return problems
    }

    static let batchConflict: Body = { store in
        var problems: [String] = []
        var first = document(1)
        _ = try await store.save(first, expecting: .new, provenance: provenance(0))
        first.status = "stale"
        let fresh = document(2)
        do {
            _ = try await store.save(
                [DocumentWrite(fresh, expecting: .new), DocumentWrite(first, expecting: .new)],
                provenance: provenance(1))
            problems.append("a batch with a stale write was accepted")
        } catch let error as StoreError {
            guard case .conflict = error else { return ["the batch failed with \(error), not a conflict"] }
        }
        if try await store.current(ConformanceDocument.self, id: fresh.id) != nil {
            problems.append("the refused batch saved its valid write")
        }
        if try await store.history(of: ConformanceDocument.self, id: first.id)?.versions.count != 1 {
            problems.append("the refused batch changed the stale document")
        }
        if try await !store.list(ConformanceDocument.self, matching: .init(keys: [IndexKey("status", "stale")]))
            .isEmpty
        {
            problems.append("the refused batch changed the index")
        }
        return problems
    }

    static let batchDuplicate: Body = { store in
        let doc = document(1)
        do {
            _ = try await store.save(
                [DocumentWrite(doc, expecting: .new), DocumentWrite(doc, expecting: .new)], provenance: provenance(0))
            return ["a batch saving one document twice was accepted"]
        } catch let error as StoreError {
            guard case .invalid = error else { return ["failed with \(error), not invalid"] }
        }
        return try await store.current(ConformanceDocument.self, id: doc.id) == nil
            ? [] : ["the refused batch saved the document"]
    }

    /// Counts progress callbacks from whatever context the store calls them in.
    final class ProgressCounter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func record(_ done: Int) { lock.withLock { value = done } }
        var last: Int { lock.withLock { value } }
    }

    static let kinds: Body = { store in
        let doc = document(1)
        _ = try await store.save(doc, expecting: .new, provenance: provenance(0))
        let other = OtherKindDocument(id: doc.id, text: "same id, other kind")
        let saved = try await store.save(other, expecting: .new, provenance: provenance(1))
        var problems: [String] = []
        if saved.number != 1 { problems.append("the other kind continued the first kind's versions") }
        if try await store.current(ConformanceDocument.self, id: doc.id)?.document != doc {
            problems.append("saving another kind changed the first")
        }
        if try await store.list(OtherKindDocument.self, matching: .all).count != 1 {
            problems.append("kinds mixed in lists")
        }
        return problems
    }

    static let auditLog: Body = { store in
        var problems: [String] = []
        let ids = SequentialIdentifierSource(seed: 77)
        let nurse = Accessor(role: .teamNurse, organisation: .init(rawValue: ids.nextUUID()))
        let staff = Accessor(role: .facilityStaff, organisation: .init(rawValue: ids.nextUUID()))
        for n in 0..<6 {
            try await store.appendAudit(
                AuditEntry(
                    id: .init(using: ids), instant: start.adding(seconds: Double(n)),
                    accessor: n % 2 == 0 ? nurse : staff,
                    action: .read, documentKind: ConformanceDocument.documentKind, documentID: "doc\(n % 3)",
                    version: 1, subject: AccessSubject(residentKey: "r\(n % 2)"),
                    outcome: n == 5
                        ? .denied([
                            AccessDenial(role: .facilityStaff, group: .diagnoses, operation: .read, missing: "consent")
                        ])
                        : .allowed(bases: [.consent(reference: "c1")], groups: [.socialSupport])))
        }
        let all = try await store.auditEntries(matching: .all)
        if all.count != 6 { problems.append("read back \(all.count) of 6 entries") }
        if all.map(\.instant) != all.map(\.instant).sorted() { problems.append("entries not oldest first") }
        if try await store.auditEntries(matching: AuditQuery(subject: AccessSubject(residentKey: "r1"))).count != 3 {
            problems.append("query by subject wrong")
        }
        if try await store.auditEntries(matching: AuditQuery(organisation: nurse.organisation)).count != 3 {
            problems.append("query by organisation wrong")
        }
        if try await store.auditEntries(matching: AuditQuery(documentID: "doc0", from: start.adding(seconds: 1))).count
            != 1
        {
            problems.append("query by document and time wrong")
        }
        if all.last?.wasAllowed != false { problems.append("denial not kept") }
        return problems
    }

    static let concurrentSameDocument: Body = { store in
        let doc = document(1)
        _ = try await store.save(doc, expecting: .new, provenance: provenance(0))
        let outcomes = await withTaskGroup(of: Bool.self) { group in
            for n in 0..<16 {
                group.addTask {
                    var changed = doc
                    changed.status = "writer \(n)"
                    return (try? await store.save(changed, expecting: .version(1), provenance: provenance(1))) != nil
                }
            }
            var results: [Bool] = []
            for await result in group { results.append(result) }
            return results
        }
        var problems: [String] = []
        let winners = outcomes.filter { $0 }.count
        if winners != 1 { problems.append("\(winners) of 16 writers of version 2 succeeded") }
        let count = try await store.history(of: ConformanceDocument.self, id: doc.id)?.versions.count
        if count != 2 { problems.append("history has \(count ?? 0) versions, expected 2") }
        return problems
    }

    static let concurrentManyDocuments: Body = { store in
        try await withThrowingTaskGroup(of: Void.self) { group in
            for task in UInt64(0)..<8 {
                group.addTask {
                    for n in UInt64(0)..<25 {
                        var doc = document(task * 1_000 + n, resident: "r\(task)")
                        _ = try await store.save(doc, expecting: .new, provenance: provenance(0))
                        doc.status = "closed"
                        _ = try await store.save(doc, expecting: .version(1), provenance: provenance(1))
                    }
                }
            }
            try await group.waitForAll()
        }
        var problems: [String] = []
        let listed = try await store.list(ConformanceDocument.self, matching: .all)
        if listed.count != 200 { problems.append("listed \(listed.count) of 200 documents") }
        if !listed.allSatisfy({ $0.number == 2 && $0.document.status == "closed" }) {
            problems.append("not every document reached version 2")
        }
        if try await store.list(ConformanceDocument.self, matching: .key("resident", FacilityKey("r3"))).count != 25 {
            problems.append("index lost entries under concurrency")
        }
        return problems
    }

    /// Writers and readers on a few documents in a seeded random order; each writer retries on conflict. Afterwards
    /// every history must be whole: numbered 1…n, n − 1 successful updates plus the create, and every version a
    /// writer was told it saved must be in the history unchanged.
    static func randomInterleavings(_ store: any DocumentStore, seed: UInt64) async throws -> [String] {
        let documents = (UInt64(1)...4).map { document($0) }
        for doc in documents { _ = try await store.save(doc, expecting: .new, provenance: provenance(0)) }
        let acknowledged = try await withThrowingTaskGroup(of: [Revision<ConformanceDocument>].self) { group in
            for task in UInt64(0)..<6 {
                group.addTask {
                    var random = SplitMix(seed: seed &+ task &* 0x9E37_79B9)
                    var saved: [Revision<ConformanceDocument>] = []
                    for step in 0..<30 {
                        let target = documents[Int(random.next() % UInt64(documents.count))].id
                        if random.next() % 3 == 0 {
                            _ = try await store.current(ConformanceDocument.self, id: target)
                            continue
                        }
                        while true {
                            guard let current = try await store.current(ConformanceDocument.self, id: target) else {
                                throw StoreError.notFound(kind: ConformanceDocument.documentKind, id: target.storageKey)
                            }
                            var changed = current.document
                            changed.socialNotes.append("task \(task) step \(step)")
                            do {
                                saved.append(
                                    try await store.save(
                                        changed, expecting: .version(current.number),
                                        provenance: provenance(Double(1 + current.number))))
                                break
                            } catch let error as StoreError {
                                guard case .conflict = error else { throw error }
                            }
                        }
                    }
                    return saved
                }
            }
            var all: [Revision<ConformanceDocument>] = []
            for try await saved in group { all += saved }
            return all
        }
        var problems: [String] = []
        for doc in documents {
            guard let history = try await store.history(of: ConformanceDocument.self, id: doc.id) else {
                problems.append("history of a document vanished")
                continue
            }
            let mine = acknowledged.filter { $0.document.id == doc.id }
            if history.versions.count != mine.count + 1 {
                problems.append("history has \(history.versions.count) versions for \(mine.count) updates")
            }
            for revision in mine where history.version(revision.number) != revision {
                problems.append("acknowledged version \(revision.number) is not in the history as saved")
            }
        }
        return problems
    }
}

/// A small, fast, seedable random number generator (SplitMix64): the one generator behind every deterministic
/// fixture, synthetic data set and property test in `BrobyggerTesting`.
public struct SplitMix: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates a generator from a seed.
    public init(seed: UInt64) {
        self.state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension StoreConformance {
    /// A store and a way to open the same data again, as a new process would.
    public typealias Reopenable = (store: any DocumentStore, reopen: @Sendable () async throws -> any DocumentStore)

    /// Runs the checks a persistent store must pass across closing and reopening: histories with their provenance,
    /// index keys and periods, whole batches and the audit log are all there after reopening, and optimistic
    /// concurrency goes on from the reopened versions. Run it beside ``run(seed:makeStore:)``.
    ///
    /// ```swift
    /// @Test func myStoreReopens() async {
    ///     let report = await StoreConformance.runReopening {
    ///         let database = try makeTestDatabase()
    ///         return (try await MyPostgresStore(connection: database), { try await MyPostgresStore(connection: database) })
    ///     }
    ///     #expect(report.passed, "\(report)")
    /// }
    /// ```
    ///
    /// - Parameter makeStore: Makes a fresh, empty store and a closure that opens its data again (closing or
    ///   releasing the first instance as the store requires).
    public static func runReopening(makeStore: @Sendable () async throws -> Reopenable) async
        -> StoreConformanceReport
    {
        var checks: [StoreConformanceReport.Check] = []
        for (name, body) in reopeningSuite {
            var problems: [String] = []
            do {
                let made = try await makeStore()
                problems = try await body(made.store, made.reopen)
            } catch {
                problems = ["threw \(error)"]
            }
            checks.append(.init(name: name, problems: problems))
        }
        return StoreConformanceReport(checks: checks)
    }

    typealias ReopeningBody =
        @Sendable (any DocumentStore, @Sendable () async throws -> any DocumentStore) async throws -> [String]

    static let reopeningSuite: [(String, ReopeningBody)] = [
        ("histories, provenance, keys and periods survive reopening", reopenedHistories),
        ("a batch is whole after reopening", reopenedBatch),
        ("the audit log survives reopening", reopenedAudit),
        ("optimistic concurrency goes on after reopening", reopenedConcurrency),
    ]

    static let reopenedHistories: ReopeningBody = { store, reopen in
        var problems: [String] = []
        var doc = document(1, facility: "f1")
        doc.period = try DayRange(
            start: CalendarDate(year: 2025, month: 1, day: 1), end: CalendarDate(year: 2025, month: 6, day: 30))
        _ = try await store.save(doc, expecting: .new, provenance: provenance(0, "created"))
        doc.facility = "f2"
        _ = try await store.save(doc, expecting: .version(1), provenance: provenance(1, "moved"))
        let before = try await store.history(of: ConformanceDocument.self, id: doc.id)
        let reopened = try await reopen()
        let after = try await reopened.history(of: ConformanceDocument.self, id: doc.id)
        if after?.versions != before?.versions { problems.append("the history differs after reopening") }
        if after?.versions.map(\.provenance.reason) != ["created", "moved"] { problems.append("provenance lost") }
        let inF2 = try await reopened.list(
            ConformanceDocument.self, matching: DocumentQuery(keys: [IndexKey("facility", "f2")]))
        if inF2.map(\.document.id) != [doc.id] { problems.append("index keys not rebuilt: \(inF2.count) in f2") }
        let inF1 = try await reopened.list(
            ConformanceDocument.self, matching: DocumentQuery(keys: [IndexKey("facility", "f1")]))
        if !inF1.isEmpty { problems.append("an old version's index key still matches") }
        let inPeriod = try await reopened.list(
            ConformanceDocument.self,
            matching: DocumentQuery(overlapping: try DayRange(start: CalendarDate(year: 2025, month: 3, day: 1))))
        if inPeriod.count != 1 { problems.append("period lost: \(inPeriod.count) documents overlap March 2025") }
        return problems
    }

    static let reopenedBatch: ReopeningBody = { store, reopen in
        var problems: [String] = []
        _ = try await store.save(document(1), expecting: .new, provenance: provenance(0))
        let documents = [document(1, status: "closed"), document(2), document(3)]
        let writes = zip(documents, [1, 0, 0]).map { DocumentWrite($0, expecting: $1 == 0 ? .new : .version($1)) }
        _ = try await store.save(writes, provenance: provenance(1, "batch"))
        let reopened = try await reopen()
        let listed = try await reopened.list(ConformanceDocument.self, matching: .all)
        if listed.count != 3 || listed.map(\.number).sorted() != [1, 1, 2] {
            problems.append("the batch is not whole: versions \(listed.map(\.number))")
        }
        for document in documents {
            let current = try await reopened.current(ConformanceDocument.self, id: document.id)
            if current?.document != document { problems.append("a batch's document differs after reopening") }
            if current?.provenance.reason != "batch" { problems.append("a batch's provenance differs after reopening") }
        }
        return problems
    }

    static let reopenedAudit: ReopeningBody = { store, reopen in
        var problems: [String] = []
        let entry = AuditEntry(
            id: .init(rawValue: SequentialIdentifierSource.uuid(seed: 98, value: 1)), instant: start,
            accessor: Accessor(role: .teamNurse), action: .read, documentKind: ConformanceDocument.documentKind,
            documentID: document(1).id.storageKey, version: 1, subject: AccessSubject(residentKey: "r1"),
            outcome: .allowed(bases: [], groups: [.diagnoses]))
        try await store.appendAudit(entry)
        let reopened = try await reopen()
        if try await !reopened.auditEntries(matching: .all).contains(entry) {
            problems.append("an audit entry is lost after reopening")
        }
        return problems
    }

    static let reopenedConcurrency: ReopeningBody = { store, reopen in
        var problems: [String] = []
        var doc = document(1)
        _ = try await store.save(doc, expecting: .new, provenance: provenance(0))
        doc.status = "closed"
        _ = try await store.save(doc, expecting: .version(1), provenance: provenance(1))
        let reopened = try await reopen()
        do {
            _ = try await reopened.save(doc, expecting: .version(1), provenance: provenance(2))
            problems.append("a stale save after reopening was accepted")
        } catch {
            if case .conflict = error as? StoreError {
            } else {
                problems.append("a stale save after reopening threw \(error), not a conflict")
            }
        }
        let saved = try await reopened.save(doc, expecting: .version(2), provenance: provenance(3))
        if saved.number != 3 { problems.append("the next version after reopening is numbered \(saved.number)") }
        return problems
    }
}
