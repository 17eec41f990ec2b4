import BrobyggerCore

extension CoordinatedCarePlan: AccessControlledDocument {
    /// Stored as `care-plan`.
    public static let documentKind: DocumentKind = "care-plan"

    /// Listed by resident, coordinator (the person and their organisation), team, facility and status, so a front
    /// end can ask for a coordinator's or a team's plans.
    public var indexKeys: [IndexKey] {
        var keys = [IndexKey("resident", resident), IndexKey("status", status.key)]
        if let coordinator {
            keys.append(IndexKey("coordinator", coordinator.key))
            if let organisation = coordinator.organisation {
                keys.append(IndexKey("coordinator-organisation", organisation.id))
            }
        }
        if let team { keys.append(IndexKey("team", team)) }
        if let facility { keys.append(IndexKey("facility", facility)) }
        return keys
    }

    /// From the first meeting (or the next planned one for a draft) until the plan closes.
    public var indexPeriod: DayRange? {
        guard let start = meetings.first?.date ?? nextMeeting else { return nil }
        let end: CalendarDate? =
            if case .closed(let day, _) = status { max(day, start) } else { nil }
        return try? DayRange(start: start, end: end)
    }

    /// The resident.
    public var accessSubject: AccessSubject { AccessSubject(resident: resident) }

    /// `identity` (the resident's name), `goalsAndWishes` (the resident's own words) and `carePlan` (everything
    /// else the parties agreed).
    public var fieldGroups: Set<FieldGroup> { [.identity, .goalsAndWishes, .carePlan] }

    /// The plan with only the data of `groups`. The identifier, resident, team, facility and status stay, so the
    /// plan can still be addressed and listed.
    public func redacted(to groups: Set<FieldGroup>) -> CoordinatedCarePlan {
        var copy = self
        if !groups.contains(.identity) { copy.residentName = nil }
        if !groups.contains(.goalsAndWishes) { copy.residentVoice = .empty }
        if !groups.contains(.carePlan) {
            copy.initiatedBy = nil
            copy.triggers = []
            copy.coordinator = nil
            copy.meetingLeader = nil
            copy.participants = []
            copy.challenges = []
            copy.goals = []
            copy.subGoals = []
            copy.efforts = []
            copy.agreements = []
            copy.earlyWarningSigns = []
            copy.sharingConsent = nil
            copy.sharedWith = []
            copy.nextMeeting = nil
            copy.meetings = []
        }
        return copy
    }
}
