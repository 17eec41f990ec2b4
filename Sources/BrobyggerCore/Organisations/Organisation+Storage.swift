extension Organisation: StorableDocument {
    /// Stores file organisations under this kind.
    public static let documentKind: DocumentKind = "organisation"

    /// Listed by kind, municipality, region and parent organisation.
    public var indexKeys: [IndexKey] {
        var keys = [IndexKey("kind", kind.rawValue)]
        if let municipality = identifiers.municipality { keys.append(IndexKey("municipality", municipality.value)) }
        if let region = identifiers.region { keys.append(IndexKey("region", String(region.code))) }
        if let partOf { keys.append(IndexKey("partOf", partOf)) }
        return keys
    }
}
