import BrobyggerCore

/// A placement (*ophold*): a resident living on a facility for a period under one legal basis.
///
/// Whether the facility is approved for the resident's target group is not an invariant but a finding
/// (``PlacementReview``): Rigsrevisionen found 11 % of placements, and a little over half of dual-diagnosis
/// placements, on facilities not approved for the group (Erfaringsopsamling 2024, afsnit 1.1).
public struct Placement: Identifiable, Sendable, Hashable, Codable {
    /// The placement's identifier.
    public typealias ID = Identifier<Placement>

    /// The identifier.
    public let id: ID
    /// The resident.
    public var resident: Resident.ID
    /// The facility.
    public var facility: ResidentialFacility.ID
    /// The legal basis of this stay.
    public var legalBasis: FacilityLegalBasis
    /// The period, inclusive; an open end means ongoing.
    public var period: DayRange
    /// Whether the municipality has recorded the exceptional extension of an unapproved offer by a further three
    /// weeks (serviceloven §4 stk. 4).
    public var exceptionalUnapprovedExtension: Bool

    /// Creates a placement.
    public init(
        id: ID, resident: Resident.ID, facility: ResidentialFacility.ID, legalBasis: FacilityLegalBasis,
        period: DayRange, exceptionalUnapprovedExtension: Bool = false
    ) {
        self.id = id
        self.resident = resident
        self.facility = facility
        self.legalBasis = legalBasis
        self.period = period
        self.exceptionalUnapprovedExtension = exceptionalUnapprovedExtension
    }

    /// Whether the resident lives on the facility on the date.
    public func isActive(on date: CalendarDate) -> Bool { period.contains(date) }

    private enum CodingKeys: String, CodingKey {
        case id, resident, facility, legalBasis, period, exceptionalUnapprovedExtension
    }
}

// Every resident record holds its placements, and every listing of the store reads them.
extension Placement: DirectFieldDecodable {
    /// Reads a placement from its fields, as the synthesised `init(from:)` reads them: every field must be present,
    /// the legal basis one of its codes, the period a valid day range.
    public init(directFields fields: DirectFields) throws {
        id = ID(rawValue: try fields.uuid(CodingKeys.id))
        resident = Resident.ID(rawValue: try fields.uuid(CodingKeys.resident))
        facility = ResidentialFacility.ID(rawValue: try fields.uuid(CodingKeys.facility))
        legalBasis = try fields.rawValue(FacilityLegalBasis.self, CodingKeys.legalBasis)
        period = try fields.decode(DayRange.self, CodingKeys.period)
        exceptionalUnapprovedExtension = try fields.decode(Bool.self, CodingKeys.exceptionalUnapprovedExtension)
    }
}
