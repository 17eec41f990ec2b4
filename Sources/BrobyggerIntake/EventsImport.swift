import BrobyggerAgreements
import BrobyggerCarePlans
import BrobyggerCore
import BrobyggerDischarge
import BrobyggerFHIR
import BrobyggerRelationalCoordination
import BrobyggerResidents

/// Imports `events.csv`: `event_id,resident,episode,kind,at,ward,admission,supersedes`, course events modelled on
/// MedCom hospital notifications.
///
/// `event_id` values become stable identifiers, so re-importing a file changes nothing, and a row whose
/// `supersedes` names an earlier event (in the store or higher up in the file) records a correction of it, or with
/// `kind` `cancel` its cancellation. An `event_id` already recorded with other values is refused: send a
/// correction instead.
public enum EventsImport {
    /// The `kind` codes and the event kinds they stand for (`nil` for `cancel`).
    public static let kinds: [(String, CourseEventKind?)] =
        CourseEventKind.known.map { ($0.rawValue, Optional($0)) } + [("cancel", nil)]
    /// The `admission` codes.
    public static let admissions: [(String, AdmissionLegalStatus)] = AdmissionLegalStatus.allCases.map {
        ($0.rawValue, $0)
    }

    /// The header of the file.
    public static let header = ["event_id", "resident", "episode", "kind", "at", "ward", "admission", "supersedes"]

    /// Checks every row and plans the saves.
    ///
    /// - Parameters:
    ///   - today: The day of the import; every date and instant read must lie in `window` on it. `nil` checks no
    ///     window.
    ///   - window: The plausible dates; default `PlausibleDateWindow/standard`.
    public static func plan(
        _ table: CSVTable, snapshot: StoreSnapshot, today: CalendarDate? = nil,
        window: PlausibleDateWindow = .standard
    ) throws(InputProblem) -> ImportPlan {
        let plausible = today.map { PlausibleDays(window, today: $0) }
        let columns = try CSVColumns(
            table, required: ["event_id", "resident", "episode", "kind", "at"],
            optional: ["ward", "admission", "supersedes"])
        var plan = ImportPlan()
        var fileEvents: [CourseEvent.ID: (line: Int, event: CourseEvent)] = [:]
        var byResident: [Resident.ID: [(line: Int, event: CourseEvent)]] = [:]
        var order: [Resident.ID] = []
        for record in table.records {
            plan.rows += 1
            var row = RowReader(columns, record, plausible: plausible)
            let id = row.value(
                "event_id", fast: { CSVBytes.uuid($0).map(CourseEvent.ID.init(rawValue:)) },
                { text throws -> CourseEvent.ID in StableIdentifier.make(text, kind: "event", as: CourseEvent.self) })
            if let id, let earlier = fileEvents[id] {
                row.fail("event_id", "the event is already on line \(earlier.line)")
            }
            let resident = row.required("resident", showValue: false) { text throws in
                try snapshot.resident(cpr: text)
            }
            let episode = row.required("episode") { try EpisodeOfCareIdentifier($0) }
            let kind = row.code("kind", kinds)
            let instant = row.instant("at")
            let ward = row.value(
                "ward", required: false,
                fast: { bytes in
                    CSVBytes.uuid(bytes).flatMap { snapshot.organisations[Organisation.ID(rawValue: $0)]?.document }
                        .flatMap { $0.kind == .ward ? $0 : nil }
                },
                { text throws in try snapshot.organisation(text, kinds: [.ward], role: "the ward") })
            let admission = row.code("admission", admissions, required: false)
            let target = row.optional("supersedes") { text throws -> CourseEvent in
                let targetID = StableIdentifier.make(text, kind: "event", as: CourseEvent.self)
                guard
                    let event = fileEvents[targetID]?.event
                        ?? resident?.event(targetID)
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
                if let stored = resident.event(id), stored != event {
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
            do throws(ValidationError) {
                let updated = try existing.document.recording(events: rows.map(\.event))
                if let write = PlannedWrite.saveIfChanged(updated, existing: existing, line: rows.first?.line) {
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
