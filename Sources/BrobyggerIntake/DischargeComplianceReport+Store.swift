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
    /// Of the resident records only the parts the report reads are decoded (the resident's identifier and CPR number,
    /// the placements, events and contacts, checked by the record's rules) where the store keeps documents encoded;
    /// a store that keeps values gives the whole records. The report is the same either way.
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
        // Only the parts the report reads: the residents' names, diagnoses and relatives are not decoded.
        let records = try await ResidentComplianceView.list(in: store, matching: .all)
        let organisations = try await listedOrganisations.map(\.document)
        let facilities = try await listedFacilities.map(\.document)
        var persons: [Resident.ID: PersonIdentifier] = [:]
        persons.reserveCapacity(records.count)
        // Each resident's stays are resolved, and their discharges determined, on every core; taken in the records'
        // order, the discharges, the cases and the first error are the serial loop's.
        let resolved = ParallelMap.map(records) { record in
            Result { () throws(ValidationError) in
                let stays = try CourseTimeline(resident: record.id, events: record.events).stays
                return (stays: stays, cases: DischargeCase.cases(stays: stays, placements: record.placements))
            }
        }
        // In the records' order: the first failure is the error; each record's stays and cases are taken (an array
        // is one reference, not a copy of its elements).
        var stays: [[Stay]] = []
        var caseLists: [[DischargeCase]] = []
        stays.reserveCapacity(records.count)
        caseLists.reserveCapacity(records.count)
        for index in records.indices {
            switch resolved[index] {
            case .success(let parts):
                stays.append(parts.stays)
                caseLists.append(parts.cases)
            case .failure(let error): throw error
            }
            persons[records[index].id] = records[index].person
        }
        ParallelMap.release(consume resolved)
        var discharges: [CalendarDate] = []
        for residentStays in stays {
            for stay in residentStays { if let day = stay.endDate { discharges.append(day) } }
        }
        let cases = ParallelMap.joined(caseLists)
        ParallelMap.release(consume caseLists)
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
            from: from, to: to, discharges: discharges, today: today, window: window)
        let period = chosen.period
        let registration = ContactRegistration(records: records, facilities: facilities, period: period)
        // Each resident's follow-ups from the resident's own contacts (a record's contacts are its resident's), on
        // every core, in the records' and then the stays' order.
        let followUps = ParallelMap.joined(
            ParallelMap.map(Array(records.indices)) { [stays] index -> [FollowUpAfterDischarge] in
                stays[index].compactMap { stay in
                    FollowUpAfterDischarge.evaluate(
                        stay: stay, contacts: records[index].contacts, asOf: today,
                        contactsRegistered: registration.isRegistered(for: stay, record: records[index]))
                }
            })
        // The records are released on another thread: freeing a year of contacts is work the report need not wait
        // for.
        ParallelMap.release((consume records, consume stays))
        let report = DischargeComplianceReport.build(
            period: period, cases: cases, documents: documents, persons: persons, followUps: followUps,
            organisations: organisations)
        // So are the discharges and documents: the report holds what it needs of them.
        ParallelMap.release((consume cases, consume documents, consume persons, consume followUps))
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

    init(records: [some ResidentComplianceParts], facilities: [ResidentialFacility], period: DayRange) {
        // The period's first and last instants (Copenhagen midnights, which no clock change skips or repeats): an
        // instant compares with them as its Danish day compares with the period's days, without a time-zone lookup
        // per contact.
        let first = Self.midnight(period.start)
        let after = period.end.map { Self.midnight($0.adding(days: 1)) }
        // A set per slice of the records, on every core, then their union.
        let slice = 512
        let sets = ParallelMap.map(Array(stride(from: 0, to: records.count, by: slice)), minimum: 2) { start in
            var teams = Set<Organisation.ID>()
            // A resident's contacts are mostly with one team: a team just inserted is not hashed again.
            var last: Organisation.ID?
            for record in records[start..<min(start + slice, records.count)] {
                for contact in record.contacts
                where contact.team != last && contact.instant >= first && after.map({ contact.instant < $0 }) ?? true {
                    teams.insert(contact.team)
                    last = contact.team
                }
            }
            return teams
        }
        self.teams = sets.reduce(into: Set<Organisation.ID>()) { $0.formUnion($1) }
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
    func isRegistered(for stay: Stay, record: (some ResidentComplianceParts)?) -> Bool {
        guard let record else { return false }
        let day = stay.endDate ?? stay.admissionDate
        let placed = record.placements.first { $0.isActive(on: day) } ?? record.placements.last
        if let facility = placed?.facility, let team = teamOfFacility[facility] { return teams.contains(team) }
        return record.contacts.contains { teams.contains($0.team) }
    }
}
