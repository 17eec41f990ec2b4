import BrobyggerCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A document store in a directory: the `brobygger` tool's default store, and an embedded store for services that
/// need no database.
///
/// Layout (format 2):
/// ```
/// <directory>/
///   brobygger-store.json   format marker: {"format":2}
///   .writer.lock           held (flock) by the one process that may write
///   documents.dat          every version's document (binary, see below; JSON before), appended, never rewritten
///   versions.log           every version's kind, key, number, index keys, period and place in documents.dat,
///                          in batches, each closed by a commit record (see below)
///   head                   the length of the log and of documents.dat as of the last commit
///   index.checkpoint       the whole index as of one commit (optional; see ``checkpoint()``)
///   audit.jsonl            append-only audit log, one JSON entry per line
/// ```
///
/// Opening reads the index checkpoint and only the part of `versions.log` written after it (the whole log when
/// there is no usable checkpoint), and no document; a document is read and decoded when it is asked for, and its
/// CRC-32 checked then. A checkpoint is written by a writer whenever the log has grown past the newest one by a
/// quarter of its size (at least 256 KiB), replacing it atomically; a torn, damaged or foreign checkpoint is ignored
/// (``Recovery/ignoredCheckpoint``) and the log read whole, so a checkpoint can never lose or invent a version.
///
/// Documents are stored in a compact binary encoding of their `Codable` conformance (tag byte `0xB2`: a key table,
/// lengths up front, identifiers, instants and dates as numbers, no text), decoded
/// through the same throwing initialisers as JSON, so every invariant is checked on reading; a document whose
/// conformance the binary encoder cannot follow is stored as JSON. Each document says which it is by its first byte,
/// so stores written before (JSON documents, or binary ones with tag `0xB1`) are read as they are, and their new
/// versions are written in today's encoding. Every name is opened relative to the store's directory
/// without following symbolic links, and every file must be a regular file; no path is ever stored in a file, so a
/// store can be moved or copied (even mid-batch) and opened from any working directory.
///
/// Commit protocol: a save (one document or a batch) appends the documents to `documents.dat` and flushes it, then
/// appends a batch record, one record per version and a commit record to `versions.log` and flushes it, then
/// records the new lengths in `head`. The batch exists once its commit record is whole on disk; a kill at any
/// moment leaves the store exactly as before or after the batch. Each record carries a CRC-32, so a torn tail (an
/// interrupted batch) is told apart from committed data: it is ignored by readers and cut off by the next writer.
/// Committed data that is missing or damaged (the log or `documents.dat` shorter than `head` says, a version
/// missing from a document's sequence, a document whose checksum does not match) is `StoreError/corrupted(path:reason:)`,
/// never silently rolled back.
///
/// Durability: a save returns once its documents, its log records and the head are flushed to disk (`fdatasync`,
/// in that order, three flushes), so an acknowledged save survives a power loss as well as a kill; the files'
/// names were flushed with the directory when the store was created. A checkpoint is flushed before it is renamed
/// into place and the directory is flushed after. The audit entries of a batch are flushed after the batch is
/// committed: a crash between the two leaves a committed batch without its audit entries, never audit entries for
/// a batch that is not there.
///
/// Readers: any number may open the store read-only, each seeing exactly the batches committed when it opened (a
/// reader reads only what its own reading of the log found committed; files are only ever appended to), also
/// while a writer works. Only one process may open it for writing; a second gets `StoreError/locked(path:)`.
///
/// Audit: every batch save (`save(_:provenance:progress:)`) appends one audit entry per document it writes, by
/// the administrator role, for the batch's author and organisation (the tool's imports go through it). Single saves
/// are not audited by the store: `AccessGateway` audits the saves it makes, with the accessor's role.
///
/// Format 1 (one JSON file per version under `documents/`, written by Brobygger before format 2) is migrated when the
/// store is opened read-write (or with ``migrate(directory:lockPatience:)``), keeping every version with its
/// provenance and the audit log; a read-only opening reads a format-1 store in place.
public actor FileDocumentStore: DocumentStore {
    /// How the store is opened.
    public enum Mode: Sendable, Hashable {
        /// Reads and writes; takes the writer lock, recovers from an interrupted write, migrates format 1.
        case readWrite
        /// Reads a snapshot taken at opening; takes no lock and changes nothing.
        case readOnly
    }

    /// What opening the store found and cleaned up.
    public struct Recovery: Sendable, Hashable {
        /// Interrupted (uncommitted) batches found after the last commit: cut off (read-write) or ignored
        /// (read-only).
        public var interruptedWrites: Int
        /// Whether a torn last audit line was found (and cut off when read-write).
        public var tornAuditLine: Bool
        /// The number of versions migrated from format 1 by this opening (0 when none were).
        public var migratedVersions: Int
        /// Whether an index checkpoint (`index.checkpoint`) was found torn, damaged or not matching the log, so
        /// the log was read whole instead (a read-write opening then writes a new checkpoint).
        public var ignoredCheckpoint: Bool
        /// The number of committed versions read from `versions.log` by this opening: those after the index
        /// checkpoint, or every version when there is no usable checkpoint.
        public var replayedVersions: Int
    }

    private struct FormatMarker: Codable {
        var format: Int
    }

    /// The on-disk format this version writes (it reads format 1 too).
    public static let formatVersion = 2

    /// The store's directory.
    public nonisolated let directory: String
    /// How it was opened.
    public nonisolated let mode: Mode
    /// What opening found.
    public nonisolated let recovery: Recovery

    private let folder: StoreDirectory
    private var lockDescriptor: Int32?
    private var auditDescriptor: Int32?
    private var auditEnd = 0
    private var logDescriptor: Int32?
    private var headDescriptor: Int32?
    private let documentsDescriptor: Int32?
    /// A format-1 store read in place (read-only): the documents, a location's offset indexing them.
    private let formatOneDocuments: [[UInt8]]
    private var index: DocumentIndex
    private var locations: [DocumentKind: [String: [StoreLog.Location]]]
    private var batchProvenance: [[UInt8]]
    private var provenanceCache: [Int: Provenance]
    private var logEnd: Int
    private var documentsEnd: Int
    private var sequence: UInt64
    /// The log's length covered by the newest index checkpoint (the log's start when there is none) and the
    /// checkpoint's size: a new checkpoint is written once the log has grown past it by a quarter of its size.
    private var checkpointLogEnd: Int
    private var checkpointSize: Int
    private var isClosed = false
    private let encoder: JSONEncoder
    private let decoder = JSONDecoder()

    private static let markerName = "brobygger-store.json"
    private static let lockName = ".writer.lock"
    private static let logName = "versions.log"
    private static let documentsName = "documents.dat"
    private static let headName = "head"
    private static let auditName = "audit.jsonl"

    /// Whether `directory` holds a Brobygger store (of any format): its format marker is a regular file there.
    public static func exists(at directory: String) -> Bool {
        var info = stat()
        return lstat(directory + "/" + markerName, &info) == 0 && info.st_mode & mode_t(S_IFMT) == mode_t(S_IFREG)
    }

    /// Migrates the store in `directory` to the current format, if it is older: opens it read-write (which migrates)
    /// and closes it.
    ///
    /// - Returns: The number of versions migrated (0 when the store was already current).
    /// - Throws: As ``init(directory:mode:lockPatience:)``; `StoreError/io(path:reason:)` when there is no store.
    public static func migrate(directory: String, lockPatience: Double = 1) async throws(StoreError) -> Int {
        guard exists(at: directory) else { throw .io(path: directory, reason: "no Brobygger store here") }
        let store = try FileDocumentStore(directory: directory, lockPatience: lockPatience)
        await store.close()
        return store.recovery.migratedVersions
    }

    /// Opens (and, read-write, creates) the store in `directory`.
    ///
    /// - Throws: `StoreError/locked(path:)` when another process writes to it; `StoreError/corrupted(path:reason:)`
    ///   when committed data is damaged or missing, or a file in the store is a symbolic link or not a regular file;
    ///   `StoreError/io(path:reason:)`.
    ///
    /// - Parameters:
    ///   - directory: The store's directory.
    ///   - mode: Read-write (default) or read-only.
    ///   - lockPatience: How long, in seconds, to wait for the writer lock before failing with `locked`
    ///     (default 1 second).
    public init(directory: String, mode: Mode = .readWrite, lockPatience: Double = 1) throws(StoreError) {
        self.directory = directory
        self.mode = mode
        self.encoder = Self.jsonEncoder()
        let folder = try StoreDirectory.open(directory, create: mode == .readWrite)
        self.folder = folder
        var opened: [Int32] = []
        do throws(StoreError) {
            var lock: Int32?
            if mode == .readWrite {
                let descriptor = try folder.openFile(Self.lockName, writing: true, create: true)
                opened.append(descriptor)
                try POSIXFile.lock(descriptor, path: folder.path(Self.lockName), patience: lockPatience)
                lock = descriptor
                // A checkpoint (or marker) write cut off by a kill leaves its temporary file; only a writer makes
                // them, and it holds the lock. Removing a name never follows a link.
                for name in try folder.names() where name.hasPrefix(".tmp-") && folder.type(of: name) == .file {
                    folder.remove(name)
                }
            }
            var format = try Self.format(in: folder)
            var migrated = 0
            if format == nil {
                guard mode == .readWrite else {
                    throw StoreError.io(path: directory, reason: "no Brobygger store here")
                }
                try Self.create(in: folder, versions: [])
                format = 2
            } else if format == 1, mode == .readWrite {
                let versions = try FormatOneReader.read(folder)
                try Self.moveFormatOneAudit(in: folder)
                try Self.create(in: folder, versions: versions)
                try folder.removeTree("documents")
                if folder.type(of: "audit") == .folder { try folder.removeTree("audit") }
                try folder.sync()
                migrated = versions.count
                format = 2
            }
            let state: OpenState
            if format == 1 {
                state = try OpenState(formatOne: FormatOneReader.read(folder), encoder: encoder)
            } else {
                state = try OpenState(folder: folder, writing: mode == .readWrite, opened: &opened)
            }
            let torn = try Self.checkAudit(in: folder, repair: mode == .readWrite)
            if mode == .readWrite {
                let audit = try folder.openFile(Self.auditName, writing: true, create: true)
                opened.append(audit)
                auditDescriptor = audit
                auditEnd = try POSIXFile.size(audit, path: folder.path(Self.auditName))
            } else {
                auditDescriptor = nil
            }
            lockDescriptor = lock
            logDescriptor = state.log
            headDescriptor = state.head
            documentsDescriptor = state.documents
            formatOneDocuments = state.formatOneDocuments
            index = state.index
            locations = state.locations
            batchProvenance = state.batchProvenance
            provenanceCache = state.provenanceCache
            logEnd = state.logEnd
            documentsEnd = state.documentsEnd
            sequence = state.sequence
            checkpointLogEnd = state.checkpointLogEnd
            checkpointSize = state.checkpointSize
            recovery = Recovery(
                interruptedWrites: state.interrupted, tornAuditLine: torn, migratedVersions: migrated,
                ignoredCheckpoint: state.ignoredCheckpoint, replayedVersions: state.replayed)
        } catch {
            for descriptor in opened { POSIXFile.closeDescriptor(descriptor) }
            folder.close()
            throw error
        }
    }

    /// The format named by the store's marker, or `nil` when there is none.
    private static func format(in folder: StoreDirectory) throws(StoreError) -> Int? {
        guard folder.type(of: markerName) != nil else { return nil }
        let bytes = try folder.read(markerName)
        guard let marker = try? JSONDecoder().decode(FormatMarker.self, from: Data(bytes)),
            marker.format == 1 || marker.format == 2
        else {
            throw .corrupted(path: folder.path(markerName), reason: "unsupported store format")
        }
        return marker.format
    }

    /// Writes a new format-2 store holding `versions` (from format 1: every version with its provenance, in
    /// batches of consecutive versions that share a provenance), then its marker, which commits it.
    private static func create(in folder: StoreDirectory, versions: [FormatOneReader.Version]) throws(StoreError) {
        let encoder = jsonEncoder()
        var documents = StoreLog.documentsMagic
        var log = StoreLog.magic
        var sequence: UInt64 = 0
        var start = 0
        while start < versions.count {
            var end = start + 1
            while end < versions.count, versions[end].provenance == versions[start].provenance { end += 1 }
            sequence += 1
            let provenance: [UInt8]
            do {
                provenance = Array(try encoder.encode(versions[start].provenance))
            } catch {
                throw .coding(kind: "provenance", id: versions[start].key, reason: "\(error)")
            }
            StoreLog.frame(
                StoreLog.encode(
                    StoreLog.Batch(
                        sequence: sequence,
                        instantMilliseconds: versions[start].provenance.instant.millisecondsSince1970,
                        count: UInt32(end - start), provenance: provenance)), into: &log)
            for version in versions[start..<end] {
                let location = StoreLog.Location(
                    offset: documents.count, length: version.document.count,
                    checksum: CRC32.checksum(version.document[...]), batch: 0)
                documents.append(contentsOf: version.document)
                StoreLog.frame(
                    StoreLog.encode(
                        StoreLog.Version(
                            location: location, number: version.number, kind: version.kind, key: version.key,
                            period: version.period, keys: version.keys)), into: &log)
            }
            StoreLog.frame(
                StoreLog.encode(
                    StoreLog.Commit(
                        sequence: sequence, documentsEnd: UInt64(documents.count), count: UInt32(end - start))
                ), into: &log)
            start = end
        }
        for (name, bytes) in [(documentsName, documents), (logName, log)] {
            let descriptor = try folder.openFile(name, writing: true, create: true)
            defer { POSIXFile.closeDescriptor(descriptor) }
            try POSIXFile.truncate(descriptor, to: 0, path: folder.path(name))
            try POSIXFile.writeBytes(bytes, to: descriptor, at: 0, path: folder.path(name))
            try POSIXFile.flushData(descriptor, path: folder.path(name))
        }
        let head = try folder.openFile(headName, writing: true, create: true)
        defer { POSIXFile.closeDescriptor(head) }
        try POSIXFile.writeBytes(
            Self.head(logEnd: log.count, documentsEnd: documents.count, sequence: sequence), to: head, at: 0,
            path: folder.path(headName))
        try POSIXFile.flushData(head, path: folder.path(headName))
        try folder.sync()
        try folder.writeAtomically(Array(#"{"format":2}"#.utf8), to: markerName)
    }

    /// Moves a format-1 audit log (`audit/audit.jsonl`) to format 2's place, unless one is there already.
    private static func moveFormatOneAudit(in folder: StoreDirectory) throws(StoreError) {
        guard let type = folder.type(of: "audit") else { return }
        guard type == .folder else {
            throw .corrupted(path: folder.path("audit"), reason: "is not a folder (a symbolic link?)")
        }
        let audit = try folder.openFolder("audit")
        defer { audit.close() }
        if let file = audit.type(of: auditName), folder.type(of: auditName) == nil {
            guard file == .file else { throw .corrupted(path: audit.path(auditName), reason: "is not a regular file") }
            guard renameat(audit.descriptor, auditName, folder.descriptor, auditName) == 0 else {
                throw .io(path: audit.path(auditName), reason: POSIXFile.errorText())
            }
            try folder.sync()
        }
    }

    /// Checks the audit log's last line; cuts a torn one off when `repair` is set.
    private static func checkAudit(in folder: StoreDirectory, repair: Bool) throws(StoreError) -> Bool {
        guard folder.type(of: auditName) != nil else { return false }
        let descriptor = try folder.openFile(auditName, writing: repair, create: false)
        defer { POSIXFile.closeDescriptor(descriptor) }
        let path = folder.path(auditName)
        let size = try POSIXFile.size(descriptor, path: path)
        guard size > 0, try POSIXFile.readBytes(descriptor, at: size - 1, count: 1, path: path, exact: true) != [10]
        else {
            return false
        }
        if repair {
            // Search back for the last whole line, a block at a time.
            var end = size
            var keep = 0
            while end > 0 {
                let start = max(0, end - 65_536)
                let block = try POSIXFile.readBytes(descriptor, at: start, count: end - start, path: path, exact: true)
                if let newline = block.lastIndex(of: 10) {
                    keep = start + newline + 1
                    break
                }
                end = start
            }
            try POSIXFile.truncate(descriptor, to: keep, path: path)
        }
        return true
    }

    fileprivate static func head(logEnd: Int, documentsEnd: Int, sequence: UInt64) -> [UInt8] {
        var writer = ByteWriter()
        writer.bytes = StoreLog.headMagic
        writer.u64(UInt64(logEnd))
        writer.u64(UInt64(documentsEnd))
        writer.u64(sequence)
        writer.u32(CRC32.checksum(writer.bytes[...]))
        return writer.bytes
    }

    /// The smallest stretch of log, in bytes, after the newest checkpoint that is worth a new one: below it, reading
    /// the stretch on opening costs less than writing a checkpoint.
    static let checkpointMinimumTail = 262_144

    /// Whether the log after the newest checkpoint has grown enough for a new one: by at least
    /// ``checkpointMinimumTail`` bytes and a quarter of the checkpoint's size, so that writing checkpoints costs a
    /// few bytes per byte of log, and opening never reads more than that stretch of the log.
    fileprivate static func checkpointIsDue(logEnd: Int, covered: Int, size: Int) -> Bool {
        logEnd - covered >= max(checkpointMinimumTail, size / 4)
    }

    /// The stretch of the log a checkpoint is tied to: its last bytes (at most 64 KiB, so the last batch's records
    /// with their provenance and document checksums) up to `logEnd`, which must end with a whole commit record.
    ///
    /// - Returns: The stretch's CRC-32, and the commit record's sequence number and end of `documents.dat`; `nil`
    ///   when the log is shorter or does not end there with a commit record.
    fileprivate static func logTail(_ log: Int32, end logEnd: Int, path: String) throws(StoreError)
        -> (checksum: UInt32, sequence: UInt64, documentsEnd: Int)?
    {
        let length = IndexCheckpoint.commitRecordLength
        guard logEnd >= StoreLog.magic.count + length, try POSIXFile.size(log, path: path) >= logEnd else {
            return nil
        }
        let start = max(StoreLog.magic.count, logEnd - IndexCheckpoint.tailLength)
        let bytes = try POSIXFile.readBytes(log, at: start, count: logEnd - start, path: path, exact: true)
        return bytes.withUnsafeBytes { buffer -> (checksum: UInt32, sequence: UInt64, documentsEnd: Int)? in
            guard
                case (.commit(let commit), buffer.count)? = StoreLog.record(
                    in: buffer, at: buffer.count - length, batch: 0)
            else { return nil }
            return (CRC32.checksum(buffer), commit.sequence, Int(commit.documentsEnd))
        }
    }

    /// Writes the index checkpoint of everything up to the commit record ending at `logEnd` (see
    /// ``IndexCheckpoint``): a new file, flushed, renamed over the old one, the directory flushed.
    ///
    /// - Returns: The checkpoint's size in bytes.
    fileprivate static func writeCheckpoint(
        in folder: StoreDirectory, log: Int32, logEnd: Int, documentsEnd: Int, sequence: UInt64,
        batchProvenance: [[UInt8]], index: DocumentIndex, locations: [DocumentKind: [String: [StoreLog.Location]]]
    ) throws(StoreError) -> Int {
        let path = folder.path(logName)
        guard let tail = try logTail(log, end: logEnd, path: path), tail.sequence == sequence,
            tail.documentsEnd == documentsEnd
        else {
            throw .corrupted(path: path, reason: "the log does not end with the commit record of batch \(sequence)")
        }
        let bytes = IndexCheckpoint.encode(
            logEnd: logEnd, documentsEnd: documentsEnd, sequence: sequence, tailChecksum: tail.checksum,
            batchProvenance: batchProvenance, index: index, locations: locations)
        try folder.writeAtomically(bytes, to: IndexCheckpoint.name)
        return bytes.count
    }

    /// Writes an index checkpoint (`index.checkpoint`) now, so that the next opening reads it and no log.
    ///
    /// The store writes one by itself when a save has made the log grow past the newest checkpoint by
    /// a quarter of its size (at least 256 KiB), and on opening for writing when it had to read that much of the log;
    /// call this before closing a store that many processes will open (an integration service after a large
    /// import). A checkpoint is never the only copy of anything: a damaged one is ignored and the log read whole.
    ///
    /// - Throws: `StoreError.readOnly` on a read-only store; `StoreError.io(path:reason:)` when it cannot be
    ///   written (the previous checkpoint, if any, stays in place and still matches the log).
    public func checkpoint() throws(StoreError) {
        guard mode == .readWrite else { throw .readOnly }
        guard !isClosed, let logDescriptor else { throw .closed }
        guard sequence > 0, logEnd > checkpointLogEnd else { return }
        checkpointSize = try Self.writeCheckpoint(
            in: folder, log: logDescriptor, logEnd: logEnd, documentsEnd: documentsEnd, sequence: sequence,
            batchProvenance: batchProvenance, index: index, locations: locations)
        checkpointLogEnd = logEnd
    }

    /// Releases the writer lock and the audit log; the store can still be read, and another process may now open it
    /// for writing. Saving afterwards throws `StoreError.closed`. Closing twice does nothing.
    public func close() {
        for descriptor in [auditDescriptor, lockDescriptor, logDescriptor, headDescriptor].compactMap({ $0 }) {
            POSIXFile.closeDescriptor(descriptor)
        }
        auditDescriptor = nil
        lockDescriptor = nil
        logDescriptor = nil
        headDescriptor = nil
        isClosed = true
    }

    deinit {
        for descriptor in [auditDescriptor, lockDescriptor, logDescriptor, headDescriptor, documentsDescriptor]
            .compactMap({ $0 })
        {
            POSIXFile.closeDescriptor(descriptor)
        }
        folder.close()
        // The index of a national year is hundreds of thousands of strings and arrays, tens of milliseconds to free:
        // they are freed on another thread, so that whoever lets go of the store (a command about to print its
        // answer, a service closing a store) does not wait for it. They are moved out first, so that the store
        // holds nothing of them when it goes and the other thread's release is the last. Nothing reads them there.
        let held = (index, locations, batchProvenance)
        index = DocumentIndex()
        locations = [:]
        batchProvenance = []
        ParallelMap.release(held)
    }

    // MARK: Reading

    /// The kinds of document in the store, by name.
    public func documentKinds() -> [DocumentKind] {
        locations.filter { !$0.value.isEmpty }.keys.sorted()
    }

    /// The storage keys of the documents of a kind, in order; reads no document.
    public func storageKeys(of kind: DocumentKind) -> [String] {
        (locations[kind] ?? [:]).keys.sorted()
    }

    /// The number of versions of a document (0 when it does not exist); reads no document.
    public func versionCount(of kind: DocumentKind, key: String) -> Int {
        locations[kind]?[key]?.count ?? 0
    }

    /// The number of documents of a kind.
    public func count(of kind: DocumentKind) -> Int { index.count(of: kind) }

    /// Reads every stored version's document and checks its checksum, without decoding it.
    ///
    /// - Returns: The number of versions checked.
    /// - Throws: `StoreError/corrupted(path:reason:)` naming the first damaged version.
    public func verify() throws(StoreError) -> Int {
        var checked = 0
        for (kind, documents) in locations {
            for (key, versions) in documents {
                for (offset, location) in versions.enumerated() {
                    _ = try bytes(of: location, kind: kind, key: key, number: offset + 1)
                    checked += 1
                }
            }
        }
        return checked
    }

    private func bytes(of location: StoreLog.Location, kind: DocumentKind, key: String, number: Int)
        throws(StoreError) -> [UInt8]
    {
        try Self.bytes(
            of: location, kind: kind, key: key, number: number, descriptor: documentsDescriptor,
            formatOne: formatOneDocuments, path: folder.path(Self.documentsName))
    }

    /// The bytes of one version, their checksum checked: from `documents.dat` (`descriptor`, read at any offset from
    /// any thread, so a long listing reads on every processor) or a format-1 store's documents (`formatOne`).
    private static func bytes(
        of location: StoreLog.Location, kind: DocumentKind, key: String, number: Int, descriptor: Int32?,
        formatOne: [[UInt8]], path: String
    ) throws(StoreError) -> [UInt8] {
        guard let descriptor else { return formatOne[location.offset] }
        let bytes = try POSIXFile.readBytes(
            descriptor, at: location.offset, count: location.length, path: path, exact: true)
        try check(CRC32.checksum(bytes[...]), location, kind: kind, key: key, number: number, path: path)
        return bytes
    }

    /// Refuses a document's bytes whose checksum is not the one its version recorded.
    private static func check(
        _ checksum: UInt32, _ location: StoreLog.Location, kind: DocumentKind, key: String, number: Int, path: String
    ) throws(StoreError) {
        guard checksum == location.checksum else {
            throw .corrupted(
                path: path, reason: "\(kind) \(key) version \(number): the document's checksum does not match")
        }
    }

    /// The most bytes one `pread` of a listing reads for neighbouring documents (``neighbours(_:from:upTo:in:)``).
    static let readSpan = 64 << 10
    /// The most bytes between two documents that are still read together: bytes between them are read and not used.
    static let readGap = 16 << 10

    /// The run of items, from `position` in `order` (items by their place in the file), whose documents are read
    /// with one `pread`: each starts at most ``readGap`` bytes after the one before ends, and the run spans at most
    /// ``readSpan`` bytes (a document longer than that is a run of its own). `end` is the file offset after the run.
    private static func neighbours(
        _ order: [Int], from position: Int, upTo upper: Int,
        in places: [StoreLog.Location]
    ) -> (lowerBound: Int, upperBound: Int, end: Int) {
        let first = places[order[position]]
        var end = first.offset + first.length
        var next = position + 1
        while next < upper {
            let location = places[order[next]]
            let after = max(end, location.offset + location.length)
            guard location.offset - end <= readGap, after - first.offset <= readSpan else { break }
            end = after
            next += 1
        }
        return (position, next, end)
    }

    private func provenance(ofBatch batch: Int) throws(StoreError) -> Provenance {
        if let cached = provenanceCache[batch] { return cached }
        do {
            let provenance = try decoder.decode(Provenance.self, from: Data(batchProvenance[batch]))
            provenanceCache[batch] = provenance
            return provenance
        } catch {
            throw .corrupted(path: folder.path(Self.logName), reason: "batch \(batch + 1): unreadable provenance")
        }
    }

    private func readRevision<Document: StorableDocument>(_ type: Document.Type, key: String, number: Int)
        throws(StoreError) -> Revision<Document>
    {
        let kind = Document.documentKind
        guard let location = locations[kind]?[key]?[number - 1] else {
            throw .notFound(kind: kind, id: key)
        }
        let data = try bytes(of: location, kind: kind, key: key, number: number)
        let provenance = try provenance(ofBatch: location.batch)
        return try Self.revision(type, data, number: number, key: key, provenance: provenance, decoder: decoder)
    }

    /// Decodes a stored document (binary or JSON, told by its first byte) into a revision.
    private static func revision<Document: StorableDocument>(
        _ type: Document.Type, _ data: [UInt8], number: Int, key: String, provenance: Provenance,
        decoder: JSONDecoder, binary: StoredDocumentDecoder = StoredDocumentDecoder()
    ) throws(StoreError) -> Revision<Document> {
        try data.withUnsafeBytes { bytes in
            Result { () throws(StoreError) in
                try revision(
                    type, bytes, number: number, key: key, provenance: provenance, decoder: decoder, binary: binary)
            }
        }.get()
    }

    /// Decodes a stored document from bytes borrowed for the call (a part of a longer read) into a revision.
    private static func revision<Document: StorableDocument>(
        _ type: Document.Type, _ data: UnsafeRawBufferPointer, number: Int, key: String, provenance: Provenance,
        decoder: JSONDecoder, binary: StoredDocumentDecoder
    ) throws(StoreError) -> Revision<Document> {
        let document: Document
        do {
            if StoredDocumentDecoder.isBinary(data) {
                document = try binary.decode(Document.self, from: data)
            } else {
                document = try decoder.decode(Document.self, from: Data(data))
            }
        } catch {
            throw .coding(kind: Document.documentKind, id: key, reason: "version \(number): \(error)")
        }
        do {
            return try Revision(number: number, document: document, provenance: provenance)
        } catch {
            throw .invalid(error)
        }
    }

    /// The processors to decode on, asked once: Foundation reads the system's files for it on every call, which cost
    /// more than a short listing (a worklist lists once per resident).
    private static let processors = ProcessInfo.processInfo.activeProcessorCount

    /// Decodes many stored documents, on every processor for a long list: each chunk reads its documents (and checks
    /// their checksums) and decodes them, side by side with the others. The first failure in the list's order is
    /// the error, as reading them one by one would find it.
    private func revisions<Document: StorableDocument>(_ type: Document.Type, _ wanted: [(key: String, number: Int)])
        throws(StoreError) -> [Revision<Document>]
    {
        let kind = Document.documentKind
        var items: [(key: String, number: Int, location: StoreLog.Location, provenance: Provenance)] = []
        items.reserveCapacity(wanted.count)
        for (key, number) in wanted {
            guard let location = locations[kind]?[key]?[number - 1] else { throw .notFound(kind: kind, id: key) }
            items.append((key, number, location, try provenance(ofBatch: location.batch)))
        }
        let processors = Self.processors
        guard items.count >= 256, processors > 1 else {
            var revisions: [Revision<Document>] = []
            revisions.reserveCapacity(items.count)
            let binary = StoredDocumentDecoder()
            for item in items {
                revisions.append(
                    try Self.revision(
                        type, try bytes(of: item.location, kind: kind, key: item.key, number: item.number),
                        number: item.number, key: item.key, provenance: item.provenance, decoder: decoder,
                        binary: binary))
            }
            return revisions
        }
        let descriptor = documentsDescriptor
        let formatOne = formatOneDocuments
        let path = folder.path(Self.documentsName)
        // The items in the order their documents lie in the file (a format-1 store's are in memory): a chunk is a run
        // of neighbours, and neighbours close enough are read with one `pread` (``readSpan``). The current versions
        // of a kind written by one import lie side by side, in the order of their keys' random identifiers.
        let places = items.map(\.location)
        let order =
            descriptor == nil
            ? Array(items.indices) : places.indices.sorted { places[$0].offset < places[$1].offset }
        // Sixteen chunks per processor: the threads take chunks as they finish, so the last chunk, which one thread
        // decodes while the others wait, is a small part of the whole.
        let chunks = min(items.count / 64, processors * 16)
        var results = [Result<Revision<Document>, StoreError>?](repeating: nil, count: items.count)
        results.withUnsafeMutableBufferPointer { output in
            items.withUnsafeBufferPointer { input in
                // Each chunk reads its own items and writes its own results: no two threads touch one element.
                nonisolated(unsafe) let output = output
                nonisolated(unsafe) let input = input
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    let decoder = JSONDecoder()
                    let binary = StoredDocumentDecoder()
                    // One buffer per chunk for its joint reads.
                    let span = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.readSpan, alignment: 16)
                    defer { span.deallocate() }
                    var position = order.count * chunk / chunks
                    let upper = order.count * (chunk + 1) / chunks
                    while position < upper {
                        let run = Self.neighbours(order, from: position, upTo: upper, in: places)
                        // Read together, or `nil`: a lone document, or a run that could not be read whole, is read
                        // item by item below, so that an error names the document it is about.
                        var joint: UnsafeRawBufferPointer?
                        let first = places[order[run.lowerBound]].offset
                        if let descriptor, run.upperBound - run.lowerBound > 1 {
                            joint = try? POSIXFile.readBytes(
                                descriptor, at: first,
                                into: UnsafeMutableRawBufferPointer(rebasing: span[0..<(run.end - first)]), path: path)
                        }
                        for index in order[run.lowerBound..<run.upperBound] {
                            let item = input[index]
                            output[index] = Result { () throws(StoreError) -> Revision<Document> in
                                if let joint {
                                    let start = item.location.offset - first
                                    let bytes = UnsafeRawBufferPointer(
                                        rebasing: joint[start..<(start + item.location.length)])
                                    try Self.check(
                                        CRC32.checksum(bytes), item.location, kind: kind, key: item.key,
                                        number: item.number, path: path)
                                    return try Self.revision(
                                        type, bytes, number: item.number, key: item.key, provenance: item.provenance,
                                        decoder: decoder, binary: binary)
                                }
                                let data = try Self.bytes(
                                    of: item.location, kind: kind, key: item.key, number: item.number,
                                    descriptor: descriptor, formatOne: formatOne, path: path)
                                return try Self.revision(
                                    type, data, number: item.number, key: item.key, provenance: item.provenance,
                                    decoder: decoder, binary: binary)
                            }
                        }
                        position = run.upperBound
                    }
                }
            }
        }
        var revisions: [Revision<Document>] = []
        revisions.reserveCapacity(items.count)
        for index in results.indices {
            // Moved out of the results, not copied: a copy retains every array in the document.
            switch results[index].take() {
            case .success(let revision): revisions.append(revision)
            case .failure(let error): throw error
            case nil: throw .io(path: directory, reason: "a document was not decoded")
            }
        }
        return revisions
    }

    /// The JSON encoder of the store's JSON text (provenance, audit entries, documents the binary encoding cannot
    /// hold): sorted keys and unescaped slashes, so equal values give equal bytes.
    private static func jsonEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The current version of a document.
    public func current<Document: StorableDocument>(_ type: Document.Type, id: Document.ID) async throws(StoreError)
        -> Revision<Document>?
    {
        guard let entry = index.entry(Document.documentKind, id.storageKey) else { return nil }
        return try readRevision(type, key: id.storageKey, number: entry.versions)
    }

    /// The current versions of several documents, read as a listing reads them: neighbours in the documents file
    /// with one read, decoded on every core (from 256 documents on); each document once, however often it is named.
    public func current<Document: StorableDocument>(_ type: Document.Type, ids: [Document.ID])
        async throws(StoreError) -> [Revision<Document>?]
    {
        let keys = ids.map(\.storageKey)
        var wanted: [(key: String, number: Int)] = []
        var slots: [String: Int] = [:]
        for key in keys where slots[key] == nil {
            guard let entry = index.entry(Document.documentKind, key) else { continue }
            slots[key] = wanted.count
            wanted.append((key, entry.versions))
        }
        let revisions = try revisions(type, wanted)
        return keys.map { key in slots[key].map { revisions[$0] } }
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
            throw .corrupted(
                path: folder.path(Self.logName), reason: "\(Document.documentKind) \(id.storageKey): \(error)")
        }
    }

    /// The current versions matching a query, ordered by storage key.
    public func list<Document: StorableDocument>(_ type: Document.Type, matching query: DocumentQuery)
        async throws(StoreError) -> [Revision<Document>]
    {
        try revisions(type, index.matches(Document.documentKind, query).map { ($0.key, $0.entry.versions) })
    }

    /// How many current documents match a query, from the index alone: no document is read.
    public func count<Document: StorableDocument>(_ type: Document.Type, matching query: DocumentQuery)
        async throws(StoreError) -> Int
    {
        guard !isClosed else { throw .closed }
        return index.matches(Document.documentKind, query).count
    }

    // MARK: Writing

    private struct Prepared: Sendable {
        var kind: DocumentKind
        var key: String
        var number: Int
        var keys: [IndexKey]
        var period: DayRange?
        var bytes: [UInt8]
    }

    /// A version ready to commit: its document in the binary encoding (``StoredDocumentEncoder``), or in JSON when
    /// its conformance uses containers out of stack order.
    private func prepare<Document: StorableDocument>(_ document: Document, number: Int) throws(StoreError) -> Prepared {
        try Self.prepare(document, number: number, encoder: encoder)
    }

    /// ``prepare(_:number:)`` with `encoder` for the JSON fallback, callable off the actor (a batch encodes its
    /// documents side by side, each chunk with its own encoder).
    private static func prepare<Document: StorableDocument>(
        _ document: Document, number: Int, encoder: JSONEncoder
    ) throws(StoreError) -> Prepared {
        do {
            let bytes: [UInt8]
            if let binary = try? StoredDocumentEncoder().encode(document) {
                bytes = binary
            } else {
                bytes = Array(try encoder.encode(document))
            }
            return Prepared(
                kind: Document.documentKind, key: document.id.storageKey, number: number, keys: document.indexKeys,
                period: document.indexPeriod, bytes: bytes)
        } catch {
            throw .coding(kind: Document.documentKind, id: document.id.storageKey, reason: "\(error)")
        }
    }

    /// ``prepare(_:number:encoder:)`` of the document of `write`.
    private static func prepare(_ write: DocumentWrite, number: Int, encoder: JSONEncoder) throws(StoreError)
        -> Prepared
    {
        try prepare(write.document, number: number, encoder: encoder)
    }

    /// The writes of a batch prepared, in order, encoded on every processor for a long batch.
    ///
    /// The writes go in blocks; each block is encoded in chunks side by side, then taken in order, so the first
    /// write that cannot be encoded is the error thrown (as a serial loop would), the blocks after it are never
    /// encoded, and `progress` is called with 1, 2, 3 … exactly as one write after another would call it.
    private func prepare(_ writes: [DocumentWrite], numbers: [Int], progress: (@Sendable (Int) -> Void)?)
        throws(StoreError) -> [Prepared]
    {
        var prepared: [Prepared] = []
        prepared.reserveCapacity(writes.count)
        let processors = Self.processors
        guard writes.count >= 256, processors > 1 else {
            for (offset, write) in writes.enumerated() {
                prepared.append(try prepare(write.document, number: numbers[offset]))
                progress?(offset + 1)
            }
            return prepared
        }
        let blockSize = 4_096
        var results = [Result<Prepared, StoreError>?](repeating: nil, count: min(blockSize, writes.count))
        for blockStart in stride(from: 0, to: writes.count, by: blockSize) {
            let blockEnd = min(blockStart + blockSize, writes.count)
            let count = blockEnd - blockStart
            let chunks = max(1, min(count / 64, processors * 4))
            results.withUnsafeMutableBufferPointer { output in
                writes.withUnsafeBufferPointer { writes in
                    numbers.withUnsafeBufferPointer { numbers in
                        // Each chunk reads its own writes and fills its own results: no two threads touch one
                        // element, and each chunk has its own JSON encoder.
                        nonisolated(unsafe) let output = output
                        nonisolated(unsafe) let writes = writes
                        nonisolated(unsafe) let numbers = numbers
                        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                            let encoder = Self.jsonEncoder()
                            for index in stride(from: chunk, to: count, by: chunks) {
                                let offset = blockStart + index
                                do throws(StoreError) {
                                    output[index] = .success(
                                        try Self.prepare(writes[offset], number: numbers[offset], encoder: encoder))
                                } catch {
                                    output[index] = .failure(error)
                                }
                            }
                        }
                    }
                }
            }
            for index in 0..<count {
                guard let result = results[index] else {
                    throw .io(path: directory, reason: "a document was not encoded")
                }
                prepared.append(try result.get())
                results[index] = nil
                progress?(blockStart + index + 1)
            }
        }
        return prepared
    }

    /// Saves a new version if the current one is the expected one.
    public func save<Document: StorableDocument>(
        _ document: Document, expecting expected: ExpectedVersion, provenance: Provenance
    ) async throws(StoreError) -> Revision<Document> {
        guard mode == .readWrite else { throw .readOnly }
        guard !isClosed else { throw .closed }
        let number = try index.checkSave(
            Document.documentKind, document.id.storageKey, expecting: expected, at: provenance.instant)
        try commit([prepare(document, number: number)], provenance: provenance)
        do {
            return try Revision(number: number, document: document, provenance: provenance)
        } catch {
            throw .invalid(error)
        }
    }

    /// Saves a batch of documents, all or none, also across a crash, and audits each write.
    ///
    /// Every expected version is checked and every document encoded first (a long batch on every core, taken in
    /// order: the first document that cannot be encoded is the error, and `progress` counts 1, 2, 3 …); then the
    /// batch is committed as one (see the type's commit protocol): a kill at any moment leaves the store as before or
    /// after the batch. Then one audit entry per document is appended (`create` for a first version, else `update`;
    /// the subject is the document's `resident` index key when it has one).
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
        let prepared = try prepare(writes, numbers: numbers, progress: progress)
        guard !prepared.isEmpty else { return [] }
        try commit(prepared, provenance: provenance)
        try audit(prepared, provenance: provenance)
        return numbers
    }

    /// Appends a batch and its commit record (see the type's commit protocol) and records it in memory.
    private func commit(_ items: [Prepared], provenance: Provenance) throws(StoreError) {
        guard let logDescriptor, let headDescriptor, let documentsDescriptor else { throw .closed }
        let provenanceBytes: [UInt8]
        do {
            provenanceBytes = Array(try encoder.encode(provenance))
        } catch {
            throw .coding(kind: "provenance", id: items[0].key, reason: "\(error)")
        }
        let batchIndex = batchProvenance.count
        let batchSequence = sequence + 1
        var documents: [UInt8] = []
        documents.reserveCapacity(items.reduce(0) { $0 + $1.bytes.count })
        var log: [UInt8] = []
        StoreLog.frame(
            StoreLog.encode(
                StoreLog.Batch(
                    sequence: batchSequence, instantMilliseconds: provenance.instant.millisecondsSince1970,
                    count: UInt32(items.count), provenance: provenanceBytes)), into: &log)
        var newLocations: [StoreLog.Location] = []
        newLocations.reserveCapacity(items.count)
        for item in items {
            let location = StoreLog.Location(
                offset: documentsEnd + documents.count, length: item.bytes.count,
                checksum: CRC32.checksum(item.bytes[...]), batch: batchIndex)
            documents.append(contentsOf: item.bytes)
            newLocations.append(location)
            StoreLog.frame(
                StoreLog.encode(
                    StoreLog.Version(
                        location: location, number: item.number, kind: item.kind.rawValue, key: item.key,
                        period: item.period, keys: item.keys)), into: &log)
        }
        let newDocumentsEnd = documentsEnd + documents.count
        StoreLog.frame(
            StoreLog.encode(
                StoreLog.Commit(
                    sequence: batchSequence, documentsEnd: UInt64(newDocumentsEnd), count: UInt32(items.count))),
            into: &log)
        let documentsPath = folder.path(Self.documentsName)
        let logPath = folder.path(Self.logName)
        do throws(StoreError) {
            try POSIXFile.writeBytes(documents, to: documentsDescriptor, at: documentsEnd, path: documentsPath)
            try POSIXFile.flushData(documentsDescriptor, path: documentsPath)
            try POSIXFile.writeBytes(log, to: logDescriptor, at: logEnd, path: logPath)
            try POSIXFile.flushData(logDescriptor, path: logPath)
        } catch {
            // Nothing is committed unless the commit record is whole; cut off what was written, if we can.
            try? POSIXFile.truncate(logDescriptor, to: logEnd, path: logPath)
            try? POSIXFile.truncate(documentsDescriptor, to: documentsEnd, path: documentsPath)
            throw error
        }
        batchProvenance.append(provenanceBytes)
        provenanceCache[batchIndex] = provenance
        for (offset, item) in items.enumerated() {
            locations[item.kind, default: [:]][item.key, default: []].append(newLocations[offset])
            index.record(
                item.kind, item.key,
                .init(versions: item.number, keys: item.keys, period: item.period, lastInstant: provenance.instant))
        }
        logEnd += log.count
        documentsEnd = newDocumentsEnd
        sequence = batchSequence
        // The head only ever trails the log (it is written after the log is flushed); it lets the next opening
        // tell a truncated log from a torn tail. Flushed, so that after a power loss it still records this batch
        // and a log cut short of it is told from a torn tail (the file exists since the store was created and its
        // name was flushed with the directory then, so its data is all that needs flushing).
        let headPath = folder.path(Self.headName)
        try POSIXFile.writeBytes(
            Self.head(logEnd: logEnd, documentsEnd: documentsEnd, sequence: sequence), to: headDescriptor, at: 0,
            path: headPath)
        try POSIXFile.flushData(headDescriptor, path: headPath)
        // The checkpoint is an optimisation: when it cannot be written the batch is committed all the same, and the
        // previous checkpoint (which still matches the log) serves the next opening.
        if Self.checkpointIsDue(logEnd: logEnd, covered: checkpointLogEnd, size: checkpointSize) {
            try? checkpoint()
        }
    }

    private func audit(_ items: [Prepared], provenance: Provenance) throws(StoreError) {
        let accessor = Accessor(
            role: .administrator, organisation: provenance.author.organisation,
            professional: provenance.author.professional)
        let outcome = AuditEntry.Outcome.allowed(bases: [], groups: [])
        /// The audit lines of `items[range]`, in order, each entry's JSON and a line feed.
        @Sendable func lines(_ range: Range<Int>, encoder: JSONEncoder) -> Result<[UInt8], StoreError> {
            var lines: [UInt8] = []
            var writer = AuditLineWriter(
                accessor: accessor, instant: provenance.instant, outcome: outcome, encoder: encoder)
            let ids = AuditLineWriter.randomIdentifiers(range.count)
            for (item, id) in zip(items[range], ids) {
                let subject = item.keys.first { $0.name == "resident" }.map { AccessSubject(residentKey: $0.value) }
                let entry = AuditEntry(
                    id: id, instant: provenance.instant, accessor: accessor,
                    action: item.number == 1 ? .create : .update, documentKind: item.kind, documentID: item.key,
                    version: item.number, subject: subject ?? .none, outcome: outcome)
                do {
                    try writer.append(entry, to: &lines)
                } catch {
                    return .failure(.coding(kind: "audit", id: entry.id.storageKey, reason: "\(error)"))
                }
                lines.append(10)
            }
            return .success(lines)
        }
        let processors = Self.processors
        guard items.count >= 256, processors > 1 else {
            return try appendAuditLines(lines(items.indices, encoder: encoder).get())
        }
        // A long batch's lines are encoded in contiguous chunks side by side (each with its own encoder) and written
        // in the items' order: the same lines as one after another.
        let chunks = min(items.count / 64, processors * 4)
        let size = (items.count + chunks - 1) / chunks
        var results = [Result<[UInt8], StoreError>?](repeating: nil, count: chunks)
        results.withUnsafeMutableBufferPointer { output in
            nonisolated(unsafe) let output = output
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let range = min(chunk * size, items.count)..<min((chunk + 1) * size, items.count)
                output[chunk] = lines(range, encoder: Self.jsonEncoder())
            }
        }
        var all: [UInt8] = []
        for result in results {
            guard let result else { throw .io(path: directory, reason: "an audit line was not encoded") }
            all.append(contentsOf: try result.get())
        }
        try appendAuditLines(all)
    }

    private func appendAuditLines(_ lines: [UInt8]) throws(StoreError) {
        guard let auditDescriptor else { throw .readOnly }
        let path = folder.path(Self.auditName)
        try POSIXFile.writeBytes(lines, to: auditDescriptor, at: auditEnd, path: path)
        try POSIXFile.sync(auditDescriptor, path: path)
        auditEnd += lines.count
    }

    /// Appends an audit entry and flushes it to disk.
    public func appendAudit(_ entry: AuditEntry) async throws(StoreError) {
        guard !isClosed else { throw .closed }
        guard auditDescriptor != nil else { throw .readOnly }
        var data: [UInt8]
        do {
            data = Array(try encoder.encode(entry))
        } catch {
            throw .coding(kind: "audit", id: entry.id.storageKey, reason: "\(error)")
        }
        data.append(10)
        try appendAuditLines(data)
    }

    /// The audit entries matching a query, oldest first. A torn last line is ignored.
    public func auditEntries(matching query: AuditQuery) async throws(StoreError) -> [AuditEntry] {
        let path = folder.path(Self.auditName)
        let data: [UInt8]
        if let auditDescriptor {
            data = try POSIXFile.readBytes(auditDescriptor, at: 0, count: auditEnd, path: path, exact: true)
        } else {
            guard folder.type(of: Self.auditName) != nil else {
                return try formatOneAuditEntries(matching: query)
            }
            data = try folder.read(Self.auditName)
        }
        return try Self.decodeAudit(data, path: path, matching: query, decoder: decoder)
    }

    /// A format-1 store read in place keeps its audit log in `audit/audit.jsonl`.
    private func formatOneAuditEntries(matching query: AuditQuery) throws(StoreError) -> [AuditEntry] {
        guard documentsDescriptor == nil, folder.type(of: "audit") == .folder else { return [] }
        let audit = try folder.openFolder("audit")
        defer { audit.close() }
        guard audit.type(of: Self.auditName) != nil else { return [] }
        return try Self.decodeAudit(
            audit.read(Self.auditName), path: audit.path(Self.auditName), matching: query, decoder: decoder)
    }

    private static func decodeAudit(_ data: [UInt8], path: String, matching query: AuditQuery, decoder: JSONDecoder)
        throws(StoreError) -> [AuditEntry]
    {
        var entries: [AuditEntry] = []
        var start = data.startIndex
        while let end = data[start...].firstIndex(of: 10) {
            let line = data[start..<end]
            start = end + 1
            guard !line.isEmpty else { continue }
            do {
                let entry = try decoder.decode(AuditEntry.self, from: Data(line))
                if query.matches(entry) { entries.append(entry) }
            } catch {
                throw .corrupted(path: path, reason: "unreadable audit entry: \(error)")
            }
        }
        return entries
    }
}

