import BrobyggerCore
import BrobyggerResidents

extension DischargeComplianceReport {
    /// Builds the report for the discharges in a period.
    ///
    /// Documents are matched to discharges by episode of care; where several exist for one stay, the earliest
    /// concluded counts. Discharges from somatic wards and stays ended by death are not counted (§13a binds the
    /// psychiatric department). A ward's centre and region are found by following `Organisation.partOf` to the
    /// first psychiatric centre and region.
    ///
    /// - Parameters:
    ///   - period: The discharge days to count.
    ///   - cases: The discharges with their §13a group (``DischargeCase/cases(stays:placements:assessments:policy:)``).
    ///   - documents: The agreements and plans, as register rows.
    ///   - followUps: The outreach team's follow-ups after discharge.
    ///   - networkMeetings: Network meetings requested at discharge.
    ///   - organisations: Wards, centres and regions, for the grouping and the names.
    ///   - rules: The content rules. Default: the statutory rules.
    ///   - policy: The working-day limit for network meetings.
    public static func build(
        period: DayRange, cases: [DischargeCase], documents: [DischargeDocumentRecord],
        followUps: [FollowUpAfterDischarge] = [], networkMeetings: [NetworkMeetingRequest] = [],
        organisations: [Organisation], rules: DischargeContentRuleSet = .statutory,
        policy: DischargeCompliancePolicy = .standard
    ) -> DischargeComplianceReport {
        // Index everything by episode once: one hash lookup per discharge afterwards.
        var slots: [EpisodeOfCareIdentifier: Slot] = [:]
        slots.reserveCapacity(cases.count)
        for (index, record) in documents.enumerated() {
            if let existing = slots[record.episode]?.document {
                let current = documents[existing].agreedOn
                guard let candidate = record.agreedOn, current.map({ candidate < $0 }) ?? true else { continue }
            }
            slots[record.episode, default: Slot()].document = index
        }
        for followUp in followUps { slots[followUp.episode, default: Slot()].followUp = followUp.status }
        for (index, meeting) in networkMeetings.enumerated() {
            slots[meeting.episode, default: Slot()].meetings.append(index)
        }

        var wards = WardRows()
        // The rules as plain values without strings, so checking a document retains nothing.
        let contentRules:
            [(index: Int, agreement: Bool, plan: Bool, isError: Bool, requirement: DischargeContentRule.Requirement)] =
                rules.rules.enumerated().filter { $0.element.category == .content }.map {
                    (
                        $0.offset, $0.element.kinds.contains(.agreement), $0.element.kinds.contains(.coordinationPlan),
                        $0.element.severity == .error, $0.element.requirement
                    )
                }
        var exceptions: [(order: Int, exception: Exception)] = []
        for (order, dischargeCase) in cases.enumerated() {
            let stay = dischargeCase.stay
            guard stay.wardType == .psychiatric, stay.dischargedAt != nil, let day = stay.endDate,
                period.contains(day)
            else { continue }
            let row = wards.row(for: stay.ward)
            let slot = slots[stay.episode]
            wards.counts[row].discharges += 1
            for index in slot?.meetings ?? [] {
                let meeting = networkMeetings[index]
                wards.counts[row].networkMeetingsRequested += 1
                if let slotted = meeting.slottedFor {
                    let limit = policy.calendar.adding(
                        workingDays: policy.networkMeetingWorkingDays, to: meeting.requestedOn)
                    if slotted <= limit {
                        wards.counts[row].networkMeetingsInTime += 1
                    } else {
                        wards.counts[row].networkMeetingsLate += 1
                    }
                } else {
                    wards.counts[row].networkMeetingsNotSlotted += 1
                }
            }
            guard let basis = dischargeCase.basis else { continue }
            wards.counts[row].required += 1
            var status = DocumentStatus.missing
            var failed: [String] = []
            if let index = slot?.document, let agreed = documents[index].agreedOn {
                let record = documents[index]
                if agreed <= day {
                    status = .inTime(record.kind, documentID: record.documentID)
                    wards.counts[row].inTime += 1
                } else {
                    status = .late(record.kind, documentID: record.documentID, daysLate: day.days(until: agreed))
                    wards.counts[row].late += 1
                }
                let facts = record.facts(dischargeDate: day)
                var incomplete = false
                let isAgreement = record.kind == .agreement
                for rule in contentRules
                where (isAgreement ? rule.agreement : rule.plan) && rule.requirement.outcome(for: facts) == .fails {
                    let id = rules.rules[rule.index].id
                    failed.append(id)
                    wards.counts[row].failedRules[id, default: 0] += 1
                    if rule.isError { incomplete = true }
                }
                if incomplete {
                    wards.counts[row].contentIncomplete += 1
                } else {
                    wards.counts[row].contentComplete += 1
                }
            } else {
                wards.counts[row].missing += 1
            }
            let followUp = slot?.followUp
            var followUpOverdue = false
            if let followUp {
                wards.counts[row].followUpsEvaluated += 1
                switch followUp {
                case .met: wards.counts[row].followUpsMet += 1
                case .metLate: wards.counts[row].followUpsLate += 1
                case .open: wards.counts[row].followUpsNotMet += 1
                case .notRegistered: wards.counts[row].followUpsNotRegistered += 1
                case .overdue:
                    wards.counts[row].followUpsNotMet += 1
                    followUpOverdue = true
                }
            }
            let documentProblem: Bool = if case .inTime = status { false } else { true }
            if documentProblem || !failed.isEmpty || followUpOverdue {
                exceptions.append(
                    (
                        order,
                        Exception(
                            resident: stay.resident, episode: stay.episode, ward: stay.ward, dischargeDate: day,
                            basis: basis, status: status, failedRules: failed, followUp: followUp)
                    ))
            }
        }
        exceptions.sort {
            ($0.exception.dischargeDate.daysSinceEpoch, $0.order) < (
                $1.exception.dischargeDate.daysSinceEpoch, $1.order
            )
        }
        return DischargeComplianceReport(
            period: period, rows: wards.rolledUp(organisations: organisations), exceptions: exceptions.map(\.exception),
            rules: rules.rules)
    }

