import BrobyggerAgreements
import BrobyggerCarePlans
import BrobyggerCore
import BrobyggerDischarge
import BrobyggerFHIR
import BrobyggerRelationalCoordination
import BrobyggerResidents
import Foundation

/// Imports `rc_responses.csv` (long or wide layout) as `RelationalCoordinationRoundResponses`, one stored document per
/// survey round.
///
/// The survey is named by `--survey NAME`, by default the file's name without its extension (`rc_responses`). The
/// name identifies the survey and, with each `round` label, the round, so importing the same file again changes
/// nothing and a later file with the same survey name and round label replaces that round's answers. The survey's
/// workgroups are the groups the file names (every group rates every group, its own included) and its instrument is
/// the standard seven-item one, whose score map the answers are given after. The file carries no dates: a new round
/// opens and closes on the day of the import, a stored one keeps its dates. A file with an invalid row is not
/// imported at all, even with `--skip-invalid`, since a round missing some answers would report skewed indices.
public enum RCResponsesImport {
    /// The survey name for `file` when no `--survey` is given: the file name without directory and extension.
    public static func defaultSurveyName(_ file: String) -> String {
        URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
    }

    /// Checks the file and plans a save per round.
    public static func plan(
        _ table: CSVTable, surveyName: String,
        existing: [RelationalCoordinationRound.ID: Revision<RelationalCoordinationRoundResponses>], today: CalendarDate
    ) throws(InputProblems) -> ImportPlan {
        var dates: [RelationalCoordinationRound.ID: (opens: CalendarDate, closes: CalendarDate)] = [:]
        for (id, revision) in existing {
            if let round = revision.document.survey.rounds.first(where: { $0.id == id }) {
                dates[id] = (round.opens, round.closes)
            }
        }
        let file: RCResponsesFile
        do {
            file = try RCResponsesFile.read(table, today: today, surveyName: surveyName, roundDates: dates)
        } catch {
            // A round is imported whole: leaving out invalid rows would skew its indices.
            var problems = error.problems
            problems.append(
                InputProblem(
                    file: table.file, line: nil, field: nil,
                    rule: "a survey file is imported whole or not at all, also with --skip-invalid"))
            throw InputProblems(problems: problems)
        }
        var plan = ImportPlan()
        plan.rows = table.records.count
        for round in file.rounds {
            do {
                let document = try RelationalCoordinationRoundResponses(
                    survey: file.survey, round: round, responses: file.responses.filter { $0.round == round })
                if let write = PlannedWrite.saveIfChanged(document, existing: existing[round]) {
                    plan.writes.append(write)
                } else {
                    plan.unchanged += 1
                }
            } catch {
                plan.problems.append(
                    InputProblem(file: table.file, line: nil, field: nil, rule: "\(error.rule) [\(error.code)]"))
            }
        }
        return plan
    }
}
