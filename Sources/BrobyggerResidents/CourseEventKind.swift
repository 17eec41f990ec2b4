import BrobyggerCore

/// What a course event reports, after MedCom's hospital notification (*sygehusadvis*) event codes.
///
/// Codes come from outside, so unknown ones are kept as ``unrecognized(_:)`` and round-trip losslessly; the
/// timeline reports them as findings instead of failing.
public enum CourseEventKind: Sendable, Hashable, Codable, RawRepresentable, CustomStringConvertible {
    /// Admitted as an inpatient (STIN): `admit_inpatient`.
    case admitInpatient
    /// Admitted as an emergency (STAA): `admit_emergency`.
    case admitEmergency
    /// Leave from the stay starts (STOR): `leave_start`.
    case leaveStart
    /// Leave ends (SLOR): `leave_end`.
    case leaveEnd
    /// Discharged (SLHJ): `discharge`.
    case discharge
    /// Died during the stay (MORS): `death`.
    case death
    /// A code this version does not know.
    case unrecognized(String)

    /// The known kinds.
    public static let known: [CourseEventKind] = [
        .admitInpatient, .admitEmergency, .leaveStart, .leaveEnd, .discharge, .death,
    ]

    /// Creates a kind from its interchange code; unknown codes become ``unrecognized(_:)``.
    public init(rawValue: String) {
        self = Self.known.first { $0.rawValue == rawValue } ?? .unrecognized(rawValue)
    }

    /// Creates a kind from a MedCom event code (`STIN`, `STAA`, `STOR`, `SLOR`, `SLHJ`, `MORS`).
    public init(medComCode: String) {
        self = Self.known.first { $0.medComCode == medComCode.uppercased() } ?? .unrecognized(medComCode)
    }

    /// The interchange code used in `events.csv`.
    public var rawValue: String {
        switch self {
        case .admitInpatient: "admit_inpatient"
        case .admitEmergency: "admit_emergency"
        case .leaveStart: "leave_start"
        case .leaveEnd: "leave_end"
        case .discharge: "discharge"
        case .death: "death"
        case .unrecognized(let code): code
        }
    }

    /// The MedCom event code, or `nil` for an unrecognised kind.
    public var medComCode: String? {
        switch self {
        case .admitInpatient: "STIN"
        case .admitEmergency: "STAA"
        case .leaveStart: "STOR"
        case .leaveEnd: "SLOR"
        case .discharge: "SLHJ"
        case .death: "MORS"
        case .unrecognized: nil
        }
    }

    /// Whether the event starts a stay.
    public var isAdmission: Bool { self == .admitInpatient || self == .admitEmergency }

    /// The code.
    public var description: String { rawValue }

    /// Decodes a kind from its code.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.decodeVocabularyCode())
    }

    /// Encodes the code.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
