import BrobyggerCore

/// A FHIR code from a code system, as an open enum: the known codes are cases, and any other code is kept as
/// `.unrecognized(String)` so that data from a newer release or a local extension decodes and round-trips unchanged.
public protocol FHIRCode: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible
where RawValue == String {
    /// The code for `rawValue`; never fails, unknown codes become `.unrecognized`.
    init(rawValue: String)
    /// The code system's URI.
    static var system: String { get }
}

extension FHIRCode {
    /// Decodes the code from a JSON string.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.decodeVocabularyCode())
    }

    /// Encodes the code as a JSON string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The code.
    public var description: String { rawValue }
}
