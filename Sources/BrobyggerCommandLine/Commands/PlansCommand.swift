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
                        """,
                    options: [
                        ToolStore.option,
                        .value("within", "N", help: "Working days ahead counted as due soon", default: "10"),
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

    static func asOf(_ parsed: ParsedCommand, _ environment: CommandEnvironment) throws(ValidationError) -> CalendarDate
    {
        guard let text = parsed.value("as-of") else { return environment.clock.today }
        return try CalendarDate(iso8601: text)
    }

    static func due(_ parsed: ParsedCommand, _ environment: CommandEnvironment) async throws -> ExitCode {
        guard let within = Int(parsed.value("within") ?? ""), within >= 0 else {
            throw UsageError(message: "--within takes a whole number of working days", commandPath: parsed.path)
        }
        let date = try asOf(parsed, environment)
        let followUp = try await ToolStore.using(parsed, environment, readOnly: true) { store in
            try await CarePlanFollowUp.stored(in: store)
        }
        var names: [Resident.ID: String] = [:]
        for plan in followUp.openPlans { names[plan.resident] = plan.residentName?.formatted }
        let due = followUp.meetingsDue(in: .all, asOf: date, withinWorkingDays: within)
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
