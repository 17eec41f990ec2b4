import Brobygger

/// A command-line error: what was wrong, and for which command, so the tool can print the command's usage.
struct UsageError: Error, Hashable, CustomStringConvertible {
    /// What was wrong.
    var message: String
    /// The command path it concerns, e.g. `["brobygger", "compliance"]`.
    var commandPath: [String]

    /// `error: message`, with any CPR-shaped number in the quoted arguments masked.
    var description: String { "error: \(PersonIdentifier.maskingNumbers(in: message))" }
}

/// What the command line asks for.
enum ParseOutcome: Sendable {
    /// Run a command.
    case run(CommandSpec, ParsedCommand)
    /// Show the help of the command at this path.
    case help([String])
}

/// Parses arguments against a tree of ``CommandSpec``s.
///
/// Rules: a subcommand's name selects it; `--name value`, `--name=value` and `-x value` give options; flags take no
/// value; `--` ends the options; `-h` or `--help` anywhere asks for the help of the command reached so far. Unknown
/// options, missing or surplus arguments and values outside an option's allowed set are ``UsageError``s naming the
/// command.
struct CommandLineParser: Sendable {
    /// The root command (the tool itself).
    let root: CommandSpec

    /// Parses the arguments after the tool's name.
    func parse(_ arguments: [String]) throws(UsageError) -> ParseOutcome {
        var command = root
        var path = [root.name]
        var values: [String: [String]] = [:]
        var flags = Set<String>()
        var positionals: [String] = []
        var index = 0
        var optionsEnded = false

        func fail(_ message: String) -> UsageError { UsageError(message: message, commandPath: path) }

        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if !optionsEnded, argument == "--" {
                optionsEnded = true
                continue
            }
            if !optionsEnded, argument == "-h" || argument == "--help" {
                return .help(path)
            }
            if !optionsEnded, argument.hasPrefix("-"), argument.count > 1 {
                var name: String
                var inlineValue: String?
                if argument.hasPrefix("--") {
                    let body = argument.dropFirst(2)
                    if let equals = body.firstIndex(of: "=") {
                        name = String(body[..<equals])
                        inlineValue = String(body[body.index(after: equals)...])
                    } else {
                        name = String(body)
                    }
                } else {
                    guard argument.count == 2, let letter = argument.dropFirst().first,
                        let option = command.options.first(where: { $0.short == letter })
                    else { throw fail("unknown option '\(argument)' for '\(path.joined(separator: " "))'") }
                    name = option.name
                }
                guard let option = command.options.first(where: { $0.name == name }) else {
                    throw fail("unknown option '\(argument)' for '\(path.joined(separator: " "))'")
                }
                if option.isFlag {
                    guard inlineValue == nil else { throw fail("the flag '--\(name)' takes no value") }
                    flags.insert(name)
                    continue
                }
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else {
                    guard index < arguments.count else {
                        throw fail("the option '--\(name)' needs a value (\(option.valueName ?? "VALUE"))")
                    }
                    value = arguments[index]
                    index += 1
                }
                if let allowed = option.allowedValues, !allowed.contains(value) {
                    throw fail(
                        "'\(value)' is not a valid value for '--\(name)'; use one of: "
                            + allowed.joined(separator: ", "))
                }
                values[name, default: []].append(value)
                continue
            }
            if positionals.isEmpty, values.isEmpty, flags.isEmpty,
                let sub = command.subcommands.first(where: { $0.name == argument })
            {
                command = sub
                path.append(sub.name)
                continue
            }
            positionals.append(argument)
        }

        guard command.action != nil else {
            if positionals.isEmpty { return .help(path) }
            throw fail(
                "unknown command '\(positionals[0])' for '\(path.joined(separator: " "))'; use one of: "
                    + command.subcommands.map(\.name).joined(separator: ", "))
        }

