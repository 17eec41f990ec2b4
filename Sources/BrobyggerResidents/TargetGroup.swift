import BrobyggerCore

/// A target group (*målgruppe*) a residential facility is approved for, as listed on *Tilbudsportalen*.
///
/// Placing a resident with psychiatric illness and substance use on a facility approved for only one of the two is
/// the misplacement Rigsrevisionen found in a little over half of dual-diagnosis placements (Erfaringsopsamling 2024,
/// afsnit 1.1). Codes come from outside, so unknown ones are kept as ``unrecognized(_:)`` and round-trip losslessly.
public enum TargetGroup: Sendable, Hashable, Codable, RawRepresentable, Comparable, CustomStringConvertible {
    /// People with mental illness (*sindslidelse*): `psychiatric`.
    case psychiatric
    /// People with substance use problems (*misbrug*): `substance_use`.
    case substanceUse
    /// People with intellectual or developmental disabilities, including autism: `developmental_disability`.
    case developmentalDisability
    /// A code this version does not know.
    case unrecognized(String)

    /// The known target groups.
    public static let known: [TargetGroup] = [.psychiatric, .substanceUse, .developmentalDisability]

    /// Creates a target group from its code; unknown codes become ``unrecognized(_:)``.
    public init(rawValue: String) {
        self = Self.known.first { $0.rawValue == rawValue } ?? .unrecognized(rawValue)
    }

    /// The interchange code (`psychiatric`, `substance_use`, `developmental_disability`).
    public var rawValue: String {
        switch self {
        case .psychiatric: "psychiatric"
        case .substanceUse: "substance_use"
        case .developmentalDisability: "developmental_disability"
        case .unrecognized(let code): code
        }
    }

    /// The Danish name.
    public var danishName: String {
        switch self {
        case .psychiatric: "sindslidelse"
        case .substanceUse: "misbrug"
        case .developmentalDisability: "udviklingshæmning og autisme"
        case .unrecognized(let code): code
        }
    }

    /// The code.
    public var description: String { rawValue }

    /// Orders target groups by code.
    public static func < (lhs: TargetGroup, rhs: TargetGroup) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Decodes a target group from its code.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.decodeVocabularyCode())
    }

    /// Encodes the code.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
