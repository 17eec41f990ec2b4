import Foundation

/// A Danish municipality (*kommune*) by its four-digit code, e.g. `0101` København.
///
/// The list is closed: the 98 municipalities since the 2007 reform, each in one region (29 in Hovedstaden, 17 in
/// Sjælland, 22 in Syddanmark, 19 in Midtjylland, 11 in Nordjylland). `0411` Christiansø is administered by the
/// state and is not a municipality. The acting municipality (*handlekommune*) pays and decides social support.
public struct MunicipalityCode: NationalIdentifier, Comparable, CustomStringConvertible {
    /// dk-core's code system for municipality codes.
    public static let fhirSystem = "http://hl7.dk/fhir/core/CodeSystem/dk-core-municipality-codes"

    /// The four digits, with leading zero.
    public let value: String
    /// The Danish name, e.g. `København`.
    public let name: String
    /// The region the municipality lies in.
    public let region: Region

    private static let byCode: [String: MunicipalityCode] = {
        var result: [String: MunicipalityCode] = [:]
        for row in table {
            // The table is a fixed list of valid region codes.
            let region = (try? Region(code: row.region)) ?? .hovedstaden
            result[row.code] = MunicipalityCode(value: row.code, name: row.name, region: region)
        }
        return result
    }()

    /// All 98 municipalities, ordered by code.
    public static let all: [MunicipalityCode] = byCode.values.sorted()

    private init(value: String, name: String, region: Region) {
        self.value = value
        self.name = name
        self.region = region
    }

    /// The municipality with a four-digit code (`0101`; `101` is read as `0101`).
    ///
    /// - Throws: ``ValidationError`` with code `municipality.format` when the text is not 3–4 digits, or
    ///   `municipality.unknown` when no municipality has the code.
    public init(_ code: String) throws(ValidationError) {
        guard (3...4).contains(code.utf8.count), Digits.isDigits(code) else {
            throw ValidationError(
                field: .root, code: "municipality.format", rule: "a municipality code is four digits, e.g. 0101",
                offendingValue: code)
        }
        let padded = code.utf8.count == 3 ? "0" + code : code
        guard let municipality = Self.byCode[padded] else {
            throw ValidationError(
                field: .root, code: "municipality.unknown",
                rule: "the code must be one of the 98 Danish municipalities", offendingValue: code)
        }
        self = municipality
    }

    /// The municipality with a name, compared case-insensitively (e.g. `Lolland`).
    public static func named(_ name: String) -> MunicipalityCode? {
        all.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }
    }

    /// Decodes the four-digit code.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try decoder.validating { try MunicipalityCode(text) }
    }

    /// Encodes the four-digit code.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    /// Hashes the code.
    public func hash(into hasher: inout Hasher) { hasher.combine(value) }

    /// Equal when the codes are equal.
    public static func == (lhs: MunicipalityCode, rhs: MunicipalityCode) -> Bool { lhs.value == rhs.value }

    /// `0101 København`.
    public var description: String { "\(value) \(name)" }

    /// Orders by code.
    public static func < (lhs: MunicipalityCode, rhs: MunicipalityCode) -> Bool { lhs.value < rhs.value }
}
