/// A relative or other person close to the resident (*pårørende*), whom the resident chooses to involve.
public struct Relative: Identifiable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The relative's identifier.
    public typealias ID = Identifier<Relative>

    /// How the person is related to the resident.
    public enum Relationship: String, Sendable, Hashable, Codable, CaseIterable {
        /// Parent (*forælder*).
        case parent
        /// Child (*barn*).
        case child
        /// Sibling (*søskende*).
        case sibling
        /// Spouse or partner (*ægtefælle*, *partner*).
        case partner
        /// Other family (*anden familie*).
        case otherFamily
        /// Friend (*ven*).
        case friend
        /// Guardian appointed under the guardianship act (*værge*).
        case guardian
        /// Neutral companion (*bisidder*).
        case companion
        /// Anyone else.
        case other

        /// The Danish name.
        public var danishName: String {
            switch self {
            case .parent: "forælder"
            case .child: "barn"
            case .sibling: "søskende"
            case .partner: "partner"
            case .otherFamily: "anden familie"
            case .friend: "ven"
            case .guardian: "værge"
            case .companion: "bisidder"
            case .other: "anden"
            }
        }
    }

    /// The identifier.
    public let id: ID
    /// The name.
    public let name: PersonName
    /// How the person is related to the resident.
    public let relationship: Relationship
    /// How to reach the person.
    public let contact: ContactDetails?

    /// Creates a relative.
    public init(id: ID, name: PersonName, relationship: Relationship, contact: ContactDetails? = nil) {
        self.id = id
        self.name = name
        self.relationship = relationship
        self.contact = contact
    }

    /// `Name (relationship)`.
    public var description: String { "\(name) (\(relationship.danishName))" }
}
