import BrobyggerCore
import BrobyggerDischarge
import BrobyggerResidents
import Foundation

/// Applies batches of hospital notifications, course events or §13a documents to a store and reports the worklist
/// changes each batch caused (`DischargeWorklistChange`): a patient admitted who needs an agreement, one
/// discharged without one, an agreement concluded or refused, a stay cancelled or corrected.
///
/// An integration service subscribes with ``changes()`` (an `AsyncStream` per subscriber) or reads the array each
/// `apply(_:inputs:provenance:asOf:today:)` returns. A batch is checked by the intake's own planning (the same rules as
/// `brobygger import`) before anything is written: on any problem it throws ``InputProblems``, nothing stored
/// changes and no change is reported. Saves use the store's optimistic concurrency, so a batch planned against a
/// store that changed meanwhile fails as a whole.
///
/// ```swift
/// let feed = DischargeWorklistFeed(store: store)
/// let changes = try await feed.apply(.medcom, inputs: messages, provenance: provenance, asOf: now)
/// for change in changes where change.code == "worklist.discharged-without-agreement" { alert(change.entry) }
/// ```
public actor DischargeWorklistFeed {
    /// The store written to.
    public let store: any DocumentStore
    /// The worklist's policy.
    public let policy: DischargeWorklistPolicy
    private var subscribers: [UUID: AsyncStream<DischargeWorklistChange>.Continuation] = [:]

    /// A feed applying batches to `store`.
    public init(store: any DocumentStore, policy: DischargeWorklistPolicy = .standard) {
        self.store = store
        self.policy = policy
    }

    /// A stream of every change from the batches applied after the call, in order; it ends when the subscriber
    /// stops iterating.
    public func changes() -> AsyncStream<DischargeWorklistChange> {
        let (stream, continuation) = AsyncStream<DischargeWorklistChange>.makeStream()
        let id = UUID()
        subscribers[id] = continuation
        continuation.onTermination = { [weak self] _ in
            Task { await self?.unsubscribe(id) }
        }
        return stream
    }

    private func unsubscribe(_ id: UUID) { subscribers[id] = nil }

    /// Plans a batch of `kind` from `inputs` with the intake's rules, writes it, and returns the worklist changes.
    ///
    /// - Parameters:
    ///   - kind: What the inputs hold: `medcom`, `events`, `documents` or `dischargeDocuments` change the worklist.
    ///   - inputs: The files or messages of the batch.
    ///   - provenance: Who writes the batch, when and why.
    ///   - asOf: The instant of the batch, for the changes' days admitted and the documents' states.
    ///   - today: The day of the import (new diagnoses are dated by it); default `asOf`'s day.
    /// - Throws: ``InputProblems`` when any input has a problem (nothing is written); `StoreError` when the store
    ///   cannot be read or the save fails (nothing is written).
    public func apply(
        _ kind: IntakeKind, inputs: [IntakeInput], provenance: Provenance, asOf: Instant, today: CalendarDate? = nil
    ) async throws -> [DischargeWorklistChange] {
        if kind == .medcom {
            // The same plan as the planner's, keeping the records it read as the state before the batch.
            let snapshot = try await StoreSnapshot.load(store, for: .medcom)
            let plan = MedComImport.plan(inputs.map { ($0.name, $0.data) }, snapshot: snapshot)
            return try await apply(
                plan, provenance: provenance, asOf: asOf, known: snapshot.records.mapValues(\.document),
                organisations: snapshot.organisations.values.map(\.document))
        }
        let plan = try await ImportPlanner(store: store, today: today ?? asOf.calendarDate).plan(kind, inputs: inputs)
        return try await apply(plan, provenance: provenance, asOf: asOf)
    }

    /// Writes a planned batch and returns the worklist changes it caused.
    ///
    /// - Throws: ``InputProblems`` when the plan has problems (nothing is written); `StoreError` when the store
    ///   cannot be read or the save fails (nothing is written).
    public func apply(_ plan: ImportPlan, provenance: Provenance, asOf: Instant) async throws
        -> [DischargeWorklistChange]
    {
        try await apply(plan, provenance: provenance, asOf: asOf, known: [:], organisations: nil)
    }

    /// Writes a planned batch, with the stored records and organisations the plan was made from where known.
    private func apply(
        _ plan: ImportPlan, provenance: Provenance, asOf: Instant, known: [Resident.ID: ResidentRecord],
        organisations knownOrganisations: [Organisation]?
    ) async throws -> [DischargeWorklistChange] {
        guard plan.problems.isEmpty else { throw InputProblems(problems: plan.problems) }
        guard !plan.writes.isEmpty else { return [] }
        var changedRecords: [Resident.ID: ResidentRecord] = [:]
        var changedDocuments: [String: DischargeWorklistDocument] = [:]
        var affected = Set<Resident.ID>()
        var registerRows: [DischargeDocumentRecord] = []
        for write in plan.writes {
            switch write.write.document {
            case let record as ResidentRecord:
                changedRecords[record.id] = record
                affected.insert(record.id)
            case let agreement as DischargeAgreement:
                changedDocuments[agreement.id.storageKey] = DischargeWorklistDocument(agreement)
                affected.insert(agreement.resident)
            case let plan as CoordinationPlan:
                changedDocuments[plan.id.storageKey] = DischargeWorklistDocument(plan)
                affected.insert(plan.resident)
            case let entry as DischargeRegisterEntry:
                registerRows.append(entry.record)
            default:
                continue
            }
        }
        var records: [Resident.ID: ResidentRecord] = [:]
        for id in affected.sorted() {
            if let record = known[id] {
                records[id] = record
            } else if let record = try await store.current(ResidentRecord.self, id: id)?.document {
                records[id] = record
            }
        }
        if !registerRows.isEmpty {
            // Register rows name the patient by person number: find the residents among the stored records.
            let wanted = Set(registerRows.map(\.resident))
            for revision in try await store.list(ResidentRecord.self, matching: .all)
            where wanted.contains(revision.document.resident.person) {
                records[revision.document.id] = revision.document
                affected.insert(revision.document.id)
            }
        }
        var organisations = knownOrganisations ?? []
        if knownOrganisations == nil {
            organisations = try await store.list(Organisation.self, matching: .all).map(\.document)
        }
        let residents = affected.sorted()
        let before = try await DischargeWorklistInputs.load(
            records: residents.compactMap { records[$0] }, from: store, organisations: organisations,
            definition: policy.stayDefinition)
        // After the batch: the same documents and facilities, the batch's records in place of the stored ones.
        var after = before
        let afterRecords = residents.compactMap { changedRecords[$0] ?? records[$0] }
        after.replaceRecords(with: afterRecords.map(ResidentCourseView.init), definition: policy.stayDefinition)
        let knownFacilities = Set(after.facilities.map(\.id))
        for id in Set(after.placements.map(\.facility)).subtracting(knownFacilities).sorted() {
            if let facility = try await store.current(ResidentialFacility.self, id: id)?.document {
                after.facilities.append(facility)
            }
        }
        // The documents of the batch replace their stored versions.
        var persons: [PersonIdentifier: Resident.ID] = [:]
        for resident in after.residents { persons[resident.person] = resident.id }
        var documents = after.documents.filter { changedDocuments[$0.documentID] == nil }
        documents += changedDocuments.keys.sorted().compactMap { changedDocuments[$0] }
        let fullIDs = Set(documents.map(\.documentID))
        for row in registerRows where !fullIDs.contains(row.documentID) {
            guard let resident = persons[row.resident] else { continue }
            documents.removeAll { $0.documentID == row.documentID }
            documents.append(DischargeWorklistDocument(row, resident: resident))
        }
        after.documents = documents
        try await plan.apply(to: store, provenance: provenance)
        let changes = DischargeWorklistChange.changes(from: before, to: after, asOf: asOf, policy: policy)
        for continuation in subscribers.values {
            for change in changes { continuation.yield(change) }
        }
        return changes
    }
}
