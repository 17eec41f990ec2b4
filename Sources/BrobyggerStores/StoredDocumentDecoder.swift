import BrobyggerCore
import Foundation

/// Decodes documents written by ``StoredDocumentEncoder`` (tag `0xB2`, and `0xB1` as written before), through the
/// documents' own `Decodable` initialisers (so every invariant is checked again, as on decoding JSON).
///
/// A keyed container finds a key by comparing UTF-8 bytes (in `0xB2` those of the key table's entry the element
/// names), starting at the element after the one decoded last (synthesised conformances decode in the order they
/// encode), so decoding builds no dictionary; a value not asked for is skipped by its length. Coding paths are
/// built only for an error. Damaged bytes give `DecodingError.dataCorrupted`, never a read outside the document.
///
/// A decoder keeps what it learns about types from one document to the next, unsynchronised: use one on one thread
/// at a time (a copy shares what it has learnt).
struct StoredDocumentDecoder {
    /// Whether values that can read their fields directly (`DirectFieldDecodable`) do; when `false`, every value
    /// reads through its containers: the same values and errors, more slowly; for tests comparing the two.
    var readsFieldsDirectly = true
    /// The routes of the types met so far (shared by copies).
    let routes = DecodingRoutes()

    /// Whether `bytes` start like a document in the binary encoding (either tag).
    static func isBinary(_ bytes: [UInt8]) -> Bool {
        bytes.first == StoredDocumentEncoder.tag || bytes.first == StoredDocumentEncoder.keysSpelledOutTag
    }

    /// Whether `bytes` start like a document in the binary encoding (either tag).
    static func isBinary(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.first == StoredDocumentEncoder.tag || bytes.first == StoredDocumentEncoder.keysSpelledOutTag
    }

    /// Decodes a document from its bytes, which start with ``StoredDocumentEncoder/tag`` or
    /// ``StoredDocumentEncoder/keysSpelledOutTag``.
    func decode<Value: Decodable>(_ type: Value.Type, from bytes: [UInt8]) throws -> Value {
        try bytes.withUnsafeBytes { try decode(type, from: $0) }
    }

    /// Decodes a document from bytes borrowed for the call (a part of a longer read): the value keeps nothing of
    /// them.
    func decode<Value: Decodable>(_ type: Value.Type, from bytes: UnsafeRawBufferPointer) throws -> Value {
        try withExtendedLifetime(routes) { try decode(type, from: bytes, routes: routes) }
    }

    private func decode<Value: Decodable>(
        _ type: Value.Type, from buffer: UnsafeRawBufferPointer, routes: DecodingRoutes
    ) throws -> Value {
        guard buffer.count > 1 else { throw Self.notBinary() }
        switch buffer[0] {
        case StoredDocumentEncoder.keysSpelledOutTag:
            return try Self.decodeValue(
                type, BinaryInput(buffer, keys: nil, routes: routes, direct: readsFieldsDirectly), at: 1)
        case StoredDocumentEncoder.tag:
            var position = 1
            let reader = BinaryInput(buffer, keys: nil, routes: routes, direct: readsFieldsDirectly)
            let count = try reader.varint(&position)
            guard count <= UInt64(buffer.count) else {
                throw reader.corrupted([], "the key table runs past the document's end")
            }
            return try withUnsafeTemporaryAllocation(of: UnsafeRawBufferPointer.self, capacity: Int(count)) {
                table in
                for index in 0..<Int(count) {
                    let (key, after) = try reader.stringBytes(position)
                    table.initializeElement(at: index, to: key)
                    position = after
                }
                let input = BinaryInput(
                    buffer, keys: UnsafeBufferPointer(table), routes: routes, direct: readsFieldsDirectly)
                return try Self.decodeValue(type, input, at: position)
            }
        default: throw Self.notBinary()
        }
    }

