import Foundation

/// A typed identifier for an entity: a `Resident.ID` cannot be passed where a `Facility.ID` is expected.
///
/// Backed by a UUID and written as its plain string, in the spirit of swift-tagged. `Owner` is a phantom type;
/// entities declare `public typealias ID = Identifier<Self>`.
public struct Identifier<Owner>: RawRepresentable, Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    /// The UUID.
    public let rawValue: UUID

    /// Wraps a UUID.
    public init(rawValue: UUID) {
        self.rawValue = rawValue
    }

    /// Parses a UUID string.
    ///
    /// - Throws: ``ValidationError`` with code `identifier.not-uuid` when the text is not a UUID.
    public init(uuidString: String) throws(ValidationError) {
        guard let uuid = UUIDText.parse(uuidString) else {
            throw ValidationError(
                field: .root, code: "identifier.not-uuid", rule: "an identifier is a UUID",
                offendingValue: uuidString)
        }
        self.rawValue = uuid
    }

    /// Draws the next identifier from a source (random in production, sequential in tests).
    public init(using source: some IdentifierSource) {
        self.rawValue = source.nextUUID()
    }

    /// A new random identifier.
    public static func random() -> Identifier { Identifier(rawValue: UUID()) }

    /// Decodes a UUID string.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try decoder.validating { try Identifier(uuidString: text) }
    }

    /// Encodes the UUID string (lower case).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(uuidString)
    }

    /// The UUID in lower case, as written in JSON and files.
    public var uuidString: String { UUIDText.lowercase(rawValue) }

    /// The UUID in lower case.
    public var description: String { uuidString }

    /// Feeds the UUID's 16 bytes to the hasher as two 64-bit words: the same information as `UUID`'s own hashing
    /// (equal identifiers hash alike), in two rounds of the hasher instead of a byte buffer. Identifiers key most of
    /// the library's dictionaries and sets, so this is on the path of every import and report.
    @inlinable
    public func hash(into hasher: inout Hasher) {
        withUnsafeBytes(of: rawValue.uuid) { bytes in
            hasher.combine(bytes.loadUnaligned(as: UInt64.self))
            hasher.combine(bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        }
    }

    /// Orders identifiers by their UUID string, so listings are stable. The lower-case text orders as the UUID's 16
    /// bytes do (each byte is two hexadecimal digits, `0`–`9` before `a`–`f`, the dashes at fixed places), so the bytes
    /// are compared, as two big-endian words, without making the strings.
    @inlinable
    public static func < (lhs: Identifier, rhs: Identifier) -> Bool {
        let left = Self.words(lhs.rawValue)
        let right = Self.words(rhs.rawValue)
        return left.high != right.high ? left.high < right.high : left.low < right.low
    }

    /// The UUID's first and last eight bytes as big-endian numbers.
    @inlinable
    static func words(_ uuid: UUID) -> (high: UInt64, low: UInt64) {
        withUnsafeBytes(of: uuid.uuid) { bytes in
            (
                UInt64(bigEndian: bytes.loadUnaligned(as: UInt64.self)),
                UInt64(bigEndian: bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
            )
        }
    }
}

/// A source of fresh UUIDs for new identifiers.
///
/// Production code uses ``RandomIdentifierSource``; tests pass a deterministic source so that every run produces the
/// same identifiers.
public protocol IdentifierSource: Sendable {
    /// The next UUID.
    func nextUUID() -> UUID
}

/// Random (version 4) UUIDs.
public struct RandomIdentifierSource: IdentifierSource {
    /// Creates the source.
    public init() {}

    /// A random UUID.
    public func nextUUID() -> UUID { UUID() }
}
