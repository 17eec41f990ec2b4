import Brobygger

/// The `brobygger` tool's commands.
enum Tool {
    /// The root of the command tree.
    static var root: CommandSpec {
        CommandSpec(
            name: "brobygger",
            abstract: "the Brobygger SDK's command-line tool (version \(BrobyggerVersion.current))",
            discussion: """
                Works on an embedded file store of residents, facilities, teams, course events and documents.
                Exit codes: 0 success, 1 findings of error severity, 2 usage error, 3 input error, 4 store error.
                """,
            options: [.flag("version", help: "Print the version")],
            subcommands: [demo],
            action: { parsed, environment in
                if parsed.flag("version") {
                    environment.print(BrobyggerVersion.current)
                    return .success
                }
                environment.print(CommandLineParser(root: Tool.root).help(for: ["brobygger"]))
                return .success
            })
    }

    static var demo: CommandSpec {
        CommandSpec(
            name: "demo",
            abstract: "Show the SDK at work on sample data",
            options: [
                .value(
                    "store", "DIR", help: "The store directory (default: $BROBYGGER_STORE or the user's data directory)"
                )
            ],
            action: { _, environment in
                CoreDemo.run(environment)
                return .success
            })
    }

    /// Parses and runs a command line; returns the exit code.
    static func run(_ arguments: [String], environment: CommandEnvironment) async -> ExitCode {
        let parser = CommandLineParser(root: root)
        do {
            switch try parser.parse(arguments) {
            case .help(let path):
                environment.print(parser.help(for: path))
                return .success
            case .run(let command, let parsed):
                guard let action = command.action else { return .usage }
                return try await action(parsed, environment)
            }
        } catch let error as UsageError {
            environment.printError(error.description)
            environment.printError("")
            environment.printError(parser.help(for: error.commandPath))
            return .usage
        } catch {
            environment.printError("error: \(error)")
            return .input
        }
    }
}
