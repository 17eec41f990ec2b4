import Testing

@testable import BrobyggerCommandLine

@Suite("Command-line parser")
struct CommandLineParserTests {
    static let leaf: @Sendable (ParsedCommand, CommandEnvironment) async throws -> ExitCode = { _, _ in .success }

    let parser = CommandLineParser(
        root: CommandSpec(
            name: "tool", abstract: "a tool",
            subcommands: [
                CommandSpec(
                    name: "report", abstract: "make a report",
                    arguments: [ArgumentSpec(name: "FILE", help: "input files", isVariadic: true)],
                    options: [
                        .value(
                            "format", short: "f", "FORMAT", help: "output format", default: "text",
                            allowed: ["text", "csv"]),
                        .value("from", "DATE", help: "first day"),
                        .flag("skip-invalid", help: "skip invalid rows"),
                    ],
                    action: leaf),
                CommandSpec(
                    name: "plans", abstract: "care plans",
                    subcommands: [
                        CommandSpec(
                            name: "show", abstract: "show a plan",
                            arguments: [ArgumentSpec(name: "ID", help: "the plan")],
                            action: leaf)
                    ]),
            ]))

    private func parsed(_ arguments: [String]) throws -> ParsedCommand {
        guard case .run(_, let parsed) = try parser.parse(arguments) else {
            throw UsageError(message: "expected a command to run", commandPath: [])
        }
        return parsed
    }

    @Test("options in every spelling, defaults, flags and variadic arguments")
    func options() throws {
        let a = try parsed(["report", "--format", "csv", "--from=2026-01-01", "--skip-invalid", "a.csv", "b.csv"])
        #expect(a.path == ["tool", "report"])
        #expect(a.value("format") == "csv")
        #expect(a.value("from") == "2026-01-01")
        #expect(a.flag("skip-invalid"))
        #expect(a.values("FILE") == ["a.csv", "b.csv"])
        let b = try parsed(["report", "-f", "csv", "x.csv"])
        #expect(b.value("format") == "csv")
        let c = try parsed(["report", "x.csv"])
        #expect(c.value("format") == "text")
        #expect(!c.flag("skip-invalid"))
        let d = try parsed(["report", "--", "--odd-file-name.csv"])
        #expect(d.values("FILE") == ["--odd-file-name.csv"])
    }

    @Test("nested subcommands")
    func nested() throws {
        let show = try parsed(["plans", "show", "1234"])
        #expect(show.commandName == "tool plans show")
        #expect(show.value("ID") == "1234")
        guard case .help(let path) = try parser.parse(["plans"]) else {
            Issue.record("a group without a subcommand should show its help")
            return
        }
        #expect(path == ["tool", "plans"])
    }

    @Test("help anywhere shows the help of the command reached")
    func help() throws {
        guard case .help(let path) = try parser.parse(["report", "--format", "csv", "--help"]) else {
            Issue.record("no help")
            return
        }
        #expect(path == ["tool", "report"])
        let text = parser.help(for: path)
        #expect(text.contains("USAGE: tool report"))
        #expect(text.contains("-f, --format FORMAT"))
        #expect(text.contains("(text | csv)"))
        #expect(text.contains("(default: text)"))
        #expect(text.contains("<FILE …>"))
        #expect(parser.help(for: ["tool"]).contains("SUBCOMMANDS:"))
    }

    @Test(
        "usage errors name the problem and the command",
        arguments: [
            (["report", "--bogus", "a"], "unknown option '--bogus' for 'tool report'"),
            (["report", "--format", "pdf", "a"], "'pdf' is not a valid value for '--format'; use one of: text, csv"),
            (["report", "--from"], "the option '--from' needs a value (DATE)"),
            (["report"], "missing FILE (one or more)"),
            (["report", "--skip-invalid=yes", "a"], "the flag '--skip-invalid' takes no value"),
            (["plans", "show"], "missing ID"),
            (["plans", "show", "1", "2"], "unexpected argument '2' for 'tool plans show'"),
            (["plans", "list"], "unknown command 'list' for 'tool plans'; use one of: show"),
            (["-x"], "unknown option '-x' for 'tool'"),
        ])
    func errors(arguments: [String], message: String) {
        do {
            _ = try parser.parse(arguments)
            Issue.record("accepted \(arguments)")
        } catch {
            #expect(error.message == message)
        }
    }

    @Test("the real tool's commands all have help")
    func toolHelp() {
        let tool = CommandLineParser(root: Tool.root)
        func visit(_ command: CommandSpec, _ path: [String]) {
            let text = tool.help(for: path)
            #expect(text.contains("USAGE: " + path.joined(separator: " ")))
            #expect(!command.abstract.isEmpty)
            for sub in command.subcommands { visit(sub, path + [sub.name]) }
        }
        visit(Tool.root, ["brobygger"])
    }
}
