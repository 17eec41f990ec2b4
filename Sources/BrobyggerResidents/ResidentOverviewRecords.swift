import BrobyggerCore

/// The records the resident-overview board is built from, indexed once so that boards for every facility in a
/// region can be built in time linear in the records.
public struct ResidentOverviewRecords: Sendable {
    private let residents: [Resident.ID: Resident]
    private let placementsByFacility: [ResidentialFacility.ID: [Placement]]
    private let intensity: [Resident.ID: EffortIntensityHistory]
    private let observations: [Resident.ID: [CriterionObservation]]
    private let goals: [Resident.ID: ResidentGoals]
    private let interventions: [Resident.ID: [PlannedIntervention]]
    private let followUps: [Resident.ID: [FollowUpAfterDischarge]]
    private let stays: [Resident.ID: [Stay]]
    private let consents: ConsentRegister

    /// Indexes the records.
    ///
    /// - Parameters:
    ///   - residents: The residents.
    ///   - placements: Their placements; a board shows the residents placed on its facility during the week.
    ///   - intensity: Effort-intensity histories.
    ///   - observations: Criterion observations.
    ///   - goals: Goals and wishes; the latest recorded per resident win.
    ///   - interventions: Planned interventions.
    ///   - followUps: Follow-ups after discharge, evaluated beforehand (only outstanding ones appear).
    ///   - stays: Stays, to know whether a resident is admitted (for consents that apply while admitted).
    ///   - consents: The residents' consents to share.
    public init(
        residents: [Resident], placements: [Placement], intensity: [EffortIntensityHistory] = [],
        observations: [CriterionObservation] = [], goals: [ResidentGoals] = [],
        interventions: [PlannedIntervention] = [], followUps: [FollowUpAfterDischarge] = [], stays: [Stay] = [],
        consents: ConsentRegister
    ) {
        self.residents = Dictionary(residents.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        self.placementsByFacility = Dictionary(grouping: placements, by: \.facility)
        self.intensity = Dictionary(intensity.map { ($0.resident, $0) }, uniquingKeysWith: { _, last in last })
        self.observations = Dictionary(grouping: observations, by: \.resident)
        self.goals = Dictionary(
            goals.map { ($0.resident, $0) }, uniquingKeysWith: { $1.recordedOn >= $0.recordedOn ? $1 : $0 })
        self.interventions = Dictionary(grouping: interventions, by: \.resident)
        self.followUps = Dictionary(grouping: followUps, by: \.resident)
        self.stays = Dictionary(grouping: stays, by: \.resident)
        self.consents = consents
    }

    /// Builds the board of a facility and team for a week, as one viewer may see it.
    ///
    /// - Parameters:
    ///   - facility: The facility.
    ///   - team: The outreach team.
    ///   - week: The ISO week.
    ///   - viewer: Who will see the board; decides which cells appear.
    ///   - terms: Where the agreed criteria and meeting schedule come from.
    ///   - asOf: The day consent and admission status are judged on; default the Monday of the week.
    public func board(
        facility: ResidentialFacility.ID, team: OutreachTeam.ID, week: ISOWeek, viewer: InformationViewer,
        terms: some CollaborationTermsProvider, asOf: CalendarDate? = nil
    ) -> ResidentOverviewBoard {
        let day = asOf ?? week.monday
        let range = week.dayRange
        let criteria = terms.intensifiedEffortCriteria(facility: facility, team: team, on: week.monday)
        let criteriaByID = Dictionary(criteria.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var findings = ValidationReport()
        var rows: [ResidentOverviewBoard.Row] = []
        var withheldRows = 0
        var seen: Set<Resident.ID> = []
        for placement in placementsByFacility[facility] ?? [] where placement.period.overlaps(range) {
            guard seen.insert(placement.resident).inserted, let resident = residents[placement.resident] else {
                continue
            }
            let history = intensity[resident.id]
            let intensityChanges = history?.changes(overlapping: range) ?? []
            let isIntensified = intensityChanges.contains { $0.level == .intensified }
            let weekObservations = (observations[resident.id] ?? []).filter { range.contains($0.observedOn) }
            guard isIntensified || !weekObservations.isEmpty else { continue }

            let isAdmitted = (stays[resident.id] ?? []).contains { stay in
                stay.admissionDate <= day && (stay.endDate.map { $0 >= day } ?? true)
            }
            func may(_ information: SharedInformation, recordedBy: Organisation.ID?) -> Bool {
                // Intensity decisions without an organisation are joint decisions of the two parties.
                if recordedBy == nil, viewer.organisation == facility || viewer.organisation == team { return true }
                return consents.decision(
                    for: information, about: resident.id, viewer: viewer, recordedBy: recordedBy, on: day,
                    isAdmitted: isAdmitted
                ).allowsSharing
            }
            var withheld: Set<SharedInformation> = []

            let intensitySources =
                intensityChanges.filter { $0.level == .intensified }.map { $0.decidedBy.organisation }
                + weekObservations.map { Optional($0.recordedBy) }
            let visibleIntensity = intensitySources.contains { may(.effortIntensity, recordedBy: $0) }
            guard visibleIntensity else {
                withheldRows += 1
                continue
            }
            var codes: [String] = []
            for change in intensityChanges where may(.effortIntensity, recordedBy: change.decidedBy.organisation) {
                codes += change.triggeringCriteria
            }
            for observation in weekObservations where may(.effortIntensity, recordedBy: observation.recordedBy) {
                codes.append(observation.criterion)
            }
            var rowCriteria: [IntensifiedEffortCriterion] = []
            var added: Set<String> = []
            for code in codes where added.insert(code).inserted {
                if let criterion = criteriaByID[code] {
                    rowCriteria.append(criterion)
                } else {
                    findings.append(
                        Finding(
                            code: "board.unknown-criterion", severity: .warning,
                            path: FieldPath("rows").appending(resident.id.description).appending("criteria"),
                            message: "The criterion '\(code)' is not among the criteria the facility and team agreed.",
                            source: .document(
                                .regionHovedstadenCrossSectorNote, locator: "“A. Fælles beboeroverbliksmøder”")))
                }
            }

            var goalsAndWishes: [String]?
            if let recorded = goals[resident.id] {
                if may(.goalsAndWishes, recordedBy: recorded.recordedBy) {
                    goalsAndWishes = recorded.statements
                } else {
                    withheld.insert(.goalsAndWishes)
                }
            }
            let weekInterventions = (interventions[resident.id] ?? []).filter { range.contains($0.date) }
                .sorted { ($0.date, $0.activity) < ($1.date, $1.activity) }
            func planned(_ kind: PlannedIntervention.Kind) -> [PlannedIntervention]? {
                let all = weekInterventions.filter { $0.kind == kind }
                let visible = all.filter { may(kind.information, recordedBy: $0.recordedBy) }
                if visible.count < all.count { withheld.insert(kind.information) }
                return visible.isEmpty && !all.isEmpty ? nil : visible
            }
            let social = planned(.socialPsychiatric)
            let psychiatric = planned(.psychiatric)
            let outstanding = (followUps[resident.id] ?? []).filter(\.status.isOutstanding)
            var openFollowUps: [FollowUpAfterDischarge]? = []
            if !outstanding.isEmpty {
                if may(.admissionsAndDischarges, recordedBy: team) {
                    openFollowUps = outstanding.sorted { $0.dueDate < $1.dueDate }
                } else {
                    openFollowUps = nil
                    withheld.insert(.admissionsAndDischarges)
                }
            }
            let acuity: IntensifiedEffortCriterion.Acuity? =
                rowCriteria.contains { $0.acuity == .acute }
                ? .acute : rowCriteria.isEmpty ? nil : .subacute
            rows.append(
                ResidentOverviewBoard.Row(
                    resident: resident.id, name: resident.name, intensity: isIntensified ? .intensified : .normal,
                    criteria: rowCriteria, acuity: acuity, goalsAndWishes: goalsAndWishes,
                    socialPsychiatricInterventions: social, psychiatricInterventions: psychiatric,
                    openFollowUps: openFollowUps, withheld: withheld))
        }
        rows.sort { lhs, rhs in
            let left = lhs.acuity == .acute ? 0 : lhs.acuity == .subacute ? 1 : 2
            let right = rhs.acuity == .acute ? 0 : rhs.acuity == .subacute ? 1 : 2
            return left != right ? left < right : lhs.name < rhs.name
        }
        return ResidentOverviewBoard(
            facility: facility, team: team, week: week,
            meetingSchedule: terms.overviewMeetingSchedule(facility: facility, team: team, on: week.monday),
            criteria: criteria, rows: rows, withheldRowCount: withheldRows, findings: findings)
    }
}
