import BrobyggerCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Thin, checked wrappers over the POSIX calls the file store needs for durable, atomic writes.
///
/// Every descriptor is opened close-on-exec, so a child process started by the host never inherits the writer lock.
enum POSIXFile {
    static func errorText() -> String { String(cString: strerror(errno)) }

    /// Writes `data` to a new temporary file in `directory`, flushes it to disk, and renames it to `path`; then
    /// flushes the directory. A crash at any point leaves either no file at `path` or the complete file; at worst
    /// a temporary file, which recovery removes.
    static func writeAtomically(_ data: Data, to path: String, in directory: String) throws(StoreError) {
        let temporary = directory + "/.tmp-" + UUID().uuidString
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .io(path: temporary, reason: errorText()) }
        do throws(StoreError) {
            try writeAll(data, to: descriptor, path: temporary)
            guard fsync(descriptor) == 0 else { throw StoreError.io(path: temporary, reason: errorText()) }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        close(descriptor)
        guard rename(temporary, path) == 0 else {
            let reason = errorText()
            unlink(temporary)
            throw .io(path: path, reason: reason)
        }
        try syncDirectory(directory)
    }

    /// Writes `data` to a new file at `path`, flushing it to disk when `sync` is set.
    static func writeNewFile(_ data: Data, at path: String, sync: Bool) throws(StoreError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .io(path: path, reason: errorText()) }
        defer { close(descriptor) }
        do throws(StoreError) {
            try writeAll(data, to: descriptor, path: path)
            if sync, fsync(descriptor) != 0 { throw StoreError.io(path: path, reason: errorText()) }
        } catch {
            unlink(path)
            throw error
        }
    }

    /// Whether `syncFileSystem(of:)` flushes the whole file system (Linux `syncfs`); elsewhere each file must be
    /// flushed as it is written.
    static var canSyncFileSystem: Bool {
        #if canImport(Glibc)
            true
        #else
            false
        #endif
    }

    /// Flushes everything written to the file system that holds `path`: data, new files and renames (Linux
    /// `syncfs`). Elsewhere it flushes the directory `path`, the files having been flushed one by one.
    static func syncFileSystem(of path: String) throws(StoreError) {
        #if canImport(Glibc)
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw .io(path: path, reason: errorText()) }
            defer { close(descriptor) }
            var result: Int32 = 0
            if let syncFileSystemCall {
                result = syncFileSystemCall(descriptor)
            } else {
                Glibc.sync()
            }
            guard result == 0 else { throw .io(path: path, reason: errorText()) }
        #else
            try syncDirectory(path)
        #endif
    }

    /// Renames a file into place (the target does not exist yet).
    static func renameFile(_ source: String, to target: String) throws(StoreError) {
        guard rename(source, target) == 0 else { throw .io(path: target, reason: errorText()) }
    }

    #if canImport(Glibc)
        /// `syncfs(2)`, looked up at run time because Glibc's module map hides it behind `_GNU_SOURCE`; `nil` on
        /// a C library without it, when `sync(2)` (every file system) is used instead.
        private static let syncFileSystemCall: (@convention(c) (Int32) -> Int32)? = {
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") else { return nil }
            return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
        }()
    #endif

    static func writeAll(_ data: Data, to descriptor: Int32, path: String) throws(StoreError) {
        var failure: StoreError?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = .io(path: path, reason: errorText())
                    return
                }
                offset += written
            }
        }
        if let failure { throw failure }
    }

    static func syncDirectory(_ directory: String) throws(StoreError) {
        let descriptor = open(directory, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .io(path: directory, reason: errorText()) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw .io(path: directory, reason: errorText()) }
    }

    static func makeDirectory(_ path: String) throws(StoreError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw .io(path: path, reason: "\(error)")
        }
    }

    static func read(_ path: String) throws(StoreError) -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .io(path: path, reason: "cannot read file")
        }
        return data
    }

    static func contents(of directory: String) throws(StoreError) -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw .io(path: directory, reason: "\(error)")
        }
    }

    static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    /// Takes an exclusive advisory lock on `path`, trying again for up to `patience` seconds while another holder
    /// has it; the returned descriptor holds the lock until closed.
    ///
    /// The short wait covers a lock that is only briefly held elsewhere: when any thread of the process starts a
    /// child, the child holds copies of every descriptor until it executes its program, close-on-exec or not.
    static func lockExclusively(_ path: String, patience: Double) throws(StoreError) -> Int32 {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .io(path: path, reason: errorText()) }
        var waited = 0.0
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let wouldBlock = errno == EWOULDBLOCK
            guard wouldBlock, waited < patience else {
                let reason = errorText()
                close(descriptor)
                throw wouldBlock ? .locked(path: path) : .io(path: path, reason: reason)
            }
            usleep(10_000)
            waited += 0.01
        }
        let pid = Data("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        try? writeAll(pid, to: descriptor, path: path)
        return descriptor
    }

    static func openForAppend(_ path: String) throws(StoreError) -> Int32 {
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .io(path: path, reason: errorText()) }
        return descriptor
    }

    static func truncateFile(_ path: String, to length: Int) throws(StoreError) {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .io(path: path, reason: errorText()) }
        defer { close(descriptor) }
        guard ftruncate(descriptor, off_t(length)) == 0, fsync(descriptor) == 0 else {
            throw .io(path: path, reason: errorText())
        }
    }

    static func closeDescriptor(_ descriptor: Int32) { close(descriptor) }

    static func sync(_ descriptor: Int32, path: String) throws(StoreError) {
        guard fsync(descriptor) == 0 else { throw .io(path: path, reason: errorText()) }
    }

    static func remove(_ path: String) { unlink(path) }
}