    /// What is known about one episode: its document, follow-up and network meetings.
    private struct Slot {
        var document: Int?
        var followUp: FollowUpAfterDischarge.Status?
        var meetings: [Int] = []
    }

    /// Counts per ward, rolled up to centres and regions at the end (there are few wards, many discharges).
    private struct WardRows {
        var wards: [Organisation.ID?] = []
        var counts: [Counts] = []
        var index: [Organisation.ID?: Int] = [:]

        mutating func row(for ward: Organisation.ID?) -> Int {
            if let existing = index[ward] { return existing }
            wards.append(ward)
            counts.append(Counts())
            index[ward] = wards.count - 1
            return wards.count - 1
        }

        func rolledUp(organisations: [Organisation]) -> [Row] {
            var byID: [Organisation.ID: Organisation] = [:]
            for organisation in organisations { byID[organisation.id] = organisation }
            var rows: [Scope: Counts] = [:]
            for (ward, wardCounts) in zip(wards, counts) {
                var centre: Organisation?
                var region: Organisation?
                var next = ward.flatMap { byID[$0] }?.partOf
                var steps = 0
                while let id = next, let organisation = byID[id], steps < 16 {
                    if organisation.kind == .psychiatricCentre, centre == nil { centre = organisation }
                    if organisation.kind == .region, region == nil { region = organisation }
                    next = organisation.partOf
                    steps += 1
                }
                let scopes = [
                    Scope(level: .region, organisation: region?.id, name: region?.name ?? "unknown"),
                    Scope(level: .centre, organisation: centre?.id, name: centre?.name ?? "unknown"),
                    Scope(level: .ward, organisation: ward, name: ward.flatMap { byID[$0]?.name } ?? "unknown"),
                ]
                for scope in scopes { rows[scope, default: Counts()].add(wardCounts) }
            }
            return rows.map { Row(scope: $0.key, counts: $0.value) }.sorted { $0.scope < $1.scope }
        }
    }
}
