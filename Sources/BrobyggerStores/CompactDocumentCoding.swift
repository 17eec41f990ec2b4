import Foundation

/// The file store's compact binary document encoding, for other stores that keep documents as bytes (the PostgreSQL
/// adapter's `versions.encoded` column): the same `Codable` conformances as JSON, without text.
///
/// It is the encoding `documents.dat` holds (`StoredDocumentEncoder` and `StoredDocumentDecoder`, internal to this
/// module, implement it), so a document encoded by one version of the library is read by the same or any later
/// version: later versions may add tags, never change or drop one.
///
/// ## Layout
///
/// A document written today starts with the tag byte `0xB2`, then its key table (the number of distinct keys, then
/// each key as its UTF-8 length and bytes; lengths and counts in LEB128), then one value. A document written by
/// earlier versions starts with `0xB1` and has no key table (its keyed containers spell every key out); it is still
/// read. The values:
/// - `0x00` nil, `0x01` false, `0x02` true;
/// - `0x03` a signed integer (zigzag, then LEB128), `0x04` an unsigned integer (LEB128);
/// - `0x05` a `Double` (64 bits), `0x06` a `Float` (32 bits), little-endian IEEE 754;
/// - `0x07` a string: its UTF-8 length (LEB128), then the UTF-8 bytes;
/// - `0x08` an unkeyed container, `0x09` a keyed container: the byte length of what follows the container's 8-byte
///   header and the number of elements (32 bits each, little-endian), then the elements; a keyed container's element
///   is its key followed by its value: in `0xB2` the key's place in the key table (LEB128), in `0xB1` the key's
///   UTF-8 length and bytes;
/// - `0x0A` (`0xB2` only) a UUID-backed value (`UUIDBacked`, every typed identifier): the UUID's 16 bytes;
/// - `0x0B` (`0xB2` only) an `Instant`: its milliseconds since 1970 (zigzag, LEB128);
/// - `0x0C` (`0xB2` only) a `CalendarDate`: its day number since 1970-01-01 (zigzag, LEB128).
///
/// A conformance that reads one of the last three as a `String` gets the text JSON would hold (the lower-case UUID,
/// ISO 8601), so every conformance reads JSON and this encoding alike. Neither tag is a byte a UTF-8 text can start
/// with, so ``isCompact(_:)`` tells these bytes from JSON by their first byte.
///
/// ## Decoding checks as JSON does
///
/// Decoding builds every value through its own `init(from:)`, the same validating initialiser JSON decoding runs,
/// so the bytes can never build a value that breaks an invariant: such a value throws what it throws from JSON (for
/// Brobygger's types, a `DecodingError.dataCorrupted` naming the field and the rule). Damaged bytes (truncated, a length running past the end, an unknown
/// tag, a key outside the key table, an instant or a date outside the years 1–9999, bytes after the value) throw
/// `DecodingError.dataCorrupted`; decoding never reads outside the given bytes and never traps.
public enum CompactDocumentCoding {
    /// The first byte of a document encoded today (with a key table).
    public static let tag: UInt8 = StoredDocumentEncoder.tag

    /// Encodes a document, starting with ``tag``.
    ///
    /// The encoder writes straight into one byte array, so a conformance must use its containers in stack order (a
    /// nested container finished before its parent is written to again), as every synthesised conformance and every
    /// Brobygger document does. One that does otherwise, or that encodes a superclass (`superEncoder()`), throws
    /// `EncodingError.invalidValue`; keep such a document as JSON, as the file store does.
    ///
    /// - Throws: `EncodingError.invalidValue`, or whatever the value's own `encode(to:)` throws.
    public static func encode<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        try StoredDocumentEncoder().encode(value)
    }

    /// Decodes a document encoded by ``encode(_:)`` (tag `0xB2`) or by an earlier version of the library (`0xB1`),
    /// through its validating initialiser.
    ///
    /// - Throws: `DecodingError.dataCorrupted` when the bytes are not in this encoding or are damaged, or when they
    ///   are intact but describe a value that breaks its invariant (then naming the field and the rule, as from
    ///   JSON); whatever else the value's own `init(from:)` throws.
    public static func decode<Value: Decodable>(_ type: Value.Type, from bytes: [UInt8]) throws -> Value {
        try StoredDocumentDecoder().decode(type, from: bytes)
    }

    /// Whether `bytes` start like a document in this encoding (`0xB2` or `0xB1`); JSON never does. Says nothing about
    /// whether the rest is intact: ``decode(_:from:)`` checks that.
    public static func isCompact(_ bytes: [UInt8]) -> Bool {
        StoredDocumentDecoder.isBinary(bytes)
    }
}
