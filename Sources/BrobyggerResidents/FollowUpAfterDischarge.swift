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
        /// No qualifying contact, and the team's contacts are not registered where this is evaluated (no contact of
        /// the team is registered for the period), so whether the team followed up is unknown, never *not met*.
        case notRegistered

        /// Whether the follow-up still needs doing.
        public var isOutstanding: Bool {
            switch self {
            case .open, .overdue: true
            case .met, .metLate, .notRegistered: false
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
    /// Where the team's contacts are not registered at all (`contactsRegistered` is `false`: no contact of the
    /// resident's team is registered for the period, as in a store fed from a system that does not export them), a
    /// follow-up without a qualifying contact is ``Status/notRegistered``, never overdue: the absence of a
    /// registration is not the absence of a visit (issue: follow-ups read as not met in an imported store).
    ///
    /// - Returns: `nil` for a stay that is ongoing or ended by death.
    public static func evaluate(
        stay: Stay, contacts: [TeamContact], asOf date: CalendarDate, policy: FollowUpPolicy = .standard,
        calendar: DanishCalendar = .standard, contactsRegistered: Bool = true
    ) -> FollowUpAfterDischarge? {
        guard let discharged = stay.dischargedAt, let dischargeDate = stay.endDate else { return nil }
        // The earliest qualifying contact (the first of equals, in the contacts' order). A contact is looked at
        // further only when it is after the discharge and earlier than the one found so far: the channel, a set
        // lookup, is checked for few contacts.
        var first: TeamContact?
        for contact in contacts
        where contact.instant >= discharged && first.map({ contact.instant < $0.instant }) ?? true
            && contact.resident == stay.resident && policy.qualifyingChannels.contains(contact.channel)
        {
            first = contact
        }
        return judged(
            stay: stay, dischargeDate: dischargeDate, first: first, asOf: date, policy: policy, calendar: calendar,
            contactsRegistered: contactsRegistered)
    }

    /// Evaluates the follow-up of a discharged stay against contacts grouped and ordered once
    /// (``FollowUpContacts``): for many stays, each costs a binary search rather than a scan of every contact. The
    /// result is the same as the overload taking an array of the same contacts.
    ///
    /// - Returns: `nil` for a stay that is ongoing or ended by death.
    public static func evaluate(
        stay: Stay, contacts: FollowUpContacts, asOf date: CalendarDate, policy: FollowUpPolicy = .standard,
        calendar: DanishCalendar = .standard, contactsRegistered: Bool = true
    ) -> FollowUpAfterDischarge? {
        guard let discharged = stay.dischargedAt, let dischargeDate = stay.endDate else { return nil }
        let first = contacts.first(of: stay.resident, atOrAfter: discharged, on: policy.qualifyingChannels)
        return judged(
            stay: stay, dischargeDate: dischargeDate, first: first, asOf: date, policy: policy, calendar: calendar,
            contactsRegistered: contactsRegistered)
    }

    /// The follow-up of a discharged stay whose first qualifying contact is `first`.
    private static func judged(
        stay: Stay, dischargeDate: CalendarDate, first: TeamContact?, asOf date: CalendarDate, policy: FollowUpPolicy,
        calendar: DanishCalendar, contactsRegistered: Bool
    ) -> FollowUpAfterDischarge {
        let due = calendar.adding(workingDays: policy.weekdays, to: dischargeDate)
        let status: Status
        if let first {
            let day = first.instant.calendarDate
            status = day <= due ? .met(on: day) : .metLate(on: day)
        } else if !contactsRegistered {
            status = .notRegistered
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
        case .met, .open, .notRegistered:
            nil
        }
    }
}
