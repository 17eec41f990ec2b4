import BrobyggerCarePlans
import BrobyggerCore
import BrobyggerResidents

extension SyntheticRegion {
    /// Derives coordinated care plans for the region's residents, deterministically, in time linear in the number of
    /// plans plus the region's size.
    ///
    /// Each plan belongs to a resident placed on one of the region's facilities and served by its outreach team;
    /// its coordinator is a team member, its efforts are shared between team, facility and resident. A share of the
    /// plans has the problems follow-up looks for: overdue, missing or too-late next meetings, efforts without a
    /// responsible party, missing approval, no coordinator (see ``CarePlanGenerationParameters``). Every plan is
    /// valid by construction.
    ///
    /// - Throws: `ValidationError` when the region has no residents or the parameters are invalid.
    public func carePlans(_ parameters: CarePlanGenerationParameters = CarePlanGenerationParameters())
        throws(ValidationError) -> [CoordinatedCarePlan]
    {
        guard !residents.isEmpty else {
            throw ValidationError(
                field: "residents", code: "careplan.generator-empty", rule: "the region has residents")
        }
        guard parameters.count >= 0 else {
            throw ValidationError(
                field: "count", code: "careplan.generator-count", rule: "the count is not negative",
                offendingValue: String(parameters.count))
        }
        var random = SyntheticRegionRandom(seed: parameters.seed)
        let asOf = parameters.asOf ?? period.end ?? period.start
        let organisationsByID = Dictionary(organisations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let facilitiesByID = Dictionary(facilities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var placementByResident: [Resident.ID: Placement] = [:]
        for placement in placements where placementByResident[placement.resident] == nil {
            placementByResident[placement.resident] = placement
        }
        var staffByOrganisation: [Organisation.ID: [Professional]] = [:]
        for professional in professionals {
            staffByOrganisation[professional.organisation, default: []].append(professional)
        }
        let goalTexts = [
            "Bo stabilt i egen lejlighed på botilbuddet", "Undgå akutte indlæggelser", "Have en meningsfuld hverdag",
            "Styr på økonomien", "Mindre brug af rusmidler", "Mere kontakt til familien",
        ]
        let wishes = [
            "Jeg vil have noget at stå op til.", "Jeg vil se min datter igen.", "Jeg vil have ro i hovedet.",
            "Jeg vil klare mig selv.", "Jeg vil ud af misbruget.",
        ]
        let effortTitles: [(String, LifeDomain)] = [
            ("Medicinopfølgning", .psychiatric), ("Støtte til hverdagsaktiviteter", .dailyLife),
            ("Misbrugsbehandling", .substanceUse), ("Budget og økonomi", .finances), ("Samtaler om netværk", .network),
            ("Fysisk træning", .physicalHealth),
        ]

        var plans: [CoordinatedCarePlan] = []
        plans.reserveCapacity(parameters.count)
        let residentCount = residents.count
        for index in 0..<parameters.count {
            let resident = residents[index % residentCount]
            let isLatest = index + residentCount >= parameters.count
            let key = "synthetic-\(parameters.seed)-\(index)"
            let placement = placementByResident[resident.id]
            let facility = placement.flatMap { facilitiesByID[$0.facility] }
            let teamID = facility?.outreachTeam
            let facilityOrg = facility.flatMap { organisationsByID[$0.id] }.map(CarePlanOrganisation.init)
            let teamOrg = teamID.flatMap { organisationsByID[$0] }.map(CarePlanOrganisation.init)
            let teamStaff = teamID.flatMap { staffByOrganisation[$0] } ?? []
            let facilityStaff = facility.flatMap { staffByOrganisation[$0.id] } ?? []
            let coordinatorParty: CarePlanParty? =
                if let teamOrg, !teamStaff.isEmpty {
                    .professional(random.pick(teamStaff), of: teamOrg)
                } else {
                    teamOrg.map(CarePlanParty.organisation)
                }
            let facilityParty: CarePlanParty? =
                if let facilityOrg, !facilityStaff.isEmpty {
                    .professional(random.pick(facilityStaff), of: facilityOrg)
                } else {
                    facilityOrg.map(CarePlanParty.organisation)
                }
            let owners = [coordinatorParty, facilityParty, .resident].compactMap { $0 }

            let lastMeeting = asOf.adding(days: -random.int(7...170))
            let isDraft = isLatest && random.chance(parameters.draftShare)
            let goal = CarePlanGoal(
                id: CarePlanBuilder.identifier(key, "goal"), text: random.pick(goalTexts))
            var efforts: [CarePlanEffort] = []
            for effortIndex in 0..<random.int(2...4) {
                let (title, domain) = effortTitles[(index + effortIndex) % effortTitles.count]
                let start = lastMeeting.adding(days: random.int(0...14))
                let due = start.adding(days: random.int(30...200))
                let status: CarePlanEffortStatus =
                    due < asOf && !random.chance(parameters.overdueEffortShare) ? .completed : .inProgress
                efforts.append(
                    try CarePlanEffort(
                        id: CarePlanBuilder.identifier(key, "effort-\(effortIndex)"), title: title,
                        goal: "Aftalt mål for \(title.lowercased())", domain: domain,
                        responsible: [owners[(index + effortIndex) % owners.count]], start: start, due: due,
                        status: status))
            }
            if !isDraft, random.chance(parameters.unownedEffortShare), !efforts.isEmpty {
                var first = efforts[0]
                first.responsible = []
                first.status = .inProgress
                efforts[0] = first
            }
            let approval: ResidentApproval =
                random.chance(parameters.missingApprovalShare) ? .pending : .givenAtMeeting
            var participants = [CarePlanParticipant(party: .resident, role: "beboer", present: true)]
            if let coordinatorParty {
                participants.append(CarePlanParticipant(party: coordinatorParty, role: "koordinator", present: true))
            }
            if let facilityParty {
                participants.append(CarePlanParticipant(party: facilityParty, role: "kontaktperson", present: true))
            }
            let meeting = try CoordinationMeeting(
                id: CarePlanBuilder.identifier(key, "meeting"), date: lastMeeting, kind: .initial,
                meetingLeader: coordinatorParty, participants: participants, approval: approval)
            let roll = Double.random(in: 0..<1, using: &random)
            let nextMeeting: CalendarDate? =
                switch roll {
                case ..<parameters.overdueMeetingShare: asOf.adding(days: -random.int(1...40))
                case ..<(parameters.overdueMeetingShare + parameters.missingNextMeetingShare): nil
                case ..<(parameters.overdueMeetingShare + parameters.missingNextMeetingShare
                    + parameters.lateNextMeetingShare):
                    lastMeeting.adding(months: 6).adding(days: random.int(1...60))
                default:
                    max(asOf.adding(days: random.int(1...60)), lastMeeting.adding(days: 30))
                }
            let shared = [coordinatorParty, facilityParty].compactMap { $0 }
            let recipients = shared.compactMap(\.organisation).map { ConsentToShare.Recipient.organisation($0.id) }
            let status: CarePlanStatus =
                if isDraft {
                    .draft
                } else if !isLatest {
                    .closed(on: min(asOf, lastMeeting.adding(days: 30)), reason: .replacedByOtherPlan)
                } else {
                    random.chance(0.4) ? .revised : .active
                }
            let plan = try CoordinatedCarePlan(
                id: CarePlanBuilder.identifier(key, "plan"), resident: resident.id, residentName: resident.name,
                team: teamID, facility: facility?.id, status: status,
                initiatingSector: random.pick([.psychiatry, .facility, .municipality]),
                triggers: [random.pick(CarePlanTrigger.known)],
                coordinator: random.chance(parameters.missingCoordinatorShare) && !isDraft ? nil : coordinatorParty,
                meetingLeader: coordinatorParty, participants: participants,
                residentVoice: ResidentVoice(wishesAndDreams: [random.pick(wishes)], recordedOn: lastMeeting),
                goals: [goal], efforts: isDraft ? [] : efforts,
                sharingConsent: recipients.isEmpty
                    ? nil : CarePlanSharingConsent(givenOn: lastMeeting, recipients: recipients),
                sharedWith: recipients.isEmpty ? [] : shared,
                nextMeeting: isDraft ? asOf.adding(days: random.int(3...30)) : nextMeeting,
                meetings: isDraft ? [] : [meeting])
            plans.append(plan)
        }
        return plans
    }
}
