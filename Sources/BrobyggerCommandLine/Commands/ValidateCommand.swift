import Brobygger
import Foundation

/// `brobygger validate FILE…`: decodes Brobygger JSON documents (which checks every invariant) and prints the
/// domain findings with their sources.
enum ValidateCommand {
    static var spec: CommandSpec {
        CommandSpec(
            name: "validate",
            abstract: "Validate Brobygger JSON documents and print the findings with their sources",
            discussion: """
                Each FILE holds one document tagged as {"kind": KIND, "document": {…}}, an array of them, or one
                bare document (its kind is recognised). Kinds: organisation, facility, outreach-team,
                resident-record, collaboration-agreement. Exit code 1 when a finding has error severity, 3 when a
                file cannot be decoded (the broken field is named).
                """,
            arguments: [ArgumentSpec(name: "FILE", help: "The JSON files", isVariadic: true)],
            options: [
                .value(
                    "on", "DATE",
                    help: "Check as of this day, YYYY-MM-DD, 1900-01-01 to ten years after today (default: today)")
            ],
            action: { parsed, environment in try run(parsed, environment) })
    }

    static func run(_ parsed: ParsedCommand, _ environment: CommandEnvironment) throws -> ExitCode {
        let date = try parsed.date("on", environment) ?? environment.clock.today
        var undecodable: [InputProblem] = []
        var errors = 0
        var warnings = 0
        for file in parsed.values("FILE") {
            // Read as an import reads it: refused beyond the file size limit before it is read whole.
            let data: Data
            do {
                data = try IntakeInput(contentsOf: file, kind: .documents).data
            } catch {
                undecodable.append(error)
                continue
            }
            let documents: [AnyDocument]
            do {
                documents = try JSONDocumentFile.read(data, file: file)
            } catch {
                undecodable += error.problems
                continue
            }
            for document in documents {
                let report = document.findings(on: date)
                errors += report.errors.count
                warnings += report.findings.count - report.errors.count
                environment.print(
                    "\(file): \(document.kind) \(document.label): "
                        + (report.isClean ? "valid" : "\(report.findings.count) finding(s)"))
                AgreementCommand.printFindings(report, environment)
            }
        }
        for problem in undecodable { environment.printError("error: \(problem)") }
        if !undecodable.isEmpty { return .input }
        environment.print("\(errors) error(s), \(warnings) other finding(s).")
        return errors > 0 ? .findings : .success
    }
}
