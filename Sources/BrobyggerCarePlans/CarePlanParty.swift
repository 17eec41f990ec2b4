import BrobyggerCore

/// Someone who can take part in, be responsible for, or act on a coordinated care plan: the resident, a relative, a
/// named professional, or an organisation as a whole.
///
/// Responsibility for an effort is given to one party (Region Hovedstaden: *"I udpeger en ansvarlig for hver
/// indsats"*), so a party names a person where one is known and otherwise the organisation.
public enum CarePlanParty: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The resident (*borgeren*).
    case resident
    /// One of the resident's relatives (*pårørende*), named.
    case relative(Relative.ID, name: PersonName)
    /// A named professional in an organisation.
    case professional(Professional.ID, name: PersonName, organisation: CarePlanOrganisation)
    /// An organisation as a whole (the facility's staff, the jobcentre).
    case organisation(CarePlanOrganisation)

    /// A named professional from the register.
    public static func professional(_ professional: Professional, of organisation: CarePlanOrganisation)
        -> CarePlanParty
    {
        .professional(professional.id, name: professional.name, organisation: organisation)
    }

    /// The organisation the party acts for, if any.
    public var organisation: CarePlanOrganisation? {
        switch self {
        case .professional(_, _, let organisation), .organisation(let organisation): organisation
        case .resident, .relative: nil
        }
    }

    /// The professional, if the party is one.
    public var professional: Professional.ID? {
        if case .professional(let id, _, _) = self { return id }
        return nil
    }

    /// A storage key naming the party, for index keys: the professional's or organisation's identifier, or
    /// `resident`/`relative-<id>`.
    public var key: String {
        switch self {
        case .resident: "resident"
        case .relative(let id, _): "relative-" + id.storageKey
        case .professional(let id, _, _): id.storageKey
        case .organisation(let organisation): organisation.id.storageKey
        }
    }

    /// Whether two parties are the same party, ignoring names: the same professional, relative or organisation.
    public func isSameParty(as other: CarePlanParty) -> Bool { key == other.key }

    /// The party as the plan shows it in Danish: `Navn (Organisation)`, `borgeren`, `Navn (pårørende)`.
    public var danishName: String {
        switch self {
        case .resident: "borgeren"
        case .relative(_, let name): "\(name.formatted) (pårørende)"
        case .professional(_, let name, let organisation): "\(name.formatted) (\(organisation.name))"
        case .organisation(let organisation): organisation.name
        }
    }

    /// The same as ``danishName``.
    public var description: String { danishName }
}
