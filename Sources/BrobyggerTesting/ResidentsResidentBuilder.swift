import BrobyggerCore
import BrobyggerResidents

/// Builds residents for tests and examples with sensible defaults and stable identifiers.
///
/// ```swift
/// let resident = try ResidentBuilder("preben")
///     .named("Preben", "Hansen")
///     .diagnosis("DF200", on: "2015-04-01")
///     .diagnosis("DF122", rank: .secondary, on: "2019-09-12")
///     .build()
/// ```
public struct ResidentBuilder: Sendable {
    /// The identifier the resident will get (derived from the key).
    public let id: Resident.ID
    private var cpr = "0101801235"
    private var given = "Test"
    private var family = "Beboer"
    private var municipality = "0101"
    private var diagnoses: [(code: String, rank: Diagnosis.Rank, date: String)] = []
    private var scores: [(Int, String)] = []
    private var relatives: [Relative] = []
    private var proxy: (Relative.ID, String)?
    private var facilityContact: Professional.ID?
    private var teamContact: Professional.ID?

    /// Starts a resident whose identifier is derived from the key.
    public init(_ key: String = "resident") {
        id = SyntheticRegionRandom.identifier(forKey: "resident:" + key)
    }

    /// Sets the CPR number (10 digits, with or without hyphen).
    public func cpr(_ text: String) -> Self { with { $0.cpr = text } }
    /// Sets the name.
    public func named(_ given: String, _ family: String) -> Self {
        with {
            $0.given = given
            $0.family = family
        }
    }
    /// Sets the acting municipality by code (default `0101` København).
    public func actingMunicipality(_ code: String) -> Self { with { $0.municipality = code } }
    /// Adds a diagnosis.
    public func diagnosis(_ code: String, rank: Diagnosis.Rank = .primary, on date: String) -> Self {
        with { $0.diagnoses.append((code, rank, date)) }
    }
    /// Adds a GAF score.
    public func gaf(_ value: Int, on date: String) -> Self { with { $0.scores.append((value, date)) } }
    /// Adds a relative.
    public func relative(_ relative: Relative) -> Self { with { $0.relatives.append(relative) } }
    /// Designates a relative as proxy.
    public func proxy(_ relative: Relative.ID, designatedOn date: String) -> Self {
        with { $0.proxy = (relative, date) }
    }
    /// Sets the facility contact person.
    public func facilityContact(_ professional: Professional.ID) -> Self { with { $0.facilityContact = professional } }
    /// Sets the team's primary contact person.
    public func teamPrimaryContact(_ professional: Professional.ID) -> Self { with { $0.teamContact = professional } }

    /// Builds the resident, validating everything.
    public func build() throws(ValidationError) -> Resident {
        let person = try PersonIdentifier(cpr: cpr)
        var built: [Diagnosis] = []
        for item in diagnoses {
            built.append(
                Diagnosis(
                    code: try DiagnosisCode(item.code), rank: item.rank, date: try CalendarDate(iso8601: item.date)))
        }
        var gafScores: [GAFScore] = []
        for (value, date) in scores {
            gafScores.append(try GAFScore(value: value, assessedOn: try CalendarDate(iso8601: date)))
        }
        let designated = try proxy.map { relative, date throws(ValidationError) in
            try DesignatedProxy(relative: relative, designatedOn: try CalendarDate(iso8601: date))
        }
        return try Resident(
            id: id, person: person, name: try PersonName(given: given, family: family),
            actingMunicipality: try MunicipalityCode(municipality), diagnoses: built, gafScores: gafScores,
            relatives: relatives, proxy: designated, facilityContactPerson: facilityContact,
            teamPrimaryContact: teamContact)
    }

    private func with(_ change: (inout Self) -> Void) -> Self {
        var copy = self
        change(&copy)
        return copy
    }
}