/// What opening found: the index of every committed version, and the open files.
private struct OpenState {
    var log: Int32?
    var head: Int32?
    var documents: Int32?
    var formatOneDocuments: [[UInt8]] = []
    var index = DocumentIndex()
    var locations: [DocumentKind: [String: [StoreLog.Location]]] = [:]
    var batchProvenance: [[UInt8]] = []
    var provenanceCache: [Int: Provenance] = [:]
    var logEnd = StoreLog.magic.count
    var documentsEnd = StoreLog.documentsMagic.count
    var sequence: UInt64 = 0
    var interrupted = 0
    var checkpointLogEnd = StoreLog.magic.count
    var checkpointSize = 0
    var ignoredCheckpoint = false
    var replayed = 0

    /// A format-1 store read in place.
    init(formatOne versions: [FormatOneReader.Version], encoder: JSONEncoder) throws(StoreError) {
        for version in versions {
            let kind = DocumentKind(rawValue: version.kind)
            let batch = batchProvenance.count
            batchProvenance.append([])
            provenanceCache[batch] = version.provenance
            let location = StoreLog.Location(
                offset: formatOneDocuments.count, length: version.document.count, checksum: 0, batch: batch)
            formatOneDocuments.append(version.document)
            locations[kind, default: [:]][version.key, default: []].append(location)
            index.record(
                kind, version.key,
                .init(
                    versions: version.number, keys: version.keys, period: version.period,
                    lastInstant: version.provenance.instant))
        }
    }

