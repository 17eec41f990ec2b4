import BrobyggerCore

/// A party to a discharge agreement or plan, with its contact person.
public struct DischargeParty: Sendable, Hashable, Codable {
    /// A named person to contact at the party, with a way to reach them.
    public struct ContactPerson: Sendable, Hashable, Codable {
        /// The person's name.
        public var name: PersonName
        /// A phone number or other way to reach them, if recorded.
        public var reachableAt: String?

        /// Creates a contact person.
        public init(name: PersonName, reachableAt: String? = nil) {
            self.name = name
            self.reachableAt = reachableAt
        }
    }

    /// The role.
    public var role: DischargePartyRole
    /// The organisation, where the party is one (not for the patient).
    public var organisation: Organisation.ID?
    /// The party's name as written in the document (e.g. "Københavns Kommune, Socialforvaltningen").
    public var name: String
    /// The contact person, if named.
    public var contactPerson: ContactPerson?

    /// Creates a party.
    ///
    /// - Throws: `ValidationError` `discharge.party-name` when the name is empty.
    public init(
        role: DischargePartyRole, name: String, organisation: Organisation.ID? = nil,
        contactPerson: ContactPerson? = nil
    ) throws(ValidationError) {
        try requireDischargeText(
            name, field: "name", code: "discharge.party-name", rule: "A party is named")
        try ControlCharacters.check(name, field: "name")
        self.role = role
        self.name = name
        self.organisation = organisation
        self.contactPerson = contactPerson
    }

    private enum CodingKeys: String, CodingKey {
        case role, organisation, name, contactPerson
    }

    /// Decodes through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let role = try c.decode(DischargePartyRole.self, forKey: .role)
        let name = try c.decode(String.self, forKey: .name)
        let organisation = try c.decodeIfPresent(Organisation.ID.self, forKey: .organisation)
        let contact = try c.decodeIfPresent(ContactPerson.self, forKey: .contactPerson)
        self = try decoder.validating {
            try DischargeParty(role: role, name: name, organisation: organisation, contactPerson: contact)
        }
    }
}
