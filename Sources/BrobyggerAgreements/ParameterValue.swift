import BrobyggerCore

/// The value an agreement gives one of its template's parameters.
///
/// Encoded as a one-key JSON object naming the kind, for example `{"integer": 3}` or `{"weekday": "tuesday"}`, so a
/// stored agreement says what it meant even when read without its template.
public enum ParameterValue: Sendable, Hashable, Codable {
    /// A whole number, such as on-site days a week or months of notice.
    case integer(Int)
    /// A weekday, such as the fixed on-site day.
    case weekday(Weekday)
    /// The code of one of the parameter's options, such as the agreed communication channel.
    case choice(String)
    /// Free text.
    case text(String)
    /// Yes or no.
    case boolean(Bool)

    private enum CodingKeys: String, CodingKey {
        case integer
        case weekday
        case choice
        case text
        case boolean
    }

    /// Decodes a value from a one-key object.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        guard container.allKeys.count == 1, let key = container.allKeys.first else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: decoder.codingPath,
                    debugDescription: "A parameter value is an object with exactly one of the keys "
                        + "integer, weekday, choice, text, boolean"))
        }
        switch key {
        case .integer: self = .integer(try container.decode(Int.self, forKey: key))
        case .weekday: self = .weekday(try container.decode(Weekday.self, forKey: key))
        case .choice: self = .choice(try container.decode(String.self, forKey: key))
        case .text: self = .text(try container.decode(String.self, forKey: key))
        case .boolean: self = .boolean(try container.decode(Bool.self, forKey: key))
        }
    }

    /// Encodes the value as a one-key object.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .integer(let value): try container.encode(value, forKey: .integer)
        case .weekday(let value): try container.encode(value, forKey: .weekday)
        case .choice(let value): try container.encode(value, forKey: .choice)
        case .text(let value): try container.encode(value, forKey: .text)
        case .boolean(let value): try container.encode(value, forKey: .boolean)
        }
    }

    /// The integer, when this is an integer value.
    public var integerValue: Int? {
        if case .integer(let value) = self { value } else { nil }
    }

    /// The weekday, when this is a weekday value.
    public var weekdayValue: Weekday? {
        if case .weekday(let value) = self { value } else { nil }
    }

    /// The option code, when this is a choice.
    public var choiceValue: String? {
        if case .choice(let value) = self { value } else { nil }
    }
}
