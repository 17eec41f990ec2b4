import BrobyggerAgreements
import BrobyggerCarePlans
import BrobyggerCore
import BrobyggerResidents

extension ResidentOverviewBoard {
    /// The weekly resident-overview board (*beboeroverblik*) of `facility` for `week`, from everything `store`
    /// holds, as the facility's outreach team sees it.
    ///
    /// The residents are those placed on the facility; their stays give the follow-ups after discharge (where the
    /// team's contacts are not registered these are *not registered* and not listed as open). The criteria for
    /// intensified effort and the meeting day come from the facility's collaboration agreements through
    /// `CollaborationAgreementRegister`, the library's one rule for agreements in force: only the version in force
    /// on the day counts, never a draft.
    ///
    /// - Throws: `StoreError` when the store cannot be read; ``RowRule`` when the facility has no outreach team.
    public static func build(
        store: any DocumentStore, facility: ResidentialFacility, week: ISOWeek
    ) async throws -> ResidentOverviewBoard {
        guard let team = facility.outreachTeam else {
            throw RowRule("the facility \(facility.name) has no outreach team in the store")
        }
        let records = try await store.list(ResidentRecord.self, matching: .key("facility", facility.id)).map(\.document)
        let agreements = try await store.list(CollaborationAgreement.self, matching: .key("party", facility.id))
            .map(\.document)
        var register = CourseRegister(residents: records.map(\.id))
        register.record(contentsOf: records.flatMap(\.events))
        let stays = register.stays
        let byResident = Dictionary(records.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let registration = ContactRegistration(
            teams: Set(records.flatMap(\.contacts).map(\.team)), teamOfFacility: [facility.id: team])
        let followUps = stays.compactMap { stay in
            FollowUpAfterDischarge.evaluate(
                stay: stay, contacts: byResident[stay.resident]?.contacts ?? [], asOf: week.sunday,
                contactsRegistered: registration.isRegistered(for: stay, record: byResident[stay.resident]))
        }
        let overview = ResidentOverviewRecords(
            residents: records.map(\.resident), placements: records.flatMap(\.placements),
            intensity: records.compactMap(\.intensity), goals: records.compactMap(\.goals), followUps: followUps,
            stays: stays, consents: try ConsentRegister())
        var terms = try CollaborationAgreementRegister()
        for agreement in agreements { terms.upsert(agreement) }
        return overview.board(
            facility: facility.id, team: team, week: week,
            viewer: InformationViewer(organisation: team, organisationKind: .outreachTeam), terms: terms)
    }
}

extension CarePlanFollowUp {
    /// The follow-up of every coordinated care plan in `store` under `policy`.
    ///
    /// - Throws: `StoreError` when the store cannot be read.
    public static func stored(in store: any DocumentStore, policy: CarePlanPolicy = .regionHovedstaden)
        async throws(StoreError) -> CarePlanFollowUp
    {
        CarePlanFollowUp(
            plans: try await store.list(CoordinatedCarePlan.self, matching: .all).map(\.document), policy: policy)
    }
}

extension CollaborationAgreement {
    /// A draft agreement of `template` between `facility`, its outreach team and the team's psychiatric centre, the
    /// parties read from `store`: the facility's organisation, its team's organisation and the centre the team
    /// document (else the team's organisation row) names as its part. Terms other than the parties come from
    /// `terms` when given.
    ///
    /// - Throws: `StoreError` when the store cannot be read; ``RowRule`` when the facility has no organisation row.
    public static func draft(
        id: CollaborationAgreement.ID, template: AgreementTemplate, facility: ResidentialFacility,
        store: any DocumentStore, terms: AgreementTerms? = nil
    ) async throws -> CollaborationAgreement {
        guard let facilityOrganisation = try await store.current(Organisation.self, id: facility.id)?.document else {
            throw RowRule("the facility \(facility.name) has no organisation row in the store")
        }
        var parties = [AgreementParty]()
        if let teamID = facility.outreachTeam,
            let team = try await store.current(Organisation.self, id: teamID)?.document
        {
            let centreID =
                try await store.current(OutreachTeam.self, id: teamID)?.document.psychiatricCentre ?? team.partOf
            if let centreID, let centre = try await store.current(Organisation.self, id: centreID)?.document {
                parties.append(AgreementParty(role: .psychiatricCentre, organisation: centre))
            }
            parties.append(AgreementParty(role: .outreachTeam, organisation: team))
        }
        parties.append(AgreementParty(role: .facility, organisation: facilityOrganisation))
        var agreedTerms = terms ?? AgreementTerms(parties: [])
        agreedTerms.parties = parties
        return CollaborationAgreement(id: id, template: template, terms: agreedTerms)
    }
}
