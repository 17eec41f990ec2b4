import BrobyggerCore
import BrobyggerDischarge
import BrobyggerRelationalCoordination
import BrobyggerResidents
import Foundation

/// Plans an import into any `DocumentStore`: checks every row of every input against the store's current documents
/// and lists the saves, so that ``ImportPlan/apply(to:provenance:progress:)`` writes all of it in one batch, or
/// nothing is written.
///
/// ```swift
/// let store: any DocumentStore = …
/// let plan = try await ImportPlanner(store: store, today: today)
///     .plan(.events, inputs: [IntakeInput(contentsOf: "events.csv")])
/// guard plan.problems.isEmpty else { … }  // every problem as FILE:LINE: COLUMN: RULE
/// try await plan.apply(to: store, provenance: provenance)
/// ```
///
/// References (a facility's team, a placement's resident, an event's ward) must resolve against the store, so a data
/// set is imported in ``IntakeKind/importOrder``. Importing the same input again plans no writes.
public struct ImportPlanner: Sendable {
    /// The store read.
    public let store: any DocumentStore
    /// The day of the import: new diagnoses are dated by it, a survey round without dates opens and closes on it,
    /// and the plausible window ends `PlausibleDateWindow/yearsAhead` years after it.
    public let today: CalendarDate
    /// The sizes accepted: field, row, columns, file and JSON document (``IntakeLimits``).
    public let limits: IntakeLimits
    /// The days every date and instant read must fall on (issue 19: one event dated 9999-12-31 moved the
    /// compliance report's period); a date outside is a problem of its row naming the column.
    public let window: PlausibleDateWindow

    /// A planner reading `store`, importing on `today`.
    ///
    /// - Parameters:
    ///   - limits: The sizes accepted; default ``IntakeLimits/standard``.
    ///   - window: The plausible dates; default `PlausibleDateWindow/standard` (1900-01-01 to ten years after
    ///     `today`).
    public init(
        store: any DocumentStore, today: CalendarDate, limits: IntakeLimits = .standard,
        window: PlausibleDateWindow = .standard
    ) {
        self.store = store
        self.today = today
        self.limits = limits
        self.window = window
    }

    /// Checks `inputs` of `kind` and plans the saves.
    ///
    /// Problems of the inputs (a malformed row, a reference that does not resolve, a file beyond a limit) are in
    /// the plan's ``ImportPlan/problems``; only a store that cannot be read throws.
    ///
    /// A document is written once per import: a file named twice is read once (the later naming is a problem of
    /// the whole file), and a row writing a document an earlier row or file of the import already writes is a
    /// problem naming both (file and line, or array index, each). The earlier write is kept and the later left
    /// out of ``ImportPlan/writes``, so applying a plan with such problems (`--skip-invalid`) keeps the first and
    /// skips the later, and never meets a conflict of its own making in the store.
    ///
    /// - Parameter survey: For ``IntakeKind/rcResponses``, the survey the answers belong to (default: the input's
    ///   file name without directory and extension).
    public func plan(_ kind: IntakeKind, inputs: [IntakeInput], survey: String? = nil) async throws(StoreError)
        -> ImportPlan
    {
        var snapshot = try await StoreSnapshot.load(store, for: kind)
        if kind == .medcom {
            return MedComImport.plan(
                inputs.map { ($0.name, $0.data) }, snapshot: snapshot, today: today, window: window)
        }
        if kind == .dischargeDocuments {
            for revision in try await store.list(DischargeRegisterEntry.self, matching: .all) {
                snapshot.registerEntries[revision.document.id.storageKey] = revision
            }
        }
        if kind == .rcResponses {
            for revision in try await store.list(RelationalCoordinationRoundResponses.self, matching: .all) {
                snapshot.rounds[revision.document.round] = revision
            }
        }
        var plan = ImportPlan()
        var writers: [String: String] = [:]
        var named: [String: Int] = [:]
        for (position, input) in inputs.enumerated() {
            if let earlier = named[input.name] {
                plan.problems.append(
                    InputProblem(
                        file: input.name, line: nil, field: nil,
                        rule: "the file is named twice (inputs \(earlier + 1) and \(position + 1)); it is read "
                            + "once, and every document it holds written once"))
                continue
            }
            named[input.name] = position
            var inputPlan: ImportPlan
            do {
                inputPlan = try await self.plan(kind, input: input, survey: survey, snapshot: snapshot)
            } catch let problem as InputProblem {
                plan.problems.append(problem)
                continue
            } catch let problems as InputProblems {
                plan.problems += problems.problems
                continue
            } catch let error as StoreError {
                throw error
            } catch {
                plan.problems.append(InputProblem(file: input.name, line: nil, field: nil, rule: "\(error)"))
                continue
            }
            // Two rows writing one document would make the second save a conflict in the store (exit 4) halfway
            // through; the later is an input problem naming both, and left out.
            var kept: [PlannedWrite] = []
            kept.reserveCapacity(inputPlan.writes.count)
            for write in inputPlan.writes {
                let key = "\(write.kind)/\(write.key)"
                if let earlier = writers[key] {
                    inputPlan.problems.append(
                        InputProblem(
                            file: input.name, line: write.line, field: write.element,
                            rule: "the \(write.kind) document is also written by \(earlier); an import writes a "
                                + "document once (import the files one at a time, or drop the repeated row)"))
                    continue
                }
                writers[key] = write.source(in: input.name)
                kept.append(write)
            }
            inputPlan.writes = kept
            plan.merge(inputPlan)
        }
        return plan
    }

