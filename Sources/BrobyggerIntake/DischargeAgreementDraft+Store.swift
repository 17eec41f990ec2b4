import BrobyggerCore
import BrobyggerDischarge
import BrobyggerResidents

extension DischargeAgreementDraft {
    /// A discharge agreement for one stay pre-filled from `store` (see `DischargeAgreementDraft` for what is
    /// filled and from where): the stay's ward, the facility the resident is placed on and its outreach team (with
    /// the team's on-site weekdays), the acting municipality's organisation when the store has one, and the GP named
    /// in the resident's most recent earlier agreement or plan.
    ///
    /// - Parameters:
    ///   - store: The store to read.
    ///   - person: The patient's CPR or replacement number.
    ///   - episode: Any episode of care of the stay.
    ///   - asOf: The day of the draft.
    ///   - expectedDischarge: The planned discharge day, if known.
    ///   - assessment: The senior consultant's assessment under psykiatriloven §13a stk. 2, when the patient is not in
    ///     the mandatory group: it becomes the legal basis's evidence, so a saved draft flags the stay for stk. 2.
    ///   - rules: The content rules. Default: the statutory rules.
    ///   - followUp: The follow-up rule. Default: 5 weekdays.
    ///   - determination: Which placements qualify.
    /// - Throws: `StoreError.notFound` when no resident has the number (the number masked) or the resident has no
    ///   stay with the episode; `StoreError` when the store cannot be read; `ValidationError` when a stored name
    ///   cannot be a party's name.
    public static func build(
        store: any DocumentStore, person: PersonIdentifier, episode: EpisodeOfCareIdentifier, asOf: CalendarDate,
        expectedDischarge: CalendarDate? = nil, assessment: ConsultantAssessment? = nil,
        rules: DischargeContentRuleSet = .statutory, followUp: FollowUpPolicy = .standard,
        determination: DischargeDeterminationPolicy = .standard
    ) async throws -> DischargeAgreementDraft {
        // The patient is usually admitted: look among the records with an open stay first.
        var record = try await store.list(
            ResidentRecord.self, matching: DocumentQuery(keys: [ResidentRecord.openStayKey])
        ).lazy.map(\.document).first { $0.resident.person == person }
        if record == nil {
            record = try await store.list(ResidentRecord.self, matching: .all).lazy.map(\.document).first {
                $0.resident.person == person
            }
        }
        guard let record else { throw StoreError.notFound(kind: ResidentRecord.documentKind, id: person.masked) }
        let timeline = try CourseTimeline(resident: record.id, events: record.events)
        guard let stay = timeline.stays.first(where: { $0.episodes.contains(episode) }) else {
            throw StoreError.notFound(kind: "stay", id: episode.value)
        }
        let organisations = try await store.list(Organisation.self, matching: .all).map(\.document)
        let byID = Dictionary(organisations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let placed =
            record.placements.first {
                $0.isActive(on: asOf) && determination.qualifyingPlacementBases.contains($0.legalBasis)
            } ?? record.placements.last { determination.qualifyingPlacementBases.contains($0.legalBasis) }
            ?? record.placements.first { $0.isActive(on: asOf) }
        var facility: ResidentialFacility?
        if let placed { facility = try await store.current(ResidentialFacility.self, id: placed.facility)?.document }
        var team: OutreachTeam?
        if let teamID = facility?.outreachTeam {
            team = try await store.current(OutreachTeam.self, id: teamID)?.document
        }
        let municipality = organisations.first {
            $0.kind == .municipality && $0.identifiers.municipality == record.resident.actingMunicipality
        }
        // The GP of the resident's most recent earlier agreement or plan, where one names a GP.
        var earlier: [(CalendarDate?, DischargeContent)] = []
        for agreement in try await store.list(DischargeAgreement.self, matching: .key("resident", record.id)) {
            earlier.append((agreement.document.content.concludedOn, agreement.document.content))
        }
        for plan in try await store.list(CoordinationPlan.self, matching: .key("resident", record.id)) {
            earlier.append((plan.document.content.concludedOn, plan.document.content))
        }
        let gp = earlier.filter { !stay.episodes.contains($0.1.episode) }
            .sorted { ($0.0 ?? .init(daysSinceEpoch: 0)) > ($1.0 ?? .init(daysSinceEpoch: 0)) }
            .lazy.compactMap { $0.1.parties.first { $0.role == .generalPractitioner } }.first
        return try DischargeAgreementDraft.prefill(
            stay: stay, resident: record.resident, placements: record.placements, asOf: asOf,
            ward: stay.dischargeWard.flatMap { byID[$0] }, facility: facility, team: team,
            teamName: facility?.outreachTeam.flatMap { byID[$0]?.name }, municipality: municipality,
            generalPractitioner: gp, assessment: assessment, expectedDischarge: expectedDischarge, rules: rules,
            followUp: followUp, determination: determination)
    }
}
