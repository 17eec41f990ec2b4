import Brobygger

/// Imports `facilities.csv`: `id,legal_basis,owner,capacity,approved_target_groups,team`, one row per *botilbud*
/// whose organisation row (name, municipality) is already in the store.
enum FacilitiesImport {
    /// The `legal_basis` codes.
    static let legalBases: [(String, FacilityLegalBasis)] = FacilityLegalBasis.allCases.map { ($0.rawValue, $0) }
    /// The `owner` codes.
    static let owners: [(String, FacilityOwner)] = FacilityOwner.allCases.map { ($0.rawValue, $0) }

    /// The header of the file.
    static let header = ["id", "legal_basis", "owner", "capacity", "approved_target_groups", "team"]

    /// Checks every row and plans the saves.
    static func plan(_ table: CSVTable, snapshot: StoreSnapshot) throws(InputProblem) -> ImportPlan {
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
            let groups = row.required("approved_target_groups") { text throws in
                try Set(
                    text.split(separator: ";").map { part throws in
                        let group = TargetGroup(rawValue: part.trimmingCharacters(in: .whitespaces))
                        guard TargetGroup.known.contains(group) else {
                            throw RowRule(
                                "'\(group.rawValue)' is not a known target group; use "
                                    + TargetGroup.known.map(\.rawValue).joined(separator: " | "))
                        }
                        return group
                    })
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
                if let write = PlannedWrite.saveIfChanged(facility, existing: existing) {
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
