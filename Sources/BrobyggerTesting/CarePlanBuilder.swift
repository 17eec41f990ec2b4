import BrobyggerCarePlans
import BrobyggerCore
import BrobyggerResidents

/// Builds coordinated care plans for tests and examples, with stable identifiers derived from text keys.
///
/// ```swift
/// let plan = try CarePlanBuilder("plan-1")
///     .coordinator(.organisation(municipality))
///     .effort("Misbrugsbehandling", goal: "Stoffrihed", responsible: [.organisation(addiction)], due: "2026-06-01")
///     .meeting(on: "2026-02-16", approval: .givenAtMeeting)
///     .nextMeeting("2026-05-11")
///     .status(.active)
///     .build()
/// ```
public struct CarePlanBuilder: Sendable {
    /// The plan's identifier (derived from the key).
    public let id: CoordinatedCarePlan.ID
    private let key: String
    private var resident: Resident.ID
    private var residentName: PersonName?
    private var team: OutreachTeam.ID?
    private var facility: ResidentialFacility.ID?
    private var status: CarePlanStatus = .draft
    private var sector: CarePlanInitiatingSector = .psychiatry
    private var triggers: [CarePlanTrigger] = [.partySeesNeed]
    private var coordinator: CarePlanParty?
    private var voice = ResidentVoice(wishesAndDreams: ["Noget at stå op til"])
    private var goals: [CarePlanGoal] = []
    private var efforts: [CarePlanEffort] = []
    private var meetings: [(date: String, approval: ResidentApproval, residentPresent: Bool)] = []
    private var next: String?
    private var consent: CarePlanSharingConsent?
    private var sharedWith: [CarePlanParty] = []

    /// Starts a plan whose identifier, and its resident's, derive from the key.
    public init(_ key: String = "plan") {
        self.key = key
        self.id = Self.identifier(key, "plan")
        self.resident = SyntheticRegionRandom.identifier(forKey: "resident:" + key)
    }

    /// A stable identifier for a part of a plan built from `key`.
    public static func identifier<Owner>(_ key: String, _ part: String, _: Owner.Type = Owner.self) -> Identifier<Owner>
    {
        SyntheticRegionRandom.identifier(forKey: "careplan:\(key):\(part)")
    }

    /// Sets the resident.
    public func resident(_ resident: Resident.ID, name: PersonName? = nil) -> Self {
        with {
            $0.resident = resident
            $0.residentName = name
        }
    }

    /// Sets the team and facility.
    public func servedBy(team: OutreachTeam.ID?, facility: ResidentialFacility.ID?) -> Self {
        with {
            $0.team = team
            $0.facility = facility
        }
    }

    /// Sets the status.
    public func status(_ status: CarePlanStatus) -> Self { with { $0.status = status } }

    /// Sets the initiating sector and triggers.
    public func initiated(by sector: CarePlanInitiatingSector, because triggers: [CarePlanTrigger]) -> Self {
        with {
            $0.sector = sector
            $0.triggers = triggers
        }
    }

    /// Sets the coordinator.
    public func coordinator(_ party: CarePlanParty?) -> Self { with { $0.coordinator = party } }

    /// Sets the resident's voice.
    public func residentVoice(_ voice: ResidentVoice) -> Self { with { $0.voice = voice } }

    /// Adds a shared goal.
    public func goal(_ text: String) -> Self {
        with { $0.goals.append(CarePlanGoal(id: Self.identifier(key, "goal-\($0.goals.count)"), text: text)) }
    }

    /// Adds an effort; dates as `YYYY-MM-DD`.
    public func effort(
        _ title: String, goal: String = "Aftalt mål", responsible: [CarePlanParty], start: String? = nil,
        due: String? = nil, status: CarePlanEffortStatus = .inProgress
    ) throws(ValidationError) -> Self {
        let effort = try CarePlanEffort(
            id: Self.identifier(key, "effort-\(efforts.count)"), title: title, goal: goal, responsible: responsible,
            start: start.map(ResidentsFixtureTime.date), due: due.map(ResidentsFixtureTime.date), status: status)
        return with { $0.efforts.append(effort) }
    }

    /// Adds a meeting on a day with the resident present (unless told otherwise) and the given approval.
    public func meeting(on date: String, approval: ResidentApproval, residentPresent: Bool = true) -> Self {
        with { $0.meetings.append((date, approval, residentPresent)) }
    }

    /// Sets the next meeting.
    public func nextMeeting(_ date: String?) -> Self { with { $0.next = date } }

    /// Sets the consent to share and the parties the plan is shared with.
    public func shared(with parties: [CarePlanParty], consent: CarePlanSharingConsent?) -> Self {
        with {
            $0.sharedWith = parties
            $0.consent = consent
        }
    }

    /// Builds the plan.
    public func build() throws(ValidationError) -> CoordinatedCarePlan {
        var built: [CoordinationMeeting] = []
        for (index, meeting) in meetings.enumerated() {
            var participants = [CarePlanParticipant(party: .resident, role: "borger", present: meeting.residentPresent)]
            if let coordinator {
                participants.append(CarePlanParticipant(party: coordinator, role: "koordinator", present: true))
            }
            built.append(
                try CoordinationMeeting(
                    id: Self.identifier(key, "meeting-\(index)"), date: ResidentsFixtureTime.date(meeting.date),
                    kind: index == 0 ? .initial : .followUp, meetingLeader: coordinator, participants: participants,
                    approval: meeting.approval))
        }
        return try CoordinatedCarePlan(
            id: id, resident: resident, residentName: residentName, team: team, facility: facility, status: status,
            initiatingSector: sector, triggers: triggers, coordinator: coordinator, meetingLeader: coordinator,
            participants: built.last?.participants ?? [], residentVoice: voice, challenges: [], goals: goals,
            efforts: efforts, sharingConsent: consent, sharedWith: sharedWith,
            nextMeeting: next.map(ResidentsFixtureTime.date), meetings: built)
    }

    private func with(_ change: (inout Self) -> Void) -> Self {
        var copy = self
        change(&copy)
        return copy
    }
}
