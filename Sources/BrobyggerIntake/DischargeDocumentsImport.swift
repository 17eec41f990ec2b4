import BrobyggerAgreements
import BrobyggerCarePlans
import BrobyggerCore
import BrobyggerDischarge
import BrobyggerFHIR
import BrobyggerRelationalCoordination
import BrobyggerResidents

/// Imports `discharge_documents.csv`, a ward's §13a/§13b register:
/// `document_id,resident,episode,kind,basis,agreed_on,refused_on,treatment_offers,social_offers,parties,consultant`.
///
/// Rows are read through `DischargeDocumentRecord`, the register row type of the discharge module; each must name a
/// stored resident (by CPR number) and an episode of care of that resident's course events, so a register row can
/// only be counted against a stay the store knows. Rows are stored as ``DischargeRegisterEntry`` documents, which
/// `brobygger compliance` counts.
public enum DischargeDocumentsImport {
    /// Checks every row and plans the saves.
    ///
    /// - Parameters:
    ///   - today: The day of the import; `agreed_on` and `refused_on` must lie in `window` on it. `nil` checks no
    ///     window.
    ///   - window: The plausible dates; default `PlausibleDateWindow/standard`.
    public static func plan(
        _ table: CSVTable, snapshot: StoreSnapshot, existing: [String: Revision<DischargeRegisterEntry>],
        today: CalendarDate? = nil, window: PlausibleDateWindow = .standard
    )
        throws(InputProblem) -> ImportPlan
    {
        let plausible = today.map { PlausibleDays(window, today: $0) }
        let columns = try CSVColumns(table, required: DischargeDocumentRecord.columns)
        var plan = ImportPlan()
        var lines: [String: Int] = [:]
        // The resident of each episode of care, built on the first row whose episode is not its own resident's.
        var episodeOwners: [EpisodeOfCareIdentifier: Resident.ID]?
        for record in table.records {
            plan.rows += 1
            var row = RowReader(columns, record, plausible: plausible)
            var cells: [String: String] = [:]
            for (index, name) in table.header.enumerated() { cells[name] = table.field(index, of: record) }
            for name in DischargeDocumentRecord.columns { _ = row.checkedText(name) }
            guard row.isValid else {
                plan.problems += row.problems
                continue
            }
            let parsed: DischargeDocumentRecord?
            do {
                parsed = try DischargeDocumentRecord(cells: cells, line: record.line)
            } catch {
                for problem in error.problems { row.fail(problem.column, rule(problem)) }
                parsed = nil
            }
            // The register type reads a malformed episode as missing without saying so.
            if !row.problems.contains(where: { $0.field == "episode" }) {
                _ = row.optional("episode") { try EpisodeOfCareIdentifier($0) }
            }
            if parsed == nil, row.isValid { row.fail(nil, "the row cannot be read as a register row") }
            guard let parsed, row.isValid else {
                plan.problems += row.problems
                continue
            }
            for (column, date) in [("agreed_on", parsed.agreedOn), ("refused_on", parsed.refusedOn)] {
                if let date, let error = plausible?.problem(date, field: column) {
                    row.fail(column, "\(error.rule) [\(error.code)]; got \"\(date.iso8601)\"")
                }
            }
            let documentID = parsed.documentID
            if let earlier = lines[documentID] {
                row.fail("document_id", "the document is already on line \(earlier)")
            }
            if case .cpr(let cpr) = parsed.resident {
                if let resident = snapshot.record(of: cpr)?.document {
                    if !resident.events.contains(where: { $0.episode == parsed.episode }) {
                        if episodeOwners == nil {
                            var owners: [EpisodeOfCareIdentifier: Resident.ID] = [:]
                            for other in snapshot.records.values {
                                for event in other.document.events { owners[event.episode] = other.document.id }
                            }
                            episodeOwners = owners
                        }
                        if let owner = episodeOwners?[parsed.episode] {
                            row.fail("episode", DischargeDocumentMismatch(parsed, stayResident: owner).rule)
                        } else {
                            row.fail(
                                "episode",
                                "no course event of the resident has this episode of care; import the events first; "
                                    + "got \"\(parsed.episode.value)\"")
                        }
                    }
                } else {
                    row.fail(
                        "resident",
                        "no resident with this CPR number in the store; import it with 'brobygger import residents'")
                }
            }
            guard row.isValid else {
                plan.problems += row.problems
                continue
            }
            lines[documentID] = record.line
            let entry = DischargeRegisterEntry(record: parsed)
            if let write = PlannedWrite.saveIfChanged(entry, existing: existing[entry.id.storageKey], line: record.line)
            {
                plan.writes.append(write)
            } else {
                plan.unchanged += 1
            }
        }
        return plan
    }

    /// The rule of a field problem, with the offending value (masked where it may be a CPR number).
    private static func rule(_ problem: DischargeDocumentRecord.FieldProblem) -> String {
        let text = problem.problem == "required" ? "a value is required" : problem.problem
        return text + (problem.value.map { "; got \"\($0)\"" } ?? "")
    }
}
