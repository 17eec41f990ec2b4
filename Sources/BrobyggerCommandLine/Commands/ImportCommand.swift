import Brobygger
import Foundation

/// `brobygger import KIND FILE…`: checks every row of every file, then saves all of it or nothing.
enum ImportCommand {
    /// The kinds of input and their formats.
    static let kinds = IntakeKind.importOrder.map(\.rawValue)

    /// The command's specification.
    static var spec: CommandSpec {
        CommandSpec(
            name: "import",
            abstract: "Import flat files (CSV) or JSON documents into the store",
            discussion: """
                Every row is checked through the SDK's validating types and every reference (facility, resident,
                ward, team) must resolve against the store, so import organisations, then facilities, residents,
                placements, events, team contacts, MedCom messages, discharge documents, documents and survey
                answers. A code of an open list this version does not know (a target group) is kept and noted. Every
                problem is reported as FILE:LINE: COLUMN: RULE. The import is all-or-nothing: when any row is
                invalid nothing is written and the store is left as it was (exit code 3), unless --skip-invalid
                is given, which imports the valid rows and lists the skipped ones (a survey file is always
                imported whole or not at all). Re-importing a file changes nothing.

                Formats (UTF-8 CSV with a header row, RFC 4180 quoting; extra columns are ignored):
                  organisations  id,kind,name,sor,gln,municipality,region
                  facilities     id,legal_basis,owner,capacity,approved_target_groups,team
                  residents      resident,given_name,family_name,municipality,diagnoses
                  placements     resident,facility,legal_basis,from,to
                  events         event_id,resident,episode,kind,at,ward,admission,supersedes
                  team-contacts  contact_id,resident,team,kind,channel,at,professional (the outreach team's
                                 contacts, which follow-up after discharge counts)
                  medcom         MedCom hospital notifications (FHIR R4 message bundles, one per file):
                                 STIN/STAA admissions, STOR/SLOR leave, SLHJ discharge, MORS death, and their
                                 revisions and cancellations; the patient must be a stored resident and the
                                 service provider's SOR or GLN code a stored organisation
                  discharge-documents
                                 document_id,resident,episode,kind,basis,agreed_on,refused_on,
                                 treatment_offers,social_offers,parties,consultant (a ward's §13a/§13b
                                 register; the resident and the episode must be in the store)
                  documents      JSON: {"kind": "organisation", "document": {…}} or an array of them; a
                                 care-plan may add "resident": "<CPR number>" to bind it to that stored resident
                  rc-responses   round,respondent,respondent_group,rated_group,dimension,answer (long) or
                                 round,respondent,respondent_group,rated_group,frequent,timely,accurate,
                                 problem_solving,shared_goals,shared_knowledge,mutual_respect (wide); stored as
                                 one document per round of the survey named by --survey (default: the file
                                 name without extension)
                'brobygger demo --export DIR' writes an example of each; 'brobygger generate DIR' a whole region.
                """,
            arguments: [
                ArgumentSpec(name: "KIND", help: "What the files hold", allowedValues: kinds),
                ArgumentSpec(name: "FILE", help: "The files to import", isVariadic: true),
            ],
            options: [
                ToolStore.option,
                .flag(
                    "skip-invalid", help: "Import the valid rows and list the invalid ones instead of importing nothing"
                ),
                .flag("dry-run", help: "Check the files and report what would change, without writing"),
                .value(
                    "survey", "NAME",
                    help: "rc-responses: the survey the answers belong to (default: the file name without extension)"),
            ],
            action: { parsed, environment in try await run(parsed, environment) })
    }

    static func run(_ parsed: ParsedCommand, _ environment: CommandEnvironment) async throws -> ExitCode {
        guard let kind = IntakeKind(rawValue: parsed.value("KIND") ?? "") else {
            throw UsageError(message: "unknown kind", commandPath: parsed.path)
        }
        let files = parsed.values("FILE")
        var inputs: [IntakeInput] = []
        for file in files { inputs.append(try IntakeInput(contentsOf: file, kind: kind)) }
        // Plan against a read-only view, so a failed import leaves the store (or its absence) exactly as it was;
        // the saves then expect the versions read, so a change made in between is a conflict, not overwritten.
        let today = environment.clock.today
        let survey = parsed.value("survey")
        // Decoding and checking the files can take most of a large import: it shows a status line on a terminal.
        let plan: ImportPlan = try await PhaseProgress.run("Reading and checking the files", environment) {
            if try await ToolStore.exists(parsed, environment) {
                return try await ToolStore.using(parsed, environment, readOnly: true) { store in
                    try await ImportPlanner(store: store, today: today).plan(kind, inputs: inputs, survey: survey)
                }
            }
            return try await ImportPlanner(store: InMemoryDocumentStore(), today: today)
                .plan(kind, inputs: inputs, survey: survey)
        }
        for note in plan.notes { environment.printError("note: \(note)") }
        for problem in plan.problems { environment.printError("error: \(problem)") }
        if !plan.problems.isEmpty && !parsed.flag("skip-invalid") {
            let count = plan.problems.count
            environment.printError(
                "\(count) problem\(count == 1 ? "" : "s") found; nothing was imported "
                    + "(use --skip-invalid to import the valid rows).")
            return .input
        }
        let created = plan.writes.filter(\.isNew).count
        let updated = plan.writes.count - created
        let counts = "\(created) new, \(updated) changed, \(plan.unchanged) unchanged documents"
        if parsed.flag("dry-run") {
            environment.print("Dry run: \(counts); nothing was written.")
            return plan.problems.isEmpty ? .success : .input
        }
        if !plan.writes.isEmpty {
            let names = files.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: " ")
            let provenance = ToolStore.provenance(environment, reason: "brobygger import \(kind.rawValue) \(names)")
            let progress = ProgressBar(total: plan.writes.count, environment: environment)
            // One batch: the store writes every document or none, also if the process is killed half-way.
            try await ToolStore.using(parsed, environment, readOnly: false) { store in
                try await plan.apply(to: store, provenance: provenance, progress: { done in progress.update(done) })
            }
            progress.finish()
        }
        let fileCount = "\(files.count) file\(files.count == 1 ? "" : "s")"
        environment.print(
            "Imported \(kind.rawValue) from \(fileCount) (\(plan.rows) row\(plan.rows == 1 ? "" : "s")): \(counts).")
        if !plan.problems.isEmpty {
            environment.print("Skipped invalid rows:")
            for (file, lines) in plan.skippedLines.sorted(by: { $0.key < $1.key }) {
                let list = lines.map(String.init).joined(separator: ", ")
                environment.print("  \(file): line\(lines.count == 1 ? "" : "s") \(list)")
            }
            for problem in plan.problems where problem.line == nil {
                // A JSON documents file is skipped whole, but for a document another file already writes.
                if let entry = problem.field, entry.hasPrefix("["), problem.rule.contains("also written by") {
                    environment.print("  \(problem.file): document \(entry)")
                } else {
                    environment.print("  \(problem.file): the whole file")
                }
            }
        }
        return .success
    }
}
