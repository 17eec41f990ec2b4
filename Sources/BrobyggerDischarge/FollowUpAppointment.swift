import BrobyggerCore

/// An appointment after discharge written into an agreement or plan: the next treatment date, a municipal meeting
/// (practice, not the statute: the discharge card states them, udskrevet.dk, “Udskrivningssamtalen”).
public struct FollowUpAppointment: Sendable, Hashable, Codable {
    /// The day.
    public var date: CalendarDate
    /// What and with whom.
    public var summary: String
    /// The party holding it, by role.
    public var with: DischargePartyRole?

    /// Creates an appointment.
    public init(date: CalendarDate, summary: String, with party: DischargePartyRole? = nil) {
        self.date = date
        self.summary = summary
        self.with = party
    }
}
