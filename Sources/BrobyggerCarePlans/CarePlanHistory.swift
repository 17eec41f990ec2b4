import BrobyggerCore

/// The versions of one coordinated care plan, with its lifecycle checked: draft → active → revised → closed.
///
/// Every change is a new immutable version in Core's `RevisionHistory`, with author, instant and reason; ``diff(_:)``
/// explains what each version changed. Transitions that the lifecycle does not allow, a change of plan or resident,
/// and versions that go back in time are refused.
public struct CarePlanHistory: Sendable, Hashable, Codable {
    /// The versions.
    public let history: RevisionHistory<CoordinatedCarePlan>

    /// Starts a plan with its first version (normally a draft).
    public init(starting plan: CoordinatedCarePlan, provenance: Provenance) {
        self.history = RevisionHistory(initial: plan, provenance: provenance)
    }

    /// Rebuilds a history from stored versions, checking identity and lifecycle.
    ///
    /// - Throws: `ValidationError` from `RevisionHistory`, or `careplan.identity-changed` /
    ///   `careplan.transition` as ``appending(_:provenance:)``.
    public init(_ history: RevisionHistory<CoordinatedCarePlan>) throws(ValidationError) {
        for (index, version) in history.versions.enumerated().dropFirst() {
            try Self.checkStep(
                from: history.versions[index - 1].document, to: version.document,
                field: FieldPath("versions").appending(index: index))
        }
        self.history = history
    }

    /// The current version of the plan.
    public var current: CoordinatedCarePlan { history.currentDocument }

    /// Every version, oldest first.
    public var versions: [Revision<CoordinatedCarePlan>] { history.versions }

    /// The history with one more version.
    ///
    /// - Throws: `ValidationError` with code `careplan.identity-changed` when the version belongs to another plan or
    ///   resident, `careplan.transition` when the lifecycle forbids the status change, or `history.time-order`.
    public func appending(_ plan: CoordinatedCarePlan, provenance: Provenance) throws(ValidationError)
        -> CarePlanHistory
    {
        try Self.checkStep(from: current, to: plan, field: .root)
        return try CarePlanHistory(uncheckedHistory: history.appending(plan, provenance: provenance))
    }

    /// Activates the draft at the first coordination meeting.
    ///
    /// - Throws: `ValidationError` with code `careplan.transition` unless the plan is a draft.
    public func activating(_ plan: CoordinatedCarePlan, provenance: Provenance) throws(ValidationError)
        -> CarePlanHistory
    {
        guard current.status == .draft else { throw Self.transitionError(from: current.status, to: .active) }
        var next = plan
        next.status = .active
        return try appending(next, provenance: provenance)
    }

    /// Records a revision of an active or revised plan (a follow-up meeting).
    ///
    /// - Throws: `ValidationError` with code `careplan.transition` unless the plan is in force.
    public func revising(_ plan: CoordinatedCarePlan, provenance: Provenance) throws(ValidationError)
        -> CarePlanHistory
    {
        var next = plan
        next.status = .revised
        return try appending(next, provenance: provenance)
    }

    /// Closes the plan on a day for a reason.
    ///
    /// - Throws: `ValidationError` with code `careplan.transition` when it is already closed.
    public func closing(on date: CalendarDate, reason: CarePlanClosingReason, provenance: Provenance)
        throws(ValidationError) -> CarePlanHistory
    {
        var next = current
        next.status = .closed(on: date, reason: reason)
        return try appending(next, provenance: provenance)
    }

    /// The day the plan was last activated or revised: the date (Europe/Copenhagen) of the latest version that
    /// made the plan active or is a revision, or `nil` while it has never been in force.
    public var inForceSince: CalendarDate? {
        var day: CalendarDate?
        for (index, version) in versions.enumerated() {
            let status = version.document.status
            let activates = status == .active && (index == 0 || versions[index - 1].document.status == .draft)
            if activates || status == .revised { day = version.provenance.instant.calendarDate }
        }
        return day
    }

    /// Checks the current version on a day, with the next-meeting limit counted from the latest meeting or from the
    /// activation or last revision, whichever is later (``inForceSince``), so it applies even before a meeting is
    /// recorded.
    public func validate(on date: CalendarDate, policy: CarePlanPolicy = .regionHovedstaden) -> ValidationReport {
        current.validate(on: date, policy: policy, inForceSince: inForceSince)
    }

    /// What version `number` changed compared with the version before it (the first version compared with an empty
    /// draft of the same plan is not defined, so it returns `nil`), or `nil` for a number out of range.
    public func diff(_ number: Int) -> CarePlanDiff? {
        guard number >= 2, let new = history.version(number), let old = history.version(number - 1) else {
            return nil
        }
        return CarePlanDiff(from: old.document, to: new.document)
    }

    /// The change log: each version after the first with its provenance and what it changed.
    public var changeLog: [(revision: Revision<CoordinatedCarePlan>, diff: CarePlanDiff)] {
        versions.dropFirst().compactMap { revision in diff(revision.number).map { (revision, $0) } }
    }

    private init(uncheckedHistory: RevisionHistory<CoordinatedCarePlan>) {
        self.history = uncheckedHistory
    }

    private static func checkStep(from old: CoordinatedCarePlan, to new: CoordinatedCarePlan, field: FieldPath)
        throws(ValidationError)
    {
        guard old.id == new.id, old.resident == new.resident else {
            throw ValidationError(
                field: field.appending("id"), code: "careplan.identity-changed",
                rule: "every version belongs to the same plan and resident", offendingValue: new.id.description)
        }
        guard old.status.allowsTransition(to: new.status) else {
            throw transitionError(from: old.status, to: new.status).nested(under: field)
        }
    }

    private static func transitionError(from old: CarePlanStatus, to new: CarePlanStatus) -> ValidationError {
        ValidationError(
            field: "status", code: "careplan.transition",
            rule: "a plan goes draft → active → revised → closed; \(old.key) cannot become \(new.key)",
            offendingValue: new.key)
    }

    private enum CodingKeys: String, CodingKey {
        case history
    }

    /// Decodes through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let history = try c.decode(RevisionHistory<CoordinatedCarePlan>.self, forKey: .history)
        self = try decoder.validating { try CarePlanHistory(history) }
    }
}
