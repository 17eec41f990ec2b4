import BrobyggerCore
import Foundation

/// Reads a format-1 store (one JSON file per version under `documents/<kind>/<key>/NNNNNN.json`, written by
/// Brobygger before format 2) so that it can be migrated, or read in place by a read-only opening.
///
/// It trusts nothing it finds: every folder must be a real folder and every file a regular file (no symbolic links),
/// every kind and key must be a safe storage key, version files must be numbered 1…n, and each must hold the
/// version its name says. A pending batch journal (`documents/.batch-journal.json`: a batch committed but not yet
/// renamed into place when its writer stopped) is honoured without renaming anything: each entry must name a
/// temporary file and a version file in the same document folder of this store (only the last three path
/// components are used, so a store moved or copied mid-batch reads the same from anywhere); an entry naming any
/// other place is refused as damage.
enum FormatOneReader {
    /// One version read from a format-1 store.
    struct Version {
        var kind: String
        var key: String
        var number: Int
        var provenance: Provenance
        var keys: [IndexKey]
        var period: DayRange?
        /// The document's JSON, exactly as stored.
        var document: [UInt8]
    }

    private struct Header: Decodable {
        var number: Int
        var provenance: Provenance
        var keys: [IndexKey]
        var period: DayRange?
    }

    private struct Journal: Decodable {
        struct Rename: Decodable {
            var from: String
            var to: String
        }
        var renames: [Rename]
    }

    /// Every version in the store, ordered by instant, then kind, key and number.
    ///
    /// - Throws: `StoreError.corrupted` naming the damaged file or folder.
    static func read(_ store: StoreDirectory) throws(StoreError) -> [Version] {
        guard let type = store.type(of: "documents") else { return [] }
        guard type == .folder else {
            throw .corrupted(path: store.path("documents"), reason: "is not a folder (a symbolic link?)")
        }
        let documents = try store.openFolder("documents")
        defer { documents.close() }
        let pending = try pendingBatch(documents)
        var versions: [Version] = []
        for kind in try documents.names().sorted() where !kind.hasPrefix(".") {
            try checkName(kind, in: documents)
            let kindFolder = try documents.openFolder(kind)
            defer { kindFolder.close() }
            for key in try kindFolder.names().sorted() where !key.hasPrefix(".") {
                try checkName(key, in: kindFolder)
                let keyFolder = try kindFolder.openFolder(key)
                defer { keyFolder.close() }
                var files: [Int: String] = [:]
                for name in try keyFolder.names() {
                    if let number = pending[kind + "/" + key + "/" + name] {
                        files[number] = name
                    } else if name.hasSuffix(".json"), !name.hasPrefix("."), let number = Int(name.dropLast(5)) {
                        if files[number] == nil { files[number] = name }
                    }
                }
                guard !files.isEmpty else { continue }
                let numbers = files.keys.sorted()
                guard numbers == Array(1...numbers.count) else {
                    throw .corrupted(path: keyFolder.path, reason: "versions are not numbered 1…\(numbers.count)")
                }
                for number in numbers {
                    let name = files[number]!
                    guard keyFolder.type(of: name) == .file else {
                        throw .corrupted(path: keyFolder.path(name), reason: "is not a regular file")
                    }
                    let data = try keyFolder.read(name)
                    versions.append(try version(data, kind: kind, key: key, number: number, path: keyFolder.path(name)))
                }
            }
        }
        versions.sort {
            ($0.provenance.instant, $0.kind, $0.key, $0.number) < ($1.provenance.instant, $1.kind, $1.key, $1.number)
        }
        return versions
    }

    private static func checkName(_ name: String, in folder: StoreDirectory) throws(StoreError) {
        guard (try? StorageKeyRule.validate(name)) != nil else {
            throw .corrupted(path: folder.path(name), reason: "is not a valid kind or key name")
        }
        guard folder.type(of: name) == .folder else {
            throw .corrupted(path: folder.path(name), reason: "is not a folder (a symbolic link?)")
        }
    }

