import Brobygger

/// The documents an import resolves references against, read once from the store with their versions.
struct StoreSnapshot: Sendable {
    /// Organisations by identifier.
    var organisations: [Organisation.ID: Revision<Organisation>] = [:]
    /// Facilities by identifier.
    var facilities: [ResidentialFacility.ID: Revision<ResidentialFacility>] = [:]
    /// Resident records by identifier.
    var records: [Resident.ID: Revision<ResidentRecord>] = [:]
    /// Resident identifiers by CPR number.
    var residentsByCPR: [CPRNumber: Resident.ID] = [:]
    /// Stored §13a/§13b register rows by storage key (loaded only for `import discharge-documents`).
    var registerEntries: [String: Revision<DischargeRegisterEntry>] = [:]
    /// Stored relational-coordination rounds (loaded only for `import rc-responses`).
    var rounds: [RelationalCoordinationRound.ID: Revision<RelationalCoordinationRoundResponses>] = [:]

    /// Reads the organisations, facilities and resident records of `store`.
    static func load(_ store: any DocumentStore) async throws(StoreError) -> StoreSnapshot {
        var snapshot = StoreSnapshot()
        for revision in try await store.list(Organisation.self, matching: .all) {
            snapshot.organisations[revision.document.id] = revision
        }
        for revision in try await store.list(ResidentialFacility.self, matching: .all) {
            snapshot.facilities[revision.document.id] = revision
        }
        for revision in try await store.list(ResidentRecord.self, matching: .all) {
            snapshot.records[revision.document.id] = revision
            if case .cpr(let cpr) = revision.document.resident.person {
                snapshot.residentsByCPR[cpr] = revision.document.id
            }
        }
        return snapshot
    }

    /// The stored record of the resident with `cpr`.
    func record(of cpr: CPRNumber) -> Revision<ResidentRecord>? {
        residentsByCPR[cpr].flatMap { records[$0] }
    }

    /// Whether `ward` is a psychiatric or a somatic ward, from the organisation it is part of: a ward of a known
    /// organisation that is not a psychiatric centre (a hospital's medical department) is somatic; a ward of a
    /// psychiatric centre, or whose parent the store does not know, is psychiatric, since the flat files come from
    /// psychiatry. Only stays on psychiatric wards count for §13a and readmissions.
    func wardType(of ward: Organisation) -> WardType {
        guard let parent = ward.partOf.flatMap({ organisations[$0]?.document }) else { return .psychiatric }
        return parent.kind == .psychiatricCentre ? .psychiatric : .somatic
    }

    /// The organisation a flat file's `id` names, checked to be of one of `kinds`.
    func organisation(_ text: String, kinds: Set<OrganisationKind>, role: String) throws(RowRule) -> Organisation {
        let id = StableIdentifier.make(text, kind: "organisation", as: Organisation.self)
        guard let organisation = organisations[id]?.document else {
            throw RowRule(
                "no organisation with this id in the store (\(role)); import it with 'brobygger import organisations'"
                    + " first")
        }
        guard kinds.contains(organisation.kind) else {
            throw RowRule(
                "the organisation is a \(organisation.kind.rawValue), not a "
                    + kinds.map(\.rawValue).sorted().joined(separator: " or "))
        }
        return organisation
    }
}
