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

    /// The rows of `events.csv` for `events`, cells in ``header``'s order (`nil` for an empty cell), each correction
    /// or cancellation after the event it supersedes, so that importing the rows in order records every event: what
    /// an export of course events to the interchange layout writes. Events of residents `cpr` gives no number for
    /// are left out, and so is an amendment whose target is never written.
    ///
    /// - Parameter cpr: The CPR number a resident's rows carry, as the file writes it.
    public static func rows(of events: [CourseEvent], cpr: (Resident.ID) -> String?) -> [[String?]] {
        var rows: [[String?]] = []
        var written = Set<CourseEvent.ID>()
        var pending = events.filter { cpr($0.resident) != nil }
        while !pending.isEmpty {
            var later: [CourseEvent] = []
            for event in pending {
                guard event.amendment.map({ written.contains($0.target) }) ?? true, let number = cpr(event.resident)
                else {
                    later.append(event)
                    continue
                }
                rows.append([
                    event.id.uuidString, number, event.episode.value,
                    event.isCancellation ? "cancel" : event.kind.rawValue, event.instant.iso8601,
                    event.ward?.uuidString, event.isCancellation ? nil : event.admission?.legalStatus.rawValue,
                    event.amendment?.target.uuidString,
                ])
                written.insert(event.id)
            }
            // An amendment whose target is not among the events written can never be written.
            guard later.count < pending.count else { break }
            pending = later
        }
        return rows
    }

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
        try plan(table, snapshot: snapshot, today: today, window: window, fastRows: true)
    }

    /// ``plan(_:snapshot:today:window:)``, reading well-formed rows through ``EventRowScanner`` when `fastRows`
    /// (the tests compare both paths).
    static func plan(
        _ table: CSVTable, snapshot: StoreSnapshot, today: CalendarDate?, window: PlausibleDateWindow,
        fastRows: Bool
    ) throws(InputProblem) -> ImportPlan {
        let plausible = today.map { PlausibleDays(window, today: $0) }
        let columns = try CSVColumns(
            table, required: ["event_id", "resident", "episode", "kind", "at"],
            optional: ["ward", "admission", "supersedes"])
        let scanner = fastRows ? EventRowScanner(columns, snapshot: snapshot, plausible: plausible) : nil
        // The rows the scanner read (`nil` for those the general path reads), and what it knows of the residents.
        let rows = scanner?.read(table.records[...]) ?? []
        let storedResidents = scanner?.residents ?? []
        let storedEvents = scanner?.events ?? []
        var plan = ImportPlan()
        // The events accepted, in file order, with their lines and their residents as slots (residents numbered in
        // the order of their first event), and their positions by identifier. Each event is moved, never copied,
        // on its way to its record: into this array, then out of it into its resident's events.
        var accepted: [CourseEvent?] = []
        accepted.reserveCapacity(table.records.count)
        var acceptedLines: [Int] = []
        acceptedLines.reserveCapacity(table.records.count)
        var acceptedSlots: [Int] = []
        acceptedSlots.reserveCapacity(table.records.count)
        var fileEvents: [CourseEvent.ID: Int] = [:]
        fileEvents.reserveCapacity(table.records.count)
        var slotResidents: [Resident.ID] = []
        var residentSlots: [Resident.ID: Int] = [:]
        residentSlots.reserveCapacity(min(table.records.count, snapshot.records.count))
        // The slot of the resident of the last event kept: a file lists a resident's events one after another.
        var recentSlot: (resident: Resident.ID, slot: Int)?

        /// The event accepted earlier in the file with identifier `id`.
        func fileEvent(_ id: CourseEvent.ID) -> CourseEvent? {
            fileEvents[id].flatMap { accepted[$0] }
        }

        /// Keeps `event` of line `line`.
        func accept(_ event: consuming CourseEvent, line: Int) {
            let resident = event.resident
            let slot: Int
            if let recentSlot, recentSlot.resident == resident {
                slot = recentSlot.slot
            } else if let known = residentSlots[resident] {
                slot = known
            } else {
                slot = slotResidents.count
                residentSlots[resident] = slot
                slotResidents.append(resident)
            }
            recentSlot = (resident, slot)
            fileEvents[event.id] = accepted.count
            acceptedSlots.append(slot)
            acceptedLines.append(line)
            accepted.append(event)
        }

        /// The event of a row the scanner read, or `nil` when a cross-row check fails and the general path must
        /// name the problem: the same decisions as below, in the same order.
        func event(of row: EventRowScanner.Row) -> CourseEvent? {
            guard fileEvents[row.id] == nil else { return nil }
            let residentID = storedResidents[row.resident]
            let stored = storedEvents[row.resident]
            var target: CourseEvent?
            if let targetID = row.target {
                guard
                    let found = fileEvent(targetID) ?? stored.first(where: { $0.id == targetID })
                else { return nil }
                target = found
            }
            let eventKind: CourseEventKind
            let amendment: CourseEvent.Amendment?
            if let kind = row.kind {
                guard kind.isAdmission == (row.admission != nil) else { return nil }
                eventKind = kind
                amendment = target.map { .correction(of: $0.id) }
            } else {
                guard let target else { return nil }
                eventKind = target.kind
                amendment = .cancellation(of: target.id)
            }
            if let target, target.episode != row.episode { return nil }
            guard
                let event = try? CourseEvent(
                    id: row.id, resident: residentID, episode: row.episode, kind: eventKind, instant: row.instant,
                    ward: row.ward?.id, wardType: row.ward?.type ?? .psychiatric,
                    admission: row.admission.map { AdmissionDetails(legalStatus: $0) }, amendment: amendment)
            else { return nil }
            if let recorded = stored.first(where: { $0.id == row.id }), recorded != event { return nil }
            return event
        }

        /// Reads `record` through ``RowReader``, keeping its event or returning its problems.
        func readInGeneral(_ record: CSVTable.Record) -> [InputProblem]? {
            var row = RowReader(columns, record, plausible: plausible)
            let id = row.value(
                "event_id", fast: { CSVBytes.uuid($0).map(CourseEvent.ID.init(rawValue:)) },
                { text throws -> CourseEvent.ID in StableIdentifier.make(text, kind: "event", as: CourseEvent.self) })
            if let id, let earlier = fileEvents[id] {
                row.fail("event_id", "the event is already on line \(acceptedLines[earlier])")
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
                guard let event = fileEvent(targetID) ?? resident?.event(targetID) else {
                    throw RowRule("no earlier event with this event_id for the resident (in the store or the file)")
                }
                return event
            }
            guard row.isValid, let id, let resident, let episode, let kind, let instant else {
                return row.problems
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
                    return row.problems
                }
                eventKind = target.kind
                amendment = .cancellation(of: target.id)
            }
            if let target, target.episode != episode {
                row.fail("supersedes", "the superseded event belongs to another episode (\(target.episode))")
            }
            guard row.isValid else { return row.problems }
            do {
                let event = try CourseEvent(
                    id: id, resident: resident.id, episode: episode, kind: eventKind, instant: instant, ward: ward?.id,
                    wardType: ward.map(snapshot.wardType) ?? .psychiatric,
                    admission: admission.map { AdmissionDetails(legalStatus: $0) }, amendment: amendment)
                if let stored = resident.event(id), stored != event {
                    row.fail("event_id", "the event is already recorded with other values; send a correction")
                    return row.problems
                }
                accept(event, line: record.line)
                return nil
            } catch {
                row.fail(nil, "\(error.rule) [\(error.code)]")
                return row.problems
            }
        }

        for (position, record) in table.records.enumerated() {
            plan.rows += 1
            if position < rows.count, let row = rows[position], let event = event(of: row) {
                accept(event, line: record.line)
                continue
            }
            if let problems = readInGeneral(record) { plan.problems += problems }
        }

        // The accepted events grouped by slot, in file order within each (a counting sort).
        var starts = [Int](repeating: 0, count: slotResidents.count + 1)
        for slot in acceptedSlots { starts[slot + 1] += 1 }
        for slot in slotResidents.indices { starts[slot + 1] += starts[slot] }
        var grouped = [Int](repeating: 0, count: accepted.count)
        var next = starts
        for (position, slot) in acceptedSlots.enumerated() {
            grouped[next[slot]] = position
            next[slot] += 1
        }
        // Each resident's events, moved out of `accepted` (every position holds its event and is taken once, by
        // its own slot), then recorded on the residents' records on every core: each record is independent, and
        // the results are kept in slot order.
        var slots: [(record: Revision<ResidentRecord>?, events: [CourseEvent])] = []
        slots.reserveCapacity(slotResidents.count)
        for (slot, residentID) in slotResidents.enumerated() {
            let positions = grouped[starts[slot]..<starts[slot + 1]]
            var events: [CourseEvent] = []
            events.reserveCapacity(positions.count)
            for position in positions { if let event = accepted[position].take() { events.append(event) } }
            slots.append((snapshot.records[residentID], events))
        }
        let outcomes = ParallelMap.map(slots, minimum: 1_024) { slot -> Result<PlannedWrite?, ValidationError>? in
            guard let existing = slot.record else { return nil }
            do throws(ValidationError) {
                let updated = try existing.document.recording(events: slot.events)
                return .success(PlannedWrite.saveIfChanged(updated, existing: existing, line: nil))
            } catch {
                return .failure(error)
            }
        }
        for (slot, outcome) in outcomes.enumerated() {
            let positions = grouped[starts[slot]..<starts[slot + 1]]
            switch outcome {
            case nil: continue
            case .success(var write?):
                write.line = positions.first.map { acceptedLines[$0] }
                plan.writes.append(write)
            case .success(nil): plan.unchanged += 1
            case .failure(let error):
                for position in positions {
                    plan.problems.append(
                        InputProblem(
                            file: table.file, line: acceptedLines[position], field: nil,
                            rule: "\(error.rule) [\(error.code)]"))
                }
            }
        }
        return plan
    }
}
