import Brobygger
import BrobyggerTesting
import Foundation

/// Entry points for the package's fuzz targets (`Fuzz/`): the tool's input parsers, run as the tool runs them, with
/// the properties only this module can check. Not part of the tool's behaviour.
package enum FuzzEntryPoints {
    /// What one input produced.
    package struct Outcome: Sendable {
        /// Every text the tool would show for the input (problems, usage errors, help, reports).
        package var messages: [String] = []
        /// Every property that did not hold; empty when all held.
        package var violations: [String] = []

        mutating func require(_ condition: Bool, _ violation: @autoclosure () -> String) {
            if !condition { violations.append(violation()) }
        }
    }

    /// The input kinds `importFile(kind:data:)` reads: the `brobygger import` kinds and `rc` (`brobygger rc report`).
    package static let importKinds = [
        "organisations", "facilities", "residents", "placements", "events", "rc", "documents", "medcom",
        "team-contacts",
    ]

    /// The day imports run on, fixed so that runs are reproducible.
    static let today = try! CalendarDate(year: 2026, month: 6, day: 15)

    /// The demo's synthetic region as the store an import resolves against, so that the exported samples (the seed
    /// corpus) reach past reference resolution into the row checks.
    static let snapshot: StoreSnapshot = {
        var snapshot = StoreSnapshot()
        guard let region = try? SyntheticRegion.generate(.hovedstaden), let records = try? region.residentRecords(),
            let name = try? PersonName(given: "fuzz", family: "seed")
        else { return snapshot }
        let provenance = Provenance(author: Author(name: name), instant: Instant(millisecondsSince1970: 0))
        func revision<Document>(_ document: Document) -> Revision<Document>? {
            try? Revision(number: 1, document: document, provenance: provenance)
        }
        for organisation in region.organisations { snapshot.organisations[organisation.id] = revision(organisation) }
        for facility in region.facilities { snapshot.facilities[facility.id] = revision(facility) }
        for record in records {
            snapshot.records[record.id] = revision(record)
            if case .cpr(let cpr) = record.resident.person { snapshot.residentsByCPR[cpr] = record.id }
        }
        return snapshot
    }()

    /// Reads `data` as RFC 4180 CSV. Properties: every record has as many fields as the header; writing the table
    /// with the tool's CSV writer and reading it again gives the same header and fields.
    package static func csv(_ data: Data) -> Outcome {
        var outcome = Outcome()
        outcome.violations += limitsAgree(data)
        let table: CSVTable
        do {
            table = try CSVTable.parse(data, file: "fuzz.csv")
        } catch {
            outcome.messages.append(error.description)
            return outcome
        }
        let fields = table.records.map { table.fields(of: $0) }
        for record in fields {
            outcome.require(record.count == table.header.count, "a record's field count differs from the header")
        }
        outcome.require(
            zip(table.records, table.records.dropFirst()).allSatisfy { $0.line < $1.line }, "record lines ascend")
        var writer = CSVWriter(header: table.header)
        for record in fields { writer.append(record) }
        // The writer replaces control characters other than line breaks (SafeOutput.csvField); all else survives.
        func written(_ field: String) -> String {
            var scalars = String.UnicodeScalarView()
            for scalar in field.unicodeScalars {
                scalars.append(
                    ControlCharacters.isRefused(scalar, lineBreaks: .allowed) ? SafeOutput.replacement : scalar)
            }
            return String(scalars)
        }
        do {
            let again = try CSVTable.parse(Data(writer.text.utf8), file: "fuzz.csv")
            outcome.require(
                again.header == table.header.map(written), "the header changes when written and read again")
            outcome.require(
                again.records.map { again.fields(of: $0) } == fields.map { $0.map(written) },
                "the records change when written and read again")
        } catch {
            outcome.violations.append("a table the writer wrote cannot be read: \(error)")
        }
        return outcome
    }

    /// The size limits as a file is read chunk by chunk (`CSVLimitScanner`, split at the middle) and as the table
    /// reads the whole text agree: with small limits drawn from the input, a well-formed text the table takes is
    /// taken chunk by chunk, and one it refuses for a field or column limit is refused chunk by chunk too.
    static func limitsAgree(_ data: Data) -> [String] {
        guard !data.starts(with: [0xEF, 0xBB, 0xBF]), String(validating: data, as: UTF8.self) != nil,
            let limits = try? IntakeLimits(fieldBytes: 1 + data.count % 13, columnsPerRow: 1 + data.count % 5)
        else { return [] }
        func limitRule(_ problem: InputProblem) -> Bool {
            problem.rule.contains("IntakeLimits.fieldBytes") || problem.rule.contains("IntakeLimits.columnsPerRow")
        }
        let tableLimit: Bool
        do {
            _ = try CSVTable.parse(data, file: "fuzz.csv", limits: limits)
            tableLimit = false
        } catch {
            guard limitRule(error) else { return [] }
            tableLimit = true
        }
        var scanner = CSVLimitScanner(file: "fuzz.csv", limits: limits)
        var scannerLimit = false
        do {
            try scanner.scan(data.prefix(data.count / 2))
            try scanner.scan(data.dropFirst(data.count / 2))
        } catch {
            scannerLimit = limitRule(error)
        }
        guard tableLimit != scannerLimit else { return [] }
        return [
            "the table \(tableLimit ? "refuses" : "takes") the text for the field and column limits, the chunked "
                + "check \(scannerLimit ? "refuses" : "takes") it"
        ]
    }

    /// Reads `data` as an input file of `kind` and plans the import against the demo region, as `brobygger import`
    /// (or `rc report`) would. Properties: every problem names the file and, for CSV, a line of the file; the plan
    /// counts every record as a row.
    package static func importFile(kind: String, data: Data) -> Outcome {
        var outcome = Outcome()
        let file = "fuzz-input"
        // Lines as the reader counts them: LF, CRLF and a lone CR each end one.
        let bytes = [UInt8](data)
        let lineCount =
            1
            + bytes.indices.filter { bytes[$0] == 0x0A || (bytes[$0] == 0x0D && bytes.dropFirst($0 + 1).first != 0x0A) }
            .count
        func record(_ problems: [InputProblem]) {
            for problem in problems {
                outcome.messages.append(problem.description)
                outcome.require(problem.file == file, "a problem names another file")
                if let line = problem.line {
                    outcome.require((1...lineCount).contains(line), "a problem names line \(line) of \(lineCount)")
                }
            }
        }
        do {
            switch kind {
            case "medcom":
                record(MedComImport.plan([(file, data)], snapshot: snapshot, today: today).problems)
            case "documents":
                for document in try JSONDocumentFile.read(data, file: file) {
                    outcome.messages += document.findings(on: today).findings.map(\.description)
                }
            case "rc":
                let input = try RCResponsesFile.read(try CSVTable.parse(data, file: file), today: today)
                let scorer = RelationalCoordinationScorer(survey: input.survey, configuration: .standard)
                for round in input.rounds {
                    let report = try scorer.score(input.responses, round: round)
                    outcome.messages.append(RelationalCoordinationMarkdownRenderer().render(report))
                    outcome.messages.append(RelationalCoordinationHeatMap().svg(for: report))
                }
            default:
                let table = try CSVTable.parse(data, file: file)
                let plan: ImportPlan
                switch kind {
                case "organisations": plan = try OrganisationsImport.plan(table, snapshot: snapshot)
                case "facilities": plan = try FacilitiesImport.plan(table, snapshot: snapshot)
                case "residents": plan = try ResidentsImport.plan(table, snapshot: snapshot, today: today)
                case "placements": plan = try PlacementsImport.plan(table, snapshot: snapshot, today: today)
                case "team-contacts": plan = try TeamContactsImport.plan(table, snapshot: snapshot, today: today)
                default: plan = try EventsImport.plan(table, snapshot: snapshot, today: today)
                }
                record(plan.problems)
                record(plan.notes)
                outcome.require(plan.rows == table.records.count, "the plan counts \(plan.rows) of the records")
                outcome.require(
                    plan.writes.count + plan.unchanged <= plan.rows, "an import plans more documents than rows")
            }
        } catch let problem as InputProblem {
            record([problem])
        } catch let problems as InputProblems {
            record(problems.problems)
        } catch {
            outcome.messages.append("\(error)")
        }
        return outcome
    }

    /// The tool's command tree, parsed once.
    static let parser = CommandLineParser(root: Tool.root)

    /// Parses `arguments` as the tool's command line. Properties: a command to run holds only the options and
    /// arguments its specification declares, and its canonical command line (`--name=value` options, then `--`,
    /// then the arguments) parses to the same command; help is shown for a command that exists; an error names a
    /// command.
    package static func arguments(_ arguments: [String]) -> Outcome {
        var outcome = Outcome()
        do {
            switch try parser.parse(arguments) {
            case .help(let path):
                let help = parser.help(for: path)
                outcome.messages.append(help)
                outcome.require(help.hasPrefix(path.joined(separator: " ") + ": "), "help names its command")
            case .run(let command, let parsed):
                outcome.require(parsed.path.last == command.name, "the parsed path ends at the command")
                let names = Set(command.options.map(\.name) + command.arguments.map(\.name))
                outcome.require(Set(parsed.values.keys).isSubset(of: names), "a value of an undeclared name")
                let flags = Set(command.options.filter(\.isFlag).map(\.name))
                outcome.require(parsed.flags.isSubset(of: flags), "an undeclared flag")
                var canonical = Array(parsed.path.dropFirst())
                for option in command.options {
                    if option.isFlag {
                        if parsed.flags.contains(option.name) { canonical.append("--\(option.name)") }
                    } else {
                        canonical += parsed.values(option.name).map { "--\(option.name)=\($0)" }
                    }
                }
                canonical.append("--")
                for argument in command.arguments { canonical += parsed.values(argument.name) }
                guard case .run(_, let again) = try parser.parse(canonical) else {
                    outcome.violations.append("the canonical command line asks for help")
                    return outcome
                }
                outcome.require(again == parsed, "the canonical command line parses differently: \(canonical)")
            }
        } catch {
            outcome.messages.append(error.description)
            outcome.require(!error.commandPath.isEmpty && !error.message.isEmpty, "an error names a command")
        }
        return outcome
    }

    /// One command line per command of the tool, every option given (the first allowed value, or its placeholder),
    /// for the seed corpus.
    package static var sampleCommandLines: [[String]] {
        var lines: [[String]] = [[], ["--help"]]
        func visit(_ command: CommandSpec, _ path: [String]) {
            if command.action != nil {
                var line = path
                for option in command.options {
                    line.append("--\(option.name)")
                    if let valueName = option.valueName { line.append(option.allowedValues?.first ?? valueName) }
                }
                for argument in command.arguments { line.append(argument.allowedValues?.first ?? argument.name) }
                lines.append(line)
                lines.append(path + ["-h"])
            }
            for sub in command.subcommands { visit(sub, path + [sub.name]) }
        }
        visit(Tool.root, [])
        return lines
    }
}
