import Brobygger

/// `brobygger board --facility X [--week YYYY-Www]`: the weekly resident-overview board (*beboeroverblik*).
enum BoardCommand {
    /// The command's specification.
    static var spec: CommandSpec {
        CommandSpec(
            name: "board",
            abstract: "Show a facility's resident-overview board (beboeroverblik) for a week",
            discussion: """
                Lists the residents with intensified effort or an observed criterion that week, with the agreed
                criteria, goals and wishes, planned interventions and open follow-ups after discharge, as the
                facility's outreach team sees them (information another party recorded needs the resident's
                consent and is otherwise marked as withheld). The criteria and meeting day come from the
                facility's collaboration agreement in force that week (a draft does not count until it is signed
                and in force).
                """,
            options: [
                .value("facility", "X", help: "The facility: its id or its name (required)"),
                .value(
                    "week", "YYYY-Www",
                    help: "The ISO week, e.g. 2026-W10, in the plausible window (default: this week)"),
                .value("format", "FORMAT", help: "Output format", default: "text", allowed: ["text", "markdown"]),
                ToolStore.option,
            ],
            action: { parsed, environment in try await run(parsed, environment) })
    }

    static func run(_ parsed: ParsedCommand, _ environment: CommandEnvironment) async throws -> ExitCode {
        guard let facilityText = parsed.value("facility") else {
            throw UsageError(message: "the option '--facility' is required", commandPath: parsed.path)
        }
        let week: ISOWeek
        if let text = parsed.value("week") {
            do {
                week = try ISOWeek(iso8601: text)
            } catch {
                throw UsageError(message: "'\(text)' is not an ISO week such as 2026-W10", commandPath: parsed.path)
            }
            let window = PlausibleDateWindow.standard.days(clock: environment.clock)
            guard window.contains(week.monday) else {
                throw UsageError(
                    message: "--week must lie from \(window.start) to \(window.end.map(\.iso8601) ?? "") "
                        + "(the plausible window), not \(text)",
                    commandPath: parsed.path)
            }
        } else {
            week = ISOWeek(containing: environment.clock.today)
        }
        let text = try await ToolStore.using(parsed, environment, readOnly: true) { store in
            let facility = try await find(facilityText, in: store)
            return try await render(
                facility: facility, week: week, store: store, markdown: parsed.value("format") == "markdown")
        }
        environment.print(text)
        return .success
    }

    /// The facility a `--facility` value names: its id, or its name (exactly, else as the only partial match).
    static func find(_ text: String, in store: any DocumentStore) async throws -> ResidentialFacility {
        let id = StableIdentifier.make(text, kind: "organisation", as: Organisation.self)
        if let revision = try await store.current(ResidentialFacility.self, id: id) { return revision.document }
        let facilities = try await store.list(ResidentialFacility.self, matching: .all).map(\.document)
        let needle = text.lowercased()
        let exact = facilities.filter { $0.name.lowercased() == needle }
        if exact.count == 1 { return exact[0] }
        let partial = facilities.filter { $0.name.lowercased().contains(needle) }
        if partial.count == 1 { return partial[0] }
        if partial.isEmpty {
            // A document not found is a store error (exit 4), as for every command that names a document.
            throw StoreError.notFound(kind: ResidentialFacility.documentKind, id: text)
        }
        throw RowRule(
            "'\(text)' matches \(partial.count) facilities (" + partial.prefix(5).map(\.name).joined(separator: "; ")
                + (partial.count > 5 ? "; …" : "") + "); give the id or the full name")
    }

    /// The board of `facility` for `week` as text.
    static func render(facility: ResidentialFacility, week: ISOWeek, store: any DocumentStore, markdown: Bool)
        async throws -> String
    {
        let board = try await ResidentOverviewBoard.build(store: store, facility: facility, week: week)
        var teamName = "botilbudsteamet"
        if let team = facility.outreachTeam, let organisation = try await store.current(Organisation.self, id: team) {
            teamName = organisation.document.name
        }
        return format(board, facility: facility, teamName: teamName, markdown: markdown)
    }

    /// The board as a Danish-headed table.
    static func format(_ board: ResidentOverviewBoard, facility: ResidentialFacility, teamName: String, markdown: Bool)
        -> String
    {
        var lines: [String] = []
        // Stored text goes through the escaping of the output kind: Markdown, or plain text for a terminal.
        func safe(_ stored: String) -> String {
            markdown ? SafeOutput.markdown(stored, atLineStart: false) : SafeOutput.terminal(stored)
        }
        let title = "Beboeroverblik — \(safe(facility.name)), uge \(board.week.week) \(board.week.year)"
        lines.append(markdown ? "# \(title)" : title)
        lines.append("Set af \(safe(teamName)). \(board.week.monday)–\(board.week.sunday).")
        if !board.meetingDates.isEmpty {
            lines.append(
                "Beboeroverbliksmøde: "
                    + board.meetingDates.map { "\($0.weekday.danishName) \($0)" }.joined(separator: ", "))
        }
        lines.append("")
        var table = TextTable(headings: [
            "Beboer", "Indsats", "Kriterier", "Mål og ønsker", "Opfølgning efter udskrivelse",
        ])
        for row in board.rows.sorted(by: { $0.name < $1.name }) {
            let criteria = row.criteria.map { "\($0.title) (\($0.acuity.danishName))" }.joined(separator: "; ")
            let goals =
                row.withheld.contains(.goalsAndWishes)
                ? "(tilbageholdt: samtykke mangler)" : (row.goalsAndWishes ?? []).joined(separator: "; ")
            let followUps = (row.openFollowUps ?? []).map { followUp in
                switch followUp.status {
                case .overdue: "overskredet (frist \(followUp.dueDate))"
                default: "åben (frist \(followUp.dueDate))"
                }
            }
            table.rows.append([
                row.name.description, row.intensity.danishName, criteria.isEmpty ? "–" : criteria,
                goals.isEmpty ? "–" : goals,
                row.openFollowUps == nil
                    ? "(tilbageholdt)" : (followUps.isEmpty ? "–" : followUps.joined(separator: "; ")),
            ])
        }
        if table.rows.isEmpty {
            lines.append("Ingen beboere med intensiveret indsats eller observerede kriterier i ugen.")
        } else {
            lines.append(markdown ? table.markdown() : table.text())
        }
        if board.withheldRowCount > 0 {
            lines.append("")
            lines.append("\(board.withheldRowCount) beboer(e) vises ikke: samtykke til deling mangler.")
        }
        if !board.criteria.isEmpty {
            lines.append("")
            lines.append("Aftalte kriterier for intensiveret indsats:")
            for criterion in board.criteria {
                lines.append("  - \(safe(criterion.title)) (\(safe(criterion.acuity.danishName)))")
            }
        }
        if !board.findings.isClean {
            lines.append("")
            lines.append("Fund:")
            for finding in board.findings { lines.append("  \(safe(finding.description))") }
        }
        return lines.joined(separator: "\n")
    }
}
