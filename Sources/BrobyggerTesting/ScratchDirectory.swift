import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Scratch directories for tests that write file stores, sample files or tool output.
///
/// Every path lies under one directory per test process, `<temporary directory>/brobygger-scratch-<process id>`.
/// A test that is cancelled, times out or crashes cannot remove what it wrote, so the first use in a later process
/// removes the directories of processes that are no longer running: a machine that runs the tests again and again
/// does not fill its disk.
///
/// ```swift
/// let directory = ScratchDirectory.make("store")
/// let store = try FileDocumentStore(directory: directory)
/// ```
public enum ScratchDirectory {
    /// The prefix of every process's directory under the temporary directory.
    static let prefix = "brobygger-scratch-"

    /// This process's directory, created on first use after the directories of finished processes are removed.
    public static let processRoot: String = {
        let temporary = NSTemporaryDirectory()
        sweep(temporary)
        let root = (temporary as NSString).appendingPathComponent(prefix + String(getpid()))
        try? FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        return root
    }()

    /// A new path for `purpose` under ``processRoot``, not yet created.
    ///
    /// - Parameter purpose: a short name that says what the directory is for; it becomes part of the path.
    public static func path(_ purpose: String) -> String {
        (processRoot as NSString).appendingPathComponent(purpose + "-" + UUID().uuidString)
    }

    /// A new, empty directory for `purpose` under ``processRoot``.
    ///
    /// - Parameter purpose: a short name that says what the directory is for; it becomes part of the path.
    public static func make(_ purpose: String) -> String {
        let made = path(purpose)
        try? FileManager.default.createDirectory(atPath: made, withIntermediateDirectories: true)
        return made
    }

    /// Removes `path` and everything under it; a missing path is not an error.
    public static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Removes the scratch directories of processes that are no longer running.
    static func sweep(_ temporary: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: temporary)) ?? []
        for name in names where name.hasPrefix(prefix) {
            guard let process = pid_t(name.dropFirst(prefix.count)), process != getpid() else { continue }
            // kill with signal 0 only asks whether the process exists.
            if kill(process, 0) != 0, errno == ESRCH {
                try? FileManager.default.removeItem(atPath: (temporary as NSString).appendingPathComponent(name))
            }
        }
    }
}
