import BrobyggerCore

/// Notice of termination (*opsigelse*) given by one party.
///
/// Under the Region Hovedstaden template either party may terminate with the agreed number of months' notice to the
/// end of a month (Erfaringsopsamling 2024, Bilag 2, “Varighed”); see ``NoticePeriod`` for how the end date is
/// computed.
public struct TerminationNotice: Sendable, Hashable, Codable {
    /// The day notice was given.
    public let givenOn: CalendarDate
    /// The party that gave notice.
    public let givenBy: Organisation.ID
    /// A later end date the party asked for, if any; otherwise the agreement ends as early as the notice allows.
    public let requestedEndDate: CalendarDate?
    /// The reason given, if any.
    public let reason: String?

    /// Creates a notice.
    public init(
        givenOn: CalendarDate, givenBy: Organisation.ID, requestedEndDate: CalendarDate? = nil, reason: String? = nil
    ) {
        self.givenOn = givenOn
        self.givenBy = givenBy
        self.requestedEndDate = requestedEndDate
        self.reason = reason
    }
}
