import Foundation

/// A value that can be read from its fields directly, without a `KeyedDecodingContainer` and a nested decoder per
/// field, when its decoder offers that (the store's binary decoder does).
///
/// The values a resident record holds by the hundred (`TeamContact` and `CourseEvent` in BrobyggerResidents) are
/// such values. A decoder that offers direct reading finds out once per type whether a type conforms, so a value
/// costs no dynamic cast; any other decoder (JSON, or a binary document written before key tables) calls
/// `init(from:)`. An implementation reads the keys `init(from:)` reads and ends in the same validating initialiser,
/// so both accept and refuse the same documents; only the cost differs.
public protocol DirectFieldDecodable: Decodable {
    /// Reads the value from its fields.
    ///
    /// - Throws: `DecodingError`, as `init(from:)` would throw it for the same document.
    init(directFields fields: DirectFields) throws
}

/// A value that can write its fields directly, without a `KeyedEncodingContainer` and a nested encoder per field,
/// when its encoder offers that (the store's binary encoder does): the counterpart of ``DirectFieldDecodable``.
///
/// An implementation writes the keys and values `encode(to:)` writes, in the same order, so the bytes are the same.
public protocol DirectFieldEncodable: Encodable {
    /// Writes the value's fields into `fields`.
    func encode(directFields fields: any DirectFieldSink) throws
}

/// Where ``DirectFields`` reads: one keyed value, held by a decoder that reads ``DirectFieldDecodable`` values
/// directly.
///
/// Each read finds its key the way a keyed container finds it. A `required` read is a container's
/// `decode(_:forKey:)`: an absent key throws `DecodingError.keyNotFound`, and a null is read as the value would read
/// it (and refused the same way). Otherwise it is `decodeIfPresent(_:forKey:)`: an absent key or a null gives `nil`.
public protocol DirectFieldSource: AnyObject {
    /// The coding path of the value whose fields these are.
    var codingPath: [any CodingKey] { get }

    /// The UUID at `key`, read as a UUID-backed identifier (`Identifier`) decodes it.
    func uuid(forKey key: any CodingKey, required: Bool) throws -> UUID?

    /// The instant at `key`, read as ``Instant``'s own decoding reads it.
    func instant(forKey key: any CodingKey, required: Bool) throws -> Instant?

    /// The text at `key`.
    func string(forKey key: any CodingKey, required: Bool) throws -> String?

    /// The UTF-8 bytes of the text at `key`, lent to `body` for the call (`nil` when the field is absent or null and
    /// not `required`): what ``string(forKey:required:)`` reads, without making a `String` of it.
    func withTextBytes<Result>(
        forKey key: any CodingKey, required: Bool, _ body: (UnsafeRawBufferPointer?) throws -> Result
    ) throws -> Result

    /// Any other value at `key`, through its `init(from:)`.
    func decode<Value: Decodable>(_ type: Value.Type, forKey key: any CodingKey, required: Bool) throws -> Value?

    /// The array at `key`, each element read as an array's `init(from:)` would read it (field by field when its type
    /// is ``DirectFieldDecodable``); `nil` when it is absent or null.
    func arrayIfPresent<Element: Decodable>(_ type: Element.Type, forKey key: any CodingKey) throws -> [Element]?
}

extension DirectFieldSource {
    /// The text's bytes through ``string(forKey:required:)``: for a source with no cheaper way.
    public func withTextBytes<Result>(
        forKey key: any CodingKey, required: Bool, _ body: (UnsafeRawBufferPointer?) throws -> Result
    ) throws -> Result {
        guard var text = try string(forKey: key, required: required) else { return try body(nil) }
        return try text.withUTF8 { try body(UnsafeRawBufferPointer($0)) }
    }
}

/// The fields of one keyed value being decoded (``DirectFieldDecodable/init(directFields:)``), read as a keyed container
/// reads them: a field that must be present and is absent throws `DecodingError.keyNotFound` naming its key, as
/// `decode(_:forKey:)` does; the `…IfPresent` reads give `nil` for an absent key or a null, as
/// `decodeIfPresent(_:forKey:)` does.
public struct DirectFields {
    /// The value's fields.
    @usableFromInline let source: any DirectFieldSource

    /// The fields `source` reads.
    public init(_ source: any DirectFieldSource) {
        self.source = source
    }