    private static func notBinary() -> DecodingError {
        DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "not a binary document"))
    }

    private static func decodeValue<Value: Decodable>(_ type: Value.Type, _ input: BinaryInput, at offset: Int) throws
        -> Value
    {
        let end = try input.skip(offset)
        guard end == input.buffer.count else {
            throw input.corrupted([], "bytes after the document's value")
        }
        return try input.decodeValue(type, at: offset, parent: nil, key: nil)
    }
}

/// How values of the types a decoder has met are read (UUID-backed, field by field), found once per type: the
/// documents of one kind have a few dozen types, so a scan comparing metadata pointers costs less than a conformance
/// lookup per value.
///
/// A decoder is used on one thread at a time (``StoredDocumentDecoder``), so the list needs no lock and skips the
/// run-time exclusivity check.
final class DecodingRoutes {
    /// How values of one type are read.
    struct Route {
        /// The type as UUID-backed, when it is.
        var uuidBacked: (any UUIDBacked.Type)?
        /// The type as read field by field, when it can be (and the decoder reads so, ``BinaryInput/direct``).
        var direct: (any DirectFieldDecodable.Type)?
    }

    @exclusivity(unchecked) private var entries: [(type: ObjectIdentifier, route: Route)] = []
    /// The entry found last: the elements of an array (a record's contacts) ask for the same type one after another.
    @exclusivity(unchecked) private var last = 0

    /// The route of `type`: from this list, else from the routes every decoding shares (a conformance lookup costs
    /// more than decoding a small value, and each type's is done once per process).
    func route<Value>(_ type: Value.Type) -> Route {
        let id = ObjectIdentifier(type)
        if last < entries.count, entries[last].type == id { return entries[last].route }
        for (index, entry) in entries.enumerated() where entry.type == id {
            last = index
            return entry.route
        }
        let route = Self.knownRoutes.route(of: type) {
            Route(uuidBacked: type as? any UUIDBacked.Type, direct: type as? any DirectFieldDecodable.Type)
        }
        last = entries.count
        entries.append((id, route))
        return route
    }

    /// The routes of the types met by any decoding so far.
    private static let knownRoutes = TypeRoutes<Route>()
}

/// What is known about each type met so far by any encoding or decoding in the process (how its values are written
/// or read), found once per type: types do not change, and a conformance lookup costs more than a small value.
final class TypeRoutes<Route>: @unchecked Sendable {
    // Guarded by `lock`.
    private var known: [ObjectIdentifier: Route] = [:]
    private let lock = NSLock()

    /// The route of `type`, found by `find` the first time it is asked for.
    func route(of type: Any.Type, find: () -> Route) -> Route {
        let id = ObjectIdentifier(type)
        lock.lock()
        if let route = known[id] {
            lock.unlock()
            return route
        }
        lock.unlock()
        let route = find()
        lock.lock()
        known[id] = route
        lock.unlock()
        return route
    }
}

/// The bytes of one document being decoded; valid only during ``StoredDocumentDecoder/decode(_:from:)``.
struct BinaryInput {
    let buffer: UnsafeRawBufferPointer
    /// The key table of a `0xB2` document (its keys' UTF-8 bytes), or `nil` for a `0xB1` document.
    let keys: UnsafeBufferPointer<UnsafeRawBufferPointer>?
    /// The decoder's routes, which ``StoredDocumentDecoder/decode(_:from:)`` keeps alive while the input exists
    /// (so the reference is not counted each time an input is copied into a decoder).
    unowned(unsafe) let routes: DecodingRoutes
    /// Whether values may read their fields directly (``StoredDocumentDecoder/readsFieldsDirectly``).
    let direct: Bool

    init(
        _ buffer: UnsafeRawBufferPointer, keys: UnsafeBufferPointer<UnsafeRawBufferPointer>?, routes: DecodingRoutes,
        direct: Bool
    ) {
        self.buffer = buffer
        self.keys = keys
        self.routes = routes
        self.direct = direct
    }

