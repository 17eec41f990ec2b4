/// A replacement number for a person without a CPR number (*erstatnings-CPR*, eCPR), as profiled in dk-core.
///
/// - X-eCPR, issued nationally: DDMMYY, then `1` or `7`, two upper-case letters and a digit.
/// - D-eCPR, issued locally by a region: DDMMYY, then `0`, `5` or `6`, two upper-case letters and a digit; its
///   FHIR system names the issuing region.
///
/// Rendered masked like a CPR number (`DDMMYY-xxxx`).
public struct ReplacementPersonNumber: Hashable, Sendable, Codable, Comparable, CustomStringConvertible,
    CustomDebugStringConvertible, CustomReflectable
{
    /// Who issued the number.
    public enum Kind: Hashable, Sendable, Codable {
        /// National replacement number (X-eCPR), system `urn:oid:1.2.208.176.1.6.1.1`.
        case xECPR
        /// Decentralised replacement number (D-eCPR) issued by a region, or by an unspecified issuer when `nil`.
        case dECPR(issuer: Region?)
    }

    /// Who issued the number.
    public let kind: Kind
    private let characters: String

    /// Parses a replacement number of the given kind.
    ///
    /// - Throws: ``ValidationError`` with code `ecpr.format` when the text does not follow the kind's pattern, or
    ///   `ecpr.invalid-date` when DDMM is not a valid day and month.
    public init(_ text: String, kind: Kind) throws(ValidationError) {
        let bytes = Array(text.utf8)
        let allowedSeventh: Set<UInt8> =
            switch kind {
            case .xECPR: [49, 55]
            case .dECPR: [48, 53, 54]
            }
        func isUpper(_ byte: UInt8) -> Bool { byte >= 65 && byte <= 90 }
        guard bytes.count == 10, Digits.values(Substring(String(decoding: bytes[0..<6], as: UTF8.self))) != nil,
            allowedSeventh.contains(bytes[6]), isUpper(bytes[7]), isUpper(bytes[8]), bytes[9] >= 48, bytes[9] <= 57
        else {
            let pattern =
                switch kind {
                case .xECPR: "DDMMYY, then 1 or 7, two capital letters and a digit"
                case .dECPR: "DDMMYY, then 0, 5 or 6, two capital letters and a digit"
                }
            throw ValidationError(
                field: .root, code: "ecpr.format", rule: "a replacement number is \(pattern)",
                offendingValue: Digits.maskPersonal(text))
        }
        let day = Int(bytes[0] - 48) * 10 + Int(bytes[1] - 48)
        let month = Int(bytes[2] - 48) * 10 + Int(bytes[3] - 48)
        // The century is not encoded; a leap year is assumed so that 29 February is accepted, as dk-core does.
        guard (try? CalendarDate(year: 2000, month: month, day: day)) != nil else {
            throw ValidationError(
                field: .root, code: "ecpr.invalid-date", rule: "the first four digits must be a valid day and month",
                offendingValue: Digits.maskPersonal(text))
        }
        self.kind = kind
        self.characters = text
    }

    private enum CodingKeys: String, CodingKey {
        case system, value
    }

    /// Decodes `{"system": …, "value": …}`; the system tells the kind.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let system = try container.decode(String.self, forKey: .system)
        let value = try container.decode(String.self, forKey: .value)
        self = try decoder.validating {
            guard let kind = Self.kind(forSystem: system) else {
                throw ValidationError(
                    field: "system", code: "ecpr.unknown-system",
                    rule: "the system must be the X-eCPR or a D-eCPR system of dk-core", offendingValue: system)
            }
            return try ReplacementPersonNumber(value, kind: kind)
        }
    }

    /// Encodes the FHIR system and the value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(fhirSystem, forKey: .system)
        try container.encode(characters, forKey: .value)
    }

    /// The national X-eCPR system.
    public static let xECPRSystem = "urn:oid:1.2.208.176.1.6.1.1"
    /// The D-eCPR system of an unspecified issuer.
    public static let dECPRSystem = "urn:oid:1.2.208.176.1.6.1.3"

    /// The FHIR system URI (dk-core `DkCoreDeCPRValueSet` for D-eCPR).
    public var fhirSystem: String {
        switch kind {
        case .xECPR: Self.xECPRSystem
        case .dECPR(let issuer): issuer.map { "\(Self.dECPRSystem).\(Self.dECPRSuffix($0))" } ?? Self.dECPRSystem
        }
    }

    /// The kind for a FHIR system URI, or `nil` if the system is not an eCPR system.
    public static func kind(forSystem system: String) -> Kind? {
        if system == xECPRSystem { return .xECPR }
        if system == dECPRSystem { return .dECPR(issuer: nil) }
        return Region.allCases.first { system == "\(dECPRSystem).\(dECPRSuffix($0))" }.map { .dECPR(issuer: $0) }
    }

    private static func dECPRSuffix(_ region: Region) -> Int {
        switch region {
        case .sjaelland: 177
        case .nordjylland: 179
        case .midtjylland: 181
        case .syddanmark: 183
        case .hovedstaden: 187
        }
    }

    /// The full value, unmasked. Personal data.
    public var unmaskedValue: String { characters }

    /// `DDMMYY-xxxx`.
    public var masked: String { "\(characters.prefix(6))-xxxx" }

    /// `DDMMYY-xxxx`.
    public var description: String { masked }

    /// `ReplacementPersonNumber(DDMMYY-xxxx)`.
    public var debugDescription: String { "ReplacementPersonNumber(\(masked))" }

    /// Reflection shows only the masked form.
    public var customMirror: Mirror { Mirror(self, children: ["masked": masked]) }

    /// Orders by value.
    public static func < (lhs: ReplacementPersonNumber, rhs: ReplacementPersonNumber) -> Bool {
        lhs.characters < rhs.characters
    }
}
