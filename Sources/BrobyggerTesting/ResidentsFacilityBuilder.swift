import BrobyggerCore
import BrobyggerResidents

/// Builds residential facilities for tests with stable identifiers: a §108 municipal facility in København approved
/// for psychiatric residents unless told otherwise.
public struct FacilityBuilder: Sendable {
    /// The identifier the facility will get (derived from the key).
    public let id: ResidentialFacility.ID
    private var name: String
    private var basis = FacilityLegalBasis.longTermStay
    private var owner = FacilityOwner.municipal
    private var municipality = "0101"
    private var capacity = 20
    private var groups: Set<TargetGroup> = [.psychiatric]
    private var team: Organisation.ID?

    /// Starts a facility whose identifier is derived from the key.
    public init(_ key: String = "facility") {
        id = SyntheticRegionRandom.identifier(forKey: "facility:" + key)
        name = "Botilbud \(key)"
    }

    /// Sets the name.
    public func named(_ name: String) -> Self { with { $0.name = name } }
    /// Sets the legal basis.
    public func legalBasis(_ basis: FacilityLegalBasis) -> Self { with { $0.basis = basis } }
    /// Sets the owner.
    public func owner(_ owner: FacilityOwner) -> Self { with { $0.owner = owner } }
    /// Sets the municipality by code.
    public func municipality(_ code: String) -> Self { with { $0.municipality = code } }
    /// Sets the capacity.
    public func capacity(_ places: Int) -> Self { with { $0.capacity = places } }
    /// Sets the approved target groups.
    public func approvedFor(_ groups: Set<TargetGroup>) -> Self { with { $0.groups = groups } }
    /// Links the outreach team.
    public func servedBy(_ team: Organisation.ID) -> Self { with { $0.team = team } }

    /// Builds the facility.
    public func build() throws(ValidationError) -> ResidentialFacility {
        try ResidentialFacility(
            id: id, name: name, legalBasis: basis, owner: owner, municipality: try MunicipalityCode(municipality),
            capacity: capacity, approvedTargetGroups: groups, outreachTeam: team)
    }

    private func with(_ change: (inout Self) -> Void) -> Self {
        var copy = self
        change(&copy)
        return copy
    }
}
