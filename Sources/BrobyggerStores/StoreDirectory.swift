import BrobyggerCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

private func systemOpen(_ path: String, _ flags: Int32) -> Int32 { open(path, flags) }

private func systemClose(_ descriptor: Int32) -> Int32 { close(descriptor) }

/// The store's directory, held open, with every file in it opened relative to that descriptor (`openat`) and never
/// through a symbolic link.
///
/// The store trusts nothing it finds in its directory: a file it opens must be a regular file (checked on the open
/// descriptor with `fstat`, after opening with `O_NOFOLLOW`), a folder it reads must be a real folder (checked with
/// `lstat`), and names are single path components, so nothing the store does reaches outside its directory. The
/// directory itself is the caller's path and may be reached through links; holding its descriptor makes the store
/// independent of the working directory after opening.
struct StoreDirectory: Sendable {
    /// The directory's path as given (for messages).
    let path: String
    /// The open directory.
    let descriptor: Int32

    /// Opens the directory, creating it when `create` is set.
    static func open(_ path: String, create: Bool) throws(StoreError) -> StoreDirectory {
        if create { try POSIXFile.makeDirectory(path) }
        let descriptor = systemOpen(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw .io(path: path, reason: "no Brobygger store here") }
            throw .io(path: path, reason: POSIXFile.errorText())
        }
        return StoreDirectory(path: path, descriptor: descriptor)
    }

    /// Closes the directory.
    func close() { _ = systemClose(descriptor) }

    /// The full path of a name in the directory (for messages).
    func path(_ name: String) -> String { path + "/" + name }

    /// What kind of entry `name` is, without following a link; `nil` when there is none.
    enum EntryType { case file, folder, link, other }

    /// The type of the entry `name`, read with `lstat` semantics.
    func type(of name: String) -> EntryType? {
        var info = stat()
        guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        switch info.st_mode & mode_t(S_IFMT) {
        case mode_t(S_IFREG): return .file
        case mode_t(S_IFDIR): return .folder
        case mode_t(S_IFLNK): return .link
        default: return .other
        }
    }

    /// Opens the regular file `name` (a single path component) without following a link.
    ///
    /// - Throws: `StoreError.corrupted` when `name` is a symbolic link or not a regular file; `StoreError.io` when
    ///   it cannot be opened (`ENOENT` when `create` is not set and it does not exist).
    func openFile(_ name: String, writing: Bool, create: Bool) throws(StoreError) -> Int32 {
        // O_NONBLOCK: a planted FIFO must not hang the opening; it is refused below as not a regular file.
        var flags = O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK | (writing ? O_RDWR : O_RDONLY)
        if create { flags |= O_CREAT }
        let descriptor = openat(descriptor, name, flags, 0o644)
        guard descriptor >= 0 else {
            if errno == ELOOP || type(of: name) == .link {
                throw .corrupted(path: path(name), reason: "is a symbolic link; the store follows none")
            }
            throw .io(path: path(name), reason: POSIXFile.errorText())
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & mode_t(S_IFMT) == mode_t(S_IFREG) else {
            _ = systemClose(descriptor)
            throw .corrupted(path: path(name), reason: "is not a regular file")
        }
        return descriptor
    }

    /// Opens the folder `name` (a single path component) without following a link.
    func openFolder(_ name: String) throws(StoreError) -> StoreDirectory {
        let folder = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard folder >= 0 else {
            if errno == ELOOP || type(of: name) == .link {
                throw .corrupted(path: path(name), reason: "is a symbolic link; the store follows none")
            }
            throw .io(path: path(name), reason: POSIXFile.errorText())
        }
        return StoreDirectory(path: path(name), descriptor: folder)
    }

    /// The names in the folder, without `.` and `..`.
    func names() throws(StoreError) -> [String] {
        let copy = dup(descriptor)
        guard copy >= 0, let stream = fdopendir(copy) else {
            throw .io(path: path, reason: POSIXFile.errorText())
        }
        defer { closedir(stream) }
        rewinddir(stream)
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Reads the whole regular file `name`.
    func read(_ name: String) throws(StoreError) -> [UInt8] {
        let file = try openFile(name, writing: false, create: false)
        defer { _ = systemClose(file) }
        return try POSIXFile.readAll(file, path: path(name))
    }

    /// Writes `bytes` to `name` atomically: a new temporary file, flushed, renamed over `name`, the directory
    /// flushed. A link at `name` is replaced, never followed.
    func writeAtomically(_ bytes: [UInt8], to name: String) throws(StoreError) {
        let temporary = ".tmp-" + UUID().uuidString
        let file = openat(descriptor, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard file >= 0 else { throw .io(path: path(temporary), reason: POSIXFile.errorText()) }
        do throws(StoreError) {
            try POSIXFile.writeBytes(bytes, to: file, at: 0, path: path(temporary))
            guard fsync(file) == 0 else { throw StoreError.io(path: path(temporary), reason: POSIXFile.errorText()) }
        } catch {
            _ = systemClose(file)
            unlinkat(descriptor, temporary, 0)
            throw error
        }
        _ = systemClose(file)
        guard renameat(descriptor, temporary, descriptor, name) == 0 else {
            let reason = POSIXFile.errorText()
            unlinkat(descriptor, temporary, 0)
            throw .io(path: path(name), reason: reason)
        }
        try sync()
    }

    /// Renames `source` to `target`, both in this directory.
    func rename(_ source: String, to target: String) throws(StoreError) {
        guard renameat(descriptor, source, descriptor, target) == 0 else {
            throw .io(path: path(target), reason: POSIXFile.errorText())
        }
    }

    /// Removes the file or link `name` (never what a link points to).
    func remove(_ name: String) { unlinkat(descriptor, name, 0) }

    /// Removes the folder `name` and everything in it, following no link (a link is removed, not entered).
    func removeTree(_ name: String) throws(StoreError) {
        guard type(of: name) == .folder else {
            remove(name)
            return
        }
        let folder = try openFolder(name)
        for entry in try folder.names() { try folder.removeTree(entry) }
        folder.close()
        guard unlinkat(descriptor, name, AT_REMOVEDIR) == 0 else {
            throw .io(path: path(name), reason: POSIXFile.errorText())
        }
    }

    /// Flushes the directory (new names, renames) to disk.
    func sync() throws(StoreError) {
        guard fsync(descriptor) == 0 else { throw .io(path: path, reason: POSIXFile.errorText()) }
    }
}

extension POSIXFile {
    /// Reads a whole open file from its start.
    static func readAll(_ descriptor: Int32, path: String) throws(StoreError) -> [UInt8] {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .io(path: path, reason: errorText()) }
        return try readBytes(descriptor, at: 0, count: Int(info.st_size), path: path, exact: false)
    }

    /// Reads `count` bytes at `offset`; with `exact`, fewer bytes (the file ends) is damage.
    static func readBytes(_ descriptor: Int32, at offset: Int, count: Int, path: String, exact: Bool) throws(StoreError)
        -> [UInt8]
    {
        var bytes = [UInt8](repeating: 0, count: count)
        let done = try bytes.withUnsafeMutableBytes { buffer in
            Result { () throws(StoreError) in try read(descriptor, at: offset, into: buffer, path: path) }
        }.get()
        if done < count {
            if exact {
                throw .corrupted(path: path, reason: "ends at byte \(offset + done), before byte \(offset + count)")
            }
            bytes.removeLast(count - done)
        }
        return bytes
    }

    /// Fills `buffer` with the bytes at `offset`, for a read that must find them all (a file that ends before is
    /// `StoreError.corrupted`), and returns them.
    static func readBytes(_ descriptor: Int32, at offset: Int, into buffer: UnsafeMutableRawBufferPointer, path: String)
        throws(StoreError) -> UnsafeRawBufferPointer
    {
        let done = try read(descriptor, at: offset, into: buffer, path: path)
        guard done == buffer.count else {
            throw .corrupted(path: path, reason: "ends at byte \(offset + done), before byte \(offset + buffer.count)")
        }
        return UnsafeRawBufferPointer(buffer)
    }

    /// Reads into `buffer` from `offset` until it is full or the file ends, and returns how many bytes were read.
    private static func read(
        _ descriptor: Int32, at offset: Int, into buffer: UnsafeMutableRawBufferPointer, path: String
    )
        throws(StoreError) -> Int
    {
        var done = 0
        while done < buffer.count {
            let got = pread(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
            if got < 0 {
                if errno == EINTR { continue }
                throw .io(path: path, reason: errorText())
            }
            if got == 0 { break }
            done += got
        }
        return done
    }

    /// Writes all of `bytes` at `offset`.
    static func writeBytes(_ bytes: [UInt8], to descriptor: Int32, at offset: Int, path: String) throws(StoreError) {
        var failure: StoreError?
        bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let written = pwrite(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = .io(path: path, reason: errorText())
                    return
                }
                done += written
            }
        }
        if let failure { throw failure }
    }

    /// Flushes a file's data (and its size) to disk.
    static func flushData(_ descriptor: Int32, path: String) throws(StoreError) {
        #if canImport(Glibc)
            guard fdatasync(descriptor) == 0 else { throw .io(path: path, reason: errorText()) }
        #else
            guard fsync(descriptor) == 0 else { throw .io(path: path, reason: errorText()) }
        #endif
    }

    /// Cuts an open file to `length` bytes and flushes it.
    static func truncate(_ descriptor: Int32, to length: Int, path: String) throws(StoreError) {
        guard ftruncate(descriptor, off_t(length)) == 0, fsync(descriptor) == 0 else {
            throw .io(path: path, reason: errorText())
        }
    }

    /// The size of an open file.
    static func size(_ descriptor: Int32, path: String) throws(StoreError) -> Int {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .io(path: path, reason: errorText()) }
        return Int(info.st_size)
    }

    /// Takes an exclusive advisory lock on an open file, trying again for up to `patience` seconds while another
    /// holder has it, and writes the process number into it.
    static func lock(_ descriptor: Int32, path: String, patience: Double) throws(StoreError) {
        var waited = 0.0
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let wouldBlock = errno == EWOULDBLOCK
            guard wouldBlock, waited < patience else {
                throw wouldBlock ? .locked(path: path) : .io(path: path, reason: errorText())
            }
            usleep(10_000)
            waited += 0.01
        }
        _ = ftruncate(descriptor, 0)
        try? writeBytes(Array("\(getpid())\n".utf8), to: descriptor, at: 0, path: path)
    }
}
