import BrobyggerCore
import BrobyggerResidents

/// A coordinated care plan (*koordinerende indsatsplan*, KIP): the resident's own plan for coordinating the efforts
/// of psychiatry, addiction treatment, the residential facility and the municipality.
///
/// Named so it cannot be confused with the unrelated "KIP" quality standard. National basis: Sundhedsstyrelsen and
/// Socialstyrelsen, *Retningslinjer for udarbejdelse af koordinerende indsatsplaner* (26 August 2014); Region
/// Sjælland's plan (Region Sjælland 2020, kapitel 5, “Koordinerende indsatsplaner”) and Region Hovedstaden's practice
/// pages give the contents and meeting rules. It is "alene ... et koordinationsredskab" (Region Sjælland 2020,
/// kapitel 5, “Koordinerende indsatsplaner”): it replaces neither party's record nor internal plan.
///
/// One value is one version of the plan. ``CarePlanHistory`` keeps the versions, checks the lifecycle and explains
/// each change; ``validate(on:policy:inForceSince:)`` reports what the plan lacks. The plan is a storable, access-controlled
/// document about the resident: identity, the resident's own words (`goalsAndWishes`) and the plan itself
/// (`carePlan`) are separate field groups.
public struct CoordinatedCarePlan: Identifiable, Sendable, Hashable, Codable {
    /// The plan's identifier.
    public typealias ID = Identifier<CoordinatedCarePlan>

    /// The identifier, the same in every version.
    public let id: ID
    /// The resident whose plan it is.
    public let resident: Resident.ID
    /// The resident's name as the plan shows it (group `identity`); `nil` when redacted.
    public var residentName: PersonName?
    /// The outreach team serving the resident, if any.
    public var team: OutreachTeam.ID?
    /// The residential facility the resident lives on, if any.
    public var facility: ResidentialFacility.ID?
    /// Where the plan is in its lifecycle.
    public var status: CarePlanStatus
    /// The sector that started the plan.
    public var initiatingSector: CarePlanInitiatingSector
    /// The party that started it, if recorded.
    public var initiatedBy: CarePlanParty?
    /// Why it was started.
    public var triggers: [CarePlanTrigger]
    /// The coordinator (*tovholder*, *koordinator*), who must be able to convene the others (VIVE 2023, afsnit
    /// 5.1.2.3).
    public var coordinator: CarePlanParty?
    /// The meeting leader (*mødeleder*) of the plan's meetings.
    public var meetingLeader: CarePlanParty?
    /// The parties to the plan, their roles and whether they were present at the latest meeting.
    public var participants: [CarePlanParticipant]
    /// The resident's wishes and dreams in their own words, or personal statements (group `goalsAndWishes`).
    public var residentVoice: ResidentVoice
    /// The biggest current challenges by area of life.
    public var challenges: [CarePlanChallenge]
    /// Shared goals.
    public internal(set) var goals: [CarePlanGoal]
    /// Sub-goals, ordered by priority.
    public internal(set) var subGoals: [CarePlanSubGoal]
    /// The efforts (*indsatser*).
    public internal(set) var efforts: [CarePlanEffort]
    /// Agreements made.
    public var agreements: [CarePlanAgreement]
    /// Early warning signs and what each party does.
    public var earlyWarningSigns: [EarlyWarningSign]
    /// The resident's consent to share the plan, if recorded.
    public var sharingConsent: CarePlanSharingConsent?
    /// The parties the plan is shared with.
    public var sharedWith: [CarePlanParty]
    /// The next coordination meeting.
    public var nextMeeting: CalendarDate?
    /// The meetings held, oldest first.
    public internal(set) var meetings: [CoordinationMeeting]

    /// Creates a plan version.
    ///
    /// - Throws: `ValidationError` when identifiers repeat (`careplan.duplicate-id`), a sub-goal or effort refers to
    ///   a goal or sub-goal the plan does not hold (`careplan.unknown-reference`), or meetings are out of date order
    ///   (`careplan.meetings-order`).
    public init(
        id: ID, resident: Resident.ID, residentName: PersonName? = nil, team: OutreachTeam.ID? = nil,
        facility: ResidentialFacility.ID? = nil, status: CarePlanStatus = .draft,
        initiatingSector: CarePlanInitiatingSector, initiatedBy: CarePlanParty? = nil, triggers: [CarePlanTrigger] = [],
        coordinator: CarePlanParty? = nil, meetingLeader: CarePlanParty? = nil,
        participants: [CarePlanParticipant] = [], residentVoice: ResidentVoice = .empty,
        challenges: [CarePlanChallenge] = [], goals: [CarePlanGoal] = [], subGoals: [CarePlanSubGoal] = [],
        efforts: [CarePlanEffort] = [], agreements: [CarePlanAgreement] = [],
        earlyWarningSigns: [EarlyWarningSign] = [], sharingConsent: CarePlanSharingConsent? = nil,
        sharedWith: [CarePlanParty] = [], nextMeeting: CalendarDate? = nil, meetings: [CoordinationMeeting] = []
    ) throws(ValidationError) {
        self.id = id
        self.resident = resident
        self.residentName = residentName
        self.team = team
        self.facility = facility
        self.status = status
        self.initiatingSector = initiatingSector
        self.initiatedBy = initiatedBy
        self.triggers = triggers
        self.coordinator = coordinator
        self.meetingLeader = meetingLeader
        self.participants = participants
        self.residentVoice = residentVoice
        self.challenges = challenges
        self.goals = goals
        self.subGoals = subGoals.sorted { $0.priority < $1.priority }
        self.efforts = efforts
        self.agreements = agreements
        self.earlyWarningSigns = earlyWarningSigns
        self.sharingConsent = sharingConsent
        self.sharedWith = sharedWith
        self.nextMeeting = nextMeeting
        self.meetings = meetings
        try checkInvariants()
    }