    /// A format-2 store: reads the head, then the log up to its last whole commit record.
    init(folder: StoreDirectory, writing: Bool, opened: inout [Int32]) throws(StoreError) {
        let logPath = folder.path("versions.log")
        let documentsPath = folder.path("documents.dat")
        let headPath = folder.path("head")
        for name in ["head", "versions.log", "documents.dat"] where folder.type(of: name) == nil {
            throw .corrupted(path: folder.path(name), reason: "is missing")
        }
        // `opened` lists only the descriptors the store keeps, which the store's initialiser closes when opening
        // fails. A reader closes the head and the log here, so they are not listed: closing a descriptor twice could
        // close a file another thread opened in between and was given the same number.
        let head = try folder.openFile("head", writing: writing, create: false)
        if writing { opened.append(head) }
        self.head = writing ? head : nil
        // The head first: it is written after the log, so the log read next holds at least what it records.
        let headBytes: [UInt8]
        do {
            defer { if !writing { POSIXFile.closeDescriptor(head) } }
            headBytes = try POSIXFile.readBytes(head, at: 0, count: 36, path: headPath, exact: true)
        }
        func number(at offset: Int, bytes count: Int = 8) -> UInt64 {
            (0..<count).reduce(UInt64(0)) { $0 | UInt64(headBytes[offset + $1]) << (8 * UInt64($1)) }
        }
        let sum = UInt32(truncatingIfNeeded: number(at: 32, bytes: 4))
        guard Array(headBytes[0..<8]) == StoreLog.headMagic, sum == CRC32.checksum(headBytes[0..<32]) else {
            throw .corrupted(path: headPath, reason: "unreadable head record")
        }
        let recorded = (log: Int(number(at: 8)), documents: Int(number(at: 16)), sequence: number(at: 24))
        let log = try folder.openFile("versions.log", writing: writing, create: false)
        if writing { opened.append(log) }
        self.log = writing ? log : nil
        defer { if !writing { POSIXFile.closeDescriptor(log) } }
        // The checkpoint before the log's size: a checkpoint is written after the log it covers is flushed, so the
        // log read next reaches at least as far.
        let checkpoint =
            folder.type(of: IndexCheckpoint.name) != nil ? try folder.read(IndexCheckpoint.name) : nil
        let logSize = try POSIXFile.size(log, path: logPath)
        let documents = try folder.openFile("documents.dat", writing: writing, create: false)
        opened.append(documents)
        self.documents = documents
        let magic = try POSIXFile.readBytes(log, at: 0, count: min(8, logSize), path: logPath, exact: true)
        guard magic == StoreLog.magic else {
            throw .corrupted(path: logPath, reason: "not a Brobygger version log")
        }
        // The checkpoint, when there is a usable one: then only the log after it is read.
        if let checkpoint {
            if let state = IndexCheckpoint.decode(checkpoint),
                try Self.matches(state, log: log, logSize: logSize, path: logPath)
            {
                load(state)
                checkpointSize = checkpoint.count
            } else {
                ignoredCheckpoint = true
            }
        }
        let start = logEnd
        let bytes = try POSIXFile.readBytes(log, at: start, count: logSize - start, path: logPath, exact: true)
        var failure: StoreError?
        bytes.withUnsafeBytes { buffer in
            do throws(StoreError) {
                try scan(buffer, base: start, path: logPath)
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        guard logEnd >= recorded.log, sequence >= recorded.sequence else {
            throw .corrupted(
                path: logPath,
                reason:
                    "committed batches end at byte \(logEnd) (batch \(sequence)), but the head records byte "
                    + "\(recorded.log) (batch \(recorded.sequence)): committed versions were truncated, deleted or "
                    + "damaged")
        }
        let documentsSize = try POSIXFile.size(documents, path: documentsPath)
        guard documentsSize >= documentsEnd else {
            throw .corrupted(
                path: documentsPath,
                reason: "holds \(documentsSize) bytes, but committed versions reach byte \(documentsEnd): truncated")
        }
        if logSize > logEnd || documentsSize > documentsEnd {
            interrupted = 1
            if writing {
                try POSIXFile.truncate(documents, to: documentsEnd, path: documentsPath)
                try POSIXFile.truncate(log, to: logEnd, path: logPath)
            }
        }
        if writing, logEnd > recorded.log {
            try POSIXFile.writeBytes(
                FileDocumentStore.head(logEnd: logEnd, documentsEnd: documentsEnd, sequence: sequence), to: head, at: 0,
                path: headPath)
            try POSIXFile.flushData(head, path: headPath)
        }
        // A writer that had to read much of the log (no checkpoint yet, a damaged one, or a long tail) leaves a new
        // checkpoint for the next opening.
        if writing,
            FileDocumentStore.checkpointIsDue(logEnd: logEnd, covered: checkpointLogEnd, size: checkpointSize)
                || (ignoredCheckpoint && sequence > 0)
        {
            checkpointSize = try FileDocumentStore.writeCheckpoint(
                in: folder, log: log, logEnd: logEnd, documentsEnd: documentsEnd, sequence: sequence,
                batchProvenance: batchProvenance, index: index, locations: locations)
            checkpointLogEnd = logEnd
        }
    }

    /// Whether a checkpoint fits the log: the log reaches as far as it says, ends there with the commit record of
    /// its batch, and the last stretch before (the last batch's records) is the one the checkpoint was taken at.
    private static func matches(_ state: IndexCheckpoint.State, log: Int32, logSize: Int, path: String)
        throws(StoreError) -> Bool
    {
        guard state.sequence > 0, state.logEnd <= logSize,
            let tail = try FileDocumentStore.logTail(log, end: state.logEnd, path: path)
        else { return false }
        return tail.checksum == state.tailChecksum && tail.sequence == state.sequence
            && tail.documentsEnd == state.documentsEnd
    }

    /// Takes over the index a checkpoint holds.
    private mutating func load(_ state: IndexCheckpoint.State) {
        batchProvenance = state.batchProvenance
        let kinds = state.kinds
        // Two tables per kind, each keyed by the documents' keys: hashing a national year's keys twice is most of an
        // opening's work, so the kinds are built side by side on every core, the largest first. Each kind's two tables
        // are built by one thread: two threads copying the same keys would contend for their reference counts.
        let total = kinds.reduce(0) { $0 + $1.documents.count }
        let largestFirst = kinds.indices.sorted { kinds[$0].documents.count > kinds[$1].documents.count }
        let built = ParallelMap.map(largestFirst, minimum: total >= 4_096 ? 2 : .max) { position in
            (
                locations: Self.table(kinds[position].documents) { $0.locations },
                entries: Self.table(kinds[position].documents) { $0.entry }
            )
        }
        for (position, tables) in zip(largestFirst, built) {
            locations[kinds[position].kind] = tables.locations
            index.load(kinds[position].kind, tables.entries)
        }
        logEnd = state.logEnd
        documentsEnd = state.documentsEnd
        sequence = state.sequence
        checkpointLogEnd = state.logEnd
    }

    /// One of a kind's tables: a part of each checkpointed document, by the document's key.
    private static func table<Value>(
        _ documents: [IndexCheckpoint.Document], _ part: (IndexCheckpoint.Document) -> Value
    ) -> [String: Value] {
        var table: [String: Value] = [:]
        table.reserveCapacity(documents.count)
        for document in documents { table[document.key] = part(document) }
        return table
    }

    /// Reads records up to the last whole commit; what follows it is an interrupted batch. `buffer` holds the log
    /// from byte `base` on, which is the end of the last commit record already read (or the log's magic number).
    private mutating func scan(_ buffer: UnsafeRawBufferPointer, base: Int, path: String) throws(StoreError) {
        var offset = 0
        var pending: (batch: StoreLog.Batch, versions: [StoreLog.Version])?
        while let (record, next) = StoreLog.record(in: buffer, at: offset, batch: batchProvenance.count) {
            switch record {
            case .batch(let batch):
                guard pending == nil, batch.sequence == sequence + 1 else { return }
                pending = (batch, [])
            case .version(let version):
                guard pending != nil else { return }
                pending?.versions.append(version)
            case .commit(let commit):
                guard let batch = pending, commit.sequence == batch.batch.sequence,
                    Int(commit.count) == batch.versions.count, commit.count == batch.batch.count,
                    Int(commit.documentsEnd) >= documentsEnd
                else { return }
                var end = documentsEnd
                for version in batch.versions {
                    guard version.location.offset == end else { return }
                    end += version.location.length
                }
                guard end == Int(commit.documentsEnd) else { return }
                try apply(batch.batch, batch.versions, path: path)
                documentsEnd = end
                sequence = commit.sequence
                logEnd = base + next
                replayed += batch.versions.count
                pending = nil
            }
            offset = next
        }
    }

    private mutating func apply(_ batch: StoreLog.Batch, _ versions: [StoreLog.Version], path: String)
        throws(StoreError)
    {
        let instant = Instant(millisecondsSince1970: batch.instantMilliseconds)
        batchProvenance.append(batch.provenance)
        for version in versions {
            let kind = DocumentKind(rawValue: version.kind)
            let previous = locations[kind]?[version.key]?.count ?? 0
            guard version.number == previous + 1 else {
                throw .corrupted(
                    path: path,
                    reason:
                        "batch \(batch.sequence): \(kind) \(version.key) version \(version.number) follows version "
                        + "\(previous): a version is missing")
            }
            locations[kind, default: [:]][version.key, default: []].append(version.location)
            index.record(
                kind, version.key,
                .init(versions: version.number, keys: version.keys, period: version.period, lastInstant: instant))
        }
    }
}
