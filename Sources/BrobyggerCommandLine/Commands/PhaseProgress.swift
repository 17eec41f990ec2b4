import Foundation

/// A status line on standard error for a phase of work without a known number of steps (reading the store,
/// checking import files, building a report), shown only on a terminal and only once the phase has lasted a second:
/// `Building the report… 3 s`, updated every second and erased when the phase ends.
///
/// Long work must show that it is alive: the national documents import spent 51 s of 58 s checking its input
/// before the save's progress bar (``ProgressBar``) appeared. Short phases draw nothing, so output in tests and
/// pipes is unchanged.
enum PhaseProgress {
    /// How long a phase runs before its line appears.
    static let delay: Duration = .seconds(1)

    /// Runs `body`, showing `label` and the elapsed seconds on standard error while it lasts longer than `delay`
    /// (default ``delay``), when standard error is a terminal.
    static func run<Result: Sendable>(
        _ label: String, _ environment: CommandEnvironment, delay: Duration = PhaseProgress.delay,
        _ body: () async throws -> Result
    ) async throws -> Result {
        guard environment.errorIsTerminal else { return try await body() }
        let line = StatusLine(environment: environment)
        let ticker = Task {
            var seconds = 0
            while !Task.isCancelled {
                try? await Task.sleep(for: seconds == 0 ? delay : .seconds(1))
                seconds += 1
                line.show("\(label)… \(seconds) s")
            }
        }
        defer {
            ticker.cancel()
            line.erase()
        }
        return try await body()
    }

    /// The line's state, shared by the ticking task and the phase: once erased it is never drawn again.
    private final class StatusLine: @unchecked Sendable {
        private let lock = NSLock()
        private let environment: CommandEnvironment
        private var width = 0
        private var finished = false

        init(environment: CommandEnvironment) { self.environment = environment }

        func show(_ text: String) {
            lock.withLock {
                guard !finished else { return }
                let padding = String(repeating: " ", count: max(0, width - text.count))
                environment.writeError("\r" + text + padding)
                width = max(width, text.count)
            }
        }

        func erase() {
            lock.withLock {
                finished = true
                if width > 0 { environment.writeError("\r" + String(repeating: " ", count: width) + "\r") }
            }
        }
    }
}
