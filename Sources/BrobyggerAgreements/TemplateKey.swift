import BrobyggerCore

/// A stable, machine-readable key naming a section or a parameter of an agreement template.
///
/// Keys are lowercase ASCII words joined by hyphens or full stops (for example `"personal-data"` or
/// `"on-site-days-per-week"`), so they survive storage, URLs and diffs unchanged. The `Kind` parameter keeps section
/// keys and parameter keys from being mixed up.
public struct TemplateKey<Kind>: RawRepresentable, Sendable, Hashable, Comparable, Codable,
    CodingKeyRepresentable, CustomStringConvertible
{
    /// The key text.
    public let rawValue: String

    /// Creates a key, or returns `nil` when `rawValue` is not a well-formed key.
    public init?(rawValue: String) {
        guard Self.isWellFormed(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    /// Creates a key.
    ///
    /// - Throws: `ValidationError` with code `template-key.malformed` when the text is empty or contains anything
    ///   but lowercase ASCII letters, digits, `-` and `.`.
    public init(_ rawValue: String) throws(ValidationError) {
        guard Self.isWellFormed(rawValue) else {
            throw ValidationError(
                field: .root, code: "template-key.malformed",
                rule: "A template key is non-empty lowercase ASCII letters, digits, '-' and '.'",
                offendingValue: rawValue)
        }
        self.rawValue = rawValue
    }

    /// Creates one of the library's own keys, known to be well formed.
    init(known rawValue: String) {
        precondition(Self.isWellFormed(rawValue), "malformed built-in key \(rawValue)")
        self.rawValue = rawValue
    }

    private static func isWellFormed(_ text: String) -> Bool {
        !text.isEmpty
            && text.unicodeScalars.allSatisfy { scalar in
                ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "."
            }
    }

    /// The key text.
    public var description: String { rawValue }

    /// The key as a coding key, so dictionaries keyed by template keys encode as JSON objects.
    public var codingKey: any CodingKey { KeyCodingKey(stringValue: rawValue) }

    /// Reads a key from a coding key, or returns `nil` when it is not a well-formed key.
    public init?<T: CodingKey>(codingKey: T) {
        self.init(rawValue: codingKey.stringValue)
    }

    /// Orders keys by their text.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Decodes a key from a plain string through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            try self.init(text)
        } catch {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: decoder.codingPath, debugDescription: error.description, underlyingError: error))
        }
    }

    /// Encodes the key as a plain string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

private struct KeyCodingKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// Marks a ``TemplateKey`` as naming an ``AgreementSection``.
public enum SectionKeyKind: Sendable {}

/// Marks a ``TemplateKey`` as naming a ``TemplateParameter``.
public enum ParameterKeyKind: Sendable {}

/// The key of a section of an agreement template (for example `"purpose"`).
public typealias SectionKey = TemplateKey<SectionKeyKind>

/// The key of a parameter of an agreement template (for example `"notice-months"`).
public typealias ParameterKey = TemplateKey<ParameterKeyKind>
