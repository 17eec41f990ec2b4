/// The stable codes of the findings ``CoordinatedCarePlan/validate(on:policy:inForceSince:)`` reports.
public enum CarePlanFindingCode {
    /// No coordinator (*tovholder*) is named.
    public static let coordinatorMissing = "careplan.coordinator-missing"
    /// An open effort has no responsible party.
    public static let effortResponsibleMissing = "careplan.effort-responsible-missing"
    /// An open effort has more than one responsible party.
    public static let effortResponsibleSeveral = "careplan.effort-responsible-several"
    /// An effort has no goal of its own.
    public static let effortGoalMissing = "careplan.effort-goal-missing"
    /// An open effort is past its due day.
    public static let effortOverdue = "careplan.effort-overdue"
    /// No next meeting is set.
    public static let nextMeetingMissing = "careplan.next-meeting-missing"
    /// The next meeting is later than the configured maximum after the latest meeting, activation or revision.
    public static let nextMeetingTooLate = "careplan.next-meeting-too-late"
    /// The next meeting's day has passed without a meeting, or no meeting is set and the configured maximum after the
    /// latest meeting, activation or revision has passed.
    public static let meetingOverdue = "careplan.meeting-overdue"
    /// The resident has not approved the plan made at the latest meeting.
    public static let approvalMissing = "careplan.approval-missing"
    /// Approval is recorded as given at the latest meeting although the resident was absent: the coordinator must
    /// obtain it afterwards and tell the others.
    public static let approvalAtMeetingWhileAbsent = "careplan.approval-at-meeting-while-absent"
    /// The resident declined the plan made at the latest meeting.
    public static let approvalDeclined = "careplan.approval-declined"
    /// Approval was obtained afterwards but the participants have not been told.
    public static let approvalNotCommunicated = "careplan.approval-not-communicated"
    /// The plan is shared with no consent recorded.
    public static let consentMissing = "careplan.consent-missing"
    /// The plan is shared with a party the consent does not cover, or after it was withdrawn.
    public static let sharedBeyondConsent = "careplan.shared-beyond-consent"
    /// Goals are recorded without the resident's own words.
    public static let goalsWithoutResidentVoice = "careplan.goals-without-resident-voice"
    /// An absent participant sent no preparation through the coordinator.
    public static let absentWithoutInput = "careplan.absent-participant-without-input"
}
