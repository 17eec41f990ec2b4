/// An organisation around the resident: a psychiatric centre or ward, an outreach team, a *botilbud*, a
/// municipality, a GP practice, addiction treatment, a jobcentre …
public struct Organisation: Identifiable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The organisation's identifier.
    public typealias ID = Identifier<Organisation>

    /// The identifier.
    public let id: ID
    /// What kind of organisation this is.
    public let kind: OrganisationKind
    /// The name, e.g. `Psykiatrisk Center Amager`; not blank.
    public let name: String
    /// Register identifiers.
    public let identifiers: OrganisationIdentifiers
    /// The postal address.
    public let address: PostalAddress?
    /// The organisation this one is part of (a ward's psychiatric centre, a team's centre).
    public let partOf: ID?
    /// How to reach the organisation.
    public let contact: ContactDetails?

    /// Creates an organisation.
    ///
    /// - Throws: ``ValidationError`` with code `organisation.name-empty` for a blank name, or
    ///   `organisation.part-of-self` when it names itself as its parent, or `text.control-character` when the
    ///   name holds a control character or a bidirectional override (``ControlCharacters``).
    public init(
        id: ID, kind: OrganisationKind, name: String, identifiers: OrganisationIdentifiers = OrganisationIdentifiers(),
        address: PostalAddress? = nil, partOf: ID? = nil, contact: ContactDetails? = nil
    ) throws(ValidationError) {
        guard !name.trimmed.isEmpty else {
            throw ValidationError(field: "name", code: "organisation.name-empty", rule: "the name must not be blank")
        }
        try ControlCharacters.check(name, field: "name")
        guard partOf != id else {
            throw ValidationError(
                field: "partOf", code: "organisation.part-of-self", rule: "an organisation cannot be part of itself",
                offendingValue: id.description)
        }
        self.id = id
        self.kind = kind
        self.name = name
        self.identifiers = identifiers
        self.address = address
        self.partOf = partOf
        self.contact = contact
    }

    private enum CodingKeys: String, CodingKey {
        case id, kind, name, identifiers, address, partOf, contact
    }

    /// Decodes through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let id = try c.decode(ID.self, forKey: .id)
        let kind = try c.decode(OrganisationKind.self, forKey: .kind)
        let name = try c.decode(String.self, forKey: .name)
        let identifiers = try c.decodeIfPresent(OrganisationIdentifiers.self, forKey: .identifiers)
        let address = try c.decodeIfPresent(PostalAddress.self, forKey: .address)
        let partOf = try c.decodeIfPresent(ID.self, forKey: .partOf)
        let contact = try c.decodeIfPresent(ContactDetails.self, forKey: .contact)
        self = try decoder.validating {
            try Organisation(
                id: id, kind: kind, name: name, identifiers: identifiers ?? OrganisationIdentifiers(),
                address: address, partOf: partOf, contact: contact)
        }
    }

    /// `name (kind)`.
    public var description: String { "\(name) (\(kind.danishName))" }
}
