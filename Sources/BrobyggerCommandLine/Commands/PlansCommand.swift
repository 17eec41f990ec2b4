import Brobygger
import Foundation

/// `brobygger plans due` and `brobygger plan show`: coordinated care plans (koordinerende indsatsplaner) in the store.
enum PlansCommand {
    static var plans: CommandSpec {
        CommandSpec(
            name: "plans", abstract: "Coordinated care plans in the store",
            subcommands: [
                CommandSpec(
                    name: "due",
                    abstract: "Plans whose next coordination meeting is missing, overdue or due soon",
                    discussion: """
                        Lists the plans in force whose next meeting is missing, overdue, or due within N working days
                        (Danish working days), most urgent first. Exit code 1 when a meeting is missing or overdue.
                        N is 0–\(withinRange.upperBound) (about four years of working days); --as-of lies in the
                        plausible window (1900-01-01 to ten years after today).
                        """,
                    options: [
                        ToolStore.option,
                        .value(
                            "within", "N",
                            help: "Working days ahead counted as due soon (0–\(withinRange.upperBound))", default: "10"),
                        .value("as-of", "DATE", help: "The day to judge from (default: today)"),
                    ],
                    action: { parsed, environment in try await due(parsed, environment) })
            ])
    }

    static var plan: CommandSpec {
        CommandSpec(
            name: "plan", abstract: "One coordinated care plan",
            subcommands: [
                CommandSpec(
                    name: "show",
                    abstract: "Show a plan as the Danish document the parties recognise, with its findings",
                    arguments: [ArgumentSpec(name: "ID", help: "The plan's identifier")],
                    options: [
                        ToolStore.option,
                        .value("as-of", "DATE", help: "The day to validate on (default: today)"),
                    ],
                    action: { parsed, environment in try await show(parsed, environment) })
            ])
    }

    /// The range of `--within`: 0–1,000 working days, about four years; a meeting further ahead is not "due soon".
    static let withinRange = 0...1_000

    /// `--as-of`, checked against the plausible window, or today.
    static func asOf(_ parsed: ParsedCommand, _ environment: CommandEnvironment) throws(UsageError) -> CalendarDate {
        try parsed.date("as-of", environment) ?? environment.clock.today
    }

    static func due(_ parsed: ParsedCommand, _ environment: CommandEnvironment) async throws -> ExitCode {
        let within = try parsed.integer("within", in: withinRange, unit: "of working days") ?? 10
        let date = try asOf(parsed, environment)
        let followUp = try await PhaseProgress.run("Reading the plans", environment) {
            try await ToolStore.using(parsed, environment, readOnly: true) { store in
                try await CarePlanFollowUp.stored(in: store)
            }
        }
        var names: [Resident.ID: String] = [:]
        for plan in followUp.openPlans { names[plan.resident] = plan.residentName?.formatted }
        let due = try await PhaseProgress.run("Finding the meetings due", environment) {
            followUp.meetingsDue(in: .all, asOf: date, withinWorkingDays: within)
        }
        var table = TextTable(headings: ["Plan", "Beboer", "Næste møde", "Status"])
        var urgent = false
        for item in due {
            let status: String
            switch item.state {
            case .missing:
                status = "intet næste møde"
                urgent = true
            case .overdue(let days):
                status = "overskredet med \(days) dage"
                urgent = true
            case .dueSoon(let workingDays):
                status = "om \(workingDays) arbejdsdage"
            }
            table.rows.append([
                item.plan.uuidString, names[item.resident] ?? "", item.nextMeeting?.iso8601 ?? "–", status,
            ])
        }
        environment.print("Koordinerende indsatsplaner med møde, der mangler eller forfalder (pr. \(date)):")
        environment.print("")
        environment.print(due.isEmpty ? "  ingen" : table.text())
        return urgent ? .findings : .success
    }

    static func show(_ parsed: ParsedCommand, _ environment: CommandEnvironment) async throws -> ExitCode {
        let text = parsed.value("ID") ?? ""
        let id: CoordinatedCarePlan.ID
        do {
            id = try CoordinatedCarePlan.ID(uuidString: text)
        } catch {
            throw UsageError(message: "'\(text)' is not a plan identifier (a UUID)", commandPath: parsed.path)
        }
        let date = try asOf(parsed, environment)
        let plan = try await ToolStore.using(parsed, environment, readOnly: true) { store in
            try await Repository<CoordinatedCarePlan>(store).require(id).document
        }
        let findings = plan.validate(on: date)
        environment.print(CarePlanMarkdownRenderer().render(plan, findings: findings))
        return findings.hasErrors ? .findings : .success
    }
}
