import BrobyggerCore
import BrobyggerDischarge
import BrobyggerResidents

extension DischargeComplianceReport {
    /// The psykiatriloven §13a/§13b compliance report over everything `store` holds: the residents' stays and
    /// placements, the full discharge agreements and coordination plans, the register rows imported from
    /// `discharge_documents.csv` (a row whose `document_id` is a stored full document's key is that document and
    /// is not counted twice), the outreach teams' contacts and the organisations with their hierarchy.
    ///
    /// The period defaults to the twelve months ending on the latest discharge in the store dated in the plausible
    /// window (`asOf` when there is none; see ``buildWithPeriod(store:from:to:asOf:window:)``). Follow-ups after discharge are evaluated as of `asOf`; where no contact of the resident's outreach team
    /// is registered in the period (a store fed without `team_contacts.csv`), a follow-up without a contact is
    /// *not registered*, never *not met* (`FollowUpAfterDischarge.Status.notRegistered`).
    ///
    /// - Parameters:
    ///   - from: The period's first day, or `nil` for the default.
    ///   - to: The period's last day, or `nil` for the default.
    /// - Throws: `StoreError` when the store cannot be read; `ValidationError` when `from` lies after `to`.
    public static func build(
        store: any DocumentStore, from: CalendarDate? = nil, to: CalendarDate? = nil, asOf today: CalendarDate
    ) async throws -> DischargeComplianceReport {
        try await buildWithPeriod(store: store, from: from, to: to, asOf: today).report
    }

    /// The compliance report over everything `store` holds, as ``build(store:from:to:asOf:)``, with the period it
    /// covers and why that period was chosen (`ComplianceReportPeriod`): only discharges dated in the plausible
    /// window decide the default period, so one mistyped date cannot move the report to another year.
    ///
    /// - Parameters:
    ///   - from: The period's first day, or `nil` for the default.
    ///   - to: The period's last day, or `nil` for the default.
    ///   - window: The plausible window; default 1900-01-01 to ten years after `asOf`.
    /// - Throws: `StoreError` when the store cannot be read; `ValidationError` when `from` lies after `to`.
    public static func buildWithPeriod(
        store: any DocumentStore, from: CalendarDate? = nil, to: CalendarDate? = nil, asOf today: CalendarDate,
        window: PlausibleDateWindow = .standard
    ) async throws -> (report: DischargeComplianceReport, period: ComplianceReportPeriod) {
        // Every kind is asked for at once: a store that answers over a connection (a database) reads and sends the
        // small kinds while this process decodes the resident records.
        async let listedOrganisations = store.list(Organisation.self, matching: .all)
        async let listedFacilities = store.list(ResidentialFacility.self, matching: .all)
        async let listedAgreements = store.list(DischargeAgreement.self, matching: .all)
        async let listedPlans = store.list(CoordinationPlan.self, matching: .all)
        async let listedEntries = store.list(DischargeRegisterEntry.self, matching: .all)
        let records = try await store.list(ResidentRecord.self, matching: .all).map(\.document)
        let organisations = try await listedOrganisations.map(\.document)
        let facilities = try await listedFacilities.map(\.document)
        var stays: [Stay] = []
        var placements: [Placement] = []
        var persons: [Resident.ID: PersonIdentifier] = [:]
        var byResident: [Resident.ID: ResidentRecord] = [:]
        persons.reserveCapacity(records.count)
        byResident.reserveCapacity(records.count)
        // Each resident's stays are resolved on every core; taken in the records' order, they and the first error
        // are the serial loop's.
        let timelines = ParallelMap.map(records) { record in
            Result { () throws(ValidationError) in try CourseTimeline(resident: record.id, events: record.events).stays
            }
        }
        for (record, timeline) in zip(records, timelines) {
            stays += try timeline.get()
            placements += record.placements
            persons[record.id] = record.resident.person
            byResident[record.id] = record
        }
        var documents: [DischargeDocumentRecord] = []
        for agreement in try await listedAgreements.map(\.document) {
            if let person = persons[agreement.resident] {
                documents.append(DischargeDocumentRecord(agreement, person: person))
            }
        }
        for plan in try await listedPlans.map(\.document) {
            if let person = persons[plan.resident] { documents.append(DischargeDocumentRecord(plan, person: person)) }
        }
        let full = Set(documents.map(\.documentID))
        for entry in try await listedEntries.map(\.document)
        where !full.contains(entry.record.documentID) {
            documents.append(entry.record)
        }
        let chosen = try ComplianceReportPeriod(
            from: from, to: to, discharges: stays.compactMap(\.endDate), today: today, window: window)
        let period = chosen.period
        let registration = ContactRegistration(records: records, facilities: facilities, period: period)
        // Grouped and ordered once: each stay's follow-up is then a binary search, not a scan of the contacts.
        let contacts = FollowUpContacts(records: records)
        let residents = byResident
        let followUps = ParallelMap.map(stays) { stay in
            FollowUpAfterDischarge.evaluate(
                stay: stay, contacts: contacts, asOf: today,
                contactsRegistered: registration.isRegistered(for: stay, record: residents[stay.resident]))
        }.compactMap { $0 }
        let report = DischargeComplianceReport.build(
            period: period, cases: DischargeCase.cases(stays: stays, placements: placements), documents: documents,
            persons: persons, followUps: followUps, organisations: organisations)
        return (report, chosen)
    }

