import BrobyggerCore

/// A coordination meeting (*koordinationsmøde*): where the plan is made and revised, with the resident, relatives
/// if the resident wishes, and the relevant professionals (Region Sjælland 2020, kapitel 5, “Koordinerende
/// indsatsplaner”).
///
/// The minutes follow the agenda of ``CoordinationMeetingAgendaItem`` in its order, whatever order they were
/// recorded in.
public struct CoordinationMeeting: Identifiable, Sendable, Hashable, Codable {
    /// The meeting's identifier.
    public typealias ID = Identifier<CoordinationMeeting>

    /// Why the meeting was held.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// The first meeting, where the plan is made.
        case initial
        /// A planned follow-up meeting, where the plan is revised (Region Sjælland 2020, kapitel 3).
        case followUp = "follow_up"
        /// A meeting called for an acute need (VIVE 2023, afsnit 5.1.2.3).
        case acute

        /// The Danish name.
        public var danishName: String {
            switch self {
            case .initial: "første koordinationsmøde"
            case .followUp: "opfølgende møde"
            case .acute: "akut møde"
            }
        }
    }

    /// The identifier.
    public let id: ID
    /// The day held.
    public let date: CalendarDate
    /// Why it was held.
    public let kind: Kind
    /// The meeting leader (*mødeleder*).
    public let meetingLeader: CarePlanParty?
    /// Who was invited, and whether they came.
    public let participants: [CarePlanParticipant]
    /// Each participant's preparation, including input sent through the coordinator by absent participants.
    public let preparation: [PreparationInput]
    /// The minutes, in agenda order.
    public let minutes: [CoordinationMeetingMinute]
    /// The resident's approval.
    public let approval: ResidentApproval

    /// Records a meeting.
    ///
    /// - Throws: `ValidationError` with code `careplan.meeting-minutes-duplicate` when an agenda item has minutes
    ///   twice, or `careplan.meeting-approval-before-meeting` when approval is dated before the meeting.
    public init(
        id: ID, date: CalendarDate, kind: Kind, meetingLeader: CarePlanParty?, participants: [CarePlanParticipant],
        preparation: [PreparationInput] = [], minutes: [CoordinationMeetingMinute] = [],
        approval: ResidentApproval = .pending
    ) throws(ValidationError) {
        var seen: Set<CoordinationMeetingAgendaItem> = []
        for (index, minute) in minutes.enumerated() where !seen.insert(minute.item).inserted {
            throw ValidationError(
                field: FieldPath("minutes").appending(index: index), code: "careplan.meeting-minutes-duplicate",
                rule: "each agenda item has one set of minutes", offendingValue: minute.item.rawValue)
        }
        switch approval {
        case .obtainedAfterwards(let day, _, _) where day < date, .declined(let day, _) where day < date:
            throw ValidationError(
                field: "approval", code: "careplan.meeting-approval-before-meeting",
                rule: "approval is given at or after the meeting", offendingValue: day.iso8601)
        default: break
        }
        self.id = id
        self.date = date
        self.kind = kind
        self.meetingLeader = meetingLeader
        self.participants = participants
        self.preparation = preparation
        self.minutes = minutes.sorted { $0.item < $1.item }
        self.approval = approval
    }

    /// Whether the resident attended.
    public var residentPresent: Bool {
        participants.contains { $0.party == .resident && $0.present }
    }

    /// The participants who did not attend.
    public var absentParticipants: [CarePlanParticipant] { participants.filter { !$0.present } }

    /// The minutes of one agenda item.
    public func minutes(for item: CoordinationMeetingAgendaItem) -> String? {
        minutes.first { $0.item == item }?.text
    }

    /// The same meeting with the resident's approval recorded.
    ///
    /// - Throws: `ValidationError` with code `careplan.meeting-approval-before-meeting`.
    public func withApproval(_ approval: ResidentApproval) throws(ValidationError) -> CoordinationMeeting {
        try CoordinationMeeting(
            id: id, date: date, kind: kind, meetingLeader: meetingLeader, participants: participants,
            preparation: preparation, minutes: minutes, approval: approval)
    }

    private enum CodingKeys: String, CodingKey {
        case id, date, kind, meetingLeader, participants, preparation, minutes, approval
    }

    /// Decodes through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let id = try c.decode(ID.self, forKey: .id)
        let date = try c.decode(CalendarDate.self, forKey: .date)
        let kind = try c.decode(Kind.self, forKey: .kind)
        let leader = try c.decodeIfPresent(CarePlanParty.self, forKey: .meetingLeader)
        let participants = try c.decode([CarePlanParticipant].self, forKey: .participants)
        let preparation = try c.decode([PreparationInput].self, forKey: .preparation)
        let minutes = try c.decode([CoordinationMeetingMinute].self, forKey: .minutes)
        let approval = try c.decode(ResidentApproval.self, forKey: .approval)
        self = try decoder.validating {
            try CoordinationMeeting(
                id: id, date: date, kind: kind, meetingLeader: leader, participants: participants,
                preparation: preparation, minutes: minutes, approval: approval)
        }
    }
}