    /// The temporary files of a pending batch, as `kind/key/name` → version number.
    private static func pendingBatch(_ documents: StoreDirectory) throws(StoreError) -> [String: Int] {
        let name = ".batch-journal.json"
        guard let type = documents.type(of: name) else { return [:] }
        let path = documents.path(name)
        guard type == .file else { throw .corrupted(path: path, reason: "is not a regular file") }
        let journal: Journal
        do {
            journal = try JSONDecoder().decode(Journal.self, from: Data(try documents.read(name)))
        } catch let error as StoreError {
            throw error
        } catch {
            throw .corrupted(path: path, reason: "unreadable batch journal: \(error)")
        }
        var pending: [String: Int] = [:]
        for rename in journal.renames {
            let from = rename.from.split(separator: "/", omittingEmptySubsequences: false).suffix(3).map(String.init)
            let to = rename.to.split(separator: "/", omittingEmptySubsequences: false).suffix(3).map(String.init)
            guard from.count == 3, to.count == 3, from[0] == to[0], from[1] == to[1],
                from[2].hasPrefix(".tmp-"), !from[2].contains(".."),
                (try? StorageKeyRule.validate(to[0])) != nil, (try? StorageKeyRule.validate(to[1])) != nil,
                to[2].hasSuffix(".json"), let number = Int(to[2].dropLast(5)), number > 0,
                rename.from.hasSuffix("documents/" + from.joined(separator: "/")),
                rename.to.hasSuffix("documents/" + to.joined(separator: "/"))
            else {
                throw .corrupted(
                    path: path, reason: "the batch journal names a file outside the store's document folders")
            }
            let folder = from[0] + "/" + from[1] + "/"
            if documents.type(of: folder + from[2]) == .file {
                pending[folder + from[2]] = number
            } else if documents.type(of: folder + to[2]) != .file {
                throw .corrupted(path: documents.path(folder + to[2]), reason: "a committed batch's version is missing")
            }
        }
        return pending
    }

    private static func version(_ data: [UInt8], kind: String, key: String, number: Int, path: String)
        throws(StoreError) -> Version
    {
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: Data(data))
        } catch {
            throw .corrupted(path: path, reason: "unreadable version: \(error)")
        }
        guard header.number == number else {
            throw .corrupted(path: path, reason: "file holds version \(header.number)")
        }
        guard let document = documentValue(in: data) else {
            throw .corrupted(path: path, reason: "no document in the version file")
        }
        return Version(
            kind: kind, key: key, number: number, provenance: header.provenance, keys: header.keys,
            period: header.period, document: document)
    }

    /// The bytes of the top-level `"document"` value of a version file, exactly as written.
    static func documentValue(in data: [UInt8]) -> [UInt8]? {
        var scanner = JSONScanner(bytes: data)
        guard scanner.skipSpace(), scanner.take(UInt8(ascii: "{")) else { return nil }
        while true {
            guard scanner.skipSpace(), let name = scanner.string(), scanner.skipSpace(),
                scanner.take(UInt8(ascii: ":")), scanner.skipSpace()
            else { return nil }
            let start = scanner.position
            guard scanner.skipValue() else { return nil }
            if name == "document" { return Array(data[start..<scanner.position]) }
            guard scanner.skipSpace(), scanner.take(UInt8(ascii: ",")) else { return nil }
        }
    }
}

/// Just enough of a JSON scanner to find a value's extent.
private struct JSONScanner {
    let bytes: [UInt8]
    var position = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func skipSpace() -> Bool {
        while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
        return position < bytes.count
    }

    mutating func take(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    /// A string's raw contents (escapes left as written, enough to compare a plain name).
    mutating func string() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = position
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "\\"): position += 2
            case UInt8(ascii: "\""):
                defer { position += 1 }
                return String(decoding: bytes[start..<position], as: UTF8.self)
            default: position += 1
            }
        }
        return nil
    }

    mutating func skipValue() -> Bool {
        guard position < bytes.count else { return false }
        switch bytes[position] {
        case UInt8(ascii: "\""):
            return string() != nil
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            while position < bytes.count {
                switch bytes[position] {
                case UInt8(ascii: "\""):
                    guard string() != nil else { return false }
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 {
                        position += 1
                        return true
                    }
                default: break
                }
                position += 1
            }
            return false
        default:
            while position < bytes.count,
                ![UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]")].contains(
                    bytes[position])
            {
                position += 1
            }
            return true
        }
    }
}