    /// The rows of one region, centre or ward and of the units under it, or `nil` when no row of `level` is named
    /// `name` (compared without case) or has it as its organisation's identifier.
    ///
    /// - Parameter organisations: The organisations with their hierarchy (`partOf`), which says what lies under what.
    public func selecting(_ level: Level, named name: String, organisations: [Organisation])
        -> DischargeComplianceReport?
    {
        let parents = Dictionary(organisations.map { ($0.id, $0.partOf) }, uniquingKeysWith: { first, _ in first })
        func isWithin(_ organisation: Organisation.ID?, _ ancestor: Organisation.ID) -> Bool {
            var current = organisation
            var steps = 0
            while let id = current, steps < 16 {
                if id == ancestor { return true }
                current = parents[id] ?? nil
                steps += 1
            }
            return false
        }
        let wanted = name.lowercased()
        let selected = rows.filter { row in
            row.scope.level == level
                && (row.scope.name.lowercased() == wanted || row.scope.organisation?.uuidString == wanted)
        }
        guard !selected.isEmpty else { return nil }
        let units = selected.compactMap(\.scope.organisation)
        let kept = rows.filter { row in
            selected.contains(row) || units.contains { isWithin(row.scope.organisation, $0) }
        }
        return DischargeComplianceReport(
            period: period, rows: kept, exceptions: exceptions, rules: rules, documentMismatches: documentMismatches)
    }
}

/// Which outreach teams have contacts registered in a period, and so whose follow-ups can be judged.
struct ContactRegistration {
    /// Teams with at least one registered contact in the period.
    let teams: Set<Organisation.ID>
    /// The outreach team of each facility.
    let teamOfFacility: [ResidentialFacility.ID: Organisation.ID]

    init(teams: Set<Organisation.ID>, teamOfFacility: [ResidentialFacility.ID: Organisation.ID]) {
        self.teams = teams
        self.teamOfFacility = teamOfFacility
    }

    init(records: [ResidentRecord], facilities: [ResidentialFacility], period: DayRange) {
        // The period's first and last instants (Copenhagen midnights, which no clock change skips or repeats): an
        // instant compares with them as its Danish day compares with the period's days, without a time-zone lookup
        // per contact.
        let first = Self.midnight(period.start)
        let after = period.end.map { Self.midnight($0.adding(days: 1)) }
        var teams = Set<Organisation.ID>()
        for record in records {
            for contact in record.contacts
            where contact.instant >= first && after.map({ contact.instant < $0 }) ?? true {
                teams.insert(contact.team)
            }
        }
        self.teams = teams
        var teamOfFacility: [ResidentialFacility.ID: Organisation.ID] = [:]
        for facility in facilities { teamOfFacility[facility.id] = facility.outreachTeam }
        self.teamOfFacility = teamOfFacility
    }

    /// The Copenhagen midnight at the start of `day`.
    static func midnight(_ day: CalendarDate) -> Instant {
        // Midnight is a time of day, so the initialiser does not throw; the fallback is never taken.
        (try? Instant(date: day)) ?? Instant(millisecondsSince1970: Int64(day.daysSinceEpoch) * 86_400_000)
    }

    /// Whether the team responsible for the resident at the stay's discharge registers its contacts: the team of
    /// the facility the resident lived on at discharge (else the team of any of the resident's contacts) has a
    /// contact registered in the period.
    func isRegistered(for stay: Stay, record: ResidentRecord?) -> Bool {
        guard let record else { return false }
        let day = stay.endDate ?? stay.admissionDate
        let placed = record.placements.first { $0.isActive(on: day) } ?? record.placements.last
        if let facility = placed?.facility, let team = teamOfFacility[facility] { return teams.contains(team) }
        return record.contacts.contains { teams.contains($0.team) }
    }
}
