/// A progress bar on standard error for long imports, drawn only when standard error is a terminal.
struct ProgressBar {
    /// The number of steps.
    let total: Int
    /// Where to draw.
    let environment: CommandEnvironment
    /// Imports shorter than this draw nothing.
    static let threshold = 200

    private var isShown: Bool { environment.errorIsTerminal && total >= Self.threshold }

    /// Draws the bar after `done` steps (every 1 % only, so drawing never slows the import).
    func update(_ done: Int) {
        guard isShown, done == total || done % max(1, total / 100) == 0 else { return }
        let width = 30
        let filled = width * done / total
        environment.writeError(
            "\rSaving [" + String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
                + "] \(done)/\(total)")
    }

    /// Ends the bar's line.
    func finish() {
        if isShown { environment.writeError("\n") }
    }
}
