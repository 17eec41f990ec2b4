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
                and whether the outreach team followed up within 5 working days. Rows per ward, centre and region.
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
                    try await build(store: store, from: from, to: to, today: environment.clock.today),
                    try await store.list(Organisation.self, matching: .all).map(\.document)
                )
            }
        }
        let (report, period) = built
        let parents = Dictionary(
            organisations.map { ($0.id, $0.partOf) }, uniquingKeysWith: { first, _ in first })
        /// Whether `organisation` is `ancestor` or lies under it.
        func isWithin(_ organisation: Organisation.ID?, _ ancestor: Organisation.ID) -> Bool {
            var current = organisation
            var steps = 0
            while let id = current, steps < 16 {
                if id == ancestor { return true }
                current = parents[id] ?? nil
                steps += 1
            }
            return false
        }
        var rows = report.rows
        // --region, --centre or --ward: that unit's row and the rows of the units under it.
        for (option, level) in [
            ("region", DischargeComplianceReport.Level.region), ("centre", .centre), ("ward", .ward),
        ] {
            guard let wanted = parsed.value(option) else { continue }
            let selected = rows.filter { row in
                row.scope.level == level
                    && (row.scope.name.caseInsensitiveCompare(wanted) == .orderedSame
                        || row.scope.organisation?.uuidString == wanted.lowercased())
            }
            guard !selected.isEmpty else {
                throw UsageError(message: "no \(option) '\(wanted)' in the report", commandPath: parsed.path)
            }
            let units = selected.compactMap(\.scope.organisation)
            rows = rows.filter { row in
                selected.contains(row) || units.contains { isWithin(row.scope.organisation, $0) }
            }
        }
        let shown = DischargeComplianceReport(
            period: report.period, rows: rows, exceptions: report.exceptions, rules: report.rules,
            documentMismatches: report.documentMismatches)
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
        let counts = rows.reduce(into: DischargeComplianceReport.Counts()) { sum, row in
            sum.missing += row.counts.missing
            sum.late += row.counts.late
        }
        return counts.missing + counts.late > 0 ? .findings : .success
    }

    /// The report over the store's residents, documents and organisations, with the period it covers and why.
    static func build(store: any DocumentStore, from: CalendarDate?, to: CalendarDate?, today: CalendarDate)
        async throws -> (DischargeComplianceReport, ComplianceReportPeriod)
    {
        let organisations = try await store.list(Organisation.self, matching: .all).map(\.document)
        let records = try await store.list(ResidentRecord.self, matching: .all).map(\.document)
        var stays: [Stay] = []
        var placements: [Placement] = []
        var persons: [Resident.ID: PersonIdentifier] = [:]
        var contacts: [Resident.ID: [TeamContact]] = [:]
        for record in records {
            stays += try CourseTimeline(resident: record.id, events: record.events).stays
            placements += record.placements
            persons[record.id] = record.resident.person
            contacts[record.id] = record.contacts
        }
        var documents: [DischargeDocumentRecord] = []
        for agreement in try await store.list(DischargeAgreement.self, matching: .all).map(\.document) {
            if let person = persons[agreement.resident] {
                documents.append(DischargeDocumentRecord(agreement, person: person))
            }
        }
        for plan in try await store.list(CoordinationPlan.self, matching: .all).map(\.document) {
            if let person = persons[plan.resident] { documents.append(DischargeDocumentRecord(plan, person: person)) }
        }
        // Register rows imported from discharge_documents.csv, unless the full document is stored as well.
        let full = Set(documents.map(\.documentID))
        for entry in try await store.list(DischargeRegisterEntry.self, matching: .all).map(\.document)
        where !full.contains(entry.record.documentID) {
            documents.append(entry.record)
        }
        let period = try ComplianceReportPeriod(
            from: from, to: to, discharges: stays.compactMap(\.endDate), today: today)
        let followUps = stays.compactMap { stay in
            FollowUpAfterDischarge.evaluate(stay: stay, contacts: contacts[stay.resident] ?? [], asOf: today)
        }
        let report = DischargeComplianceReport.build(
            period: period.period, cases: DischargeCase.cases(stays: stays, placements: placements),
            documents: documents, persons: persons, followUps: followUps, organisations: organisations)
        return (report, period)
    }

    /// The report as a terminal table, in Danish.
    static func text(_ report: DischargeComplianceReport) -> String {
        var table = TextTable(headings: [
            "Niveau", "Enhed", "Udskrivninger", "Krav §13a", "Rettidig", "For sent", "Mangler", "Indhold ufuldstændigt",
            "Opfølgning nået",
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
                String(c.missing), String(c.contentIncomplete), "\(c.followUpsMet)/\(c.followUpsEvaluated)",
            ])
        }
        return
            "Overholdelse af psykiatriloven §13a/§13b, \(report.period.start) – \(report.period.end.map(\.iso8601) ?? "")\n\n"
            + table.text()
    }
}