    /// The first and last day number a date may have: the years 1–9999, as `CalendarDate` allows.
    static let dayRange: ClosedRange<Int> = {
        // Both dates exist, so neither initialiser throws.
        let first = (try? CalendarDate(year: CalendarDate.minimumYear, month: 1, day: 1))?.daysSinceEpoch ?? 0
        let last = (try? CalendarDate(year: CalendarDate.maximumYear, month: 12, day: 31))?.daysSinceEpoch ?? 0
        return first...last
    }()

    func corrupted(_ codingPath: @autoclosure () -> [any CodingKey], _ text: String) -> DecodingError {
        DecodingError.dataCorrupted(.init(codingPath: codingPath(), debugDescription: text))
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

    func zigzag(_ offset: inout Int) throws -> Int64 {
        let raw = try varint(&offset)
        return Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1)
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
        case BinaryTag.uuid where keys != nil: position += 16
        case BinaryTag.instant where keys != nil, BinaryTag.date where keys != nil:
            _ = try varint(&position)
            return position
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

    /// A keyed container's element key (its UTF-8 bytes) at `offset`, and the offset of its value.
    func keyBytes(_ offset: Int) throws -> (UnsafeRawBufferPointer, Int) {
        guard let keys else { return try stringBytes(offset) }
        var position = offset
        let number = try varint(&position)
        guard number < UInt64(keys.count) else { throw corrupted([], "a key is not in the document's key table") }
        return (keys[Int(number)], position)
    }

    /// The UUID of a `0xA` value at `offset`.
    func uuid(at offset: Int) throws -> UUID {
        guard offset + 17 <= buffer.count else { throw corrupted([], "a UUID runs past the document's end") }
        return UUID(uuid: buffer.loadUnaligned(fromByteOffset: offset + 1, as: uuid_t.self))
    }

    /// The instant of a `0xB` value at `offset`, held to the years 1–9999 of its Copenhagen calendar day (what its
    /// ISO 8601 text form can say).
    func instant(at offset: Int, _ codingPath: @autoclosure () -> [any CodingKey]) throws -> Instant {
        var position = offset + 1
        let instant = Instant(millisecondsSince1970: try zigzag(&position))
        // A Copenhagen day is never more than a day from the UTC day, so only an instant within a day of either end
        // needs its (costly) time-zone offset; a far one never reaches the calendar's arithmetic.
        let day =
            instant.millisecondsSince1970 >= 0
            ? instant.millisecondsSince1970 / 86_400_000 : (instant.millisecondsSince1970 + 1) / 86_400_000 - 1
        if day > Int64(Self.dayRange.lowerBound), day < Int64(Self.dayRange.upperBound) { return instant }
        guard day >= Int64(Self.dayRange.lowerBound - 1), day <= Int64(Self.dayRange.upperBound + 1),
            Self.dayRange.contains(instant.calendarDate.daysSinceEpoch)
        else {
            throw corrupted(codingPath(), "an instant outside the years 1–9999")
        }
        return instant
    }

    /// The date of a `0xC` value at `offset`, held to the years 1–9999.
    func date(at offset: Int, _ codingPath: @autoclosure () -> [any CodingKey]) throws -> CalendarDate {
        var position = offset + 1
        let days = try zigzag(&position)
        guard days >= Int64(Self.dayRange.lowerBound), days <= Int64(Self.dayRange.upperBound) else {
            throw corrupted(codingPath(), "a date outside the years 1–9999")
        }
        return CalendarDate(daysSinceEpoch: Int(days))
    }

    /// A string value at `offset`; a UUID, instant or date value gives the text JSON holds for it (the lower-case
    /// UUID, ISO 8601), so a conformance reading text reads both encodings alike.
    func string(at offset: Int, _ codingPath: @autoclosure () -> [any CodingKey]) throws -> String {
        guard offset < buffer.count else { throw typeMismatch(String.self, at: offset, codingPath()) }
        switch buffer[offset] {
        case BinaryTag.string:
            let (bytes, _) = try stringBytes(offset + 1)
            return String(decoding: bytes, as: UTF8.self)
        case BinaryTag.uuid where keys != nil:
            return Identifier<Self>(rawValue: try uuid(at: offset)).uuidString
        case BinaryTag.instant where keys != nil: return try instant(at: offset, codingPath()).iso8601
        case BinaryTag.date where keys != nil: return try date(at: offset, codingPath()).iso8601
        default: throw typeMismatch(String.self, at: offset, codingPath())
        }
    }

    func typeMismatch(_ type: Any.Type, at offset: Int, _ codingPath: @autoclosure () -> [any CodingKey])
        -> DecodingError
    {
        let found = offset < buffer.count ? "tag \(buffer[offset])" : "the end"
        return DecodingError.typeMismatch(
            type, .init(codingPath: codingPath(), debugDescription: "expected \(type), found \(found)"))
    }

    func bool(at offset: Int, _ codingPath: @autoclosure () -> [any CodingKey]) throws -> Bool {
        guard offset < buffer.count else { throw typeMismatch(Bool.self, at: offset, codingPath()) }
        switch buffer[offset] {
        case BinaryTag.trueValue: return true
        case BinaryTag.falseValue: return false
        default: throw typeMismatch(Bool.self, at: offset, codingPath())
        }
    }

    func integer<Value: FixedWidthInteger>(
        _ type: Value.Type, at offset: Int, _ codingPath: @autoclosure () -> [any CodingKey]
    ) throws -> Value {
        guard offset < buffer.count else { throw typeMismatch(type, at: offset, codingPath()) }
        var position = offset + 1
        let result: Value?
        switch buffer[offset] {
        case BinaryTag.signed:
            result = Value(exactly: try zigzag(&position))
        case BinaryTag.unsigned:
            result = Value(exactly: try varint(&position))
        default: throw typeMismatch(type, at: offset, codingPath())
        }
        guard let result else {
            throw corrupted(codingPath(), "the number does not fit in \(type)")
        }
        return result
    }

    func double(at offset: Int, _ codingPath: @autoclosure () -> [any CodingKey]) throws -> Double {
        guard offset < buffer.count else { throw typeMismatch(Double.self, at: offset, codingPath()) }
        switch buffer[offset] {
        case BinaryTag.double:
            guard offset + 9 <= buffer.count else { throw corrupted(codingPath(), "a number runs past the end") }
            return Double(
                bitPattern: buffer.loadUnaligned(fromByteOffset: offset + 1, as: UInt64.self).littleEndian)
        case BinaryTag.float: return Double(try float(at: offset, codingPath()))
        case BinaryTag.signed: return Double(try integer(Int64.self, at: offset, codingPath()))
        case BinaryTag.unsigned: return Double(try integer(UInt64.self, at: offset, codingPath()))
        default: throw typeMismatch(Double.self, at: offset, codingPath())
        }
    }

    func float(at offset: Int, _ codingPath: @autoclosure () -> [any CodingKey]) throws -> Float {
        guard offset < buffer.count else { throw typeMismatch(Float.self, at: offset, codingPath()) }
        switch buffer[offset] {
        case BinaryTag.float:
            guard offset + 5 <= buffer.count else { throw corrupted(codingPath(), "a number runs past the end") }
            return Float(bitPattern: buffer.loadUnaligned(fromByteOffset: offset + 1, as: UInt32.self).littleEndian)
        case BinaryTag.double: return Float(try double(at: offset, codingPath()))
        default: throw typeMismatch(Float.self, at: offset, codingPath())
        }
    }

    /// Decodes any value at `offset`: strings, UUIDs, UUID-backed identifiers, instants and dates directly,
    /// anything else through its `init(from:)`. `parent` and `key` say where it is, for an error's coding path.
    func decodeValue<Value: Decodable>(
        _ type: Value.Type, at offset: Int, parent: BinaryDecoder?, key: (any CodingKey)?
    ) throws -> Value {
        func path() -> [any CodingKey] { BinaryDecoder.path(parent: parent, key: key) }
        guard offset < buffer.count else { throw typeMismatch(type, at: offset, path()) }
        switch buffer[offset] {
        case BinaryTag.uuid where keys != nil:
            if let backed = routes.route(Value.self).uuidBacked {
                return Self.make(backed, try uuid(at: offset), as: Value.self)
            }
            if Value.self == UUID.self { return try uuid(at: offset) as! Value }
        case BinaryTag.instant where Value.self == Instant.self && keys != nil:
            return try instant(at: offset, path()) as! Value
        case BinaryTag.date where Value.self == CalendarDate.self && keys != nil:
            return try date(at: offset, path()) as! Value
        case BinaryTag.keyed where keys != nil && direct:
            if let direct = routes.route(Value.self).direct {
                let decoder = BinaryDecoder(input: self, offset: offset, parent: parent, key: key)
                return try Self.make(direct, try decoder.directFields(), as: Value.self)
            }
        default: break
        }
        // The scalars a value's own fields hold, read as their single-value containers read them, without a decoder
        // object per field.
        if Value.self == String.self { return try string(at: offset, path()) as! Value }
        if Value.self == Int.self { return try integer(Int.self, at: offset, path()) as! Value }
        if Value.self == Bool.self { return try bool(at: offset, path()) as! Value }
        if Value.self == UUID.self {
            let text = try string(at: offset, path())
            guard let uuid = UUID(uuidString: text) else { throw corrupted(path(), "not a UUID: \(text)") }
            return uuid as! Value
        }
        return try Value(from: BinaryDecoder(input: self, offset: offset, parent: parent, key: key))
    }

    /// The value of `uuid` as a `Value`, whose type `backed` is (``DecodingRoutes/route(_:)`` found it from
    /// `Value.self`): the value is reinterpreted, not cast, since a dynamic cast per identifier would cost more
    /// than the rest of its decoding.
    private static func make<Value>(_ backed: any UUIDBacked.Type, _ uuid: UUID, as _: Value.Type) -> Value {
        func build<Backed: UUIDBacked>(_: Backed.Type) -> Value {
            assert(Backed.self == Value.self, "a route names another type")
            return unsafeBitCast(Backed(rawValue: uuid), to: Value.self)
        }
        return build(backed)
    }

    /// The value read from `fields` as a `Value`, whose type `direct` is (found from `Value.self`, so reinterpreted
    /// rather than cast, as in ``make(_:_:as:)``).
    static func make<Value>(_ direct: any DirectFieldDecodable.Type, _ fields: DirectFields, as _: Value.Type)
        throws -> Value
    {
        func build<Direct: DirectFieldDecodable>(_: Direct.Type) throws -> Value {
            assert(Direct.self == Value.self, "a route names another type")
            return unsafeBitCast(try Direct(directFields: fields), to: Value.self)
        }
        return try build(direct)
    }
}

/// The `Decoder` handed to a value's `init(from:)`: the value at one offset. Its coding path is its parent's and
/// its key, built only when asked for (an error, mostly).
///
/// It is also the source of the fields of a value read directly (`DirectFieldDecodable`), once ``directFields()``
/// has found them: the fields are found as a keyed container finds them, and read by the same functions.
final class BinaryDecoder: Decoder, DirectFieldSource {
    let input: BinaryInput
    /// Where the value starts: fixed, except for the decoder an array's elements share
    /// (``arrayIfPresent(_:forKey:)``), which moves from one element to the next.
    private(set) var offset: Int
    let parent: BinaryDecoder?
    let key: (any CodingKey)?
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    /// The keyed container's next element to try first, by offset and index.
    var cursor = (offset: 0, index: 0)
    /// The elements of the keyed value read through ``directFields()``: where they start and end, and how many.
    private var fields = (start: 0, end: 0, count: 0)

