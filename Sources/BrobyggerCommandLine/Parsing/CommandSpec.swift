/// A named option of a command: `--format markdown`, `--skip-invalid`.
struct OptionSpec: Sendable, Hashable {
    /// The long name without dashes, e.g. `format`.
    var name: String
    /// A one-letter short name, e.g. `f` for `-f`.
    var short: Character?
    /// The placeholder for the value in help, e.g. `DATE`; `nil` for a flag.
    var valueName: String?
    /// One line of help.
    var help: String
    /// The value used when the option is absent.
    var defaultValue: String?
    /// The only values allowed, if limited.
    var allowedValues: [String]?

    /// Whether the option is a flag without a value.
    var isFlag: Bool { valueName == nil }

    /// An option with a value.
    static func value(
        _ name: String, short: Character? = nil, _ valueName: String, help: String, default defaultValue: String? = nil,
        allowed: [String]? = nil
    ) -> OptionSpec {
        OptionSpec(
            name: name, short: short, valueName: valueName, help: help, defaultValue: defaultValue,
            allowedValues: allowed)
    }

    /// A flag.
    static func flag(_ name: String, short: Character? = nil, help: String) -> OptionSpec {
        OptionSpec(name: name, short: short, valueName: nil, help: help, defaultValue: nil, allowedValues: nil)
    }
}

/// A positional argument of a command: `KIND`, `FILE…`.
struct ArgumentSpec: Sendable, Hashable {
    /// The name, e.g. `FILE`.
    var name: String
    /// One line of help.
    var help: String
    /// Whether it may be left out.
    var isOptional: Bool = false
    /// Whether it takes every remaining argument (one or more, or zero or more when optional).
    var isVariadic: Bool = false
    /// The only values allowed, if limited.
    var allowedValues: [String]?
}

/// A command or subcommand of the tool, with its help and, for a leaf, the action that runs it.
struct CommandSpec: Sendable {
    /// The name typed, e.g. `compliance`.
    var name: String
    /// One line saying what it does.
    var abstract: String
    /// Longer help shown under the usage line.
    var discussion: String?
    /// Positional arguments, in order.
    var arguments: [ArgumentSpec] = []
    /// Options.
    var options: [OptionSpec] = []
    /// Subcommands.
    var subcommands: [CommandSpec] = []
    /// The action; `nil` for a command that only groups subcommands.
    var action: (@Sendable (ParsedCommand, CommandEnvironment) async throws -> ExitCode)?
}

/// What the parser read from the command line for one command.
struct ParsedCommand: Sendable, Hashable {
    /// The command path, e.g. `["brobygger", "plans", "due"]`.
    var path: [String]
    /// Option values by long name (defaults filled in), positional values by argument name.
    var values: [String: [String]]
    /// Flags given, by long name.
    var flags: Set<String>

    /// The single value of an option or argument.
    func value(_ name: String) -> String? { values[name]?.last }

    /// All values of a variadic argument or repeated option.
    func values(_ name: String) -> [String] { values[name] ?? [] }

    /// Whether a flag was given.
    func flag(_ name: String) -> Bool { flags.contains(name) }

    /// The command path as typed, e.g. `brobygger plans due`.
    var commandName: String { path.joined(separator: " ") }
}

/// The tool's exit codes, documented in the README.
package enum ExitCode: Int32, Sendable {
    /// Success.
    case success = 0
    /// The run found problems of error severity (findings, compliance failures).
    case findings = 1
    /// The command line was wrong.
    case usage = 2
    /// An input file was wrong.
    case input = 3
    /// The store failed (locked, damaged, unreadable).
    case store = 4
}
