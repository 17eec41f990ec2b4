import BrobyggerCore
import BrobyggerResidents

/// A request for a cross-sector network meeting at discharge, and when it was slotted.
///
/// Region Hovedstaden's collaboration agreement for adults: the municipality, the psychiatric centre, the citizen or
/// relatives may call a network meeting at discharge, and the parties must find a slot "inden for max. 5 arbejdsdage"
/// (Region Hovedstaden, Samarbejdsaftale om voksne med psykisk sygdom, “Udskrivning”; the limit is
/// ``DischargeCompliancePolicy/networkMeetingWorkingDays``).
public struct NetworkMeetingRequest: Sendable, Hashable, Codable {
    /// Who called the meeting.
    public enum Requester: String, Sendable, Hashable, Codable, CaseIterable {
        /// The municipality.
        case municipality
        /// The psychiatric centre.
        case psychiatricCentre = "psychiatric_centre"
        /// The resident.
        case resident
        /// A relative (through the centre).
        case relative
    }

    /// The resident.
    public var resident: Resident.ID
    /// The stay whose discharge the meeting is about.
    public var episode: EpisodeOfCareIdentifier
    /// Who called it.
    public var requestedBy: Requester
    /// The day it was requested.
    public var requestedOn: CalendarDate
    /// The day the meeting was slotted for; `nil` while no slot is found.
    public var slottedFor: CalendarDate?

    /// Creates a request.
    public init(
        resident: Resident.ID, episode: EpisodeOfCareIdentifier, requestedBy: Requester, requestedOn: CalendarDate,
        slottedFor: CalendarDate? = nil
    ) {
        self.resident = resident
        self.episode = episode
        self.requestedBy = requestedBy
        self.requestedOn = requestedOn
        self.slottedFor = slottedFor
    }
}
