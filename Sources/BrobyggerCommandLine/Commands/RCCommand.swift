import Brobygger
import Foundation

/// `brobygger rc report FILE`: the relational-coordination report of a survey's answers.
enum RCCommand {
    /// The `rc` command group.
    static var spec: CommandSpec {
        CommandSpec(
            name: "rc", abstract: "Relational-coordination surveys",
            subcommands: [report])
    }

    static var report: CommandSpec {
        CommandSpec(
            name: "report",
            abstract: "Score relational-coordination answers and report them, with an SVG heat map",
            discussion: """
                FILE is rc_responses.csv in the long layout
                  round,respondent,respondent_group,rated_group,dimension,answer
                or the wide layout
                  round,respondent,respondent_group,rated_group,frequent,timely,accurate,problem_solving,
                  shared_goals,shared_knowledge,mutual_respect
                with answers as scores 1–5 (empty = not answered). Every group rates every group; each round is
                reported. Cells resting on fewer than K respondents are withheld to protect the respondents.
                """,
            arguments: [ArgumentSpec(name: "FILE", help: "The answers (CSV)")],
            options: [
                .value(
                    "k", "N",
                    help: "Minimum respondents per published cell (\(kRange.lowerBound)–\(kRange.upperBound))",
                    default: "5"),
                .value("svg", "OUT", help: "Write the heat map of the last round as SVG to OUT"),
                .value("format", "FORMAT", help: "Output format", default: "text", allowed: ["text", "markdown"]),
            ],
            action: { parsed, environment in try run(parsed, environment) })
    }

    static func run(_ parsed: ParsedCommand, _ environment: CommandEnvironment) throws -> ExitCode {
        let k = try parsed.integer("k", in: kRange, unit: "of respondents") ?? 5
        let configuration: RelationalCoordinationConfiguration
        do {
            configuration = try RelationalCoordinationConfiguration(minimumCellSize: k)
        } catch {
            throw UsageError(message: "--k: \(error.rule)", commandPath: parsed.path)
        }
        let file = parsed.value("FILE") ?? ""
        guard let data = FileManager.default.contents(atPath: file) else {
            throw InputProblem(file: file, line: nil, field: nil, rule: "the file cannot be read")
        }
        // An --svg path that cannot be written fails before anything is printed, not after the report.
        let svgOutput = try parsed.value("svg").map(SVGOutput.init(path:))
        let input = try RCResponsesFile.read(try CSVTable.parse(data, file: file), today: environment.clock.today)
        let scorer = RelationalCoordinationScorer(survey: input.survey, configuration: configuration)
        let markdown = parsed.value("format") == "markdown"
        var last: RelationalCoordinationReport?
        var hasErrors = false
        for round in input.rounds {
            let report = try scorer.score(input.responses, round: round)
            if markdown {
                environment.print(RelationalCoordinationMarkdownRenderer().render(report))
            } else {
                environment.print(text(report))
            }
            environment.print()
            hasErrors = hasErrors || report.dataQuality.hasErrors
            last = report
        }
        if let svgOutput, let last {
            try svgOutput.write(RelationalCoordinationHeatMap().svg(for: last))
            environment.print("Heat map written to \(svgOutput.path).")
        }
        return hasErrors ? .findings : .success
    }

    /// The range of `--k`: 3 (the floor that protects respondents, ``RelationalCoordinationConfiguration``) to
    /// 1,000.
    static let kRange = RelationalCoordinationConfiguration.minimumCellSizeFloor...1_000

    /// The file `--svg` names, opened for writing before the report is computed.
    struct SVGOutput {
        /// The path as given.
        let path: String

        /// Checks that `path` can be written by creating (or truncating) it.
        ///
        /// - Throws: ``InputProblem`` when the file cannot be created.
        init(path: String) throws(InputProblem) {
            self.path = path
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw InputProblem(
                    file: path, line: nil, field: nil,
                    rule: "the heat map cannot be written (no such directory or no permission)")
            }
        }

        /// Writes the heat map.
        func write(_ svg: String) throws(InputProblem) {
            do {
                try Data(svg.utf8).write(to: URL(fileURLWithPath: path))
            } catch {
                throw InputProblem(file: path, line: nil, field: nil, rule: "the heat map cannot be written: \(error)")
            }
        }
    }

    /// A plain-text summary of one round.
    static func text(_ report: RelationalCoordinationReport) -> String {
        func cell(_ cell: RelationalCoordinationCell?) -> String {
            guard let cell else { return "–" }
            switch cell.status {
            case .published:
                guard let index = cell.index else { return "–" }
                return String(format: "%.2f", index.mean) + " (\(index.band.danishName.lowercased()))"
            case .suppressedBelowMinimum, .suppressedComplementary: return "tilbageholdt"
            case .noResponses: return "ingen svar"
            }
        }
        var lines = [
            "Relationel koordinering — \(report.round.label)",
            "Netværkets indeks: \(cell(report.network))   inden for grupper: \(cell(report.withinGroup))"
                + "   mellem grupper: \(cell(report.betweenGroup))",
            "",
        ]
        var table = TextTable(headings: ["Faggruppe", "Besvarelser", "Vurderet af andre", "Vurderer andre"])
        for group in report.groups {
            table.rows.append([
                report.name(of: group.workgroup), group.respondentCount.map(String.init) ?? "< k",
                cell(group.ratedByOthers), cell(group.ratingOthers),
            ])
        }
        lines.append(table.text())
        let weakest = report.ties.filter { $0.cell.status == .published && !$0.tie.isWithinGroup }
            .min { ($0.cell.index?.mean ?? 5) < ($1.cell.index?.mean ?? 5) }
        if let weakest {
            lines.append("")
            lines.append(
                "Svageste relation: \(report.name(of: weakest.tie.rater)) → \(report.name(of: weakest.tie.rated)) "
                    + cell(weakest.cell))
        }
        if !report.dataQuality.isClean {
            lines.append("")
            lines.append("Datakvalitet:")
            for finding in report.dataQuality { lines.append("  \(finding)") }
        }
        return lines.joined(separator: "\n")
    }
}
