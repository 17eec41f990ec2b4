import BrobyggerAgreements
import BrobyggerCarePlans
import BrobyggerCore
import BrobyggerDischarge
import BrobyggerFHIR
import BrobyggerRelationalCoordination
import BrobyggerResidents

/// Imports `organisations.csv`: `id,kind,name,sor,gln,municipality,region`.
public enum OrganisationsImport {
    /// The `kind` codes of the file and the organisation kinds they stand for.
    public static let kinds: [(String, OrganisationKind)] = [
        ("psychiatric_centre", .psychiatricCentre), ("ward", .ward), ("outpatient_clinic", .outpatientClinic),
        ("outreach_team", .outreachTeam), ("facility", .residentialFacility), ("municipality", .municipality),
        ("gp", .gpPractice), ("addiction_treatment", .addictionTreatment), ("jobcentre", .jobcentre),
        ("other", .other),
    ]

    /// The header of the file.
    public static let header = ["id", "kind", "name", "sor", "gln", "municipality", "region"]

    /// Checks every row and plans the saves.
    public static func plan(_ table: CSVTable, snapshot: StoreSnapshot) throws(InputProblem) -> ImportPlan {
        let columns = try CSVColumns(
            table, required: ["id", "kind", "name"], optional: ["sor", "gln", "municipality", "region"])
        var plan = ImportPlan()
        var lines: [Organisation.ID: Int] = [:]
        for record in table.records {
            plan.rows += 1
            var row = RowReader(columns, record)
            let idText = row.required("id") { text throws in
                try StorageKeyRule.validate(text)
                return text
            }
            let kind = row.code("kind", kinds)
            let name = row.required("name") { $0 }
            let sor = row.optional("sor") { try SORCode($0) }
            let gln = row.optional("gln") { try GLN($0) }
            let municipality = row.optional("municipality") { try MunicipalityCode($0) }
            let region = row.optional("region") { text throws in
                guard let code = Int(text) else { throw RowRule("a region code is a number 1081–1085") }
                return try Region(code: code)
            }
            var id: Organisation.ID?
            if let idText {
                id = StableIdentifier.make(idText, kind: "organisation")
                if let id, let earlier = lines[id] {
                    row.fail("id", "the id '\(idText)' is already used on line \(earlier)")
                }
            }
            guard row.isValid, let id, let kind, let name else {
                plan.problems += row.problems
                continue
            }
            lines[id] = record.line
            let existing = snapshot.organisations[id]
            let old = existing?.document
            do {
                let organisation = try Organisation(
                    id: id, kind: kind, name: name,
                    identifiers: OrganisationIdentifiers(
                        sor: sor, gln: gln, cvr: old?.identifiers.cvr, municipality: municipality, region: region),
                    address: old?.address, partOf: old?.partOf, contact: old?.contact)
                if let write = PlannedWrite.saveIfChanged(organisation, existing: existing, line: record.line) {
                    plan.writes.append(write)
                } else {
                    plan.unchanged += 1
                }
            } catch {
                row.fail(error.field.isRoot ? nil : error.field.rawValue, "\(error.rule) [\(error.code)]")
                plan.problems += row.problems
            }
        }
        return plan
    }
}
