import Brobygger
import Foundation

/// `brobygger compliance`: the psykiatriloven §13a/§13b compliance report over the store's discharges.
enum ComplianceCommand {
    static var spec: CommandSpec {
        CommandSpec(
            name: "compliance",
            abstract: "The §13a/§13b compliance report (udskrivningsaftaler og koordinationsplaner)",
            discussion: """
                For every discharge from a psychiatric ward in the period of a resident in the mandatory group
                (psykiatriloven §13a stk. 1: a serviceloven §107/§108 or almenboligloven §105 placement, whose
                support is afsnit V support), whether a discharge agreement or
                coordination plan was made in time, late or not at all, whether its content met the statutory rules,
                and whether the outreach team followed up within 5 working days (not registered where no contact of
                the team is registered in the period: import team_contacts.csv). Rows per ward, centre and region.
                The period defaults to the twelve months ending on the latest discharge in the store whose date lies
                in the plausible window (1900-01-01 to ten years after today); the report says which period it
                chose and why. --from and --to lie in that window, --to not before --from.
                Exit code 1 when any required agreement or plan is missing or late.
                """,
            options: [
                ToolStore.option,
                .value("from", "DATE", help: "First day of the period (YYYY-MM-DD)"),
                .value("to", "DATE", help: "Last day of the period (YYYY-MM-DD)"),
                .value("region", "X", help: "Only this region and its centres and wards (organisation id or name)"),
                .value("centre", "X", help: "Only this psychiatric centre and its wards (organisation id or name)"),
                .value("ward", "X", help: "Only this ward (organisation id or name)"),
                .value(
                    "format", "FORMAT", help: "Output format", default: "text",
                    allowed: ["text", "markdown", "csv", "json"]),
            ],
            action: { parsed, environment in try await run(parsed, environment) })
    }

    static func run(_ parsed: ParsedCommand, _ environment: CommandEnvironment) async throws -> ExitCode {
        let (from, to) = try parsed.period(environment)
        let (built, organisations) = try await PhaseProgress.run("Building the compliance report", environment) {
            try await ToolStore.using(parsed, environment, readOnly: true) { store in
                (
                    try await DischargeComplianceReport.buildWithPeriod(
                        store: store, from: from, to: to, asOf: environment.clock.today),
                    try await store.list(Organisation.self, matching: .all).map(\.document)
                )
            }
        }
        let (report, period) = built
        var shown = report
        // --region, --centre or --ward: that unit's row and the rows of the units under it.
        for (option, level) in [
            ("region", DischargeComplianceReport.Level.region), ("centre", .centre), ("ward", .ward),
        ] {
            guard let wanted = parsed.value(option) else { continue }
            guard let selected = shown.selecting(level, named: wanted, organisations: organisations) else {
                throw UsageError(message: "no \(option) '\(wanted)' in the report", commandPath: parsed.path)
            }
            shown = selected
        }
        // The period and why it was chosen: in the report for text and Markdown, on standard error for CSV and JSON
        // so that their output stays one document.
        switch parsed.value("format") {
        case "markdown":
            environment.print(shown.markdown())
            environment.print("*\(period.danishExplanation)*")
        case "csv":
            environment.write(shown.csv())
            environment.printError(period.danishExplanation)
        case "json":
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            environment.print(String(decoding: try encoder.encode(shown), as: UTF8.self))
            environment.printError(period.danishExplanation)
        default:
            environment.print(text(shown))
            AgreementCommand.printFindings(shown.inputFindings, environment)
            environment.print()
            environment.print(period.danishExplanation)
        }
        let counts = shown.rows.reduce(into: DischargeComplianceReport.Counts()) { sum, row in
            sum.missing += row.counts.missing
            sum.late += row.counts.late
        }
        return counts.missing + counts.late > 0 ? .findings : .success
    }

    /// The report as a terminal table, in Danish.
    static func text(_ report: DischargeComplianceReport) -> String {
        var table = TextTable(headings: [
            "Niveau", "Enhed", "Udskrivninger", "Krav §13a", "Rettidig", "For sent", "Mangler", "Indhold ufuldstændigt",
            "Opfølgning nået", "Opfølgning ikke registreret",
        ])
        for row in report.rows.sorted(by: { $0.scope < $1.scope }) {
            let level: String =
                switch row.scope.level {
                case .region: "region"
                case .centre: "center"
                case .ward: "afsnit"
                }
            let c = row.counts
            table.rows.append([
                level, row.scope.name, String(c.discharges), String(c.required), String(c.inTime), String(c.late),
                String(c.missing), String(c.contentIncomplete),
                "\(c.followUpsMet)/\(c.followUpsEvaluated - c.followUpsNotRegistered)",
                String(c.followUpsNotRegistered),
            ])
        }
        return
            "Overholdelse af psykiatriloven §13a/§13b, \(report.period.start) – \(report.period.end.map(\.iso8601) ?? "")\n\n"
            + table.text()
    }
}
