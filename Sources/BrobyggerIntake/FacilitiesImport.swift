import BrobyggerAgreements
import BrobyggerCarePlans
import BrobyggerCore
import BrobyggerDischarge
import BrobyggerFHIR
import BrobyggerRelationalCoordination
import BrobyggerResidents

/// Imports `facilities.csv`: `id,legal_basis,owner,capacity,approved_target_groups,team`, one row per *botilbud*
/// whose organisation row (name, municipality) is already in the store.
public enum FacilitiesImport {
    /// The `legal_basis` codes.
    public static let legalBases: [(String, FacilityLegalBasis)] = FacilityLegalBasis.allCases.map { ($0.rawValue, $0) }
    /// The `owner` codes.
    public static let owners: [(String, FacilityOwner)] = FacilityOwner.allCases.map { ($0.rawValue, $0) }

    /// The header of the file.
    public static let header = ["id", "legal_basis", "owner", "capacity", "approved_target_groups", "team"]

    /// Checks every row and plans the saves.
    public static func plan(_ table: CSVTable, snapshot: StoreSnapshot) throws(InputProblem) -> ImportPlan {
        let columns = try CSVColumns(
            table, required: ["id", "legal_basis", "owner", "capacity", "approved_target_groups"], optional: ["team"])
        var plan = ImportPlan()
        var lines: [ResidentialFacility.ID: Int] = [:]
        for record in table.records {
            plan.rows += 1
            var row = RowReader(columns, record)
            let organisation = row.required("id") { text throws in
                try snapshot.organisation(text, kinds: [.residentialFacility], role: "the facility")
            }
            let basis = row.code("legal_basis", legalBases)
            let owner = row.code("owner", owners)
            let capacity = row.required("capacity") { text throws in
                guard let number = Int(text) else { throw RowRule("the capacity is a whole number of places") }
                return number
            }
            // An open vocabulary (Tilbudsportalen lists many more groups): an unknown code is kept and noted.
            let groups = row.required("approved_target_groups") { text throws in
                let codes = text.split(separator: ";", omittingEmptySubsequences: false).map {
                    $0.trimmingCharacters(in: .whitespaces)
                }
                guard !codes.contains(where: \.isEmpty) else {
                    throw RowRule("an empty target group code; separate the codes by single ';'")
                }
                return Set(codes.map(TargetGroup.init(rawValue:)))
            }
            for group in (groups ?? []).sorted() where !TargetGroup.known.contains(group) {
                plan.notes.append(
                    InputProblem(
                        file: table.file, line: record.line, field: "approved_target_groups",
                        rule: "'\(group.rawValue)' is a target group this version does not know; kept as it is "
                            + "(known: " + TargetGroup.known.map(\.rawValue).joined(separator: ", ") + ")"))
            }
            let team = row.optional("team") { text throws in
                try snapshot.organisation(text, kinds: [.outreachTeam], role: "the outreach team")
            }
            if let organisation, organisation.identifiers.municipality == nil {
                row.fail("id", "the facility's organisation row has no municipality code")
            }
            if let organisation, let earlier = lines[organisation.id] {
                row.fail("id", "the facility is already on line \(earlier)")
            }
            guard row.isValid, let organisation, let basis, let owner, let capacity, let groups,
                let municipality = organisation.identifiers.municipality
            else {
                plan.problems += row.problems
                continue
            }
            lines[organisation.id] = record.line
            let existing = snapshot.facilities[organisation.id]
            do {
                let facility = try ResidentialFacility(
                    id: organisation.id, name: organisation.name, legalBasis: basis, owner: owner,
                    municipality: municipality, capacity: capacity, approvedTargetGroups: groups,
                    outreachTeam: team?.id, linkedWards: existing?.document.linkedWards ?? [])
                if let write = PlannedWrite.saveIfChanged(facility, existing: existing, line: record.line) {
                    plan.writes.append(write)
                } else {
                    plan.unchanged += 1
                }
            } catch {
                let column =
                    switch error.field.rawValue {
                    case "capacity": "capacity"
                    case "approvedTargetGroups": "approved_target_groups"
                    default: "id"
                    }
                row.fail(column, "\(error.rule) [\(error.code)]")
                plan.problems += row.problems
            }
        }
        return plan
    }
}
