/// One of Denmark's five regions, which run the psychiatric hospitals and the outreach teams.
public enum Region: String, Sendable, Hashable, Codable, CaseIterable, Comparable, CustomStringConvertible {
    /// Region Nordjylland, 1081, DK-81.
    case nordjylland
    /// Region Midtjylland, 1082, DK-82.
    case midtjylland
    /// Region Syddanmark, 1083, DK-83.
    case syddanmark
    /// Region Hovedstaden, 1084, DK-84.
    case hovedstaden
    /// Region Sjælland, 1085, DK-85.
    case sjaelland

    /// The FHIR system of the ISO 3166-2 code used by dk-core for regions.
    public static let fhirSystem = "urn:iso:std:iso:3166:-2"

    /// The region code, 1081–1085.
    public var code: Int {
        switch self {
        case .nordjylland: 1081
        case .midtjylland: 1082
        case .syddanmark: 1083
        case .hovedstaden: 1084
        case .sjaelland: 1085
        }
    }

    /// The ISO 3166-2 code, `DK-81` … `DK-85`.
    public var isoCode: String { "DK-\(code - 1000)" }

    /// The Danish name, e.g. `Region Sjælland`.
    public var danishName: String {
        switch self {
        case .nordjylland: "Region Nordjylland"
        case .midtjylland: "Region Midtjylland"
        case .syddanmark: "Region Syddanmark"
        case .hovedstaden: "Region Hovedstaden"
        case .sjaelland: "Region Sjælland"
        }
    }

    /// The short name as in the municipality list, e.g. `Sjælland`.
    public var shortName: String { String(danishName.dropFirst("Region ".count)) }

    /// The region with a code, 1081–1085.
    ///
    /// - Throws: ``ValidationError`` with code `region.unknown` for any other number.
    public init(code: Int) throws(ValidationError) {
        guard let region = Region.allCases.first(where: { $0.code == code }) else {
            throw ValidationError(
                field: .root, code: "region.unknown", rule: "a region code is 1081–1085", offendingValue: String(code))
        }
        self = region
    }

    /// The region with an ISO 3166-2 code, `DK-81` … `DK-85`.
    public init(isoCode: String) throws(ValidationError) {
        guard let region = Region.allCases.first(where: { $0.isoCode == isoCode }) else {
            throw ValidationError(
                field: .root, code: "region.unknown", rule: "an ISO region code is DK-81 … DK-85",
                offendingValue: isoCode)
        }
        self = region
    }

    /// The region's municipalities, ordered by code.
    public var municipalities: [MunicipalityCode] { MunicipalityCode.all.filter { $0.region == self } }

    /// The Danish name.
    public var description: String { danishName }

    /// Orders by region code.
    public static func < (lhs: Region, rhs: Region) -> Bool { lhs.code < rhs.code }
}
