import BrobyggerAgreements
import BrobyggerCarePlans
import BrobyggerCore
import BrobyggerDischarge
import BrobyggerFHIR
import BrobyggerRelationalCoordination
import BrobyggerResidents

/// The documents an import resolves references against, read once from the store with their versions.
public struct StoreSnapshot: Sendable {
    /// Organisations by identifier.
    public var organisations: [Organisation.ID: Revision<Organisation>] = [:]
    /// Facilities by identifier.
    public var facilities: [ResidentialFacility.ID: Revision<ResidentialFacility>] = [:]
    /// Resident records by identifier.
    public var records: [Resident.ID: Revision<ResidentRecord>] = [:]
    /// Resident identifiers by CPR number.
    public var residentsByCPR: [CPRNumber: Resident.ID] = [:]
    /// Stored §13a/§13b register rows by storage key (loaded only for `import discharge-documents`).
    public var registerEntries: [String: Revision<DischargeRegisterEntry>] = [:]
    /// Stored relational-coordination rounds (loaded only for `import rc-responses`).
    public var rounds: [RelationalCoordinationRound.ID: Revision<RelationalCoordinationRoundResponses>] = [:]

    /// An empty snapshot, as of an empty store.
    public init() {}

    /// Reads the organisations, facilities and resident records of `store`.
    public static func load(_ store: any DocumentStore) async throws(StoreError) -> StoreSnapshot {
        try await load(store, for: nil)
    }

    /// Reads what an import of `kind` resolves references against: organisations always, facilities for
    /// facilities, placements and documents, resident records for every kind that names residents. A documents
    /// file names residents only to bind a care plan by CPR number, so for `documents` only ``residentsByCPR`` is
    /// read (the residents' identities, not their records) and ``records`` stays empty.
    public static func load(_ store: any DocumentStore, for kind: IntakeKind?) async throws(StoreError)
        -> StoreSnapshot
    {
        var snapshot = StoreSnapshot()
        for revision in try await store.list(Organisation.self, matching: .all) {
            snapshot.organisations[revision.document.id] = revision
        }
        if kind == nil || kind == .facilities || kind == .placements || kind == .documents {
            for revision in try await store.list(ResidentialFacility.self, matching: .all) {
                snapshot.facilities[revision.document.id] = revision
            }
        }
        if kind == .organisations || kind == .facilities || kind == .rcResponses { return snapshot }
        if kind == .documents {
            for view in try await ResidentIdentityView.list(in: store, matching: .all) {
                if case .cpr(let cpr) = view.resident.person { snapshot.residentsByCPR[cpr] = view.id }
            }
            return snapshot
        }
        let records = try await store.list(ResidentRecord.self, matching: .all)
        snapshot.records.reserveCapacity(records.count)
        snapshot.residentsByCPR.reserveCapacity(records.count)
        for revision in records {
            snapshot.records[revision.document.id] = revision
            if case .cpr(let cpr) = revision.document.resident.person {
                snapshot.residentsByCPR[cpr] = revision.document.id
            }
        }
        return snapshot
    }

    /// The stored record of the resident whose CPR number a file cell holds.
    ///
    /// - Throws: `ValidationError` for a malformed CPR number (masked), ``RowRule`` when no stored resident has it.
    public func resident(cpr text: String) throws -> ResidentRecord {
        guard let record = record(of: try CPRNumber(text)) else { throw Self.noResident }
        return record.document
    }

    /// The identifier of the stored resident whose CPR number a file cell holds, found without copying the record.
    ///
    /// - Throws: As ``resident(cpr:)``.
    func residentID(cpr text: String) throws -> Resident.ID {
        guard let id = residentsByCPR[try CPRNumber(text)], records.index(forKey: id) != nil else {
            throw Self.noResident
        }
        return id
    }

    /// The problem of a CPR number no stored resident has.
    static let noResident = RowRule(
        "no resident with this CPR number in the store; import it with 'brobygger import residents'")

    /// The stored record of the resident with `cpr`.
    public func record(of cpr: CPRNumber) -> Revision<ResidentRecord>? {
        residentsByCPR[cpr].flatMap { records[$0] }
    }

    /// Whether `ward` is a psychiatric or a somatic ward, from the organisation it is part of: a ward of a known
    /// organisation that is not a psychiatric centre (a hospital's medical department) is somatic; a ward of a
    /// psychiatric centre, or whose parent the store does not know, is psychiatric, since the flat files come from
    /// psychiatry. Only stays on psychiatric wards count for §13a and readmissions.
    public func wardType(of ward: Organisation) -> WardType {
        guard let parent = ward.partOf.flatMap({ organisations[$0]?.document }) else { return .psychiatric }
        return parent.kind == .psychiatricCentre ? .psychiatric : .somatic
    }

    /// The organisation a flat file's `id` names, checked to be of one of `kinds`.
    public func organisation(_ text: String, kinds: Set<OrganisationKind>, role: String) throws(RowRule) -> Organisation
    {
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