        var remaining = positionals[...]
        for argument in command.arguments {
            if argument.isVariadic {
                if remaining.isEmpty, !argument.isOptional {
                    throw fail("missing \(argument.name) (one or more)")
                }
                values[argument.name] = Array(remaining)
                remaining = []
            } else if let value = remaining.first {
                values[argument.name] = [value]
                remaining = remaining.dropFirst()
            } else if !argument.isOptional {
                throw fail("missing \(argument.name)")
            }
            if let allowed = argument.allowedValues {
                for value in values[argument.name] ?? [] where !allowed.contains(value) {
                    throw fail(
                        "'\(value)' is not a valid \(argument.name); use one of: " + allowed.joined(separator: ", "))
                }
            }
        }
        if let surplus = remaining.first {
            throw fail("unexpected argument '\(surplus)' for '\(path.joined(separator: " "))'")
        }
        for option in command.options where values[option.name] == nil {
            if let defaultValue = option.defaultValue { values[option.name] = [defaultValue] }
        }
        return .run(command, ParsedCommand(path: path, values: values, flags: flags))
    }

    /// The command at a path.
    func command(at path: [String]) -> CommandSpec {
        var command = root
        for name in path.dropFirst() {
            guard let sub = command.subcommands.first(where: { $0.name == name }) else { break }
            command = sub
        }
        return command
    }

    /// The help text of the command at a path.
    func help(for path: [String]) -> String {
        let command = command(at: path)
        var lines: [String] = []
        lines.append("\(path.joined(separator: " ")): \(command.abstract)")
        if let discussion = command.discussion {
            lines.append("")
            lines.append(discussion)
        }
        lines.append("")
        var usage = "USAGE: " + path.joined(separator: " ")
        if !command.subcommands.isEmpty, command.action == nil { usage += " <subcommand>" }
        for option in command.options where option.defaultValue == nil {
            usage += option.isFlag ? " [--\(option.name)]" : " [--\(option.name) \(option.valueName ?? "VALUE")]"
        }
        if command.options.contains(where: { $0.defaultValue != nil }) { usage += " [options]" }
        for argument in command.arguments {
            let name = argument.isVariadic ? "\(argument.name) …" : argument.name
            usage += argument.isOptional ? " [\(name)]" : " <\(name)>"
        }
        lines.append(usage)
        func table(_ rows: [(String, String)]) -> [String] {
            let width = min(32, (rows.map(\.0.count).max() ?? 0) + 2)
            return rows.map { left, right in
                let padded =
                    left.count >= width ? left + "  " : left + String(repeating: " ", count: width - left.count)
                return "  " + padded + right
            }
        }
        if !command.arguments.isEmpty {
            lines.append("")
            lines.append("ARGUMENTS:")
            lines += table(
                command.arguments.map { argument in
                    let allowed = argument.allowedValues.map { " (\($0.joined(separator: " | ")))" } ?? ""
                    return ("<\(argument.name)>", argument.help + allowed)
                })
        }
        lines.append("")
        lines.append("OPTIONS:")
        var optionRows: [(String, String)] = command.options.map { option in
            var left = option.short.map { "-\($0), " } ?? ""
            left += "--\(option.name)"
            if let valueName = option.valueName { left += " \(valueName)" }
            var right = option.help
            if let allowed = option.allowedValues { right += " (\(allowed.joined(separator: " | ")))" }
            if let defaultValue = option.defaultValue { right += " (default: \(defaultValue))" }
            return (left, right)
        }
        optionRows.append(("-h, --help", "Show this help"))
        lines += table(optionRows)
        if !command.subcommands.isEmpty {
            lines.append("")
            lines.append("SUBCOMMANDS:")
            lines += table(command.subcommands.map { ($0.name, $0.abstract) })
            lines.append("")
            lines.append("See '\(path.joined(separator: " ")) <subcommand> --help' for a subcommand's help.")
        }
        return lines.joined(separator: "\n")
    }
}
