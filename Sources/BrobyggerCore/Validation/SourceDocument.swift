/// One of the public documents the library's rules come from: the package's bibliography.
///
/// Every rule taken from a report rather than a statute cites one of these by name, with the section, table,
/// appendix (*bilag*) or box where the passage stands, so that a reader can look the rule up in the published
/// document. The DocC article *Sources* lists them with their publishers and where to find them.
public enum SourceDocument: String, Sendable, Hashable, Codable, CaseIterable {
    /// Region Hovedstadens Psykiatri (undated): *Tværsektorielt samarbejde mellem socialpsykiatriske botilbud og
    /// ambulante psykiatriske botilbudsteams*, the region's note on its outreach teams and on the project funded from
    /// the 2022 pool *Udbredelse af botilbudsteams* (the weekly resident-overview meeting, the criteria for
    /// intensified effort, joint competence development). Its sections are unnumbered and cited by heading.
    case regionHovedstadenCrossSectorNote
    /// Sundhedsstyrelsen og Social- og Boligstyrelsen (2024): *Erfaringsopsamling af botilbudsteams*, the evaluation
    /// of the initiative *Udbredelse af botilbudsteams 2022*, with its appendices: Bilag 1 the teams in the regions,
    /// Bilag 2 Region Hovedstaden's collaboration-agreement template, Bilag 3 the result data of the pool projects.
    case erfaringsopsamling2024
    /// Sundhedsstyrelsen, news item of 13 March 2024: *Botilbudsteams skaber positive resultater for borgere på
    /// botilbud*, the authority's summary of the evaluation.
    case sundhedsstyrelsenNews2024
    /// Region Sjælland, Psykiatrien (January 2020): *Rapport om Psykiatriens samarbejde med kommunerne i Region
    /// Sjælland 2007–2019*, ISBN 978-87-93639-10-2; chapter 5 describes each joint project, among them the
    /// coordinated care plans (*koordinerende indsatsplaner*).
    case regionSjaellandReport2020
    /// VIVE (2023): *Koordineret udredning og indsats – Tværsektorielle samarbejder om og med borgere med psykiske
    /// vanskeligheder, hyppige indlæggelser og komplekse behov*, e-ISBN 978-87-7582-203-4; the prototype of six core
    /// elements (chapter 5), relational coordination and capacity (section 3.2) and the characteristics of frequent
    /// readmission (section 1.3).
    case vive2023

    /// The author or publisher, as a reader would look the document up.
    public var author: String {
        switch self {
        case .regionHovedstadenCrossSectorNote: "Region Hovedstadens Psykiatri"
        case .erfaringsopsamling2024: "Sundhedsstyrelsen og Social- og Boligstyrelsen"
        case .sundhedsstyrelsenNews2024: "Sundhedsstyrelsen"
        case .regionSjaellandReport2020: "Region Sjælland, Psykiatrien"
        case .vive2023: "VIVE – Det Nationale Forsknings- og Analysecenter for Velfærd"
        }
    }

    /// The short author name used in citations, e.g. `VIVE`.
    public var shortAuthor: String {
        switch self {
        case .regionHovedstadenCrossSectorNote: "Region Hovedstadens Psykiatri"
        case .erfaringsopsamling2024: "Sundhedsstyrelsen og Social- og Boligstyrelsen"
        case .sundhedsstyrelsenNews2024: "Sundhedsstyrelsen"
        case .regionSjaellandReport2020: "Region Sjælland"
        case .vive2023: "VIVE"
        }
    }

    /// When the document was published: a year, a date, or `udateret` (undated).
    public var published: String {
        switch self {
        case .regionHovedstadenCrossSectorNote: "udateret"
        case .erfaringsopsamling2024: "2024"
        case .sundhedsstyrelsenNews2024: "13.3.2024"
        case .regionSjaellandReport2020: "2020"
        case .vive2023: "2023"
        }
    }

    /// The title as printed.
    public var title: String {
        switch self {
        case .regionHovedstadenCrossSectorNote:
            "Tværsektorielt samarbejde mellem socialpsykiatriske botilbud og ambulante psykiatriske botilbudsteams"
        case .erfaringsopsamling2024: "Erfaringsopsamling af botilbudsteams"
        case .sundhedsstyrelsenNews2024: "Botilbudsteams skaber positive resultater for borgere på botilbud"
        case .regionSjaellandReport2020:
            "Rapport om Psykiatriens samarbejde med kommunerne i Region Sjælland 2007–2019"
        case .vive2023: "Koordineret udredning og indsats"
        }
    }

    /// The subtitle as printed, where the document has one.
    public var subtitle: String? {
        switch self {
        case .vive2023:
            "Tværsektorielle samarbejder om og med borgere med psykiske vanskeligheder, hyppige indlæggelser og "
                + "komplekse behov"
        default: nil
        }
    }

    /// The ISBN or e-ISBN where the document has one.
    public var isbn: String? {
        switch self {
        case .regionSjaellandReport2020: "ISBN 978-87-93639-10-2"
        case .vive2023: "e-ISBN 978-87-7582-203-4"
        default: nil
        }
    }

    /// The citation a reader sees: `author (published), title`, e.g.
    /// `Sundhedsstyrelsen og Social- og Boligstyrelsen (2024), Erfaringsopsamling af botilbudsteams`.
    public var citation: String {
        "\(shortAuthor) (\(published)), \(title)"
    }

    /// The document a citation text names, matched on ``citation``; `nil` for any other text.
    public init?(citation: String) {
        guard let document = Self.allCases.first(where: { $0.citation == citation }) else { return nil }
        self = document
    }
}
