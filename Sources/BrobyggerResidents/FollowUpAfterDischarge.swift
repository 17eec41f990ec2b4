import BrobyggerCore

/// The outreach team's follow-up after one discharge: when it is due and whether a visit or call met it.
public struct FollowUpAfterDischarge: Sendable, Hashable, Codable {
    /// Where the follow-up stands.
    public enum Status: Sendable, Hashable, Codable {
        /// A qualifying contact took place on or before the due date.
        case met(on: CalendarDate)
        /// A qualifying contact took place, but after the due date.
        case metLate(on: CalendarDate)
        /// No qualifying contact yet, and the due date has not passed.
        case open
        /// No qualifying contact, and the due date has passed.
        case overdue

        /// Whether the follow-up still needs doing.
        public var isOutstanding: Bool {
            switch self {
            case .open, .overdue: true
            case .met, .metLate: false
            }
        }
    }

    /// The resident.
    public var resident: Resident.ID
    /// The discharged stay's episode.
    public var episode: EpisodeOfCareIdentifier
    /// The discharge date.
    public var dischargeDate: CalendarDate
    /// The last day the follow-up is due.
    public var dueDate: CalendarDate
    /// The first qualifying contact after the discharge, if any.
    public var contact: TeamContact.ID?
    /// The status as of the evaluation date.
    public var status: Status

    /// Evaluates the follow-up of a discharged stay.
    ///
    /// The first contact with the resident on a qualifying channel at or after the discharge instant meets it; it is
    /// due ``FollowUpPolicy/weekdays`` working days after the discharge date.
    ///
    /// - Returns: `nil` for a stay that is ongoing or ended by death.
    public static func evaluate(
        stay: Stay, contacts: [TeamContact], asOf date: CalendarDate, policy: FollowUpPolicy = .standard,
        calendar: DanishCalendar = .standard
    ) -> FollowUpAfterDischarge? {
        guard let discharged = stay.dischargedAt, let dischargeDate = stay.endDate else { return nil }
        let due = calendar.adding(workingDays: policy.weekdays, to: dischargeDate)
        let first =
            contacts
            .filter {
                $0.resident == stay.resident && policy.qualifyingChannels.contains($0.channel)
                    && $0.instant >= discharged
            }
            .min { $0.instant < $1.instant }
        let status: Status
        if let first {
            let day = first.instant.calendarDate
            status = day <= due ? .met(on: day) : .metLate(on: day)
        } else {
            status = date > due ? .overdue : .open
        }
        return FollowUpAfterDischarge(
            resident: stay.resident, episode: stay.episode, dischargeDate: dischargeDate, dueDate: due,
            contact: first?.id, status: status)
    }

    /// A finding when the follow-up is overdue or was late, citing the policy.
    public func finding(policy: FollowUpPolicy = .standard) -> Finding? {
        switch status {
        case .overdue:
            Finding(
                code: "follow-up.overdue", severity: .warning, path: FieldPath("episodes").appending(episode.value),
                message: "No visit or call since the discharge on \(dischargeDate); it was due by \(dueDate).",
                source: policy.source)
        case .metLate(let day):
            Finding(
                code: "follow-up.late", severity: .information, path: FieldPath("episodes").appending(episode.value),
                message: "The follow-up took place on \(day), after the due date \(dueDate).", source: policy.source)
        case .met, .open:
            nil
        }
    }
}
