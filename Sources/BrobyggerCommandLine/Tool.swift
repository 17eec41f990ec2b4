import Brobygger

/// The `brobygger` tool's commands.
package enum Tool {
    /// The root of the command tree.
    static var root: CommandSpec {
        CommandSpec(
            name: "brobygger",
            abstract: "the Brobygger SDK's command-line tool (version \(BrobyggerVersion.current))",
            discussion: """
                Works on an embedded file store of organisations, facilities, teams, residents with their
                placements and course events, discharge agreements and coordination plans, coordinated care plans and
                collaboration agreements. The store is the directory given with
                --store, else $BROBYGGER_STORE, else ~/.local/share/brobygger/store ($XDG_DATA_HOME/brobygger/store;
                on macOS ~/Library/Application Support/Brobygger/store). Start with 'brobygger demo'.
                Exit codes: 0 success, 1 findings of error severity, 2 usage error, 3 input error, 4 store error.
                """,
            options: [.flag("version", help: "Print the version")],
            subcommands: [
                DemoCommand.spec, GenerateCommand.spec, ImportCommand.spec, ComplianceCommand.spec,
                DischargesCommand.spec,
                BoardCommand.spec,
                PlansCommand.plans,
                PlansCommand.plan, RCCommand.spec, AgreementCommand.spec, ValidateCommand.spec, StoreCommand.spec,
                CareCommunicationCommand.spec,
            ],
            action: { parsed, environment in
                if parsed.flag("version") {
                    environment.print(BrobyggerVersion.current)
                    return .success
                }
                environment.print(CommandLineParser(root: Tool.root).help(for: ["brobygger"]))
                return .success
            })
    }

    /// Parses and runs a command line; returns the exit code.
    package static func run(_ arguments: [String], environment: CommandEnvironment) async -> ExitCode {
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
        } catch let problem as InputProblem {
            environment.printError("error: \(problem)")
            return .input
        } catch let problems as InputProblems {
            for problem in problems.problems { environment.printError("error: \(problem)") }
            return .input
        } catch let error as StoreError {
            environment.printError("error: store: \(error)")
            return .store
        } catch let error as ValidationError {
            environment.printError("error: \(error)")
            return .input
        } catch let rule as RowRule {
            environment.printError("error: \(rule.rule)")
            return .input
        } catch {
            environment.printError("error: \(error)")
            return .input
        }
    }
}
