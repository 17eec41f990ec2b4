import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Starts programs with `posix_spawn` and waits for them with `wait4` (`waitpid` plus the child's resource usage):
/// no Foundation `Process`, so the measured time is the child's own plus the cost of starting it.
public enum ChildProcess {
    /// A child that could not be started or did not exit normally.
    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong.
        public let description: String

        /// A failure described by `description`.
        public init(description: String) {
            self.description = description
        }
    }

    /// How a child ended.
    public struct Outcome: Sendable {
        /// The exit status.
        public let status: Int32
        /// The child's peak resident memory in bytes (`ru_maxrss`).
        public let peakResidentBytes: Int
    }

    /// Runs `executable` (a path, or a name looked up in `PATH` when `searchPath`) with `arguments`, its standard
    /// output written to `output` (a file path, `/dev/null` by default) and standard error to `errors`, and returns
    /// its exit status and peak memory.
    @discardableResult
    public static func run(
        _ executable: String, _ arguments: [String], output: String = "/dev/null", errors: String = "/dev/null",
        searchPath: Bool = false
    ) throws -> Outcome {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid: pid_t = 0
        let status =
            searchPath
            ? posix_spawnp(&pid, executable, &actions, nil, argv, environ)
            : posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard status == 0 else {
            throw Failure(description: "cannot start \(executable): \(String(cString: strerror(status)))")
        }
        var waitStatus: Int32 = 0
        var usage = rusage()
        while wait4(pid, &waitStatus, 0, &usage) == -1 {
            guard errno == EINTR else {
                throw Failure(description: "wait4 failed for \(executable): \(String(cString: strerror(errno)))")
            }
        }
        // WIFEXITED / WEXITSTATUS, which Swift does not import as functions.
        guard waitStatus & 0x7f == 0 else {
            throw Failure(description: "\(executable) ended by signal \(waitStatus & 0x7f)")
        }
        #if canImport(Darwin)
            let peak = Int(usage.ru_maxrss)  // bytes on Darwin
        #else
            let peak = Int(usage.ru_maxrss) * 1024  // kilobytes on Linux
        #endif
        return Outcome(status: (waitStatus >> 8) & 0xff, peakResidentBytes: peak)
    }
}
