/// A professional in the care around a resident: a team nurse, a ward's senior consultant, a social educator on
/// the *botilbud*, a municipal case worker …
public struct Professional: Identifiable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The professional's identifier.
    public typealias ID = Identifier<Professional>

    /// The identifier.
    public let id: ID
    /// The name.
    public let name: PersonName
    /// The profession.
    public let profession: Profession
    /// The organisation the professional works for.
    public let organisation: Organisation.ID
    /// The authorisation ID, for authorised health professionals.
    public let authorisation: AuthorisationID?
    /// How to reach the professional.
    public let contact: ContactDetails?

    /// Creates a professional.
    public init(
        id: ID, name: PersonName, profession: Profession, organisation: Organisation.ID,
        authorisation: AuthorisationID? = nil, contact: ContactDetails? = nil
    ) {
        self.id = id
        self.name = name
        self.profession = profession
        self.organisation = organisation
        self.authorisation = authorisation
        self.contact = contact
    }

    /// `Name (profession)`.
    public var description: String { "\(name) (\(profession.danishName))" }
}
