/// The role an organisation has in a collaboration agreement.
public enum PartyRole: String, Sendable, Hashable, Codable, CaseIterable {
    /// The psychiatric centre (*psykiatrisk center*) whose outreach team serves the facility; signs for the region.
    case psychiatricCentre = "psychiatric-centre"
    /// The outreach team (*botilbudsteam*) itself, part of the psychiatric centre. Named so the resident-overview
    /// board can find the terms agreed for a facility and a team.
    case outreachTeam = "outreach-team"
    /// The residential facility (*botilbud*).
    case facility
    /// A municipality (*kommune*), for example the acting municipality in a citizen-level collaboration.
    case municipality
    /// Another actor, such as a general practice, addiction treatment or a jobcentre.
    case other

    /// The role's name in `language`.
    public func name(in language: AgreementLanguage) -> String {
        switch (self, language) {
        case (.psychiatricCentre, .danish): "Psykiatrisk center"
        case (.psychiatricCentre, .english): "Psychiatric centre"
        case (.outreachTeam, .danish): "Botilbudsteam"
        case (.outreachTeam, .english): "Outreach team"
        case (.facility, .danish): "Botilbud"
        case (.facility, .english): "Residential facility"
        case (.municipality, .danish): "Kommune"
        case (.municipality, .english): "Municipality"
        case (.other, .danish): "Anden part"
        case (.other, .english): "Other party"
        }
    }
}