    // MARK: Changing goals, efforts and meetings

    /// The plan with its goals and sub-goals replaced.
    ///
    /// - Throws: `ValidationError` as ``init(id:resident:residentName:team:facility:status:initiatingSector:initiatedBy:triggers:coordinator:meetingLeader:participants:residentVoice:challenges:goals:subGoals:efforts:agreements:earlyWarningSigns:sharingConsent:sharedWith:nextMeeting:meetings:)``.
    public func settingGoals(_ goals: [CarePlanGoal], subGoals: [CarePlanSubGoal]) throws(ValidationError)
        -> CoordinatedCarePlan
    {
        var copy = self
        copy.goals = goals
        copy.subGoals = subGoals.sorted { $0.priority < $1.priority }
        try copy.checkInvariants()
        return copy
    }

    /// The plan with an effort added, or replaced when one with the same identifier exists.
    ///
    /// - Throws: `ValidationError` with code `careplan.unknown-reference` for an unknown sub-goal.
    public func settingEffort(_ effort: CarePlanEffort) throws(ValidationError) -> CoordinatedCarePlan {
        var copy = self
        if let index = copy.efforts.firstIndex(where: { $0.id == effort.id }) {
            copy.efforts[index] = effort
        } else {
            copy.efforts.append(effort)
        }
        try copy.checkInvariants()
        return copy
    }

    /// The plan with an effort's status changed.
    ///
    /// - Throws: `ValidationError` with code `careplan.unknown-reference` when the plan has no such effort.
    public func settingStatus(_ status: CarePlanEffortStatus, ofEffort effort: CarePlanEffort.ID)
        throws(ValidationError) -> CoordinatedCarePlan
    {
        guard let index = efforts.firstIndex(where: { $0.id == effort }) else {
            throw ValidationError(
                field: "efforts", code: "careplan.unknown-reference", rule: "the effort must be in the plan",
                offendingValue: effort.description)
        }
        var copy = self
        copy.efforts[index].status = status
        return copy
    }

    /// The plan with a meeting recorded: its participants become the plan's, and the next meeting date is set.
    ///
    /// - Throws: `ValidationError` with code `careplan.meetings-order` when the meeting is older than the latest one,
    ///   or `careplan.duplicate-id`.
    public func recording(_ meeting: CoordinationMeeting, nextMeeting: CalendarDate?) throws(ValidationError)
        -> CoordinatedCarePlan
    {
        var copy = self
        if let index = copy.meetings.firstIndex(where: { $0.id == meeting.id }) {
            copy.meetings[index] = meeting
        } else {
            copy.meetings.append(meeting)
        }
        copy.participants = meeting.participants
        if let leader = meeting.meetingLeader { copy.meetingLeader = leader }
        copy.nextMeeting = nextMeeting
        try copy.checkInvariants()
        return copy
    }

    // MARK: Reading

    /// The latest meeting held.
    public var latestMeeting: CoordinationMeeting? { meetings.last }

    /// The efforts that are still open.
    public var openEfforts: [CarePlanEffort] { efforts.filter(\.status.isOpen) }

    /// The goal with an identifier.
    public func goal(_ id: CarePlanGoal.ID) -> CarePlanGoal? { goals.first { $0.id == id } }

    /// The sub-goal with an identifier.
    public func subGoal(_ id: CarePlanSubGoal.ID) -> CarePlanSubGoal? { subGoals.first { $0.id == id } }

    /// The effort with an identifier.
    public func effort(_ id: CarePlanEffort.ID) -> CarePlanEffort? { efforts.first { $0.id == id } }

    /// The open efforts a party is responsible for.
    public func openEfforts(responsibleParty party: CarePlanParty) -> [CarePlanEffort] {
        openEfforts.filter { $0.responsible.contains { $0.isSameParty(as: party) } }
    }

    /// The open efforts an organisation is responsible for, through the organisation or one of its staff.
    public func openEfforts(responsibleOrganisation organisation: Organisation.ID) -> [CarePlanEffort] {
        openEfforts.filter { $0.responsible.contains { $0.organisation?.id == organisation } }
    }

    // MARK: Invariants

