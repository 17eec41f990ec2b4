import BrobyggerAgreements
import BrobyggerCarePlans
import BrobyggerCore
import BrobyggerDischarge
import BrobyggerFHIR
import BrobyggerRelationalCoordination
import BrobyggerResidents

/// Imports `placements.csv`: `resident,facility,legal_basis,from,to` (`to` empty = ongoing).
///
/// The resident (by CPR number) and the facility must be in the store. A placement of the same resident at the
/// same facility from the same day is the same placement and is updated; any other row adds a placement.
public enum PlacementsImport {
    /// The header of the file.
    public static let header = ["resident", "facility", "legal_basis", "from", "to"]

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
            table, required: ["resident", "facility", "legal_basis", "from"], optional: ["to"])
        var plan = ImportPlan()
        var byResident: [Resident.ID: [(line: Int, placement: Placement)]] = [:]
        var order: [Resident.ID] = []
        for record in table.records {
            plan.rows += 1
            var row = RowReader(columns, record, plausible: plausible)
            let resident = row.required("resident", showValue: false) { text throws in
                guard let record = snapshot.record(of: try CPRNumber(text)) else {
                    throw RowRule(
                        "no resident with this CPR number in the store; import it with 'brobygger import residents'")
                }
                return record.document
            }
            let facility = row.required("facility") { text throws in
                let id = StableIdentifier.make(text, kind: "organisation", as: Organisation.self)
                guard let facility = snapshot.facilities[id]?.document else {
                    throw RowRule("no facility with this id in the store; import it with 'brobygger import facilities'")
                }
                return facility
            }
            let basis = row.code("legal_basis", FacilitiesImport.legalBases)
            let from = row.date("from")
            let to = row.date("to", required: false)
            var period: DayRange?
            if let from {
                do {
                    period = try DayRange(start: from, end: to)
                } catch {
                    row.fail("to", "\(error.rule) [\(error.code)]")
                }
            }
            guard row.isValid, let resident, let facility, let basis, let period else {
                plan.problems += row.problems
                continue
            }
            let earlier = byResident[resident.id]?.first {
                $0.placement.facility == facility.id && $0.placement.period.start == period.start
            }
            if let earlier {
                row.fail(nil, "the same placement (resident, facility, from) is already on line \(earlier.line)")
                plan.problems += row.problems
                continue
            }
            let id =
                resident.placements.first { $0.facility == facility.id && $0.period.start == period.start }?.id
                ?? .random()
            let placement = Placement(
                id: id, resident: resident.id, facility: facility.id, legalBasis: basis, period: period)
            if byResident[resident.id] == nil { order.append(resident.id) }
            byResident[resident.id, default: []].append((record.line, placement))
        }
        for residentID in order {
            guard let existing = snapshot.records[residentID], let rows = byResident[residentID] else { continue }
            do throws(ValidationError) {
                var updated = existing.document
                for (_, placement) in rows { updated = try updated.recording(placement: placement) }
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
