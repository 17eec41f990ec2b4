import BrobyggerTesting
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The built `brobygger` executable, run by a shell started with `posix_spawn` (never Foundation's `Process`,
/// whose monitoring can block a cooperative thread on a small machine).
enum ToolProcess {
    /// What a run produced.
    struct Result: CustomStringConvertible {
        var status: Int32
        var standardOutput: String
        var standardError: String
        var description: String { "exit \(status)\n--- stdout\n\(standardOutput)\n--- stderr\n\(standardError)" }
    }

    /// The executable, found next to the test bundle.
    static let executable: String = {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        if let executable = Bundle.main.executableURL { directory = executable.deletingLastPathComponent() }
        for _ in 0..<5 {
            let candidate = directory.appendingPathComponent("brobygger")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate.path }
            directory = directory.deletingLastPathComponent()
        }
        return "brobygger-not-built-next-to-the-tests"
    }()

    /// Runs the tool with `arguments` and waits for it.
    ///
    /// The tool is started by one long-lived `/bin/sh` rather than by this process: a child forked from the test
    /// process holds copies of every descriptor until it execs, including the writer locks other suites' stores
    /// hold at that moment, which could make their reopening fail. One shell is started once; every run after that
    /// forks from the shell. Runs are serialised.
    static func run(_ arguments: [String]) -> Result {
        let scratch = ScratchDirectory.path("run")
        let out = scratch + ".out"
        let err = scratch + ".err"
        defer {
            try? FileManager.default.removeItem(atPath: out)
            try? FileManager.default.removeItem(atPath: err)
        }
        let command =
            ([executable] + arguments).map(quote).joined(separator: " ")
            + " <\(quote("/dev/null")) >\(quote(out)) 2>\(quote(err)); echo $?"
        guard let status = Shell.shared.run(command) else {
            return Result(status: -1, standardOutput: "", standardError: "the shell running the tool is gone")
        }
        return Result(
            status: status,
            standardOutput: (try? String(contentsOfFile: out, encoding: .utf8)) ?? "",
            standardError: (try? String(contentsOfFile: err, encoding: .utf8)) ?? "")
    }

    /// `text` quoted for the shell.
    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// A `/bin/sh` reading commands from a pipe and answering each with one line on another.
    final class Shell: @unchecked Sendable {
        static let shared = Shell()

        private let lock = NSLock()
        private var commands: Int32 = -1
        private var answers: Int32 = -1

        private init() {
            var toShell: [Int32] = [-1, -1]
            var fromShell: [Int32] = [-1, -1]
            guard pipe(&toShell) == 0, pipe(&fromShell) == 0 else { return }
            for descriptor in toShell + fromShell { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
            #if canImport(Darwin)
                var actions: posix_spawn_file_actions_t?
            #else
                var actions = posix_spawn_file_actions_t()
            #endif
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_adddup2(&actions, toShell[0], 0)
            posix_spawn_file_actions_adddup2(&actions, fromShell[1], 1)
            var variables = ProcessInfo.processInfo.environment
            variables["BROBYGGER_STORE"] = nil
            variables["NO_COLOR"] = "1"
            variables["HOME"] = NSTemporaryDirectory()
            let shell: [String] = ["/bin/sh", "-s"]
            let argv = shell.map { strdup($0) } + [nil]
            let envp = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
            defer {
                for pointer in argv { free(pointer) }
                for pointer in envp { free(pointer) }
            }
            var pid: pid_t = 0
            let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, argv, envp) == 0
            close(toShell[0])
            close(fromShell[1])
            guard spawned else {
                close(toShell[1])
                close(fromShell[0])
                return
            }
            commands = toShell[1]
            answers = fromShell[0]
        }

        /// Runs one command line and returns the number it echoes.
        func run(_ command: String) -> Int32? {
            lock.lock()
            defer { lock.unlock() }
            guard commands >= 0 else { return nil }
            let bytes = Array((command + "\n").utf8)
            var written = 0
            while written < bytes.count {
                let result = bytes[written...].withUnsafeBytes { write(commands, $0.baseAddress, $0.count) }
                if result < 0, errno == EINTR { continue }
                guard result > 0 else { return nil }
                written += result
            }
            var line: [UInt8] = []
            var byte: UInt8 = 0
            while true {
                let result = read(answers, &byte, 1)
                if result < 0, errno == EINTR { continue }
                guard result == 1 else { return nil }
                if byte == 10 { break }
                line.append(byte)
            }
            return Int32(String(decoding: line, as: UTF8.self))
        }
    }

    /// Every file under `directory` with its contents, to show a store was left untouched.
    static func snapshot(_ directory: String) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return files }
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = directory + "/" + path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = FileManager.default.contents(atPath: full) ?? Data()
            }
        }
        return files
    }

    /// A new empty scratch directory path (not created).
    static func scratch(_ name: String) -> String {
        ScratchDirectory.path("e2e-\(name)")
    }

    /// A copy of `directory` to work on.
    static func copy(_ directory: String, as name: String) throws -> String {
        let target = scratch(name)
        try FileManager.default.copyItem(atPath: directory, toPath: target)
        return target
    }
}
