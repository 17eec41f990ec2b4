/// The register identifiers an organisation may carry (dk-core `DkCoreOrganization` identifier slices).
public struct OrganisationIdentifiers: Hashable, Sendable, Codable {
    /// SOR code, for health organisations.
    public var sor: SORCode?
    /// GLN/EAN location number: the MedCom messaging address.
    public var gln: GLN?
    /// CVR number, for companies such as private facilities.
    public var cvr: CVRNumber?
    /// Municipality code, for a municipality or the municipality an organisation lies in.
    public var municipality: MunicipalityCode?
    /// Region, for a region or the region an organisation belongs to.
    public var region: Region?

    /// Creates a set of identifiers; all are optional.
    public init(
        sor: SORCode? = nil, gln: GLN? = nil, cvr: CVRNumber? = nil, municipality: MunicipalityCode? = nil,
        region: Region? = nil
    ) {
        self.sor = sor
        self.gln = gln
        self.cvr = cvr
        self.municipality = municipality
        self.region = region
    }
}
