/// Who made a change: a named person, and where known the professional record and organisation behind them.
public struct Author: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The person's name.
    public let name: PersonName
    /// The professional record, when the author is a professional known to the system.
    public let professional: Professional.ID?
    /// The organisation the author acted for.
    public let organisation: Organisation.ID?

    /// Creates an author.
    public init(name: PersonName, professional: Professional.ID? = nil, organisation: Organisation.ID? = nil) {
        self.name = name
        self.professional = professional
        self.organisation = organisation
    }

    /// The author of a professional's changes.
    public init(_ professional: Professional) {
        self.init(name: professional.name, professional: professional.id, organisation: professional.organisation)
    }

    /// The name.
    public var description: String { name.formatted }
}
