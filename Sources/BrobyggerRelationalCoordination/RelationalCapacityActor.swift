import BrobyggerCore

/// An actor in a resident's network whose relations are assessed: a professional, a relative or the resident.
///
/// Relational capacity starts from one resident's needs and looks at "the number and quality of relations between
/// relevant professionals and other actors in the citizen's network" (VIVE 2023, afsnit 3.2.2); the resident has the
/// best view of who belongs (VIVE 2023, afsnit 3.2.2.1).
public struct RelationalCapacityActor: Sendable, Hashable, Codable, Identifiable {
    /// The typed identifier of an actor.
    public typealias ID = Identifier<RelationalCapacityActor>

    /// The actor's identifier.
    public let id: ID
    /// How the actor is shown (for example "Contact person, facility" or "Team psychiatrist").
    public let name: String
    /// The actor's role or organisation, if stated.
    public let role: String?

    /// Creates an actor.
    /// - Throws: `ValidationError` when the name is empty, or `text.control-character` when the name or role holds
    ///   a control character or bidirectional override (`ControlCharacters`).
    public init(id: ID, name: String, role: String? = nil) throws(ValidationError) {
        try ControlCharacters.check(name, field: "name")
        if let role { try ControlCharacters.check(role, field: "role") }
        guard !name.allSatisfy(\.isWhitespace) else {
            throw ValidationError(
                field: "name", code: "rcap.actor.empty-name", rule: "An actor has a name", offendingValue: name)
        }
        self.id = id
        self.name = name
        self.role = role
    }

    private enum CodingKeys: String, CodingKey {
        case id
        case name
        case role
    }

    /// Decodes an actor through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let id = try container.decode(ID.self, forKey: .id)
        let name = try container.decode(String.self, forKey: .name)
        let role = try container.decodeIfPresent(String.self, forKey: .role)
        self = try decoder.validating { () throws(ValidationError) in try Self(id: id, name: name, role: role) }
    }
}
