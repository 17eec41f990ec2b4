import BrobyggerCore
import BrobyggerResidents

/// The ward's open-stays worklist for psykiatriloven §13a: every patient admitted now on a psychiatric ward who is in
/// the mandatory group (§13a stk. 1) or flagged for stk. 2, with where the agreement for this stay stands, most urgent
/// first.
///
/// The compliance report (``DischargeComplianceReport``) counts the agreements after discharge; this list is for the
/// ward while the patient is still admitted, when the agreement can still be made "inden udskrivning" (§13a stk. 1).
///
/// Who is on it:
/// - a stay on a psychiatric ward that has begun and not ended at ``asOf`` (a stay ended by death is not listed);
/// - whose resident has a qualifying placement (``DischargeDeterminationPolicy``) in force on any day from the
///   admission on, including one that starts later: the support is judged as it stands at discharge, and a resident
///   placed during the stay is discharged to the facility (the library's reading of psykiatriloven §13a stk. 1);
/// - or, without one, whose episode carries the consultant's positive assessment under stk. 2, or a document made
///   under stk. 2.
///
/// The order is ``DischargeWorklistPolicy``'s (past the attention threshold first, then by state, then the longest
/// stay first).
public struct DischargeWorklist: Sendable, Hashable, Codable {
    /// The instant the list is for.
    public var asOf: Instant
    /// The stays, most urgent first.
    public var entries: [DischargeWorklistEntry]

    /// Creates a worklist from its entries, kept in the order given.
    public init(asOf: Instant, entries: [DischargeWorklistEntry]) {
        self.asOf = asOf
        self.entries = entries
    }

    /// The stays without a concluded agreement or a made plan.
    public var needingAction: [DischargeWorklistEntry] { entries.filter(\.state.needsAction) }

    /// Whether any stay lacks a concluded agreement or a made plan.
    public var hasStaysNeedingAction: Bool { entries.contains { $0.state.needsAction } }

    /// The entries for one ward, or for every ward under an organisation (a centre, a region) along
    /// `Organisation.partOf`.
    ///
    /// - Parameters:
    ///   - unit: The ward, or the centre or region whose wards to keep.
    ///   - organisations: The organisations with their hierarchy.
    public func selecting(_ unit: Organisation.ID, organisations: [Organisation]) -> DischargeWorklist {
        let parents = Dictionary(organisations.map { ($0.id, $0.partOf) }, uniquingKeysWith: { first, _ in first })
        let kept = entries.filter { entry in
            var current = entry.ward
            var steps = 0
            while let id = current, steps < 16 {
                if id == unit { return true }
                current = parents[id] ?? nil
                steps += 1
            }
            return false
        }
        return DischargeWorklist(asOf: asOf, entries: kept)
    }

    /// Builds the worklist from domain values.
    ///
    /// - Parameters:
    ///   - asOf: The instant: stays open then are listed, days admitted count to its day, and documents concluded
    ///     or refusals recorded after its day do not count yet.
    ///   - stays: The stays (others than open psychiatric ones are ignored).
    ///   - placements: The residents' placements.
    ///   - documents: The agreements and plans, from full documents or register rows.
    ///   - residents: The residents, for names and person numbers.
    ///   - facilities: The facilities, for names and outreach teams.
    ///   - organisations: Wards and teams, for names and for `ward`'s hierarchy.
    ///   - assessments: The consultants' assessments under §13a stk. 2, by episode.
    ///   - ward: Only stays on this ward, or on the wards under this organisation; `nil` for all.
    ///   - policy: Who is on the list and its order.
    public static func build(
        asOf: Instant, stays: [Stay], placements: [Placement], documents: [DischargeWorklistDocument],
        residents: [Resident] = [], facilities: [ResidentialFacility] = [], organisations: [Organisation] = [],
        assessments: [EpisodeOfCareIdentifier: ConsultantAssessment] = [:], ward: Organisation.ID? = nil,
        policy: DischargeWorklistPolicy = .standard
    ) -> DischargeWorklist {
        let lookup = WorklistLookup(
            placements: placements, documents: documents, residents: residents, facilities: facilities,
            organisations: organisations, assessments: assessments, policy: policy)
        var entries: [DischargeWorklistEntry] = []
        for stay in stays where stay.isOpen(at: asOf) {
            if let entry = lookup.entry(for: stay, asOf: asOf) { entries.append(entry) }
        }
        let worklist = DischargeWorklist(asOf: asOf, entries: policy.ordered(entries))
        guard let ward else { return worklist }
        return worklist.selecting(ward, organisations: organisations)
    }
}

extension Stay {
    /// Whether the stay is on a psychiatric ward and has begun and not ended at `instant`.
    func isOpen(at instant: Instant) -> Bool {
        wardType == .psychiatric && admittedAt <= instant && (endedAt.map { $0 > instant } ?? true)
    }

    /// The ward the patient is on at `instant`: that of the last transfer made by then, else the stay's own.
    func ward(at instant: Instant) -> Organisation.ID? {
        transfers.last { $0.admittedAt <= instant }.map { $0.ward ?? ward } ?? ward
    }
}

extension DischargeWorklistPolicy {
    /// Orders entries by the policy's urgency rule (see the type's documentation).
    func ordered(_ entries: [DischargeWorklistEntry]) -> [DischargeWorklistEntry] {
        entries.sorted { lhs, rhs in
            if lhs.needsAttention != rhs.needsAttention { return lhs.needsAttention }
            let (left, right) = (rank(of: lhs.state.kind), rank(of: rhs.state.kind))
            if left != right { return left < right }
            if lhs.daysAdmitted != rhs.daysAdmitted { return lhs.daysAdmitted > rhs.daysAdmitted }
            if lhs.admittedAt != rhs.admittedAt { return lhs.admittedAt < rhs.admittedAt }
            return lhs.id < rhs.id
        }
    }
}

