import Foundation

/// Decodes documents written by ``StoredDocumentEncoder``, through the documents' own `Decodable` initialisers (so
/// every invariant is checked again, as on decoding JSON).
///
/// A keyed container finds a key by comparing UTF-8 bytes, starting at the element after the one decoded last
/// (synthesised conformances decode in the order they encode), so decoding builds no dictionary; a value not asked
/// for is skipped by its length. Damaged bytes give `DecodingError.dataCorrupted`, never a read outside the
/// document.
struct StoredDocumentDecoder {
    /// Decodes a document from its bytes, which start with ``StoredDocumentEncoder/tag``.
    func decode<Value: Decodable>(_ type: Value.Type, from bytes: [UInt8]) throws -> Value {
        try bytes.withUnsafeBytes { buffer in
            guard buffer.count > 1, buffer[0] == StoredDocumentEncoder.tag else {
                throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "not a binary document"))
            }
            let input = BinaryInput(buffer)
            let end = try input.skip(1)
            guard end == buffer.count else {
                throw DecodingError.dataCorrupted(
                    .init(codingPath: [], debugDescription: "bytes after the document's value"))
            }
            return try input.decodeValue(Value.self, at: 1, codingPath: [])
        }
    }
}

/// The bytes of one document being decoded; valid only during ``StoredDocumentDecoder/decode(_:from:)``.
struct BinaryInput {
    let buffer: UnsafeRawBufferPointer

    init(_ buffer: UnsafeRawBufferPointer) { self.buffer = buffer }

