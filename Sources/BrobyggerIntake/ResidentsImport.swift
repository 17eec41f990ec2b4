import BrobyggerAgreements
import BrobyggerCarePlans
import BrobyggerCore
import BrobyggerDischarge
import BrobyggerFHIR
import BrobyggerRelationalCoordination
import BrobyggerResidents

/// Imports `residents.csv`: `resident,given_name,family_name,municipality,diagnoses`.
///
/// A resident already in the store (matched by CPR number) is updated and keeps its placements, events and other
/// parts. The diagnoses in the file are the resident's current list, primary first; a code the resident already
/// had keeps the date it was given, a new code is dated the day of the import.
public enum ResidentsImport {
    /// The header of the file.
    public static let header = ["resident", "given_name", "family_name", "municipality", "diagnoses"]

    /// Checks every row and plans the saves.
    public static func plan(_ table: CSVTable, snapshot: StoreSnapshot, today: CalendarDate) throws(InputProblem)
        -> ImportPlan
    {
        let columns = try CSVColumns(
            table, required: ["resident", "given_name", "family_name", "municipality"], optional: ["diagnoses"])
        var plan = ImportPlan()
        var lines: [CPRNumber: Int] = [:]
        for record in table.records {
            plan.rows += 1
            var row = RowReader(columns, record)
            let cpr = row.required("resident", showValue: false) { try CPRNumber($0) }
            let given = row.required("given_name") { $0 }
            let family = row.required("family_name") { $0 }
            let municipality = row.required("municipality") { try MunicipalityCode($0) }
            let codes =
                row.optional("diagnoses") { text throws in
                    try text.split(separator: ";").map { try DiagnosisCode(String($0)) }
                } ?? []
            var name: PersonName?
            if let given, let family {
                do {
                    name = try PersonName(given: given, family: family)
                } catch {
                    row.fail(error.field.rawValue.contains("given") ? "given_name" : "family_name", error.rule)
                }
            }
            if let cpr, let earlier = lines[cpr] { row.fail("resident", "the resident is already on line \(earlier)") }
            guard row.isValid, let cpr, let name, let municipality else {
                plan.problems += row.problems
                continue
            }
            lines[cpr] = record.line
            let existing = snapshot.record(of: cpr)
            let old = existing?.document
            let diagnoses = codes.enumerated().map { index, code in
                let rank: Diagnosis.Rank = index == 0 ? .primary : .secondary
                let date = old?.resident.diagnoses.first { $0.code == code && $0.rank == rank }?.date ?? today
                return Diagnosis(code: code, rank: rank, date: date)
            }
            do throws(ValidationError) {
                let resident = try Resident(
                    id: old?.id ?? .random(), person: .cpr(cpr), name: name, actingMunicipality: municipality,
                    diagnoses: diagnoses, gafScores: old?.resident.gafScores ?? [],
                    relatives: old?.resident.relatives ?? [], proxy: old?.resident.proxy,
                    facilityContactPerson: old?.resident.facilityContactPerson,
                    teamPrimaryContact: old?.resident.teamPrimaryContact)
                let updated: ResidentRecord
                if let old {
                    updated = try old.replacing(details: resident)
                } else {
                    updated = try ResidentRecord(resident: resident)
                }
                if let write = PlannedWrite.saveIfChanged(updated, existing: existing, line: record.line) {
                    plan.writes.append(write)
                } else {
                    plan.unchanged += 1
                }
            } catch {
                row.fail(
                    error.field.rawValue.hasPrefix("diagnoses") ? "diagnoses" : nil, "\(error.rule) [\(error.code)]")
                plan.problems += row.problems
            }
        }
        return plan
    }
}