/// The inputs of a worklist indexed once, so that each stay costs a few hash lookups.
struct WorklistLookup {
    let placements: [Resident.ID: [Placement]]
    let documents: [DocumentKey: [DischargeWorklistDocument]]
    let residents: [Resident.ID: Resident]
    let facilities: [ResidentialFacility.ID: ResidentialFacility]
    let names: [Organisation.ID: String]
    let assessments: [EpisodeOfCareIdentifier: ConsultantAssessment]
    let policy: DischargeWorklistPolicy

    struct DocumentKey: Hashable {
        var resident: Resident.ID
        var episode: EpisodeOfCareIdentifier
    }

    init(
        placements: [Placement], documents: [DischargeWorklistDocument], residents: [Resident],
        facilities: [ResidentialFacility], organisations: [Organisation],
        assessments: [EpisodeOfCareIdentifier: ConsultantAssessment], policy: DischargeWorklistPolicy
    ) {
        self.placements = Dictionary(grouping: placements, by: \.resident)
        self.documents = Dictionary(grouping: documents) { DocumentKey(resident: $0.resident, episode: $0.episode) }
        self.residents = Dictionary(residents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.facilities = Dictionary(facilities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.names = Dictionary(organisations.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        self.assessments = assessments
        self.policy = policy
    }

    /// The entry for a stay as of `asOf`, or `nil` when the stay is in no §13a group. Whether the stay is open is
    /// the caller's question.
    func entry(for stay: Stay, asOf: Instant) -> DischargeWorklistEntry? {
        let day = asOf.calendarDate
        let own = placements[stay.resident] ?? []
        let qualifying = own.filter { placement in
            policy.determination.qualifyingPlacementBases.contains(placement.legalBasis)
                && placement.period.end.map { $0 >= stay.admissionDate } ?? true
        }
        let stayDocuments = stay.episodes.flatMap {
            documents[DocumentKey(resident: stay.resident, episode: $0)] ?? []
        }
        var basis: DischargeLegalBasis
        var evidence: [DischargeDetermination.Evidence]
        if !qualifying.isEmpty {
            basis = .mandatory
            evidence = qualifying.map { placement in
                DischargeDetermination.Evidence(
                    statement:
                        "Placement under \(placement.legalBasis.statute) (\(placement.legalBasis.danishName)) in force "
                        + "\(placement.period): support under serviceloven afsnit V.",
                    placement: placement.id, source: .section13aStk1)
            }
        } else if let assessment = stay.episodes.lazy.compactMap({ self.assessments[$0] }).first,
            assessment.willNotSeekNecessaryTreatment
        {
            basis = .consultantAssessment
            evidence = [
                DischargeDetermination.Evidence(
                    statement:
                        "\(assessment.consultant) assessed on \(assessment.assessedOn) that the patient will not "
                        + "seek the necessary treatment or social offers: \(assessment.grounds)",
                    source: .section13aStk2)
            ]
        } else if let flagged = stayDocuments.first(where: { $0.basis == .consultantAssessment }) {
            basis = .consultantAssessment
            evidence = [
                DischargeDetermination.Evidence(
                    statement: "The \(flagged.kind.danishName) \(flagged.documentID) is made under §13a stk. 2.",
                    source: .section13aStk2)
            ]
        } else {
            return nil
        }
        // The most advanced document decides: concluded or made (the earliest), else refused, else a draft.
        var chosen: (document: DischargeWorklistDocument, state: DischargeWorklistState)?
        for document in stayDocuments {
            let state = document.state(asOf: day)
            guard let current = chosen else {
                chosen = (document, state)
                continue
            }
            if Self.advance(state) > Self.advance(current.state)
                || (Self.advance(state) == Self.advance(current.state)
                    && (state.date ?? day) < (current.state.date ?? day))
            {
                chosen = (document, state)
            }
        }
        let state = chosen?.state ?? .none
        let placed =
            own.first { $0.isActive(on: day) && qualifying.contains($0) } ?? qualifying.last
            ?? own.first { $0.isActive(on: day) }
        let facility = placed.flatMap { facilities[$0.facility] }
        let team = facility?.outreachTeam
        let ward = stay.ward(at: asOf)
        let resident = residents[stay.resident]
        let days = max(0, stay.admissionDate.days(until: day))
        return DischargeWorklistEntry(
            resident: stay.resident, person: resident?.person, name: resident?.name, episode: stay.episode,
            episodes: stay.episodes, admittedAt: stay.admittedAt, daysAdmitted: days,
            legalStatus: stay.transfers.last { $0.admittedAt <= asOf }?.legalStatus ?? stay.legalStatus,
            ward: ward, wardName: ward.flatMap { names[$0] }, facility: placed?.facility,
            facilityName: facility?.name ?? placed.flatMap { names[$0.facility] }, outreachTeam: team,
            outreachTeamName: team.flatMap { names[$0] }, basis: basis, evidence: evidence, state: state,
            documentID: chosen?.document.documentID,
            consultant: chosen?.document.consultant ?? stayDocuments.lazy.compactMap(\.consultant).first,
            needsAttention: state.needsAction && days >= policy.attentionAfterDays)
    }

    /// How far a state has come: a concluded document beats a refusal beats a draft.
    static func advance(_ state: DischargeWorklistState) -> Int {
        switch state {
        case .none: 0
        case .draft: 1
        case .refused: 2
        case .concluded, .planMade: 3
        }
    }
}
