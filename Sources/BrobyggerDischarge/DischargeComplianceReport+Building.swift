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
        var builder = Builder(organisations: organisations)

        var documentIndex: [EpisodeOfCareIdentifier: Int] = [:]
        documentIndex.reserveCapacity(documents.count)
        for (index, record) in documents.enumerated() {
            if let existing = documentIndex[record.episode] {
                let current = documents[existing].agreedOn
                guard let candidate = record.agreedOn, current.map({ candidate < $0 }) ?? true else { continue }
            }
            documentIndex[record.episode] = index
        }
        var followUpIndex: [EpisodeOfCareIdentifier: FollowUpAfterDischarge.Status] = [:]
        followUpIndex.reserveCapacity(followUps.count)
        for followUp in followUps { followUpIndex[followUp.episode] = followUp.status }
        var meetingIndex: [EpisodeOfCareIdentifier: [NetworkMeetingRequest]] = [:]
        for meeting in networkMeetings { meetingIndex[meeting.episode, default: []].append(meeting) }

        let contentRules = rules.rules.filter { $0.category == .content }
        var exceptions: [Exception] = []
        for dischargeCase in cases {
            let stay = dischargeCase.stay
            guard stay.wardType == .psychiatric, stay.dischargedAt != nil, let day = stay.endDate,
                period.contains(day)
            else { continue }
            let rowIndexes = builder.rows(forWard: stay.ward)
            var delta = Counts()
            delta.discharges = 1
            if let meetings = meetingIndex[stay.episode] {
                for meeting in meetings {
                    delta.networkMeetingsRequested += 1
                    if let slot = meeting.slottedFor {
                        let limit = policy.calendar.adding(
                            workingDays: policy.networkMeetingWorkingDays, to: meeting.requestedOn)
                        if slot <= limit { delta.networkMeetingsInTime += 1 } else { delta.networkMeetingsLate += 1 }
                    } else {
                        delta.networkMeetingsNotSlotted += 1
                    }
                }
            }
            guard let basis = dischargeCase.basis else {
                builder.add(delta, to: rowIndexes)
                continue
            }
            delta.required = 1
            var status = DocumentStatus.missing
            var failed: [String] = []
            if let index = documentIndex[stay.episode] {
                let record = documents[index]
                if let agreed = record.agreedOn {
                    if agreed <= day {
                        status = .inTime(record.kind, documentID: record.documentID)
                        delta.inTime = 1
                    } else {
                        status = .late(record.kind, documentID: record.documentID, daysLate: day.days(until: agreed))
                        delta.late = 1
                    }
                    let facts = record.facts(dischargeDate: day)
                    var incomplete = false
                    for rule in contentRules where rule.outcome(for: facts) == .fails {
                        failed.append(rule.id)
                        delta.failedRules[rule.id] = 1
                        if rule.severity == .error { incomplete = true }
                    }
                    if incomplete { delta.contentIncomplete = 1 } else { delta.contentComplete = 1 }
                }
            }
            if status == .missing { delta.missing = 1 }
            let followUp = followUpIndex[stay.episode]
            if let followUp {
                delta.followUpsEvaluated = 1
                switch followUp {
                case .met: delta.followUpsMet = 1
                case .metLate: delta.followUpsLate = 1
                case .open, .overdue: delta.followUpsNotMet = 1
                }
            }
            builder.add(delta, to: rowIndexes)
            let followUpProblem: Bool = if case .overdue = followUp { true } else { false }
            let documentProblem: Bool = if case .inTime = status { false } else { true }
            if documentProblem || !failed.isEmpty || followUpProblem {
                exceptions.append(
                    Exception(
                        resident: stay.resident, episode: stay.episode, ward: stay.ward, dischargeDate: day,
                        basis: basis, status: status, failedRules: failed, followUp: followUp))
            }
        }
        exceptions.sort { ($0.dischargeDate, $0.episode) < ($1.dischargeDate, $1.episode) }
        return DischargeComplianceReport(
            period: period, rows: builder.finishedRows(), exceptions: exceptions, rules: rules.rules)
    }

    /// Accumulates counts per scope, resolving each ward's centre and region once.
    private struct Builder {
        let organisations: [Organisation.ID: Organisation]
        var scopes: [Scope] = []
        var counts: [Counts] = []
        var scopeIndex: [Scope: Int] = [:]
        var wardRows: [Organisation.ID?: [Int]] = [:]

        init(organisations: [Organisation]) {
            var byID: [Organisation.ID: Organisation] = [:]
            for organisation in organisations { byID[organisation.id] = organisation }
            self.organisations = byID
        }

        mutating func rows(forWard ward: Organisation.ID?) -> [Int] {
            if let cached = wardRows[ward] { return cached }
            var centre: Organisation?
            var region: Organisation?
            var next = ward.flatMap { organisations[$0] }?.partOf
            var steps = 0
            while let id = next, let organisation = organisations[id], steps < 16 {
                if organisation.kind == .psychiatricCentre, centre == nil { centre = organisation }
                if organisation.kind == .region, region == nil { region = organisation }
                next = organisation.partOf
                steps += 1
            }
            let wardName = ward.flatMap { organisations[$0]?.name } ?? "unknown"
            let indexes = [
                index(Scope(level: .region, organisation: region?.id, name: region?.name ?? "unknown")),
                index(Scope(level: .centre, organisation: centre?.id, name: centre?.name ?? "unknown")),
                index(Scope(level: .ward, organisation: ward, name: wardName)),
            ]
            wardRows[ward] = indexes
            return indexes
        }

        mutating func index(_ scope: Scope) -> Int {
            if let existing = scopeIndex[scope] { return existing }
            scopes.append(scope)
            counts.append(Counts())
            scopeIndex[scope] = scopes.count - 1
            return scopes.count - 1
        }

        mutating func add(_ delta: Counts, to indexes: [Int]) {
            for index in indexes { counts[index].add(delta) }
        }

        func finishedRows() -> [Row] {
            zip(scopes, counts).map { Row(scope: $0, counts: $1) }.sorted { $0.scope < $1.scope }
        }
    }
}
