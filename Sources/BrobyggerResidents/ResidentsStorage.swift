import BrobyggerCore

extension ResidentialFacility: StorableDocument {
    /// Stores file facilities under this kind; a facility's identifier is its organisation's.
    public static let documentKind: DocumentKind = "facility"

    /// Listed by outreach team, municipality, legal basis and owner.
    public var indexKeys: [IndexKey] {
        var keys = [
            IndexKey("municipality", municipality.value), IndexKey("legalBasis", legalBasis.rawValue),
            IndexKey("owner", owner.rawValue),
        ]
        if let outreachTeam { keys.append(IndexKey("team", outreachTeam)) }
        return keys
    }
}

extension OutreachTeam: StorableDocument {
    /// Stores file outreach teams under this kind; a team's identifier is its organisation's.
    public static let documentKind: DocumentKind = "outreach-team"

    /// Listed by psychiatric centre.
    public var indexKeys: [IndexKey] { [IndexKey("centre", psychiatricCentre)] }
}
