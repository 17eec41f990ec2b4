import BrobyggerCore

/// An incident on a facility counted by the result indicators: a violent episode or a use of force
/// (*voldsepisode*, *magtanvendelse*; Erfaringsopsamling 2024, Bilag 3).
public struct FacilityIncident: Identifiable, Sendable, Hashable, Codable {
    /// The incident's identifier.
    public typealias ID = Identifier<FacilityIncident>

    /// The form of violence.
    public enum ViolenceForm: String, Sendable, Hashable, Codable, CaseIterable {
        /// Physical violence (*fysisk*).
        case physical
        /// Psychological violence, threats (*psykisk*).
        case psychological
    }

    /// What happened.
    public enum Kind: Sendable, Hashable, Codable {
        /// A violent episode; `policeReported` is `nil` when not recorded (some sites do not distinguish,
        /// Erfaringsopsamling 2024, Bilag 3, “Voldsepisoder”).
        case violentEpisode(form: ViolenceForm, policeReported: Bool?)
        /// A use of force (*magtanvendelse*) by facility staff.
        case useOfForce
    }

    /// The identifier.
    public let id: ID
    /// The facility.
    public var facility: ResidentialFacility.ID
    /// The resident involved, if any.
    public var resident: Resident.ID?
    /// The date.
    public var date: CalendarDate
    /// What happened.
    public var kind: Kind

    /// Creates an incident.
    public init(id: ID, facility: ResidentialFacility.ID, resident: Resident.ID? = nil, date: CalendarDate, kind: Kind)
    {
        self.id = id
        self.facility = facility
        self.resident = resident
        self.date = date
        self.kind = kind
    }
}