    /// The coding path of the value whose fields these are.
    public var codingPath: [any CodingKey] { source.codingPath }

    /// The error for a field that must be present and is not.
    @inlinable
    public func missing(_ key: any CodingKey) -> DecodingError {
        DecodingError.keyNotFound(
            key, .init(codingPath: source.codingPath, debugDescription: "no value for \(key.stringValue)"))
    }

    /// The UUID at `key`, as a UUID-backed identifier decodes it.
    @inlinable
    public func uuid(_ key: any CodingKey) throws -> UUID {
        guard let value = try source.uuid(forKey: key, required: true) else { throw missing(key) }
        return value
    }

    /// The UUID at `key`, or `nil` when it is absent or null.
    @inlinable
    public func uuidIfPresent(_ key: any CodingKey) throws -> UUID? {
        try source.uuid(forKey: key, required: false)
    }

    /// The instant at `key`.
    @inlinable
    public func instant(_ key: any CodingKey) throws -> Instant {
        guard let value = try source.instant(forKey: key, required: true) else { throw missing(key) }
        return value
    }

    /// The text at `key`.
    @inlinable
    public func string(_ key: any CodingKey) throws -> String {
        guard let value = try source.string(forKey: key, required: true) else { throw missing(key) }
        return value
    }

    /// The case of a string-backed enumeration at `key`, or `nil` when it is absent or null; a text with no case is
    /// refused as the enumeration's own decoding refuses it (`DecodingError.dataCorrupted` at `key`).
    @inlinable
    public func rawValueIfPresent<Value: RawRepresentable>(_ type: Value.Type, _ key: any CodingKey) throws -> Value?
    where Value.RawValue == String {
        guard let text = try source.string(forKey: key, required: false) else { return nil }
        return try Self.value(type, text, at: source.codingPath + [key])
    }

    /// The case of a string-backed enumeration at `key`, as the `rawValueIfPresent` above reads it.
    @inlinable
    public func rawValue<Value: RawRepresentable>(_ type: Value.Type, _ key: any CodingKey) throws -> Value
    where Value.RawValue == String {
        try Self.value(type, string(key), at: source.codingPath + [key])
    }

    /// The case of a string-backed enumeration with a list of its cases at `key`, or `nil` when it is absent or
    /// null: as the other overload reads it, with the text's bytes compared with each case's raw value instead of
    /// made into a `String` first (a contact's kind, `acute_outpatient_contact`, is too long to be made without an
    /// allocation). Bytes that match no raw value go the other overload's way, so the same texts are accepted and
    /// refused: a case whose raw value has the same bytes is the case `init(rawValue:)` gives, for an enumeration
    /// whose raw values differ in more than Unicode normalisation (as every raw value in this project does).
    @inlinable
    public func rawValueIfPresent<Value: RawRepresentable & CaseIterable>(_ type: Value.Type, _ key: any CodingKey)
        throws -> Value? where Value.RawValue == String
    {
        try source.withTextBytes(forKey: key, required: false) { bytes in
            guard let bytes else { return nil }
            return try Self.value(type, bytes, at: source.codingPath + [key])
        }
    }

    /// The case of a string-backed enumeration with a list of its cases at `key`, as
    /// the `rawValueIfPresent` beside it reads it.
    @inlinable
    public func rawValue<Value: RawRepresentable & CaseIterable>(_ type: Value.Type, _ key: any CodingKey) throws
        -> Value where Value.RawValue == String
    {
        try source.withTextBytes(forKey: key, required: true) { bytes in
            guard let bytes else { throw missing(key) }
            return try Self.value(type, bytes, at: source.codingPath + [key])
        }
    }

    /// The case whose raw value has the UTF-8 `bytes`, else as ``value(_:_:at:)`` finds it from their text.
    @inlinable
    static func value<Value: RawRepresentable & CaseIterable>(
        _ type: Value.Type, _ bytes: UnsafeRawBufferPointer, at codingPath: @autoclosure () -> [any CodingKey]
    ) throws -> Value where Value.RawValue == String {
        for candidate in Value.allCases {
            var raw = candidate.rawValue
            let same = raw.withUTF8 { utf8 in
                utf8.count == bytes.count
                    && (utf8.isEmpty || memcmp(utf8.baseAddress!, bytes.baseAddress!, utf8.count) == 0)
            }
            if same { return candidate }
        }
        return try value(type, String(decoding: bytes, as: UTF8.self), at: codingPath())
    }