    init(input: BinaryInput, offset: Int, parent: BinaryDecoder?, key: (any CodingKey)?) {
        self.input = input
        self.offset = offset
        self.parent = parent
        self.key = key
    }

    var codingPath: [any CodingKey] { Self.path(parent: parent, key: key) }

    /// The coding path of a value under `parent` at `key`.
    static func path(parent: BinaryDecoder?, key: (any CodingKey)?) -> [any CodingKey] {
        var path = parent?.codingPath ?? []
        if let key { path.append(key) }
        return path
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        let (start, end, count) = try keyedElements()
        return KeyedDecodingContainer(
            BinaryKeyedDecodingContainer<Key>(decoder: self, start: start, end: end, count: count))
    }

    /// Where the elements of the keyed value at ``offset`` start and end, and how many there are; the cursor is set
    /// to the first.
    private func keyedElements() throws -> (start: Int, end: Int, count: Int) {
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
        return (start, start + length, count)
    }

    /// The offset of the value of the element named `name` among the keyed elements `start..<end` (`count` of
    /// them), or `nil` when there is none. The search starts at the cursor (the element after the one found last,
    /// since values decode their fields in the order they encode them) and goes round once.
    func find(_ name: String, start: Int, end: Int, count: Int) throws -> Int? {
        guard count > 0 else { return nil }
        var name = name
        return try name.withUTF8 { wanted -> Int? in
            var position = cursor.offset
            var index = cursor.index
            for _ in 0..<count {
                if index == count {
                    position = start
                    index = 0
                }
                let (bytes, valueOffset) = try input.keyBytes(position)
                let next = try input.skip(valueOffset)
                guard next <= end else { throw input.corrupted(codingPath, "an element runs past its container") }
                index += 1
                if bytes.count == wanted.count
                    && (wanted.isEmpty || memcmp(bytes.baseAddress!, wanted.baseAddress!, wanted.count) == 0)
                {
                    cursor = (index == count ? start : next, index == count ? 0 : index)
                    return valueOffset
                }
                position = next
            }
            return nil
        }
    }

