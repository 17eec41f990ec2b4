import BrobyggerCore
import Foundation

/// The renames a committed batch still has to make: written (atomically) after every version file of a batch is on
/// disk under a temporary name and before the first rename, removed after the last. Its presence at opening means a
/// writer stopped half-way through renaming; the batch is then completed (read-write) or hidden (read-only).
struct BatchJournal: Codable, Sendable {
    /// One temporary file and the version file it becomes.
    struct Rename: Codable, Sendable {
        /// The temporary file's path.
        var from: String
        /// The version file's path.
        var to: String
    }

    /// The journal's file name, inside the store's `documents` folder.
    static let fileName = ".batch-journal.json"

    /// The batch's renames.
    var renames: [Rename]

    /// Finds a pending journal in `documents` and, when `rollForward`, completes its renames and removes it.
    ///
    /// - Returns: The version files of a pending batch that a read-only opening must not see (empty when none is
    ///   pending or it was completed).
    /// - Throws: `StoreError.corrupted` when the journal is unreadable or names a file that is neither staged nor
    ///   in place.
    static func recover(in documents: String, rollForward: Bool) throws(StoreError) -> Set<String> {
        let path = documents + "/" + fileName
        guard POSIXFile.exists(path) else { return [] }
        let journal: BatchJournal
        do {
            journal = try JSONDecoder().decode(BatchJournal.self, from: POSIXFile.read(path))
        } catch let error as StoreError {
            throw error
        } catch {
            throw .corrupted(path: path, reason: "unreadable batch journal: \(error)")
        }
        guard rollForward else { return Set(journal.renames.map(\.to)) }
        for rename in journal.renames {
            if POSIXFile.exists(rename.from) {
                try POSIXFile.renameFile(rename.from, to: rename.to)
            } else if !POSIXFile.exists(rename.to) {
                throw .corrupted(path: rename.to, reason: "a committed batch's version is missing")
            }
        }
        try POSIXFile.syncFileSystem(of: documents)
        POSIXFile.remove(path)
        try POSIXFile.syncDirectory(documents)
        return []
    }
}