    private func checkInvariants() throws(ValidationError) {
        try Self.unique(goals.map(\.id), field: "goals")
        try Self.unique(subGoals.map(\.id), field: "subGoals")
        try Self.unique(efforts.map(\.id), field: "efforts")
        try Self.unique(meetings.map(\.id), field: "meetings")
        let goalIDs = Set(goals.map(\.id))
        for (index, subGoal) in subGoals.enumerated() {
            if let goal = subGoal.goal, !goalIDs.contains(goal) {
                throw ValidationError(
                    field: FieldPath("subGoals").appending(index: index).appending("goal"),
                    code: "careplan.unknown-reference", rule: "a sub-goal serves a goal of the same plan",
                    offendingValue: goal.description)
            }
        }
        let subGoalIDs = Set(subGoals.map(\.id))
        for (index, effort) in efforts.enumerated() {
            if let subGoal = effort.subGoal, !subGoalIDs.contains(subGoal) {
                throw ValidationError(
                    field: FieldPath("efforts").appending(index: index).appending("subGoal"),
                    code: "careplan.unknown-reference", rule: "an effort serves a sub-goal of the same plan",
                    offendingValue: subGoal.description)
            }
        }
        for index in meetings.indices.dropFirst() where meetings[index].date < meetings[index - 1].date {
            throw ValidationError(
                field: FieldPath("meetings").appending(index: index).appending("date"), code: "careplan.meetings-order",
                rule: "meetings are recorded oldest first", offendingValue: meetings[index].date.iso8601)
        }
    }

    private static func unique<T: Hashable & CustomStringConvertible>(_ ids: [T], field: String)
        throws(ValidationError)
    {
        var seen: Set<T> = []
        for (index, id) in ids.enumerated() where !seen.insert(id).inserted {
            throw ValidationError(
                field: FieldPath(field).appending(index: index).appending("id"), code: "careplan.duplicate-id",
                rule: "identifiers are unique within a plan", offendingValue: id.description)
        }
    }

    private enum CodingKeys: String, CodingKey {
        case id, resident, residentName, team, facility, status, initiatingSector, initiatedBy, triggers, coordinator
        case meetingLeader, participants, residentVoice, challenges, goals, subGoals, efforts, agreements
        case earlyWarningSigns, sharingConsent, sharedWith, nextMeeting, meetings
    }

    /// Decodes through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let id = try c.decode(ID.self, forKey: .id)
        let resident = try c.decode(Resident.ID.self, forKey: .resident)
        let residentName = try c.decodeIfPresent(PersonName.self, forKey: .residentName)
        let team = try c.decodeIfPresent(OutreachTeam.ID.self, forKey: .team)
        let facility = try c.decodeIfPresent(ResidentialFacility.ID.self, forKey: .facility)
        let status = try c.decode(CarePlanStatus.self, forKey: .status)
        let sector = try c.decode(CarePlanInitiatingSector.self, forKey: .initiatingSector)
        let initiatedBy = try c.decodeIfPresent(CarePlanParty.self, forKey: .initiatedBy)
        let triggers = try c.decode([CarePlanTrigger].self, forKey: .triggers)
        let coordinator = try c.decodeIfPresent(CarePlanParty.self, forKey: .coordinator)
        let leader = try c.decodeIfPresent(CarePlanParty.self, forKey: .meetingLeader)
        let participants = try c.decode([CarePlanParticipant].self, forKey: .participants)
        let voice = try c.decode(ResidentVoice.self, forKey: .residentVoice)
        let challenges = try c.decode([CarePlanChallenge].self, forKey: .challenges)
        let goals = try c.decode([CarePlanGoal].self, forKey: .goals)
        let subGoals = try c.decode([CarePlanSubGoal].self, forKey: .subGoals)
        let efforts = try c.decode([CarePlanEffort].self, forKey: .efforts)
        let agreements = try c.decode([CarePlanAgreement].self, forKey: .agreements)
        let signs = try c.decode([EarlyWarningSign].self, forKey: .earlyWarningSigns)
        let consent = try c.decodeIfPresent(CarePlanSharingConsent.self, forKey: .sharingConsent)
        let sharedWith = try c.decode([CarePlanParty].self, forKey: .sharedWith)
        let nextMeeting = try c.decodeIfPresent(CalendarDate.self, forKey: .nextMeeting)
        let meetings = try c.decode([CoordinationMeeting].self, forKey: .meetings)
        self = try decoder.validating {
            try CoordinatedCarePlan(
                id: id, resident: resident, residentName: residentName, team: team, facility: facility,
                status: status, initiatingSector: sector, initiatedBy: initiatedBy, triggers: triggers,
                coordinator: coordinator, meetingLeader: leader, participants: participants, residentVoice: voice,
                challenges: challenges, goals: goals, subGoals: subGoals, efforts: efforts, agreements: agreements,
                earlyWarningSigns: signs, sharingConsent: consent, sharedWith: sharedWith, nextMeeting: nextMeeting,
                meetings: meetings)
        }
    }
}