    func corrupted(_ codingPath: [any CodingKey], _ text: String) -> DecodingError {
        DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: text))
    }

    func varint(_ offset: inout Int) throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while offset < buffer.count, shift < 64 {
            let byte = buffer[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        throw corrupted([], "a number runs past the document's end")
    }

    func u32(_ offset: Int) throws -> Int {
        guard offset + 4 <= buffer.count else { throw corrupted([], "a container runs past the document's end") }
        return Int(buffer.loadUnaligned(fromByteOffset: offset, as: UInt32.self).littleEndian)
    }

    /// The offset after the value at `offset`.
    func skip(_ offset: Int) throws -> Int {
        guard offset < buffer.count else { throw corrupted([], "a value runs past the document's end") }
        var position = offset + 1
        switch buffer[offset] {
        case BinaryTag.null, BinaryTag.falseValue, BinaryTag.trueValue: return position
        case BinaryTag.signed, BinaryTag.unsigned:
            _ = try varint(&position)
            return position
        case BinaryTag.double: position += 8
        case BinaryTag.float: position += 4
        case BinaryTag.string:
            let length = try varint(&position)
            guard length <= UInt64(buffer.count) else { throw corrupted([], "a string runs past the document's end") }
            position += Int(length)
        case BinaryTag.unkeyed, BinaryTag.keyed: position += 8 + (try u32(position))
        default: throw corrupted([], "unknown value tag \(buffer[offset])")
        }
        guard position <= buffer.count else { throw corrupted([], "a value runs past the document's end") }
        return position
    }

    /// A string's UTF-8 bytes (a string value without its tag) at `offset`, and the offset after them.
    func stringBytes(_ offset: Int) throws -> (UnsafeRawBufferPointer, Int) {
        var position = offset
        let length = try varint(&position)
        guard length <= UInt64(buffer.count - position) else {
            throw corrupted([], "a string runs past the document's end")
        }
        let end = position + Int(length)
        return (UnsafeRawBufferPointer(rebasing: buffer[position..<end]), end)
    }

    func string(at offset: Int, _ codingPath: [any CodingKey]) throws -> String {
        guard offset < buffer.count, buffer[offset] == BinaryTag.string else {
            throw typeMismatch(String.self, at: offset, codingPath)
        }
        let (bytes, _) = try stringBytes(offset + 1)
        return String(decoding: bytes, as: UTF8.self)
    }

    func typeMismatch(_ type: Any.Type, at offset: Int, _ codingPath: [any CodingKey]) -> DecodingError {
        let found = offset < buffer.count ? "tag \(buffer[offset])" : "the end"
        return DecodingError.typeMismatch(
            type, .init(codingPath: codingPath, debugDescription: "expected \(type), found \(found)"))
    }

    func bool(at offset: Int, _ codingPath: [any CodingKey]) throws -> Bool {
        guard offset < buffer.count else { throw typeMismatch(Bool.self, at: offset, codingPath) }
        switch buffer[offset] {
        case BinaryTag.trueValue: return true
        case BinaryTag.falseValue: return false
        default: throw typeMismatch(Bool.self, at: offset, codingPath)
        }
    }

    func integer<Value: FixedWidthInteger>(_ type: Value.Type, at offset: Int, _ codingPath: [any CodingKey]) throws
        -> Value
    {
        guard offset < buffer.count else { throw typeMismatch(type, at: offset, codingPath) }
        var position = offset + 1
        let result: Value?
        switch buffer[offset] {
        case BinaryTag.signed:
            let raw = try varint(&position)
            let value = Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1)
            result = Value(exactly: value)
        case BinaryTag.unsigned:
            result = Value(exactly: try varint(&position))
        default: throw typeMismatch(type, at: offset, codingPath)
        }
        guard let result else {
            throw corrupted(codingPath, "the number does not fit in \(type)")
        }
        return result
    }

    func double(at offset: Int, _ codingPath: [any CodingKey]) throws -> Double {
        guard offset < buffer.count else { throw typeMismatch(Double.self, at: offset, codingPath) }
        switch buffer[offset] {
        case BinaryTag.double:
            guard offset + 9 <= buffer.count else { throw corrupted(codingPath, "a number runs past the end") }
            return Double(
                bitPattern: buffer.loadUnaligned(fromByteOffset: offset + 1, as: UInt64.self).littleEndian)
        case BinaryTag.float: return Double(try float(at: offset, codingPath))
        case BinaryTag.signed: return Double(try integer(Int64.self, at: offset, codingPath))
        case BinaryTag.unsigned: return Double(try integer(UInt64.self, at: offset, codingPath))
        default: throw typeMismatch(Double.self, at: offset, codingPath)
        }
    }

    func float(at offset: Int, _ codingPath: [any CodingKey]) throws -> Float {
        guard offset < buffer.count else { throw typeMismatch(Float.self, at: offset, codingPath) }
        switch buffer[offset] {
        case BinaryTag.float:
            guard offset + 5 <= buffer.count else { throw corrupted(codingPath, "a number runs past the end") }
            return Float(bitPattern: buffer.loadUnaligned(fromByteOffset: offset + 1, as: UInt32.self).littleEndian)
        case BinaryTag.double: return Float(try double(at: offset, codingPath))
        default: throw typeMismatch(Float.self, at: offset, codingPath)
        }
    }

    /// Decodes any value at `offset`: strings and UUIDs directly, anything else through its `init(from:)`.
    func decodeValue<Value: Decodable>(_ type: Value.Type, at offset: Int, codingPath: [any CodingKey]) throws
        -> Value
    {
        if Value.self == String.self { return try string(at: offset, codingPath) as! Value }
        if Value.self == UUID.self {
            let text = try string(at: offset, codingPath)
            guard let uuid = UUID(uuidString: text) else { throw corrupted(codingPath, "not a UUID: \(text)") }
            return uuid as! Value
        }
        return try Value(from: BinaryDecoder(input: self, offset: offset, codingPath: codingPath))
    }
}

/// The `Decoder` handed to a value's `init(from:)`: the value at one offset.
final class BinaryDecoder: Decoder {
    let input: BinaryInput
    let offset: Int
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    /// The keyed container's next element to try first, by offset and index.
    var cursor = (offset: 0, index: 0)

    init(input: BinaryInput, offset: Int, codingPath: [any CodingKey]) {
        self.input = input
        self.offset = offset
        self.codingPath = codingPath
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard offset < input.buffer.count, input.buffer[offset] == BinaryTag.keyed else {
            throw input.typeMismatch([String: Any].self, at: offset, codingPath)
        }
        let length = try input.u32(offset + 1)
        let count = try input.u32(offset + 5)
        let start = offset + 9
        guard start + length <= input.buffer.count else {
            throw input.corrupted(codingPath, "a container runs past the document's end")
        }
        cursor = (start, 0)
        return KeyedDecodingContainer(
            BinaryKeyedDecodingContainer<Key>(decoder: self, start: start, end: start + length, count: count))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard offset < input.buffer.count, input.buffer[offset] == BinaryTag.unkeyed else {
            throw input.typeMismatch([Any].self, at: offset, codingPath)
        }
        let length = try input.u32(offset + 1)
        let count = try input.u32(offset + 5)
        guard offset + 9 + length <= input.buffer.count else {
            throw input.corrupted(codingPath, "a container runs past the document's end")
        }
        return BinaryUnkeyedDecodingContainer(
            input: input, codingPath: codingPath, count: count, position: offset + 9, end: offset + 9 + length)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        BinarySingleValueDecodingContainer(input: input, offset: offset, codingPath: codingPath)
    }
}

struct BinaryKeyedDecodingContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: BinaryDecoder
    let start: Int
    let end: Int
    let count: Int
    var input: BinaryInput { decoder.input }
    var codingPath: [any CodingKey] { decoder.codingPath }

    var allKeys: [Key] {
        var keys: [Key] = []
        var position = start
        for _ in 0..<count {
            guard let (bytes, after) = try? input.stringBytes(position), let next = try? input.skip(after) else {
                break
            }
            if let key = Key(stringValue: String(decoding: bytes, as: UTF8.self)) { keys.append(key) }
            position = next
        }
        return keys
    }

    /// The offset of the value of `key`, or `nil` when the container has no such key.
    private func find(_ key: Key) throws -> Int? {
        guard count > 0 else { return nil }
        var name = key.stringValue
        return try name.withUTF8 { wanted -> Int? in
            var position = decoder.cursor.offset
            var index = decoder.cursor.index
            for _ in 0..<count {
                if index == count {
                    position = start
                    index = 0
                }
                let (bytes, valueOffset) = try input.stringBytes(position)
                let next = try input.skip(valueOffset)
                guard next <= end else { throw input.corrupted(codingPath, "an element runs past its container") }
                index += 1
                if bytes.count == wanted.count
                    && (wanted.isEmpty || memcmp(bytes.baseAddress!, wanted.baseAddress!, wanted.count) == 0)
                {
                    decoder.cursor = (index == count ? start : next, index == count ? 0 : index)
                    return valueOffset
                }
                position = next
            }
            return nil
        }
    }

    private func value(_ key: Key) throws -> Int {
        guard let offset = try find(key) else {
            throw DecodingError.keyNotFound(
                key, .init(codingPath: codingPath, debugDescription: "no value for \(key.stringValue)"))
        }
        return offset
    }

    func contains(_ key: Key) -> Bool { (try? find(key)) != nil }

    func decodeNil(forKey key: Key) throws -> Bool {
        let offset = try value(key)
        return input.buffer[offset] == BinaryTag.null
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
        try input.bool(at: value(key), codingPath + [key])
    }
    func decode(_ type: String.Type, forKey key: Key) throws -> String {
        try input.string(at: value(key), codingPath + [key])
    }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
        try input.double(at: value(key), codingPath + [key])
    }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float {
        try input.float(at: value(key), codingPath + [key])
    }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
        try input.integer(type, at: value(key), codingPath + [key])
    }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 {
        try input.integer(type, at: value(key), codingPath + [key])
    }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 {
        try input.integer(type, at: value(key), codingPath + [key])
    }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 {
        try input.integer(type, at: value(key), codingPath + [key])
    }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 {
        try input.integer(type, at: value(key), codingPath + [key])
    }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt {
        try input.integer(type, at: value(key), codingPath + [key])
    }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 {
        try input.integer(type, at: value(key), codingPath + [key])
    }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 {
        try input.integer(type, at: value(key), codingPath + [key])
    }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 {
        try input.integer(type, at: value(key), codingPath + [key])
    }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 {
        try input.integer(type, at: value(key), codingPath + [key])
    }
    func decode<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value {
        try input.decodeValue(type, at: value(key), codingPath: codingPath + [key])
    }

    func decodeIfPresent<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value? {
        guard let offset = try find(key), input.buffer[offset] != BinaryTag.null else { return nil }
        return try input.decodeValue(type, at: offset, codingPath: codingPath + [key])
    }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        guard let offset = try find(key), input.buffer[offset] != BinaryTag.null else { return nil }
        return try input.string(at: offset, codingPath + [key])
    }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        guard let offset = try find(key), input.buffer[offset] != BinaryTag.null else { return nil }
        return try input.integer(type, at: offset, codingPath + [key])
    }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        guard let offset = try find(key), input.buffer[offset] != BinaryTag.null else { return nil }
        return try input.bool(at: offset, codingPath + [key])
    }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
        guard let offset = try find(key), input.buffer[offset] != BinaryTag.null else { return nil }
        return try input.double(at: offset, codingPath + [key])
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try BinaryDecoder(input: input, offset: value(key), codingPath: codingPath + [key]).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try BinaryDecoder(input: input, offset: value(key), codingPath: codingPath + [key]).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        throw input.corrupted(codingPath, "superclass decoding is not supported in binary")
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        throw input.corrupted(codingPath, "superclass decoding is not supported in binary")
    }
}

