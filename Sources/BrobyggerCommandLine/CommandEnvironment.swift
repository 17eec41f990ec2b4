import Brobygger
import Foundation

/// Everything a command touches outside itself: output streams, environment variables, the clock and where the
/// store lives. Tests pass their own to capture output.
package struct CommandEnvironment: Sendable {
    /// Writes to standard output.
    var write: @Sendable (String) -> Void
    /// Writes to standard error.
    var writeError: @Sendable (String) -> Void
    /// The environment variables.
    var variables: [String: String]
    /// The clock for "today".
    var clock: any DomainClock
    /// Whether standard output is a terminal.
    var outputIsTerminal: Bool
    /// Whether standard error is a terminal.
    var errorIsTerminal: Bool
    /// Opens stores in place of the embedded file store, where it takes the location (`nil`: the file store only).
    var storeOpener: ToolStoreOpener? = nil

    /// The process's real environment.
    package static var live: CommandEnvironment {
        CommandEnvironment(
            write: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
            writeError: { text in FileHandle.standardError.write(Data(text.utf8)) },
            variables: ProcessInfo.processInfo.environment,
            clock: SystemClock(),
            outputIsTerminal: isatty(STDOUT_FILENO) == 1,
            errorIsTerminal: isatty(STDERR_FILENO) == 1)
    }

    /// Writes a line to standard output, with control characters that stored text may hold replaced
    /// (``SafeOutput/terminal(_:lineBreaks:)``; tab and line breaks are kept): whatever a renderer missed, no stored
    /// text retitles, clears or recolours the user's terminal.
    func print(_ line: String = "") { write(SafeOutput.terminal(line, lineBreaks: .allowed) + "\n") }

    /// Writes a line to standard error, control characters replaced as for ``print(_:)``.
    func printError(_ line: String) { writeError(SafeOutput.terminal(line, lineBreaks: .allowed) + "\n") }

    /// Whether output may use colour: only on a terminal, and never when `NO_COLOR` is set.
    var useColour: Bool { outputIsTerminal && variables["NO_COLOR"] == nil }

    /// The store directory: `--store DIR` when given, else `BROBYGGER_STORE`, else the platform's data directory
    /// (`$XDG_DATA_HOME/brobygger/store`, by default `~/.local/share/brobygger/store`; on macOS
    /// `~/Library/Application Support/Brobygger/store`).
    func storeDirectory(_ option: String?) -> String {
        if let option { return option }
        if let configured = variables["BROBYGGER_STORE"], !configured.isEmpty { return configured }
        let home = variables["HOME"] ?? NSHomeDirectory()
        #if os(macOS)
            return home + "/Library/Application Support/Brobygger/store"
        #else
            let data = variables["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.local/share"
            return data + "/brobygger/store"
        #endif
    }
}
