import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The built `brobygger` executable, run as a child process with `posix_spawn` and reaped with `waitpid`
/// (never Foundation's `Process`, whose monitoring can block a cooperative thread on a small machine).
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
    static func run(_ arguments: [String], environment extra: [String: String] = [:]) -> Result {
        let scratch = NSTemporaryDirectory() + "brobygger-run-" + UUID().uuidString
        let out = scratch + ".out"
        let err = scratch + ".err"
        defer {
            try? FileManager.default.removeItem(atPath: out)
            try? FileManager.default.removeItem(atPath: err)
        }
        #if canImport(Darwin)
            var actions: posix_spawn_file_actions_t?
        #else
            var actions = posix_spawn_file_actions_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, err, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        var variables = ProcessInfo.processInfo.environment
        variables["BROBYGGER_STORE"] = nil
        variables["NO_COLOR"] = "1"
        variables["HOME"] = NSTemporaryDirectory()
        for (key, value) in extra { variables[key] = value }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        guard posix_spawn(&pid, executable, &actions, nil, argv, envp) == 0 else {
            return Result(status: -1, standardOutput: "", standardError: "cannot start \(executable)")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : -1
        return Result(
            status: exit,
            standardOutput: (try? String(contentsOfFile: out, encoding: .utf8)) ?? "",
            standardError: (try? String(contentsOfFile: err, encoding: .utf8)) ?? "")
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
        NSTemporaryDirectory() + "brobygger-e2e-\(name)-" + UUID().uuidString
    }

    /// A copy of `directory` to work on.
    static func copy(_ directory: String, as name: String) throws -> String {
        let target = scratch(name)
        try FileManager.default.copyItem(atPath: directory, toPath: target)
        return target
    }
}
