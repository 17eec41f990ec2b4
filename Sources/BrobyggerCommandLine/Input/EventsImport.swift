import Brobygger

/// Imports `events.csv`: `event_id,resident,episode,kind,at,ward,admission,supersedes`, course events modelled on
/// MedCom hospital notifications.
///
/// `event_id` values become stable identifiers, so re-importing a file changes nothing, and a row whose
/// `supersedes` names an earlier event (in the store or higher up in the file) records a correction of it, or with
/// `kind` `cancel` its cancellation. An `event_id` already recorded with other values is refused: send a
/// correction instead.
enum EventsImport {
    /// The `kind` codes and the event kinds they stand for (`nil` for `cancel`).
    static let kinds: [(String, CourseEventKind?)] =
        CourseEventKind.known.map { ($0.rawValue, Optional($0)) } + [("cancel", nil)]
    /// The `admission` codes.
    static let admissions: [(String, AdmissionLegalStatus)] = AdmissionLegalStatus.allCases.map { ($0.rawValue, $0) }

    /// The header of the file.
    static let header = ["event_id", "resident", "episode", "kind", "at", "ward", "admission", "supersedes"]

    /// Checks every row and plans the saves.
    static func plan(_ table: CSVTable, snapshot: StoreSnapshot) throws(InputProblem) -> ImportPlan {
        let columns = try CSVColumns(
            table, required: ["event_id", "resident", "episode", "kind", "at"],
            optional: ["ward", "admission", "supersedes"])
        var plan = ImportPlan()
        var fileEvents: [CourseEvent.ID: (line: Int, event: CourseEvent)] = [:]
        var byResident: [Resident.ID: [(line: Int, event: CourseEvent)]] = [:]
        var order: [Resident.ID] = []
        for record in table.records {
            plan.rows += 1
            var row = RowReader(columns, record)
            let id = row.required("event_id") { text throws -> CourseEvent.ID in
                let id = StableIdentifier.make(text, kind: "event", as: CourseEvent.self)
                if let earlier = fileEvents[id] { throw RowRule("the event is already on line \(earlier.line)") }
                return id
            }
            let resident = row.required("resident", showValue: false) { text throws in
                guard let record = snapshot.record(of: try CPRNumber(text)) else {
                    throw RowRule(
                        "no resident with this CPR number in the store; import it with 'brobygger import residents'")
                }
                return record.document
            }
            let episode = row.required("episode") { try EpisodeOfCareIdentifier($0) }
            let kind = row.code("kind", kinds)
            let instant = row.required("at") { try Instant(iso8601: $0) }
            let ward = row.optional("ward") { text throws in
                try snapshot.organisation(text, kinds: [.ward], role: "the ward")
            }
            let admission = row.code("admission", admissions, required: false)
            let target = row.optional("supersedes") { text throws -> CourseEvent in
                let targetID = StableIdentifier.make(text, kind: "event", as: CourseEvent.self)
                guard
                    let event = fileEvents[targetID]?.event
                        ?? resident?.events.first(where: { $0.id == targetID })
                else {
                    throw RowRule("no earlier event with this event_id for the resident (in the store or the file)")
                }
                return event
            }
            guard row.isValid, let id, let resident, let episode, let kind, let instant else {
                plan.problems += row.problems
                continue
            }
            let eventKind: CourseEventKind
            let amendment: CourseEvent.Amendment?
            if let kind {
                eventKind = kind
                amendment = target.map { .correction(of: $0.id) }
                if kind.isAdmission, admission == nil {
                    row.fail("admission", "an admission states voluntary | compulsory | detention")
                }
                if !kind.isAdmission, admission != nil {
                    row.fail(
                        "admission", "only admissions (admit_inpatient, admit_emergency) carry an admission status")
                }
            } else {
                guard let target else {
                    row.fail("supersedes", "a cancel row names the event_id it cancels")
                    plan.problems += row.problems
                    continue
                }
                eventKind = target.kind
                amendment = .cancellation(of: target.id)
            }
            if let target, target.episode != episode {
                row.fail("supersedes", "the superseded event belongs to another episode (\(target.episode))")
            }
            guard row.isValid else {
                plan.problems += row.problems
                continue
            }
            do {
                let event = try CourseEvent(
                    id: id, resident: resident.id, episode: episode, kind: eventKind, instant: instant, ward: ward?.id,
                    wardType: ward.map(snapshot.wardType) ?? .psychiatric,
                    admission: admission.map { AdmissionDetails(legalStatus: $0) }, amendment: amendment)
                if let stored = resident.events.first(where: { $0.id == id }), stored != event {
                    row.fail("event_id", "the event is already recorded with other values; send a correction")
                    plan.problems += row.problems
                    continue
                }
                fileEvents[id] = (record.line, event)
                if byResident[resident.id] == nil { order.append(resident.id) }
                byResident[resident.id, default: []].append((record.line, event))
            } catch {
                row.fail(nil, "\(error.rule) [\(error.code)]")
                plan.problems += row.problems
            }
        }
        for residentID in order {
            guard let existing = snapshot.records[residentID], let rows = byResident[residentID] else { continue }
            let old = existing.document
            var events = old.events
            for (_, event) in rows where !events.contains(where: { $0.id == event.id }) { events.append(event) }
            var register = CourseRegister(residents: [residentID])
            let errors = register.record(contentsOf: events)
            do throws(ValidationError) {
                if let first = errors.first { throw first }
                let updated = try ResidentRecord(
                    resident: old.resident, placements: old.placements, events: events, contacts: old.contacts,
                    intensity: old.intensity, goals: old.goals)
                if let write = PlannedWrite.saveIfChanged(updated, existing: existing) {
                    plan.writes.append(write)
                } else {
                    plan.unchanged += 1
                }
            } catch {
                for (line, _) in rows {
                    plan.problems.append(
                        InputProblem(file: table.file, line: line, field: nil, rule: "\(error.rule) [\(error.code)]"))
                }
            }
        }
        return plan
    }
}