    /// The fields of the keyed value at ``offset``. ``BinaryInput/decodeValue(_:at:parent:key:)`` asks for them only
    /// in a document with a key table (`0xB2`): one written before (`0xB1`) holds its UUIDs and instants as text,
    /// which the values' own decoding reads.
    func directFields() throws -> DirectFields {
        fields = try keyedElements()
        return DirectFields(self)
    }

    /// The offset of the value at `key` among the fields. An absent key throws `keyNotFound` when the field is
    /// `required`, as a container's `decode(_:forKey:)` does, and gives `nil` otherwise; a null gives `nil` only when
    /// it is not required (`decodeIfPresent(_:forKey:)`), and is otherwise read, and refused, as the value.
    private func field(_ key: any CodingKey, required: Bool) throws -> Int? {
        guard
            let offset = try find(key.stringValue, start: fields.start, end: fields.end, count: fields.count)
        else {
            if required { throw DirectFields(self).missing(key) }
            return nil
        }
        return !required && input.buffer[offset] == BinaryTag.null ? nil : offset
    }

    func uuid(forKey key: any CodingKey, required: Bool) throws -> UUID? {
        guard let offset = try field(key, required: required) else { return nil }
        if input.buffer[offset] == BinaryTag.uuid { return try input.uuid(at: offset) }
        // Text, as `Identifier` decodes it.
        let text = try input.string(at: offset, codingPath + [key])
        return try DirectFields(self).validating(key) { try Identifier<BinaryDecoder>(uuidString: text).rawValue }
    }

