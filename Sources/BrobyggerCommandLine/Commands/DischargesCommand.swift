import Brobygger
import Foundation

/// `brobygger discharges open`: the ward's §13a worklist of open stays (DischargeWorklist).
enum DischargesCommand {
    static var spec: CommandSpec {
        CommandSpec(
            name: "discharges", abstract: "Stays and their §13a discharge agreements (udskrivningsaftaler)",
            subcommands: [open])
    }

    static var open: CommandSpec {
        CommandSpec(
            name: "open",
            abstract: "The open-stays worklist: admitted patients who need a §13a agreement, most urgent first",
            discussion: """
                Every patient admitted now on a psychiatric ward who is in the mandatory group of psykiatriloven §13a
                stk. 1 (a serviceloven §107/§108 or almenboligloven §105 placement) or flagged for stk. 2 (a
                document made under stk. 2), with the state of the agreement for the stay: none, draft, concluded,
                refused (a §13b coordination plan is needed) or plan made; days admitted, ward, facility, outreach
                team and the responsible consultant where a document names one. Ordered by urgency: stays needing
                action admitted 7 days or more first, then by state (none, refused, draft, concluded, plan made),
                then the longest stay first. --ward keeps the stays on that ward, or on the wards under that centre
                or region (organisation id or name). --as-of (an ISO 8601 instant, or a day taken at 12:00) lists
                the stays open then, reading every resident record; it lies in the plausible window.
                Exit code 1 when a stay lacks a concluded agreement or a made plan.
                """,
            options: [
                ToolStore.option,
                .value("ward", "X", help: "Only this ward, or the wards under this centre or region (id or name)"),
                .value("as-of", "INSTANT", help: "The instant to list for (default: now)"),
                .value(
                    "format", "FORMAT", help: "Output format", default: "text",
                    allowed: ["text", "csv", "json", "markdown"]),
            ],
            action: { parsed, environment in try await runOpen(parsed, environment) })
    }

    /// `--as-of`: an ISO 8601 instant, or a day (taken at 12:00 Copenhagen time), in the plausible window.
    static func instant(_ parsed: ParsedCommand, _ environment: CommandEnvironment) throws(UsageError) -> Instant? {
        guard let text = parsed.value("as-of") else { return nil }
        let instant: Instant
        if let day = try? CalendarDate(iso8601: text), let noon = try? Instant(date: day, hour: 12) {
            instant = noon
        } else if let parsedInstant = try? Instant(iso8601: text) {
            instant = parsedInstant
        } else {
            throw UsageError(
                message: "--as-of takes an ISO 8601 instant (2026-03-02T08:00:00+01:00) or a day YYYY-MM-DD, not '"
                    + "\(text)'", commandPath: parsed.path)
        }
        let days = PlausibleDateWindow.standard.days(clock: environment.clock)
        guard days.contains(instant.calendarDate) else {
            throw UsageError(
                message: "--as-of must lie from \(days.start) to \(days.end.map(\.iso8601) ?? "") "
                    + "(the plausible window), not \(text)", commandPath: parsed.path)
        }
        return instant
    }

    static func runOpen(_ parsed: ParsedCommand, _ environment: CommandEnvironment) async throws -> ExitCode {
        let given = try instant(parsed, environment)
        let asOf = given ?? environment.clock.now()
        let wanted = parsed.value("ward")
        let worklist = try await PhaseProgress.run("Building the worklist", environment) {
            try await ToolStore.using(parsed, environment, readOnly: true) { store in
                var ward: Organisation.ID?
                if let wanted {
                    let organisations = try await store.list(Organisation.self, matching: .all).map(\.document)
                    let lowered = wanted.lowercased()
                    guard
                        let unit = organisations.first(where: {
                            [.ward, .psychiatricCentre, .region].contains($0.kind)
                                && ($0.name.lowercased() == lowered || $0.id.uuidString == lowered)
                        })
                    else {
                        throw UsageError(
                            message: "no ward, centre or region '\(wanted)' in the store", commandPath: parsed.path)
                    }
                    ward = unit.id
                }
                return try await DischargeWorklist.build(
                    store: store, asOf: asOf, ward: ward, scope: given == nil ? .openStays : .allResidents)
            }
        }
        switch parsed.value("format") {
        case "csv":
            environment.write(csv(worklist))
        case "json":
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            environment.print(String(decoding: try encoder.encode(worklist.entries.map(Row.init)), as: UTF8.self))
        case "markdown":
            environment.print("# \(heading(worklist))")
            environment.print()
            environment.print(worklist.entries.isEmpty ? "Ingen." : table(worklist).markdown())
            environment.print()
            environment.print(summary(worklist))
        default:
            environment.print(heading(worklist))
            environment.print()
            environment.print(worklist.entries.isEmpty ? "  ingen" : table(worklist).text())
            environment.print()
            environment.print(summary(worklist))
        }
        return worklist.hasStaysNeedingAction ? .findings : .success
    }