struct BinaryUnkeyedDecodingContainer: UnkeyedDecodingContainer {
    let input: BinaryInput
    let codingPath: [any CodingKey]
    let elementCount: Int
    var position: Int
    let end: Int
    private(set) var currentIndex = 0

    init(input: BinaryInput, codingPath: [any CodingKey], count: Int, position: Int, end: Int) {
        self.input = input
        self.codingPath = codingPath
        self.elementCount = count
        self.position = position
        self.end = end
    }

    var count: Int? { elementCount }
    var isAtEnd: Bool { currentIndex >= elementCount }

    /// The next element's offset; moves past it.
    private mutating func next(_ type: Any.Type) throws -> Int {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(
                type, .init(codingPath: codingPath, debugDescription: "the unkeyed container is at its end"))
        }
        let offset = position
        let after = try input.skip(offset)
        guard after <= end else { throw input.corrupted(codingPath, "an element runs past its container") }
        position = after
        currentIndex += 1
        return offset
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, position < input.buffer.count, input.buffer[position] == BinaryTag.null else { return false }
        _ = try next(Never.self)
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try input.bool(at: next(type), codingPath) }
    mutating func decode(_ type: String.Type) throws -> String { try input.string(at: next(type), codingPath) }
    mutating func decode(_ type: Double.Type) throws -> Double { try input.double(at: next(type), codingPath) }
    mutating func decode(_ type: Float.Type) throws -> Float { try input.float(at: next(type), codingPath) }
    mutating func decode(_ type: Int.Type) throws -> Int { try input.integer(type, at: next(type), codingPath) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try input.integer(type, at: next(type), codingPath) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try input.integer(type, at: next(type), codingPath) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try input.integer(type, at: next(type), codingPath) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try input.integer(type, at: next(type), codingPath) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try input.integer(type, at: next(type), codingPath) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try input.integer(type, at: next(type), codingPath) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 {
        try input.integer(type, at: next(type), codingPath)
    }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 {
        try input.integer(type, at: next(type), codingPath)
    }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 {
        try input.integer(type, at: next(type), codingPath)
    }
    mutating func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        let offset = try next(type)
        return try input.decodeValue(type, at: offset, codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        let offset = try next([String: Any].self)
        return try BinaryDecoder(input: input, offset: offset, codingPath: codingPath).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let offset = try next([Any].self)
        return try BinaryDecoder(input: input, offset: offset, codingPath: codingPath).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        throw input.corrupted(codingPath, "superclass decoding is not supported in binary")
    }
}

struct BinarySingleValueDecodingContainer: SingleValueDecodingContainer {
    let input: BinaryInput
    let offset: Int
    let codingPath: [any CodingKey]

    func decodeNil() -> Bool { offset < input.buffer.count && input.buffer[offset] == BinaryTag.null }
    func decode(_ type: Bool.Type) throws -> Bool { try input.bool(at: offset, codingPath) }
    func decode(_ type: String.Type) throws -> String { try input.string(at: offset, codingPath) }
    func decode(_ type: Double.Type) throws -> Double { try input.double(at: offset, codingPath) }
    func decode(_ type: Float.Type) throws -> Float { try input.float(at: offset, codingPath) }
    func decode(_ type: Int.Type) throws -> Int { try input.integer(type, at: offset, codingPath) }
    func decode(_ type: Int8.Type) throws -> Int8 { try input.integer(type, at: offset, codingPath) }
    func decode(_ type: Int16.Type) throws -> Int16 { try input.integer(type, at: offset, codingPath) }
    func decode(_ type: Int32.Type) throws -> Int32 { try input.integer(type, at: offset, codingPath) }
    func decode(_ type: Int64.Type) throws -> Int64 { try input.integer(type, at: offset, codingPath) }
    func decode(_ type: UInt.Type) throws -> UInt { try input.integer(type, at: offset, codingPath) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try input.integer(type, at: offset, codingPath) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try input.integer(type, at: offset, codingPath) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try input.integer(type, at: offset, codingPath) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try input.integer(type, at: offset, codingPath) }
    func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        try input.decodeValue(type, at: offset, codingPath: codingPath)
    }
}
