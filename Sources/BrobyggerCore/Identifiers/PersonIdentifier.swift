/// How a person is identified: a CPR number, or a replacement number for someone without one.
///
/// Written as the CPR number's digits, or as `{"system", "value"}` for a replacement number. Rendered masked.
public enum PersonIdentifier: Hashable, Sendable, Codable, Comparable, CustomStringConvertible,
    CustomDebugStringConvertible
{
    /// A CPR number.
    case cpr(CPRNumber)
    /// A replacement number (X-eCPR or D-eCPR).
    case replacement(ReplacementPersonNumber)

    /// Parses a CPR number (with or without hyphen).
    public init(cpr text: String) throws(ValidationError) {
        self = .cpr(try CPRNumber(text))
    }

    /// Decodes a CPR string or a replacement-number object.
    public init(from decoder: any Decoder) throws {
        let single = try decoder.singleValueContainer()
        if let text = try? single.decode(String.self) {
            // What `CPRNumber`'s own decoding does with the same text, at the same coding path, without reading it
            // a second time.
            self = .cpr(try decoder.validating { try CPRNumber(text) })
        } else {
            self = .replacement(try single.decode(ReplacementPersonNumber.self))
        }
    }

    /// Encodes the CPR digits or the replacement-number object.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .cpr(let number): try container.encode(number)
        case .replacement(let number): try container.encode(number)
        }
    }

    /// The FHIR system of the identifier.
    public var fhirSystem: String {
        switch self {
        case .cpr: CPRNumber.fhirSystem
        case .replacement(let number): number.fhirSystem
        }
    }

    /// The full value, unmasked. Personal data.
    public var unmaskedValue: String {
        switch self {
        case .cpr(let number): number.unmaskedValue
        case .replacement(let number): number.unmaskedValue
        }
    }

    /// `DDMMYY-xxxx`.
    public var masked: String {
        switch self {
        case .cpr(let number): number.masked
        case .replacement(let number): number.masked
        }
    }

    /// The birth date, when the identifier carries one with its century (CPR numbers only).
    public var birthDate: CalendarDate? {
        if case .cpr(let number) = self { return number.birthDate }
        return nil
    }

    /// `DDMMYY-xxxx`.
    public var description: String { masked }

    /// The form in which text that is, or may be, a person's number may be shown: its first six digits and
    /// `-xxxx`, or only its length when it does not start with six digits. Use it for input that failed to parse,
    /// or for values held as plain text (a FHIR identifier), so that no rendering reveals a full number.
    public static func masking(_ text: String) -> String { Digits.maskPersonal(text) }

    /// `text` with every number in it that has the shape of a CPR number (`DDMMYYSSSS`, `DDMMYY-SSSS` or
    /// `DDMMYY SSSS`) masked as `DDMMYY-xxxx`, the rest unchanged. Use it for messages that quote outside input
    /// which is not meant to be a person's number (a code, a file name, a command-line argument) but may hold one
    /// by mistake.
    public static func maskingNumbers(in text: String) -> String { Digits.maskPersonalNumbers(in: text) }

    /// `PersonIdentifier(DDMMYY-xxxx)`.
    public var debugDescription: String { "PersonIdentifier(\(masked))" }

    /// Orders by kind, then value.
    public static func < (lhs: PersonIdentifier, rhs: PersonIdentifier) -> Bool {
        switch (lhs, rhs) {
        case (.cpr(let a), .cpr(let b)): a < b
        case (.replacement(let a), .replacement(let b)): a < b
        case (.cpr, .replacement): true
        case (.replacement, .cpr): false
        }
    }
}