    static func heading(_ worklist: DischargeWorklist) -> String {
        "Indlagte med krav om udskrivningsaftale (psykiatriloven §13a), pr. \(worklist.asOf)"
    }

    static func summary(_ worklist: DischargeWorklist) -> String {
        "\(worklist.entries.count) indlagte, \(worklist.needingAction.count) uden indgået aftale eller koordinationsplan"
            + " (! = indlagt \(DischargeWorklistPolicy.standard.attentionAfterDays) dage eller mere uden)"
    }

    static let headings = [
        "CPR", "Navn", "Afsnit", "Indlagt", "Dage", "Botilbud", "Botilbudsteam", "Grundlag", "Status", "Overlæge",
    ]

    static func cells(_ entry: DischargeWorklistEntry) -> [String] {
        [
            entry.person?.masked ?? "", entry.name?.formatted ?? "", entry.wardName ?? "",
            entry.admittedAt.calendarDate.iso8601, String(entry.daysAdmitted), entry.facilityName ?? "",
            entry.outreachTeamName ?? "", entry.basis.citation.reference,
            (entry.needsAttention ? "! " : "") + entry.state.danishName, entry.consultant?.description ?? "",
        ]
    }

    static func table(_ worklist: DischargeWorklist) -> TextTable {
        var table = TextTable(headings: headings)
        table.rows = worklist.entries.map(cells)
        return table
    }

    static func csv(_ worklist: DischargeWorklist) -> String {
        let header = [
            "cpr", "name", "ward", "admitted_at", "days_admitted", "facility", "outreach_team", "basis", "state",
            "state_date", "needs_attention", "consultant", "episode", "document_id",
        ]
        var lines = [header.joined(separator: ",")]
        for entry in worklist.entries {
            let fields = [
                entry.person?.masked ?? "", entry.name?.formatted ?? "", entry.wardName ?? "",
                entry.admittedAt.iso8601, String(entry.daysAdmitted), entry.facilityName ?? "",
                entry.outreachTeamName ?? "", entry.basis.rawValue, entry.state.kind.rawValue,
                entry.state.date?.iso8601 ?? "", entry.needsAttention ? "true" : "false",
                entry.consultant?.description ?? "", entry.episode.value, entry.documentID ?? "",
            ]
            lines.append(fields.map(SafeOutput.csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One entry as the JSON output shows it: the CPR number masked.
    struct Row: Encodable {
        var cpr: String?
        var name: String?
        var resident: String
        var episode: String
        var admittedAt: String
        var daysAdmitted: Int
        var ward: String?
        var wardName: String?
        var facility: String?
        var facilityName: String?
        var outreachTeam: String?
        var outreachTeamName: String?
        var basis: String
        var state: String
        var stateDate: String?
        var needsAttention: Bool
        var consultant: String?
        var documentID: String?

        init(_ entry: DischargeWorklistEntry) {
            cpr = entry.person?.masked
            name = entry.name?.formatted
            resident = entry.resident.uuidString
            episode = entry.episode.value
            admittedAt = entry.admittedAt.iso8601
            daysAdmitted = entry.daysAdmitted
            ward = entry.ward?.uuidString
            wardName = entry.wardName
            facility = entry.facility?.uuidString
            facilityName = entry.facilityName
            outreachTeam = entry.outreachTeam?.uuidString
            outreachTeamName = entry.outreachTeamName
            basis = entry.basis.rawValue
            state = entry.state.kind.rawValue
            stateDate = entry.state.date?.iso8601
            needsAttention = entry.needsAttention
            consultant = entry.consultant?.description
            documentID = entry.documentID
        }
    }
}
