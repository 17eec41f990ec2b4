import BrobyggerCore
import BrobyggerResidents
import Foundation

extension DischargeComplianceReport {
    /// Builds the report for the discharges in a period.
    ///
    /// A document, a follow-up or a network meeting counts for a discharge only when both its resident and its
    /// episode of care are the stay's: local episode numbers collide between wards and hospitals, so an episode
    /// identifier alone never says whose stay it is (psykiatriloven §13a stk. 1 requires the agreement for the patient
    /// discharged). Register rows name the resident by CPR or replacement number, stays by resident identifier;
    /// `persons` joins the two. A document whose episode is a stay (discharged in the period) of another resident
    /// only is reported in ``documentMismatches`` and counts for no discharge. Where several documents exist for one
    /// stay, the earliest concluded counts. A stay joined across ward
    /// transfers is one discharge, from its last ward, matched by its resident and any of its episodes. Discharges from somatic wards and stays ended by death are not counted
    /// (§13a binds the psychiatric department).
    ///
    /// Rows roll up from wards to psychiatric centres and regions along `Organisation.partOf` (the first psychiatric
    /// centre and region above the ward). Where no region organisation lies above a ward, the region code the ward
    /// (or an organisation above it) carries in its identifiers decides its region row, named after the region
    /// organisation with that code if one is given, else after the region; its centre row is then `unknown` within
    /// that region.
    ///
    /// - Parameters:
    ///   - period: The discharge days to count.
    ///   - cases: The discharges with their §13a group (``DischargeCase/cases(stays:placements:assessments:policy:)``).
    ///   - documents: The agreements and plans, as register rows.
    ///   - persons: The residents' person identifiers (CPR or replacement numbers), by resident identifier.
    ///   - followUps: The outreach team's follow-ups after discharge.
    ///   - networkMeetings: Network meetings requested at discharge.
    ///   - organisations: Wards, centres and regions, for the grouping and the names.
    ///   - rules: The content rules. Default: the statutory rules.
    ///   - policy: The working-day limit for network meetings.
    public static func build(
        period: DayRange, cases: [DischargeCase], documents: [DischargeDocumentRecord],
        persons: [Resident.ID: PersonIdentifier], followUps: [FollowUpAfterDischarge] = [],
        networkMeetings: [NetworkMeetingRequest] = [], organisations: [Organisation],
        rules: DischargeContentRuleSet = .statutory, policy: DischargeCompliancePolicy = .standard
    ) -> DischargeComplianceReport {
        // Index everything by resident and episode once: one hash lookup per discharge afterwards.
        var residents: [PersonIdentifier: Resident.ID] = [:]
        residents.reserveCapacity(persons.count)
        for (resident, person) in persons { residents[person] = resident }
        let (slots, unmatched) = Self.slots(
            documents: documents, residents: residents, followUps: followUps, networkMeetings: networkMeetings)
        // The rules as plain values without strings, so checking a document retains nothing.
        let contentRules:
            [(index: Int, agreement: Bool, plan: Bool, isError: Bool, requirement: DischargeContentRule.Requirement)] =
                rules.rules.enumerated().filter { $0.element.category == .content }.map {
                    (
                        $0.offset, $0.element.kinds.contains(.agreement), $0.element.kinds.contains(.coordinationPlan),
                        $0.element.severity == .error, $0.element.requirement
                    )
                }
        // The discharges `range` of `cases` holds, counted per ward, with their exceptions.
        @Sendable func tally(_ range: Range<Int>) -> (wards: WardRows, exceptions: [(order: Int, exception: Exception)])
        {
            var wards = WardRows()
            var exceptions: [(order: Int, exception: Exception)] = []
            for order in range {
                let dischargeCase = cases[order]
                let stay = dischargeCase.stay
                guard stay.wardType == .psychiatric, stay.dischargedAt != nil, let day = stay.endDate,
                    period.contains(day)
                else { continue }
                let row = wards.row(for: stay.dischargeWard)
                let slot = Slot.merged(
                    stay.episodes.compactMap { slots[StayKey(resident: stay.resident, episode: $0)] })
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
                        status = .late(
                            record.kind, documentID: record.documentID, daysLate: day.days(until: agreed))
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
                                resident: stay.resident, episode: stay.episode, ward: stay.dischargeWard,
                                dischargeDate: day, basis: basis, status: status, failedRules: failed,
                                followUp: followUp)
                        ))
                }
            }
            return (wards, exceptions)
        }
        // Two halves of the cases, and the mismatches, side by side on every core when there are many: each half
        // counts its own wards, which are added up afterwards; the exceptions keep the cases' order.
        let pieces = cases.count >= 8192 && ProcessInfo.processInfo.activeProcessorCount > 1 ? 2 : 1
        var tallies = [(wards: WardRows, exceptions: [(order: Int, exception: Exception)])?](
            repeating: nil, count: pieces)
        var found: [DischargeDocumentMismatch] = []
        tallies.withUnsafeMutableBufferPointer { output in
            withUnsafeMutablePointer(to: &found) { mismatchesOutput in
                // Each item writes its own result: no two threads touch one value.
                nonisolated(unsafe) let output = output
                nonisolated(unsafe) let mismatchesOutput = mismatchesOutput
                DispatchQueue.concurrentPerform(iterations: pieces + 1) { [residents] item in
                    if item == pieces {
                        mismatchesOutput.pointee = Self.mismatches(
                            documents: documents, unmatched: unmatched, residents: residents, cases: cases,
                            period: period)
                    } else {
                        let size = (cases.count + pieces - 1) / pieces
                        output[item] = tally(min(item * size, cases.count)..<min((item + 1) * size, cases.count))
                    }
                }
            }
        }
        let parts = tallies.compactMap { $0 }
        var wards = WardRows()
        // By discharge date, then in the cases' order; the small keys are sorted, and each exception is copied once,
        // from its part into the report.
        var ranked: [(day: Int, order: Int, part: Int, index: Int)] = []
        for (part, tallied) in parts.enumerated() {
            for (ward, counts) in zip(tallied.wards.wards, tallied.wards.counts) {
                wards.counts[wards.row(for: ward)].add(counts)
            }
            for (index, item) in tallied.exceptions.enumerated() {
                ranked.append((item.exception.dischargeDate.daysSinceEpoch, item.order, part, index))
            }
        }
        ranked.sort { ($0.day, $0.order) < ($1.day, $1.order) }
        return DischargeComplianceReport(
            period: period, rows: wards.rolledUp(organisations: organisations),
            exceptions: ranked.map { parts[$0.part].exceptions[$0.index].exception },
            rules: rules.rules, documentMismatches: found)
    }

    /// What is known about each stay (its resident's and episode's): the document that counts (the earliest
    /// concluded where there are several), the follow-up and the network meetings; and the documents whose person is
    /// no resident's (`unmatched`, as indices into `documents`).
    private static func slots(
        documents: [DischargeDocumentRecord], residents: [PersonIdentifier: Resident.ID],
        followUps: [FollowUpAfterDischarge], networkMeetings: [NetworkMeetingRequest]
    ) -> (slots: [StayKey: Slot], unmatched: [Int]) {
        var slots: [StayKey: Slot] = [:]
        slots.reserveCapacity(documents.count)
        var unmatched: [Int] = []
        for (index, record) in documents.enumerated() {
            guard let resident = residents[record.resident] else {
                unmatched.append(index)
                continue
            }
            let key = StayKey(resident: resident, episode: record.episode)
            if let existing = slots[key]?.document {
                let current = documents[existing].agreedOn
                guard let candidate = record.agreedOn, current.map({ candidate < $0 }) ?? true else { continue }
            }
            slots[key, default: Slot()].document = index
        }
        for followUp in followUps {
            slots[StayKey(resident: followUp.resident, episode: followUp.episode), default: Slot()].followUp =
                followUp.status
        }
        for (index, meeting) in networkMeetings.enumerated() {
            slots[StayKey(resident: meeting.resident, episode: meeting.episode), default: Slot()].meetings.append(index)
        }
        return (slots, unmatched)
    }

    /// The documents that count for no stay of their own resident although their episode is a stay, discharged in
    /// the period, of another resident: in the order of `documents`.
    private static func mismatches(
        documents: [DischargeDocumentRecord], unmatched: [Int], residents: [PersonIdentifier: Resident.ID],
        cases: [DischargeCase], period: DayRange
    ) -> [DischargeDocumentMismatch] {
        var stays = Set<StayKey>()
        stays.reserveCapacity(cases.count)
        for dischargeCase in cases {
            for episode in dischargeCase.stay.episodes {
                stays.insert(StayKey(resident: dischargeCase.stay.resident, episode: episode))
            }
        }
        var candidates = unmatched
        for (index, record) in documents.enumerated() {
            guard let resident = residents[record.resident] else { continue }
            if !stays.contains(StayKey(resident: resident, episode: record.episode)) { candidates.append(index) }
        }
        guard !candidates.isEmpty else { return [] }
        var owners: [EpisodeOfCareIdentifier: Resident.ID] = [:]
        for dischargeCase in cases {
            let stay = dischargeCase.stay
            guard stay.wardType == .psychiatric, stay.dischargedAt != nil, let day = stay.endDate, period.contains(day)
            else { continue }
            for episode in stay.episodes where owners[episode] == nil { owners[episode] = stay.resident }
        }
        // The document's own resident has no stay with this episode, so any owner is another resident.
        return candidates.sorted().compactMap { index in
            owners[documents[index].episode].map { DischargeDocumentMismatch(documents[index], stayResident: $0) }
        }
    }

    /// A stay: its resident and episode of care.
    private struct StayKey: Hashable {
        var resident: Resident.ID
        var episode: EpisodeOfCareIdentifier
    }

    /// What is known about one episode: its document, follow-up and network meetings.
    private struct Slot {
        var document: Int?
        var followUp: FollowUpAfterDischarge.Status?
        var meetings: [Int] = []

        /// What is known about a stay joined from several episodes (ward transfers, one discharge): the first
        /// document found, the last episode's follow-up, every meeting.
        static func merged(_ slots: [Slot]) -> Slot? {
            guard slots.count > 1 else { return slots.first }
            var merged = Slot()
            for slot in slots {
                merged.document = merged.document ?? slot.document
                merged.followUp = slot.followUp ?? merged.followUp
                merged.meetings += slot.meetings
            }
            return merged
        }
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
            var regionOrganisations: [Region: Organisation] = [:]
            for organisation in organisations {
                byID[organisation.id] = organisation
                if organisation.kind == .region, let code = organisation.identifiers.region,
                    regionOrganisations[code] == nil
                {
                    regionOrganisations[code] = organisation
                }
            }
            var rows: [Scope: Counts] = [:]
            for (ward, wardCounts) in zip(wards, counts) {
                var centre: Organisation?
                var region: Organisation?
                let wardOrganisation = ward.flatMap { byID[$0] }
                // The region code carried nearest the ward, for wards no region organisation lies above.
                var carried = wardOrganisation?.identifiers.region
                var next = wardOrganisation?.partOf
                var steps = 0
                while let id = next, let organisation = byID[id], steps < 16 {
                    if organisation.kind == .psychiatricCentre, centre == nil { centre = organisation }
                    if organisation.kind == .region, region == nil { region = organisation }
                    if carried == nil { carried = organisation.identifiers.region }
                    next = organisation.partOf
                    steps += 1
                }
                let code = region?.identifiers.region ?? centre?.identifiers.region ?? carried
                if region == nil, let code { region = regionOrganisations[code] }
                let scopes = [
                    Scope(
                        level: .region, organisation: region?.id, name: region?.name ?? code?.danishName ?? "unknown",
                        region: code),
                    Scope(level: .centre, organisation: centre?.id, name: centre?.name ?? "unknown", region: code),
                    Scope(
                        level: .ward, organisation: ward, name: wardOrganisation?.name ?? "unknown", region: code),
                ]
                for scope in scopes { rows[scope, default: Counts()].add(wardCounts) }
            }
            return rows.map { Row(scope: $0.key, counts: $0.value) }.sorted { $0.scope < $1.scope }
        }
    }
}
