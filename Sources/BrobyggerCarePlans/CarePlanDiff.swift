import BrobyggerCore

/// What changed between two versions of a coordinated care plan, as a list of ``CarePlanChange``s in a fixed order
/// (status, coordinator, goals, sub-goals, efforts, agreements, signs, sharing, participants, meetings, next
/// meeting), so that a revision can be read aloud at the next meeting.
///
/// Goals, sub-goals and efforts are matched by identifier, so a reworded goal shows as changed, not as removed and
/// added.
public struct CarePlanDiff: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The changes, in the order described above.
    public let changes: [CarePlanChange]

    /// Compares two versions of a plan.
    public init(from old: CoordinatedCarePlan, to new: CoordinatedCarePlan) {
        var changes: [CarePlanChange] = []
        if old.status != new.status { changes.append(.statusChanged(from: old.status, to: new.status)) }
        if !Self.same(old.coordinator, new.coordinator) {
            changes.append(.coordinatorChanged(from: old.coordinator, to: new.coordinator))
        }
        changes += Self.goalChanges(old, new)
        changes += Self.subGoalChanges(old, new)
        changes += Self.effortChanges(old, new)
        if new.agreements.count > old.agreements.count {
            changes.append(.agreementsAdded(count: new.agreements.count - old.agreements.count))
        }
        if old.residentVoice.wishesAndDreams != new.residentVoice.wishesAndDreams
            || old.residentVoice.personalStatements != new.residentVoice.personalStatements
        {
            changes.append(.residentVoiceChanged)
        }
        if old.earlyWarningSigns != new.earlyWarningSigns { changes.append(.earlyWarningSignsChanged) }
        if old.sharingConsent != new.sharingConsent || old.sharedWith != new.sharedWith {
            changes.append(.sharingChanged)
        }
        let oldKeys = Set(old.participants.map(\.party.key))
        let newKeys = Set(new.participants.map(\.party.key))
        for participant in new.participants where !oldKeys.contains(participant.party.key) {
            changes.append(.participantAdded(participant.party))
        }
        for participant in old.participants where !newKeys.contains(participant.party.key) {
            changes.append(.participantRemoved(participant.party))
        }
        let oldMeetings = Set(old.meetings.map(\.id))
        for meeting in new.meetings where !oldMeetings.contains(meeting.id) {
            changes.append(.meetingRecorded(date: meeting.date, kind: meeting.kind))
        }
        if old.nextMeeting != new.nextMeeting {
            changes.append(.nextMeetingChanged(from: old.nextMeeting, to: new.nextMeeting))
        }
        self.changes = changes
    }

    /// Whether nothing changed.
    public var isEmpty: Bool { changes.isEmpty }

    /// One Danish sentence per line, or `Ingen ændringer.`.
    public var description: String {
        changes.isEmpty ? "Ingen ændringer." : changes.map(\.danishDescription).joined(separator: "\n")
    }

    private static func same(_ a: CarePlanParty?, _ b: CarePlanParty?) -> Bool { a?.key == b?.key }

    private static func sameParties(_ a: [CarePlanParty], _ b: [CarePlanParty]) -> Bool {
        a.map(\.key).sorted() == b.map(\.key).sorted()
    }

    private static func goalChanges(_ old: CoordinatedCarePlan, _ new: CoordinatedCarePlan) -> [CarePlanChange] {
        var changes: [CarePlanChange] = []
        let before = Dictionary(old.goals.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let afterIDs = Set(new.goals.map(\.id))
        for goal in new.goals {
            if let previous = before[goal.id] {
                if previous.text != goal.text { changes.append(.goalChanged(from: previous.text, to: goal.text)) }
            } else {
                changes.append(.goalAdded(goal.text))
            }
        }
        for goal in old.goals where !afterIDs.contains(goal.id) { changes.append(.goalRemoved(goal.text)) }
        return changes
    }

    private static func subGoalChanges(_ old: CoordinatedCarePlan, _ new: CoordinatedCarePlan) -> [CarePlanChange] {
        var changes: [CarePlanChange] = []
        let before = Dictionary(old.subGoals.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let afterIDs = Set(new.subGoals.map(\.id))
        for subGoal in new.subGoals {
            if let previous = before[subGoal.id] {
                if previous.text != subGoal.text || previous.priority != subGoal.priority {
                    changes.append(.subGoalChanged(from: previous.text, to: subGoal.text, priority: subGoal.priority))
                }
            } else {
                changes.append(.subGoalAdded(subGoal.text, priority: subGoal.priority))
            }
        }
        for subGoal in old.subGoals where !afterIDs.contains(subGoal.id) {
            changes.append(.subGoalRemoved(subGoal.text))
        }
        return changes
    }

    private static func effortChanges(_ old: CoordinatedCarePlan, _ new: CoordinatedCarePlan) -> [CarePlanChange] {
        var changes: [CarePlanChange] = []
        let before = Dictionary(old.efforts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let afterIDs = Set(new.efforts.map(\.id))
        for effort in new.efforts {
            guard let previous = before[effort.id] else {
                changes.append(.effortAdded(title: effort.title, responsible: effort.responsible))
                continue
            }
            if !sameParties(previous.responsible, effort.responsible) {
                changes.append(
                    .responsibilityMoved(effort: effort.title, from: previous.responsible, to: effort.responsible))
            }
            if previous.due != effort.due {
                changes.append(.effortDueChanged(effort: effort.title, from: previous.due, to: effort.due))
            }
            if previous.status != effort.status {
                if previous.status.isOpen && !effort.status.isOpen {
                    changes.append(.effortEnded(title: effort.title, status: effort.status))
                } else {
                    changes.append(
                        .effortStatusChanged(effort: effort.title, from: previous.status, to: effort.status))
                }
            }
        }
        for effort in old.efforts where !afterIDs.contains(effort.id) {
            changes.append(.effortRemoved(title: effort.title))
        }
        return changes
    }
}
