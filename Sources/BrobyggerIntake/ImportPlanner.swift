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
    /// The day of the import: new diagnoses are dated by it, a survey round without dates opens and closes on it.
    public let today: CalendarDate

    /// A planner reading `store`, importing on `today`.
    public init(store: any DocumentStore, today: CalendarDate) {
        self.store = store
        self.today = today
    }

    /// Checks `inputs` of `kind` and plans the saves.
    ///
    /// Problems of the inputs (a malformed row, a reference that does not resolve, two inputs writing the same
    /// document) are in the plan's ``ImportPlan/problems``; only a store that cannot be read throws.
    ///
    /// - Parameter survey: For ``IntakeKind/rcResponses``, the survey the answers belong to (default: the input's
    ///   file name without directory and extension).
    public func plan(_ kind: IntakeKind, inputs: [IntakeInput], survey: String? = nil) async throws(StoreError)
        -> ImportPlan
    {
        var snapshot = try await StoreSnapshot.load(store, for: kind)
        if kind == .medcom { return MedComImport.plan(inputs.map { ($0.name, $0.data) }, snapshot: snapshot) }
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
        for input in inputs {
            let inputPlan: ImportPlan
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
            // Two inputs writing the same document would make the second save a conflict halfway through.
            for write in inputPlan.writes {
                let key = "\(write.kind)/\(write.key)"
                if let other = writers[key], other != input.name {
                    plan.problems.append(
                        InputProblem(
                            file: input.name, line: nil, field: nil,
                            rule: "writes the same \(write.kind) as \(other); import the files one at a time"))
                }
                writers[key] = input.name
            }
            plan.merge(inputPlan)
        }
        return plan
    }

    private func plan(_ kind: IntakeKind, input: IntakeInput, survey: String?, snapshot: StoreSnapshot) async throws
        -> ImportPlan
    {
        if kind == .documents {
            let documents = try JSONDocumentFile.read(input.data, file: input.name) { snapshot.residentsByCPR[$0] }
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
        let table = try CSVTable.parse(input.data, file: input.name)
        switch kind {
        case .organisations: return try OrganisationsImport.plan(table, snapshot: snapshot)
        case .facilities: return try FacilitiesImport.plan(table, snapshot: snapshot)
        case .residents: return try ResidentsImport.plan(table, snapshot: snapshot, today: today)
        case .placements: return try PlacementsImport.plan(table, snapshot: snapshot)
        case .events: return try EventsImport.plan(table, snapshot: snapshot)
        case .teamContacts: return try TeamContactsImport.plan(table, snapshot: snapshot)
        case .dischargeDocuments:
            return try DischargeDocumentsImport.plan(table, snapshot: snapshot, existing: snapshot.registerEntries)
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
