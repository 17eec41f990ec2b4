import Brobygger
import Foundation

/// `brobygger import KIND FILE…`: checks every row of every file, then saves all of it or nothing.
enum ImportCommand {
    /// The kinds of input and their formats.
    static let kinds = [
        "organisations", "facilities", "residents", "placements", "events", "medcom", "discharge-documents",
        "documents", "rc-responses",
    ]

    /// The command's specification.
    static var spec: CommandSpec {
        CommandSpec(
            name: "import",
            abstract: "Import flat files (CSV) or JSON documents into the store",
            discussion: """
                Every row is checked through the SDK's validating types and every reference (facility, resident,
                ward, team) must resolve against the store, so import organisations, then facilities, residents,
                placements, events, MedCom messages, discharge documents, documents and survey answers. Every
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
        let kind = parsed.value("KIND") ?? ""
        let files = parsed.values("FILE")
        var inputs: [(String, Data)] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw InputProblem(file: file, line: nil, field: nil, rule: "the file cannot be read")
            }
            inputs.append((file, data))
        }
        // Plan against a read-only view, so a failed import leaves the store (or its absence) exactly as it was;
        // the saves then expect the versions read, so a change made in between is a conflict, not overwritten.
        let plan: ImportPlan
        if try await ToolStore.exists(parsed, environment) {
            plan = try await ToolStore.using(parsed, environment, readOnly: true) { store in
                try await self.plan(
                    kind: kind, inputs: inputs, survey: parsed.value("survey"), store: store, environment: environment)
            }
        } else {
            plan = try await self.plan(
                kind: kind, inputs: inputs, survey: parsed.value("survey"), store: InMemoryDocumentStore(),
                environment: environment)
        }
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
            let provenance = ToolStore.provenance(environment, reason: "brobygger import \(kind) \(names)")
            let progress = ProgressBar(total: plan.writes.count, environment: environment)
            // One batch: the store writes every document or none, also if the process is killed half-way.
            try await ToolStore.using(parsed, environment, readOnly: false) { store in
                _ = try await store.save(
                    plan.writes.map(\.write), provenance: provenance, progress: { done in progress.update(done) })
            }
            progress.finish()
        }
        let fileCount = "\(files.count) file\(files.count == 1 ? "" : "s")"
        environment.print(
            "Imported \(kind) from \(fileCount) (\(plan.rows) row\(plan.rows == 1 ? "" : "s")): \(counts).")
        if !plan.problems.isEmpty {
            environment.print("Skipped invalid rows:")
            for (file, lines) in plan.skippedLines.sorted(by: { $0.key < $1.key }) {
                let list = lines.map(String.init).joined(separator: ", ")
                environment.print("  \(file): line\(lines.count == 1 ? "" : "s") \(list)")
            }
            for problem in plan.problems where problem.line == nil {
                environment.print("  \(problem.file): the whole file")
            }
        }
        return .success
    }

    /// Checks every file against the store's current documents and plans the saves.
    static func plan(
        kind: String, inputs: [(String, Data)], survey: String? = nil, store: any DocumentStore,
        environment: CommandEnvironment
    ) async throws -> ImportPlan {
        var snapshot = try await StoreSnapshot.load(store)
        if kind == "medcom" { return MedComImport.plan(inputs, snapshot: snapshot) }
        if kind == "discharge-documents" {
            for revision in try await store.list(DischargeRegisterEntry.self, matching: .all) {
                snapshot.registerEntries[revision.document.id.storageKey] = revision
            }
        }
        if kind == "rc-responses" {
            for revision in try await store.list(RelationalCoordinationRoundResponses.self, matching: .all) {
                snapshot.rounds[revision.document.round] = revision
            }
        }
        var plan = ImportPlan()
        var writers: [String: String] = [:]
        for (file, data) in inputs {
            do {
                let filePlan = try await self.plan(
                    kind: kind, file: file, data: data, survey: survey, snapshot: snapshot, store: store,
                    environment: environment)
                // Two files writing the same document would make the second save a conflict halfway through.
                for write in filePlan.writes {
                    if let other = writers["\(write.kind)/\(write.key)"], other != file {
                        plan.problems.append(
                            InputProblem(
                                file: file, line: nil, field: nil,
                                rule: "writes the same \(write.kind) as \(other); import the files one at a time"))
                    }
                    writers["\(write.kind)/\(write.key)"] = file
                }
                plan.merge(filePlan)
            } catch let problem as InputProblem {
                plan.problems.append(problem)
            } catch let problems as InputProblems {
                plan.problems += problems.problems
            }
        }
        return plan
    }

    /// Checks one file of `kind` and plans its saves.
    static func plan(
        kind: String, file: String, data: Data, survey: String? = nil, snapshot: StoreSnapshot,
        store: any DocumentStore, environment: CommandEnvironment
    ) async throws -> ImportPlan {
        if kind == "documents" {
            let documents = try JSONDocumentFile.read(data, file: file) { snapshot.residentsByCPR[$0] }
            var plan = ImportPlan()
            for document in documents {
                plan.rows += 1
                if let write = try await document.plannedWrite(in: store) {
                    plan.writes.append(write)
                } else {
                    plan.unchanged += 1
                }
            }
            return plan
        }
        let table = try CSVTable.parse(data, file: file)
        switch kind {
        case "organisations": return try OrganisationsImport.plan(table, snapshot: snapshot)
        case "facilities": return try FacilitiesImport.plan(table, snapshot: snapshot)
        case "residents": return try ResidentsImport.plan(table, snapshot: snapshot, today: environment.clock.today)
        case "placements": return try PlacementsImport.plan(table, snapshot: snapshot)
        case "events": return try EventsImport.plan(table, snapshot: snapshot)
        case "discharge-documents":
            return try DischargeDocumentsImport.plan(table, snapshot: snapshot, existing: snapshot.registerEntries)
        case "rc-responses":
            return try RCResponsesImport.plan(
                table, surveyName: survey ?? RCResponsesImport.defaultSurveyName(file), existing: snapshot.rounds,
                today: environment.clock.today)
        default: throw InputProblem(file: file, line: nil, field: nil, rule: "unknown kind '\(kind)'")
        }
    }
}
