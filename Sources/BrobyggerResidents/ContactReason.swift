import BrobyggerCore

/// Why the hospital contact happened (*kontaktårsag*), where the source registers it.
///
/// The acute-readmission definition leaves out readmissions that start with an accident (Sundhedsdatastyrelsen's
/// definition quoted in VIVE (2023) *Koordineret udredning og indsats*, the section on readmissions). An explicit
/// contact reason says this better than a diagnosis can: an injury code (S00–T98) does not tell an accident from
/// self-harm or assault, which are common in this population and are not accidents. Open: unknown reasons are
/// kept as ``unrecognized(_:)`` and never count as accidents.
public enum ContactReason: Sendable, Hashable, Codable, RawRepresentable, CustomStringConvertible {
    /// Illness (*sygdom*).
    case illness
    /// Accident (*ulykke*).
    case accident
    /// Assault, an act of violence by another person (*voldshandling*).
    case assault
    /// Self-harm or attempted suicide (*selvskade*, *selvmordsforsøg*).
    case selfHarm
    /// Another reason (*andet*).
    case other
    /// A reason this version does not know.
    case unrecognized(String)

    /// The known reasons.
    public static let known: [ContactReason] = [.illness, .accident, .assault, .selfHarm, .other]

    /// Creates a reason from its code; unknown codes become ``unrecognized(_:)``.
    public init(rawValue: String) {
        self = Self.known.first { $0.rawValue == rawValue } ?? .unrecognized(rawValue)
    }

    /// The code: `illness`, `accident`, `assault`, `self_harm`, `other`, or the unrecognised code.
    public var rawValue: String {
        switch self {
        case .illness: "illness"
        case .accident: "accident"
        case .assault: "assault"
        case .selfHarm: "self_harm"
        case .other: "other"
        case .unrecognized(let code): code
        }
    }

    /// The Danish wording.
    public var danishName: String {
        switch self {
        case .illness: "sygdom"
        case .accident: "ulykke"
        case .assault: "voldshandling"
        case .selfHarm: "selvskade eller selvmordsforsøg"
        case .other: "andet"
        case .unrecognized(let code): code
        }
    }

    /// The code.
    public var description: String { rawValue }

    /// Decodes a reason from its code.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the code.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
