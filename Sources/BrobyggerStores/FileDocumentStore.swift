import BrobyggerCore
import Foundation

/// A document store in a directory of JSON files: the `brobygger` tool's default store, and a simple embedded
/// store for services that need no database.
///
/// Layout:
/// ```
/// <directory>/
///   brobygger-store.json              format marker
///   .writer.lock                      held (flock) by the one process that may write
///   documents/<kind>/<key>/000001.json  one immutable file per version
///   audit/audit.jsonl                 append-only audit log, one JSON entry per line
///   documents/.batch-journal.json     only while a batch is being renamed into place
/// ```
///
/// Durability: each version is written to a temporary file, flushed, and renamed into place, and the directory is
/// flushed; a version file is never rewritten. A crash or kill during a write leaves the last committed version
/// intact and at most a temporary file, which the next writer removes on opening. A torn last line of the audit log
/// (a crash mid-append) is ignored and cut off. Only one process may open the store for writing; a second gets
/// `StoreError/locked(path:)`. A batch (`save(_:provenance:progress:)`) is all or none across a crash: see there.
/// Any number may open it read-only, each seeing the store as it was when opened.
public actor FileDocumentStore: DocumentStore {
    /// How the store is opened.
    public enum Mode: Sendable, Hashable {
        /// Reads and writes; takes the writer lock and recovers from an interrupted write.
        case readWrite
        /// Reads a snapshot taken at opening; takes no lock and changes nothing.
        case readOnly
    }

    /// What opening the store found and cleaned up.
    public struct Recovery: Sendable, Hashable {
        /// Temporary files of interrupted writes that were removed (read-write) or ignored (read-only).
        public var interruptedWrites: Int
        /// Whether a torn last audit line was found (and cut off when read-write).
        public var tornAuditLine: Bool
    }

    private struct Envelope<Document: Codable>: Codable {
        var number: Int
        var provenance: Provenance
        var keys: [IndexKey]
        var period: DayRange?
        var document: Document
    }

    private struct Header: Decodable {
        var number: Int
        var provenance: Provenance
        var keys: [IndexKey]
        var period: DayRange?
    }

    private struct FormatMarker: Codable {
        var format: Int
    }

    /// The on-disk format this version reads and writes.
    public static let formatVersion = 1

    /// The store's directory.
    public nonisolated let directory: String
    /// How it was opened.
    public nonisolated let mode: Mode
    /// What opening found.
    public nonisolated let recovery: Recovery

    private var lockDescriptor: Int32?
    private var auditDescriptor: Int32?
    private var index: DocumentIndex
    private let encoder: JSONEncoder
    private let decoder = JSONDecoder()

    /// Opens (and, read-write, creates) the store in `directory`.
    ///
    /// - Throws: `StoreError/locked(path:)` when another process writes to it; `StoreError/corrupted(path:reason:)`
    ///   when committed data is damaged (a version missing from a sequence, an unreadable version); `StoreError/io(path:reason:)`.
    ///
    /// - Parameters:
    ///   - directory: The store's directory.
    ///   - mode: Read-write (default) or read-only.
    ///   - lockPatience: How long, in seconds, to wait for the writer lock before failing with `locked`
    ///     (default 1 second).
    public init(directory: String, mode: Mode = .readWrite, lockPatience: Double = 1) throws(StoreError) {
        self.directory = directory
        self.mode = mode
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        self.encoder = encoder
        let marker = directory + "/brobygger-store.json"
        if mode == .readWrite {
            try POSIXFile.makeDirectory(directory + "/documents")
            try POSIXFile.makeDirectory(directory + "/audit")
            lockDescriptor = try POSIXFile.lockExclusively(directory + "/.writer.lock", patience: lockPatience)
        } else {
            guard POSIXFile.exists(marker) else {
                throw .io(path: directory, reason: "no Brobygger store here")
            }
            lockDescriptor = nil
        }
        do throws(StoreError) {
            if POSIXFile.exists(marker) {
                let found = try? JSONDecoder().decode(FormatMarker.self, from: POSIXFile.read(marker))
                guard found?.format == Self.formatVersion else {
                    throw .corrupted(path: marker, reason: "unsupported store format")
                }
            } else {
                try POSIXFile.writeAtomically(
                    Data(#"{"format":\#(Self.formatVersion)}"#.utf8), to: marker, in: directory)
            }
            var interrupted = 0
            var index = DocumentIndex()
            let documents = directory + "/documents"
            let pendingBatch = try BatchJournal.recover(in: documents, rollForward: mode == .readWrite)
            for kindName in try POSIXFile.contents(of: documents).sorted() where !kindName.hasPrefix(".") {
                let kind = DocumentKind(rawValue: kindName)
                let kindPath = documents + "/" + kindName
                for key in try POSIXFile.contents(of: kindPath) {
                    if key.hasPrefix(".tmp-") {
                        interrupted += 1
                        if mode == .readWrite { POSIXFile.remove(kindPath + "/" + key) }
                        continue
                    }
                    guard !key.hasPrefix(".") else { continue }
                    let keyPath = kindPath + "/" + key
                    var numbers: [Int] = []
                    for file in try POSIXFile.contents(of: keyPath) {
                        if file.hasPrefix(".tmp-") {
                            interrupted += 1
                            if mode == .readWrite { POSIXFile.remove(keyPath + "/" + file) }
                        } else if pendingBatch.contains(keyPath + "/" + file) {
                            continue
                        } else if file.hasSuffix(".json"), let number = Int(file.dropLast(5)) {
                            numbers.append(number)
                        }
                    }
                    guard !numbers.isEmpty else { continue }
                    numbers.sort()
                    guard numbers == Array(1...numbers.count) else {
                        throw .corrupted(path: keyPath, reason: "versions are not numbered 1…\(numbers.count)")
                    }
                    let lastPath = keyPath + "/" + Self.fileName(numbers.count)
                    let header: Header
                    do {
                        header = try JSONDecoder().decode(Header.self, from: POSIXFile.read(lastPath))
                    } catch {
                        throw .corrupted(path: lastPath, reason: "unreadable version: \(error)")
                    }
                    guard header.number == numbers.count else {
                        throw .corrupted(path: lastPath, reason: "file holds version \(header.number)")
                    }
                    index.record(
                        kind, key,
                        .init(
                            versions: numbers.count, keys: header.keys, period: header.period,
                            lastInstant: header.provenance.instant))
                }
            }
            self.index = index
            let auditPath = directory + "/audit/audit.jsonl"
            var torn = false
            if let data = FileManager.default.contents(atPath: auditPath), let last = data.last, last != 10 {
                torn = true
                if mode == .readWrite {
                    let keep = data.lastIndex(of: 10).map { $0 + 1 } ?? 0
                    try POSIXFile.truncateFile(auditPath, to: keep)
                }
            }
            auditDescriptor = mode == .readWrite ? try POSIXFile.openForAppend(auditPath) : nil
            recovery = Recovery(interruptedWrites: interrupted, tornAuditLine: torn)
        } catch {
            if let lockDescriptor { POSIXFile.closeDescriptor(lockDescriptor) }
            throw error
        }
    }

    /// Releases the writer lock and the audit log; the store can still be read, and another process may now open it
    /// for writing. Saving afterwards throws `StoreError.closed`. Closing twice does nothing.
    public func close() {
        if let auditDescriptor { POSIXFile.closeDescriptor(auditDescriptor) }
        if let lockDescriptor { POSIXFile.closeDescriptor(lockDescriptor) }
        auditDescriptor = nil
        lockDescriptor = nil
        isClosed = true
    }

    private var isClosed = false

    deinit {
        if let auditDescriptor { POSIXFile.closeDescriptor(auditDescriptor) }
        if let lockDescriptor { POSIXFile.closeDescriptor(lockDescriptor) }
    }

    private static func fileName(_ number: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, 6 - digits.count)) + digits + ".json"
    }

    private func path(_ kind: DocumentKind, _ key: String, _ number: Int? = nil) -> String {
        let base = directory + "/documents/" + kind.rawValue + "/" + key
        return number.map { base + "/" + Self.fileName($0) } ?? base
    }

    private func readRevision<Document: StorableDocument>(_ type: Document.Type, key: String, number: Int)
        throws(StoreError) -> Revision<Document>
    {
        let file = path(Document.documentKind, key, number)
        let data = try POSIXFile.read(file)
        do {
            let envelope = try decoder.decode(Envelope<Document>.self, from: data)
            return try Revision(number: envelope.number, document: envelope.document, provenance: envelope.provenance)
        } catch {
            throw .coding(kind: Document.documentKind, id: key, reason: "\(file): \(error)")
        }
    }

    /// The number of documents of a kind.
    public func count(of kind: DocumentKind) -> Int { index.count(of: kind) }

    /// The current version of a document.
    public func current<Document: StorableDocument>(_ type: Document.Type, id: Document.ID) async throws(StoreError)
        -> Revision<Document>?
    {
        guard let entry = index.entry(Document.documentKind, id.storageKey) else { return nil }
        return try readRevision(type, key: id.storageKey, number: entry.versions)
    }

    /// Every version of a document.
    public func history<Document: StorableDocument>(of type: Document.Type, id: Document.ID) async throws(StoreError)
        -> RevisionHistory<Document>?
    {
        guard let entry = index.entry(Document.documentKind, id.storageKey) else { return nil }
        var versions: [Revision<Document>] = []
        for number in 1...entry.versions {
            versions.append(try readRevision(type, key: id.storageKey, number: number))
        }
        do {
            return try RevisionHistory(versions: versions)
        } catch {
            throw .corrupted(path: path(Document.documentKind, id.storageKey), reason: error.description)
        }
    }

    /// The current versions matching a query, ordered by storage key.
    public func list<Document: StorableDocument>(_ type: Document.Type, matching query: DocumentQuery)
        async throws(StoreError) -> [Revision<Document>]
    {
        var revisions: [Revision<Document>] = []
        for (key, entry) in index.matches(Document.documentKind, query) {
            revisions.append(try readRevision(type, key: key, number: entry.versions))
        }
        return revisions
    }

    /// Saves a new version if the current one is the expected one.
    public func save<Document: StorableDocument>(
        _ document: Document, expecting expected: ExpectedVersion, provenance: Provenance
    ) async throws(StoreError) -> Revision<Document> {
        guard mode == .readWrite else { throw .readOnly }
        guard !isClosed else { throw .closed }
        let kind = Document.documentKind
        let key = document.id.storageKey
        let number = try index.checkSave(kind, key, expecting: expected, at: provenance.instant)
        let keys = document.indexKeys
        let envelope = Envelope(
            number: number, provenance: provenance, keys: keys, period: document.indexPeriod, document: document)
        let data: Data
        do {
            data = try encoder.encode(envelope)
        } catch {
            throw .coding(kind: kind, id: key, reason: "\(error)")
        }
        let folder = path(kind, key)
        if number == 1 { try POSIXFile.makeDirectory(folder) }
        try POSIXFile.writeAtomically(data, to: path(kind, key, number), in: folder)
        index.record(
            kind, key,
            .init(versions: number, keys: keys, period: document.indexPeriod, lastInstant: provenance.instant))
        do {
            return try Revision(number: number, document: document, provenance: provenance)
        } catch {
            throw .invalid(error)
        }
    }

    /// Saves a batch of documents, all or none, also across a crash.
    ///
    /// Every expected version is checked and every version encoded and written to a temporary file first; then the
    /// file system is flushed once, a journal naming the batch's renames is committed, the files are renamed into
    /// place, the file system is flushed again and the journal removed. A crash before the journal is committed
    /// leaves only temporary files (removed on the next opening); a crash after it is rolled forward on the next
    /// read-write opening. A store opened read-only while a journal is pending does not see the batch.
    public func save(_ writes: [DocumentWrite], provenance: Provenance, progress: (@Sendable (Int) -> Void)?)
        async throws(StoreError) -> [Int]
    {
        guard mode == .readWrite else { throw .readOnly }
        guard !isClosed else { throw .closed }
        try DocumentWrite.checkDistinct(writes)
        var numbers: [Int] = []
        numbers.reserveCapacity(writes.count)
        for write in writes {
            numbers.append(
                try index.checkSave(write.kind, write.key, expecting: write.expected, at: provenance.instant))
        }
        var staged: [BatchJournal.Rename] = []
        var entries: [DocumentIndex.Entry] = []
        staged.reserveCapacity(writes.count)
        entries.reserveCapacity(writes.count)
        let batch = UUID().uuidString
        do throws(StoreError) {
            for (offset, write) in writes.enumerated() {
                let number = numbers[offset]
                let (data, entry) = try encodeVersion(write.document, number: number, provenance: provenance)
                let folder = path(write.kind, write.key)
                if number == 1 { try POSIXFile.makeDirectory(folder) }
                let temporary = folder + "/.tmp-" + batch + "-" + String(offset)
                try POSIXFile.writeNewFile(data, at: temporary, sync: !POSIXFile.canSyncFileSystem)
                staged.append(.init(from: temporary, to: path(write.kind, write.key, number)))
                entries.append(entry)
                progress?(offset + 1)
            }
            try POSIXFile.syncFileSystem(of: directory)
            let journal = BatchJournal(renames: staged)
            let journalData: Data
            do {
                journalData = try encoder.encode(journal)
            } catch {
                throw .coding(kind: "batch", id: batch, reason: "\(error)")
            }
            try POSIXFile.writeAtomically(journalData, to: journalPath, in: directory + "/documents")
        } catch {
            for rename in staged { POSIXFile.remove(rename.from) }
            throw error
        }
        // The journal is committed: from here the batch happens, now or at the next opening.
        for (offset, rename) in staged.enumerated() {
            try POSIXFile.renameFile(rename.from, to: rename.to)
            index.record(writes[offset].kind, writes[offset].key, entries[offset])
        }
        try POSIXFile.syncFileSystem(of: directory)
        POSIXFile.remove(journalPath)
        try POSIXFile.syncDirectory(directory + "/documents")
        return numbers
    }

    private var journalPath: String { directory + "/documents/" + BatchJournal.fileName }

    private func encodeVersion<Document: StorableDocument>(
        _ document: Document, number: Int, provenance: Provenance
    ) throws(StoreError) -> (Data, DocumentIndex.Entry) {
        let keys = document.indexKeys
        let envelope = Envelope(
            number: number, provenance: provenance, keys: keys, period: document.indexPeriod, document: document)
        do {
            let data = try encoder.encode(envelope)
            return (
                data,
                DocumentIndex.Entry(
                    versions: number, keys: keys, period: document.indexPeriod, lastInstant: provenance.instant)
            )
        } catch {
            throw .coding(kind: Document.documentKind, id: document.id.storageKey, reason: "\(error)")
        }
    }

    /// Appends an audit entry and flushes it to disk.
    public func appendAudit(_ entry: AuditEntry) async throws(StoreError) {
        guard !isClosed else { throw .closed }
        guard let auditDescriptor else { throw .readOnly }
        var data: Data
        do {
            data = try encoder.encode(entry)
        } catch {
            throw .coding(kind: "audit", id: entry.id.storageKey, reason: "\(error)")
        }
        data.append(10)
        let auditPath = directory + "/audit/audit.jsonl"
        try POSIXFile.writeAll(data, to: auditDescriptor, path: auditPath)
        try POSIXFile.sync(auditDescriptor, path: auditPath)
    }

    /// The audit entries matching a query, oldest first. A torn last line is ignored.
    public func auditEntries(matching query: AuditQuery) async throws(StoreError) -> [AuditEntry] {
        let auditPath = directory + "/audit/audit.jsonl"
        guard let data = FileManager.default.contents(atPath: auditPath) else { return [] }
        var entries: [AuditEntry] = []
        var start = data.startIndex
        while let end = data[start...].firstIndex(of: 10) {
            let line = data[start..<end]
            start = end + 1
            guard !line.isEmpty else { continue }
            do {
                let entry = try decoder.decode(AuditEntry.self, from: line)
                if query.matches(entry) { entries.append(entry) }
            } catch {
                throw .corrupted(path: auditPath, reason: "unreadable audit entry: \(error)")
            }
        }
        return entries
    }
}
