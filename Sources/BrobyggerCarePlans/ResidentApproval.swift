import BrobyggerCore

/// The resident's approval of the plan agreed at a coordination meeting.
///
/// New agreements are ones "som borgeren er med til at godkende" (Erfaringsopsamling 2024, afsnit 4.2.3). If the
/// resident did not attend, the coordinator obtains the resident's acceptance afterwards and tells the other
/// participants whether it was given (Region Hovedstaden: *Hvis borgeren ikke har lyst til at deltage i
/// koordinationsmødet*).
public enum ResidentApproval: Sendable, Hashable, Codable {
    /// Not yet obtained.
    case pending
    /// Given by the resident at the meeting.
    case givenAtMeeting
    /// Obtained afterwards by a party (normally the coordinator), and communicated to the participants on a day
    /// (`nil` while not yet communicated).
    case obtainedAfterwards(on: CalendarDate, by: CarePlanParty, communicatedOn: CalendarDate?)
    /// The resident did not approve; the participants were told on a day (`nil` while not yet told).
    case declined(on: CalendarDate, communicatedOn: CalendarDate?)

    /// Whether the resident approved the plan.
    public var isApproved: Bool {
        switch self {
        case .givenAtMeeting, .obtainedAfterwards: true
        case .pending, .declined: false
        }
    }

    /// Whether the other participants still need to be told the outcome.
    public var awaitsCommunication: Bool {
        switch self {
        case .obtainedAfterwards(_, _, let communicated), .declined(_, let communicated): communicated == nil
        case .pending, .givenAtMeeting: false
        }
    }

    /// The Danish wording shown in the plan.
    public var danishDescription: String {
        switch self {
        case .pending: "Borgerens godkendelse mangler."
        case .givenAtMeeting: "Godkendt af borgeren på mødet."
        case .obtainedAfterwards(let day, let party, let communicated):
            "Godkendt af borgeren efter mødet den \(day.danishFormatted), indhentet af \(party.danishName)"
                + (communicated.map { "; deltagerne orienteret den \($0.danishFormatted)." }
                    ?? "; deltagerne er endnu ikke orienteret.")
        case .declined(let day, let communicated):
            "Borgeren godkendte ikke planen (\(day.danishFormatted))"
                + (communicated.map { "; deltagerne orienteret den \($0.danishFormatted)." } ?? ".")
        }
    }
}

extension CalendarDate {
    /// `D. måned YYYY`, e.g. `3. februar 2026`.
    var danishFormatted: String {
        let months = [
            "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
            "november", "december",
        ]
        let (year, month, day) = components
        return "\(day). \(months[month - 1]) \(year)"
    }
}
