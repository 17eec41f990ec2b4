import BrobyggerCore
import BrobyggerDischarge
import BrobyggerResidents

extension DischargeWorklist {
    /// Which resident records a store-backed worklist reads.
    public enum Scope: String, Sendable, Hashable, Codable {
        /// Only the records whose stored events leave a psychiatric stay open (`ResidentRecord/openStayKey`): the
        /// worklist as the store stands, read in time proportional to the patients admitted. When any record
        /// carries neither stay key (it was saved before the keys existed, so an open stay in it would be missed),
        /// every record is read, so the list is complete on any store; re-saving such records (importing their
        /// files again) brings back the fast path.
        case openStays
        /// Every record: for a worklist as of an earlier instant, when stays since discharged were open.
        case allResidents
    }

    /// The open-stays worklist over what `store` holds: the residents' stays and placements, their discharge
    /// agreements and coordination plans, the §13a register rows imported from `discharge_documents.csv`, and the
    /// facilities, teams and organisations that name them.
    ///
    /// - Parameters:
    ///   - store: The store to read.
    ///   - asOf: The instant the list is for.
    ///   - ward: Only stays on this ward, or on the wards under this organisation (a centre, a region).
    ///   - policy: Who is on the list and its order.
    ///   - scope: Which records to read; `allResidents` for an `asOf` before the latest events.
    /// - Throws: `StoreError` when the store cannot be read.
    public static func build(
        store: any DocumentStore, asOf: Instant, ward: Organisation.ID? = nil,
        policy: DischargeWorklistPolicy = .standard, scope: Scope = .openStays
    ) async throws -> DischargeWorklist {
        let keyed = scope == .openStays ? try await Self.everyRecordCarriesStayKey(in: store) : false
        let records = try await ResidentCourseView.list(
            in: store, matching: keyed ? DocumentQuery(keys: [ResidentRecord.openStayKey]) : .all)
        let inputs = try await DischargeWorklistInputs.load(
            views: records, from: store, organisations: nil, definition: policy.stayDefinition)
        return DischargeWorklist.build(asOf: asOf, inputs: inputs, ward: ward, policy: policy)
    }

    /// Whether every resident record in `store` carries one of the stay keys (`ResidentRecord/openStayKey`,
    /// `ResidentRecord/noOpenStayKey`), counted from the store's index: only then does the open-stay key list every
    /// open stay.
    static func everyRecordCarriesStayKey(in store: any DocumentStore) async throws(StoreError) -> Bool {
        let total = try await store.count(ResidentRecord.self, matching: .all)
        let open = try await store.count(
            ResidentRecord.self, matching: DocumentQuery(keys: [ResidentRecord.openStayKey]))
        let none = try await store.count(
            ResidentRecord.self, matching: DocumentQuery(keys: [ResidentRecord.noOpenStayKey]))
        return open + none == total
    }
}

extension DischargeWorklistInputs {
    /// The worklist inputs of `records` from `store`: their stays, placements and documents, with every
    /// organisation and the facilities they are placed on.
    ///
    /// - Parameters:
    ///   - records: The resident records.
    ///   - store: The store holding their documents, facilities and organisations.
    ///   - organisations: The organisations, when the caller has read them already.
    ///   - definition: When ward contacts are one stay.
    /// - Throws: `StoreError` when the store cannot be read.
    public static func load(
        records: [ResidentRecord], from store: any DocumentStore, organisations: [Organisation]? = nil,
        definition: HospitalStayDefinition = .national
    ) async throws(StoreError) -> DischargeWorklistInputs {
        try await load(
            views: records.map(ResidentCourseView.init), from: store, organisations: organisations,
            definition: definition)
    }

    /// The worklist inputs of the records' courses; see `load(records:from:organisations:definition:)`.
    static func load(
        views records: [ResidentCourseView], from store: any DocumentStore, organisations: [Organisation]?,
        definition: HospitalStayDefinition
    ) async throws(StoreError) -> DischargeWorklistInputs {
        var inputs = DischargeWorklistInputs()
        var facilityIDs = Set<ResidentialFacility.ID>()
        var persons: [PersonIdentifier: Resident.ID] = [:]
        var episodes = Set<String>()
        inputs.replaceRecords(with: records, definition: definition)
        for stay in inputs.stays { for episode in stay.episodes { episodes.insert(episode.value) } }
        for record in records {
            persons[record.resident.person] = record.id
            for placement in record.placements { facilityIDs.insert(placement.facility) }
        }
        if let organisations {
            inputs.organisations = organisations
        } else {
            inputs.organisations = try await store.list(Organisation.self, matching: .all).map(\.document)
        }
        for id in facilityIDs.sorted() {
            if let facility = try await store.current(ResidentialFacility.self, id: id)?.document {
                inputs.facilities.append(facility)
            }
        }
        inputs.documents = try await documents(
            of: records.map(\.id), persons: persons, episodes: episodes, from: store)
        return inputs
    }

    /// The stays, placements and residents of `records`, in place of those held.
    mutating func replaceRecords(with records: [ResidentCourseView], definition: HospitalStayDefinition) {
        stays = []
        placements = []
        residents = []
        for record in records {
            if !record.events.isEmpty {
                var timeline = CourseTimeline(resident: record.id)
                for event in record.events { try? timeline.record(event) }
                stays += timeline.stays(joining: definition)
            }
            placements += record.placements
            residents.append(record.resident)
        }
    }

    /// The agreements, plans and register rows of the residents: read per resident for a few, listed whole for many.
    static func documents(
        of residents: [Resident.ID], persons: [PersonIdentifier: Resident.ID], episodes: Set<String>,
        from store: any DocumentStore
    ) async throws(StoreError) -> [DischargeWorklistDocument] {
        var documents: [DischargeWorklistDocument] = []
        var full = Set<String>()
        let wanted = Set(residents)
        var entries: [DischargeRegisterEntry] = []
        if residents.count > 2_000 {
            for agreement in try await store.list(DischargeAgreement.self, matching: .all).map(\.document)
            where wanted.contains(agreement.resident) {
                documents.append(DischargeWorklistDocument(agreement))
            }
            for plan in try await store.list(CoordinationPlan.self, matching: .all).map(\.document)
            where wanted.contains(plan.resident) {
                documents.append(DischargeWorklistDocument(plan))
            }
            entries = try await store.list(DischargeRegisterEntry.self, matching: .all).map(\.document)
        } else {
            for resident in residents {
                for agreement in try await store.list(DischargeAgreement.self, matching: .key("resident", resident)) {
                    documents.append(DischargeWorklistDocument(agreement.document))
                }
                for plan in try await store.list(CoordinationPlan.self, matching: .key("resident", resident)) {
                    documents.append(DischargeWorklistDocument(plan.document))
                }
            }
            for episode in episodes.sorted() {
                entries += try await store.list(
                    DischargeRegisterEntry.self, matching: DocumentQuery(keys: [IndexKey("episode", episode)])
                ).map(\.document)
            }
        }
        for document in documents { full.insert(document.documentID) }
        // A register row whose document_id is a stored full document's key is that document, not a second one.
        for entry in entries where !full.contains(entry.record.documentID) {
            if let resident = persons[entry.record.resident] {
                documents.append(DischargeWorklistDocument(entry.record, resident: resident))
            }
        }
        return documents
    }
}
