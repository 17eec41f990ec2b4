import BrobyggerCore
import Foundation

/// An organisation taking part in a coordinated care plan, with the name and kind the plan shows.
///
/// The plan is read by the resident and by every party, also outside the systems that hold the organisation
/// register, so it carries the name it was made with rather than only an identifier.
public struct CarePlanOrganisation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The organisation's identifier.
    public let id: Organisation.ID
    /// What kind of organisation it is (psychiatry, addiction treatment, facility, municipality …).
    public let kind: OrganisationKind
    /// The name, e.g. `Rusmiddelcenter Køge`; not blank.
    public let name: String

    /// Creates an organisation reference.
    ///
    /// - Throws: `ValidationError` with code `careplan.organisation-name-empty` for a blank name, or
    ///   `text.control-character` for a name holding a control character or bidirectional override.
    public init(id: Organisation.ID, kind: OrganisationKind, name: String) throws(ValidationError) {
        let trimmed = name.trimmingWhiteSpaceAndNewlines
        try ControlCharacters.check(trimmed, field: "name")
        guard !trimmed.isEmpty else {
            throw ValidationError(
                field: "name", code: "careplan.organisation-name-empty", rule: "an organisation has a name")
        }
        self.id = id
        self.kind = kind
        self.name = trimmed
    }

    /// Takes the identifier, kind and name of a registered organisation.
    public init(_ organisation: Organisation) {
        self.id = organisation.id
        self.kind = organisation.kind
        self.name = organisation.name
    }

    private enum CodingKeys: String, CodingKey {
        case id, kind, name
    }

    /// Decodes through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let id = try c.decode(Organisation.ID.self, forKey: .id)
        let kind = try c.decode(OrganisationKind.self, forKey: .kind)
        let name = try c.decode(String.self, forKey: .name)
        self = try decoder.validating { try CarePlanOrganisation(id: id, kind: kind, name: name) }
    }

    /// The name.
    public var description: String { name }
}