    private func plan(_ kind: IntakeKind, input: IntakeInput, survey: String?, snapshot: StoreSnapshot) async throws
        -> ImportPlan
    {
        if kind == .documents {
            let entries = try JSONDocumentFile.entries(
                input.data, file: input.name, limits: limits, today: today, window: window
            ) {
                snapshot.residentsByCPR[$0]
            }
            var plan = ImportPlan()
            // The stored versions are read together, a kind at a time, not document by document.
            let writes = try await AnyDocument.plannedWrites(entries.map(\.document), in: store)
            for (entry, planned) in zip(entries, writes) {
                plan.rows += 1
                if var write = planned {
                    write.element = entry.position
                    plan.writes.append(write)
                } else {
                    plan.unchanged += 1
                }
            }
            return plan
        }
        let table = try CSVTable.parse(input.data, file: input.name, limits: limits)
        switch kind {
        case .organisations: return try OrganisationsImport.plan(table, snapshot: snapshot)
        case .facilities: return try FacilitiesImport.plan(table, snapshot: snapshot)
        case .residents: return try ResidentsImport.plan(table, snapshot: snapshot, today: today)
        case .placements: return try PlacementsImport.plan(table, snapshot: snapshot, today: today, window: window)
        case .events: return try EventsImport.plan(table, snapshot: snapshot, today: today, window: window)
        case .teamContacts: return try TeamContactsImport.plan(table, snapshot: snapshot, today: today, window: window)
        case .dischargeDocuments:
            return try DischargeDocumentsImport.plan(
                table, snapshot: snapshot, existing: snapshot.registerEntries, today: today, window: window)
        case .rcResponses:
            return try RCResponsesImport.plan(
                table, surveyName: survey ?? RCResponsesImport.defaultSurveyName(input.name),
                existing: snapshot.rounds, today: today)
        case .medcom, .documents:
            return ImportPlan()
        }
    }
}

extension ImportPlan {
    /// Saves the planned writes in one batch: the store writes every document or none, and a document changed in
    /// the store since it was planned is a conflict, not overwritten.
    ///
    /// - Parameter progress: Called with the number of writes prepared so far, or `nil`.
    /// - Throws: `StoreError`; nothing is written then.
    public func apply(
        to store: any DocumentStore, provenance: Provenance, progress: (@Sendable (Int) -> Void)? = nil
    ) async throws(StoreError) {
        guard !writes.isEmpty else { return }
        _ = try await store.save(writes.map(\.write), provenance: provenance, progress: progress)
    }
}