    /// The case named `text`, or the error of a string-backed enumeration's own decoding.
    @inlinable
    static func value<Value: RawRepresentable>(
        _ type: Value.Type, _ text: String, at codingPath: @autoclosure () -> [any CodingKey]
    ) throws -> Value where Value.RawValue == String {
        guard let value = Value(rawValue: text) else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: codingPath(),
                    debugDescription: "Cannot initialize \(Value.self) from invalid String value \(text)"))
        }
        return value
    }

    /// The code of an open vocabulary (an open enumeration's raw value) at `key`, refused as
    /// `Decoder.decodeVocabularyCode()` refuses it when it holds control characters or bidirectional overrides
    /// (``ControlCharacters``).
    public func vocabularyCode(_ key: any CodingKey) throws -> String {
        try ControlCharacters.vocabularyCode(string(key), at: source.codingPath + [key])
    }

    /// Any other value at `key`, through its `init(from:)`.
    @inlinable
    public func decode<Value: Decodable>(_ type: Value.Type, _ key: any CodingKey) throws -> Value {
        guard let value = try source.decode(type, forKey: key, required: true) else { throw missing(key) }
        return value
    }

    /// Any other value at `key`, through its `init(from:)`, or `nil` when it is absent or null.
    @inlinable
    public func decodeIfPresent<Value: Decodable>(_ type: Value.Type, _ key: any CodingKey) throws -> Value? {
        try source.decode(type, forKey: key, required: false)
    }

    /// The array at `key`, or `nil` when it is absent or null: what `decodeIfPresent([Element].self, key)` gives,
    /// without a nested decoder and container for the array.
    @inlinable
    public func arrayIfPresent<Element: Decodable>(_ type: Element.Type, _ key: any CodingKey) throws -> [Element]? {
        try source.arrayIfPresent(type, forKey: key)
    }

    /// The result of `build`, which validates the value at `key`: a ``ValidationError`` becomes
    /// `DecodingError.dataCorrupted` at `key` and the error's own field, as `Decoder.validating(_:)` does for a
    /// value decoded through a decoder of its own.
    @inlinable
    public func validating<Value>(_ key: any CodingKey, _ build: () throws -> Value) throws -> Value {
        try Self.validating(at: source.codingPath + [key], build)
    }

    /// The result of `build`, which validates the value whose fields these are: a ``ValidationError`` becomes
    /// `DecodingError.dataCorrupted` at the error's field, as `Decoder.validating(_:)` does in `init(from:)`.
    @inlinable
    public func validating<Value>(_ build: () throws -> Value) throws -> Value {
        try Self.validating(at: source.codingPath, build)
    }

    @inlinable
    static func validating<Value>(at codingPath: @autoclosure () -> [any CodingKey], _ build: () throws -> Value)
        throws -> Value
    {
        do {
            return try build()
        } catch let error as ValidationError {
            throw DecodingError.dataCorrupted(
                .init(codingPath: codingPath() + error.field.codingKeys, debugDescription: error.description))
        }
    }
}

/// Where a ``DirectFieldEncodable`` value writes its fields: one keyed value, held by an encoder that writes such
/// values directly.
///
/// Each write adds the key and its value as a keyed container's `encode(_:forKey:)` adds them; a `nil` field is
/// left out, as `encodeIfPresent(_:forKey:)` leaves it out.
public protocol DirectFieldSink: AnyObject {
    /// Writes `uuid` at `key`, as a UUID-backed identifier (`Identifier`) encodes itself.
    func encode(uuid: UUID?, forKey key: any CodingKey) throws

    /// Writes `instant` at `key`, as ``Instant`` encodes itself.
    func encode(instant: Instant?, forKey key: any CodingKey) throws

    /// Writes `text` at `key`; a string-backed enumeration writes its raw value.
    func encode(string text: String?, forKey key: any CodingKey) throws

    /// Writes any other value at `key`, through its `encode(to:)`.
    func encode<Value: Encodable>(_ value: Value?, forKey key: any CodingKey) throws
}
