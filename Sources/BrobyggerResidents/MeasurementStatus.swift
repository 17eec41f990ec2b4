import BrobyggerCore

/// Why a measurement has no number. Measurements are often missing for a reason, and the reason is data
/// (Erfaringsopsamling 2024, Bilag 3). Open: unknown statuses are kept as ``unrecognized(_:)``.
public enum MeasurementStatus: Sendable, Hashable, Codable, RawRepresentable, CustomStringConvertible {
    /// Not filled in (*ikke udfyldt*).
    case notFilledIn
    /// Not calculated (*ikke opgjort*).
    case notCalculated
    /// Not registered at all (*registreres ikke*).
    case notRegistered
    /// Not stated (*anføres ikke*).
    case notStated
    /// Not yet calculated (*endnu ikke opgjort*).
    case notYetCalculated
    /// Too big a task for the staff (*for stor en opgave for personalet*).
    case tooBigATaskForStaff
    /// The resident declined to answer (*borger ønskede ikke at svare*).
    case residentDeclined
    /// The question was misunderstood (*har ikke forstået spørgsmålet*).
    case questionMisunderstood
    /// Unknown (the source prints "?").
    case unknown
    /// A status this version does not know.
    case unrecognized(String)

    /// The known statuses.
    public static let known: [MeasurementStatus] = [
        .notFilledIn, .notCalculated, .notRegistered, .notStated, .notYetCalculated, .tooBigATaskForStaff,
        .residentDeclined, .questionMisunderstood, .unknown,
    ]

    /// Creates a status from its code; unknown codes become ``unrecognized(_:)``.
    public init(rawValue: String) {
        self = Self.known.first { $0.rawValue == rawValue } ?? .unrecognized(rawValue)
    }

    /// The code.
    public var rawValue: String {
        switch self {
        case .notFilledIn: "not_filled_in"
        case .notCalculated: "not_calculated"
        case .notRegistered: "not_registered"
        case .notStated: "not_stated"
        case .notYetCalculated: "not_yet_calculated"
        case .tooBigATaskForStaff: "too_big_a_task_for_staff"
        case .residentDeclined: "resident_declined"
        case .questionMisunderstood: "question_misunderstood"
        case .unknown: "unknown"
        case .unrecognized(let code): code
        }
    }

    /// The Danish wording.
    public var danishName: String {
        switch self {
        case .notFilledIn: "ikke udfyldt"
        case .notCalculated: "ikke opgjort"
        case .notRegistered: "registreres ikke"
        case .notStated: "anføres ikke"
        case .notYetCalculated: "endnu ikke opgjort"
        case .tooBigATaskForStaff: "for stor en opgave for personalet"
        case .residentDeclined: "borgeren ønskede ikke at svare"
        case .questionMisunderstood: "har ikke forstået spørgsmålet"
        case .unknown: "?"
        case .unrecognized(let code): code
        }
    }

    /// The code.
    public var description: String { rawValue }

    /// Decodes a status from its code.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.decodeVocabularyCode())
    }

    /// Encodes the code.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