    func instant(forKey key: any CodingKey, required: Bool) throws -> Instant? {
        guard let offset = try field(key, required: required) else { return nil }
        // A number, read as `decodeValue` reads it, without its generic path; text goes through `Instant`'s decoding.
        if input.keys != nil, input.buffer[offset] == BinaryTag.instant {
            return try input.instant(at: offset, codingPath + [key])
        }
        return try input.decodeValue(Instant.self, at: offset, parent: self, key: key)
    }

    func string(forKey key: any CodingKey, required: Bool) throws -> String? {
        guard let offset = try field(key, required: required) else { return nil }
        return try input.string(at: offset, codingPath + [key])
    }

    func withTextBytes<Result>(
        forKey key: any CodingKey, required: Bool, _ body: (UnsafeRawBufferPointer?) throws -> Result
    ) throws -> Result {
        guard let offset = try field(key, required: required) else { return try body(nil) }
        if input.buffer[offset] == BinaryTag.string { return try body(try input.stringBytes(offset + 1).0) }
        // Not text as written: read as ``string(forKey:required:)`` reads it (an identifier's or instant's text, or
        // its error).
        var text = try input.string(at: offset, codingPath + [key])
        return try text.withUTF8 { try body(UnsafeRawBufferPointer($0)) }
    }

