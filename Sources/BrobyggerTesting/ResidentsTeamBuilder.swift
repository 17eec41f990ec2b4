import BrobyggerCore
import BrobyggerResidents

/// Builds outreach teams for tests with stable identifiers: by default two nurses and a psychiatrist, serving the
/// facilities added with ``serving(_:on:)``, with a nurse on call every weekday.
public struct TeamBuilder: Sendable {
    /// The identifier the team will get (derived from the key).
    public let id: OutreachTeam.ID
    /// The psychiatric centre the team belongs to (derived from the key).
    public let psychiatricCentre: Organisation.ID
    private var name: String
    private var members: [OutreachTeam.Member]
    private var served: [(ResidentialFacility.ID, Set<Weekday>)] = []

    /// Starts a team whose identifiers are derived from the key.
    public init(_ key: String = "team") {
        id = SyntheticRegionRandom.identifier(forKey: "team:" + key)
        psychiatricCentre = SyntheticRegionRandom.identifier(forKey: "centre:" + key)
        name = "Botilbudsteam \(key)"
        members = [
            .init(professional: SyntheticRegionRandom.identifier(forKey: "\(key):nurse-1"), profession: .nurse),
            .init(professional: SyntheticRegionRandom.identifier(forKey: "\(key):nurse-2"), profession: .nurse),
            .init(
                professional: SyntheticRegionRandom.identifier(forKey: "\(key):psychiatrist"), profession: .psychiatrist
            ),
        ]
    }

    /// The identifier of the default member with the given role key (`nurse-1`, `nurse-2`, `psychiatrist`).
    public static func member(_ role: String, ofTeam key: String = "team") -> Professional.ID {
        SyntheticRegionRandom.identifier(forKey: "\(key):\(role)")
    }

    /// Sets the name.
    public func named(_ name: String) -> Self { with { $0.name = name } }
    /// Replaces the members.
    public func members(_ members: [OutreachTeam.Member]) -> Self { with { $0.members = members } }
    /// Adds a served facility with its on-site weekdays.
    public func serving(_ facility: ResidentialFacility.ID, on weekdays: Set<Weekday> = [.tuesday]) -> Self {
        with { $0.served.append((facility, weekdays)) }
    }

    /// Builds the team.
    public func build() throws(ValidationError) -> OutreachTeam {
        var servedFacilities: [OutreachTeam.ServedFacility] = []
        for (facility, days) in served {
            servedFacilities.append(try OutreachTeam.ServedFacility(facility: facility, onSiteWeekdays: days))
        }
        let nurses = members.filter { $0.profession == .nurse }.map(\.professional)
        let rota: [OutreachTeam.OnCallShift] =
            nurses.isEmpty
            ? []
            : [Weekday.monday, .tuesday, .wednesday, .thursday, .friday].enumerated().map { index, day in
                OutreachTeam.OnCallShift(weekday: day, professional: nurses[index % nurses.count])
            }
        return try OutreachTeam(
            id: id, name: name, psychiatricCentre: psychiatricCentre, members: members,
            servedFacilities: servedFacilities, onCallRota: rota)
    }

    private func with(_ change: (inout Self) -> Void) -> Self {
        var copy = self
        change(&copy)
        return copy
    }
}