    func decode<Value: Decodable>(_ type: Value.Type, forKey key: any CodingKey, required: Bool) throws -> Value? {
        guard let offset = try field(key, required: required) else { return nil }
        return try input.decodeValue(type, at: offset, parent: self, key: key)
    }

    /// Each element as ``BinaryUnkeyedDecodingContainer`` hands it to `Array`'s `init(from:)`: found by skipping
    /// the one before, held to the array's bytes, decoded at the array's coding path.
    func arrayIfPresent<Element: Decodable>(_ type: Element.Type, forKey key: any CodingKey) throws -> [Element]? {
        guard let offset = try field(key, required: false) else { return nil }
        guard input.buffer[offset] == BinaryTag.unkeyed else {
            // Not an array: refused as the array's own decoding refuses it.
            return try input.decodeValue([Element].self, at: offset, parent: self, key: key)
        }
        let length = try input.u32(offset + 1)
        let count = try input.u32(offset + 5)
        let start = offset + 9
        guard start + length <= input.buffer.count else {
            throw input.corrupted(codingPath + [key], "a container runs past the document's end")
        }
        var elements: [Element] = []
        // Every element takes a byte at least, so a damaged count cannot reserve more than the bytes can hold.
        elements.reserveCapacity(min(count, length))
        var position = start
        // Elements read field by field share one decoder, moved from element to element: at each it is the decoder
        // `decodeValue` would make (the same input, parent and key), without an allocation per element.
        let direct = input.keys != nil && input.direct ? input.routes.route(Element.self).direct : nil
        let shared = direct.map { _ in BinaryDecoder(input: input, offset: start, parent: self, key: key) }
        for _ in 0..<count {
            let after = try input.skip(position)
            guard after <= start + length else {
                throw input.corrupted(codingPath + [key], "an element runs past its container")
            }
            if let direct, let shared, input.buffer[position] == BinaryTag.keyed {
                shared.offset = position
                elements.append(try BinaryInput.make(direct, try shared.directFields(), as: Element.self))
            } else {
                elements.append(try input.decodeValue(type, at: position, parent: self, key: key))
            }
            position = after
        }
        return elements
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
            decoder: self, count: count, position: offset + 9, end: offset + 9 + length)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        BinarySingleValueDecodingContainer(decoder: self)
    }
}

struct BinaryKeyedDecodingContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: BinaryDecoder
    let start: Int
    let end: Int
    let count: Int
    var input: BinaryInput { decoder.input }
    var codingPath: [any CodingKey] { decoder.codingPath }

    private func path(_ key: Key) -> [any CodingKey] { codingPath + [key] }

    var allKeys: [Key] {
        var keys: [Key] = []
        var position = start
        for _ in 0..<count {
            guard let (bytes, after) = try? input.keyBytes(position), let next = try? input.skip(after) else {
                break
            }
            if let key = Key(stringValue: String(decoding: bytes, as: UTF8.self)) { keys.append(key) }
            position = next
        }
        return keys
    }

    /// The offset of the value of `key`, or `nil` when the container has no such key.
    private func find(_ key: Key) throws -> Int? {
        try decoder.find(key.stringValue, start: start, end: end, count: count)
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
        try input.bool(at: value(key), path(key))
    }
    func decode(_ type: String.Type, forKey key: Key) throws -> String {
        try input.string(at: value(key), path(key))
    }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
        try input.double(at: value(key), path(key))
    }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float {
        try input.float(at: value(key), path(key))
    }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
        try input.integer(type, at: value(key), path(key))
    }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 {
        try input.integer(type, at: value(key), path(key))
    }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 {
        try input.integer(type, at: value(key), path(key))
    }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 {
        try input.integer(type, at: value(key), path(key))
    }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 {
        try input.integer(type, at: value(key), path(key))
    }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt {
        try input.integer(type, at: value(key), path(key))
    }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 {
        try input.integer(type, at: value(key), path(key))
    }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 {
        try input.integer(type, at: value(key), path(key))
    }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 {
        try input.integer(type, at: value(key), path(key))
    }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 {
        try input.integer(type, at: value(key), path(key))
    }
    func decode<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value {
        try input.decodeValue(type, at: value(key), parent: decoder, key: key)
    }

    func decodeIfPresent<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value? {
        guard let offset = try find(key), input.buffer[offset] != BinaryTag.null else { return nil }
        return try input.decodeValue(type, at: offset, parent: decoder, key: key)
    }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        guard let offset = try find(key), input.buffer[offset] != BinaryTag.null else { return nil }
        return try input.string(at: offset, path(key))
    }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        guard let offset = try find(key), input.buffer[offset] != BinaryTag.null else { return nil }
        return try input.integer(type, at: offset, path(key))
    }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        guard let offset = try find(key), input.buffer[offset] != BinaryTag.null else { return nil }
        return try input.bool(at: offset, path(key))
    }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
        guard let offset = try find(key), input.buffer[offset] != BinaryTag.null else { return nil }
        return try input.double(at: offset, path(key))
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try BinaryDecoder(input: input, offset: value(key), parent: decoder, key: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try BinaryDecoder(input: input, offset: value(key), parent: decoder, key: key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        throw input.corrupted(codingPath, "superclass decoding is not supported in binary")
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        throw input.corrupted(codingPath, "superclass decoding is not supported in binary")
    }
}

struct BinaryUnkeyedDecodingContainer: UnkeyedDecodingContainer {
    let decoder: BinaryDecoder
    let elementCount: Int
    var position: Int
    let end: Int
    private(set) var currentIndex = 0
    var input: BinaryInput { decoder.input }
    var codingPath: [any CodingKey] { decoder.codingPath }

    init(decoder: BinaryDecoder, count: Int, position: Int, end: Int) {
        self.decoder = decoder
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
    mutating func decode(_ type: Int.Type) throws -> Int {
        try input.integer(type, at: next(type), codingPath)
    }
    mutating func decode(_ type: Int8.Type) throws -> Int8 {
        try input.integer(type, at: next(type), codingPath)
    }
    mutating func decode(_ type: Int16.Type) throws -> Int16 {
        try input.integer(type, at: next(type), codingPath)
    }
    mutating func decode(_ type: Int32.Type) throws -> Int32 {
        try input.integer(type, at: next(type), codingPath)
    }
    mutating func decode(_ type: Int64.Type) throws -> Int64 {
        try input.integer(type, at: next(type), codingPath)
    }
    mutating func decode(_ type: UInt.Type) throws -> UInt {
        try input.integer(type, at: next(type), codingPath)
    }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 {
        try input.integer(type, at: next(type), codingPath)
    }
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
        return try input.decodeValue(type, at: offset, parent: decoder.parent, key: decoder.key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        let offset = try next([String: Any].self)
        return try BinaryDecoder(input: input, offset: offset, parent: decoder.parent, key: decoder.key)
            .container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let offset = try next([Any].self)
        return try BinaryDecoder(input: input, offset: offset, parent: decoder.parent, key: decoder.key)
            .unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        throw input.corrupted(codingPath, "superclass decoding is not supported in binary")
    }
}

/// A single value: only the decoder, so the container needs no allocation of its own.
struct BinarySingleValueDecodingContainer: SingleValueDecodingContainer {
    let decoder: BinaryDecoder
    var input: BinaryInput { decoder.input }
    var offset: Int { decoder.offset }
    var codingPath: [any CodingKey] { decoder.codingPath }

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
        try input.decodeValue(type, at: offset, parent: decoder.parent, key: decoder.key)
    }
}
