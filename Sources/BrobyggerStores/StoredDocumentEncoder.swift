import BrobyggerCore
import Foundation

/// Encodes documents for `documents.dat` in the store's compact binary encoding (``StoredDocumentDecoder`` reads
/// it): the same `Codable` conformances as JSON, so every value is rebuilt through its own throwing initialiser on
/// reading, but without text: no quoting, escaping or number formatting, and lengths up front so a reader skips
/// what it is not asked for.
///
/// A document written today starts with the tag byte `0xB2`, then its key table (the number of distinct keys, then
/// each key as its UTF-8 length and bytes, all LEB128 lengths), then one value. A document written before starts with
/// `0xB1` and has no key table (its keyed containers spell every key out); it is still read. The values:
/// - `0x00` nil, `0x01` false, `0x02` true;
/// - `0x03` a signed integer (zigzag, then LEB128), `0x04` an unsigned integer (LEB128);
/// - `0x05` a `Double` (64 bits), `0x06` a `Float` (32 bits), little-endian IEEE 754;
/// - `0x07` a string: its UTF-8 length (LEB128), then the UTF-8 bytes;
/// - `0x08` an unkeyed container, `0x09` a keyed container: the byte length of what follows the container's
///   8-byte header and the number of elements (32 bits each), then the elements; a keyed container's element is
///   its key followed by its value: in `0xB2` the key's place in the key table (LEB128), in `0xB1` the key's string
///   without its tag;
/// - `0x0A` (`0xB2` only) a UUID-backed value (`UUIDBacked`, every typed identifier): the UUID's 16 bytes;
/// - `0x0B` (`0xB2` only) an `Instant`: its milliseconds since 1970 (zigzag, LEB128);
/// - `0x0C` (`0xB2` only) a `CalendarDate`: its day number since 1970-01-01 (zigzag, LEB128).
///
/// The last three are what JSON writes as text (the lower-case UUID, ISO 8601): a conformance that reads them as a
/// `String` gets exactly that text, so every conformance reads both encodings alike; the reader rebuilds the values
/// through their own initialisers and rejects an instant or a date outside the years 1–9999, as the text form does.
///
/// The encoder writes straight into one byte array, so containers must be used in the order of a stack (a nested
/// container finished before its parent writes again), as every synthesised and nearly every hand-written
/// conformance does; a conformance that does otherwise gets `EncodingError.invalidValue`, and the store keeps
/// that document as JSON.
struct StoredDocumentEncoder {
    /// The first byte of a document in the binary encoding with a key table, as written today.
    static let tag: UInt8 = 0xB2
    /// The first byte of a document in the binary encoding written before, with keys spelled out in every container.
    static let keysSpelledOutTag: UInt8 = 0xB1

    /// Whether the document gets a key table (``tag``) or spells its keys out (``keysSpelledOutTag``, the encoding
    /// written before, kept so tests can write documents as older stores hold them).
    var internsKeys = true

    /// Whether every value is told by casting (``BinaryEncodingState/encodeValueByCasting(_:codingPath:)``) rather
    /// than by its type's route: the same bytes, more slowly; for tests comparing the two.
    var castsEveryValue = false

    /// The document's bytes, starting with ``tag`` (or ``keysSpelledOutTag``).
    func encode<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        let state = BinaryEncodingState(internsKeys: internsKeys)
        state.castsEveryValue = castsEveryValue
        state.bytes.reserveCapacity(1_024)
        try state.encodeValue(value, codingPath: [])
        guard internsKeys else { return [Self.keysSpelledOutTag] + state.bytes }
        let table = BinaryEncodingState(internsKeys: false)
        table.bytes.reserveCapacity(state.bytes.count + 16 * state.keyOrder.count + 8)
        table.bytes.append(Self.tag)
        table.varint(UInt64(state.keyOrder.count))
        for key in state.keyOrder { table.string(key) }
        table.bytes.append(contentsOf: state.bytes)
        return table.bytes
    }
}

/// Value tags of the binary encoding.
enum BinaryTag {
    static let null: UInt8 = 0x00
    static let falseValue: UInt8 = 0x01
    static let trueValue: UInt8 = 0x02
    static let signed: UInt8 = 0x03
    static let unsigned: UInt8 = 0x04
    static let double: UInt8 = 0x05
    static let float: UInt8 = 0x06
    static let string: UInt8 = 0x07
    static let unkeyed: UInt8 = 0x08
    static let keyed: UInt8 = 0x09
    static let uuid: UInt8 = 0x0A
    static let instant: UInt8 = 0x0B
    static let date: UInt8 = 0x0C
}

/// The bytes written so far and the stack of open containers.
final class BinaryEncodingState {
    struct Frame {
        var id: Int
        /// Where the container's 8-byte header (length, count) starts.
        var header: Int
        var count: UInt32
    }

    // The state belongs to one encoding on one thread, and no access to a property overlaps another access to it
    // (no method touches a property inside a closure holding it), so the properties skip the run-time exclusivity
    // check, which cost an eighth of the encoding of a resident record.
    @exclusivity(unchecked) var bytes: [UInt8] = []
    @exclusivity(unchecked) var stack: [Frame] = []
    @exclusivity(unchecked) private var nextID = 0
    /// Whether keys are written as their place in the key table (``keyOrder``) rather than spelled out.
    let internsKeys: Bool
    /// The distinct keys in the order first written: the document's key table.
    @exclusivity(unchecked) private(set) var keyOrder: [String] = []
    @exclusivity(unchecked) private var keyNumbers: [String: Int] = [:]
    /// The key written after each key last time (by place in ``keyOrder``, -1 when none yet), and the key written
    /// last: a document repeats its values' keys in the same order (a record's hundreds of contacts), so the next key
    /// is nearly always the one that followed the last key before, and comparing one key costs less than hashing it.
    @exclusivity(unchecked) private var successors: [Int] = []
    @exclusivity(unchecked) private var lastKey = -1

    /// Whether every value is told by casting rather than by its type's route (``StoredDocumentEncoder``).
    var castsEveryValue = false

    init(internsKeys: Bool) { self.internsKeys = internsKeys }

    /// Writes a keyed container's key: its place in the key table, or its spelling.
    func key(_ key: String) {
        guard internsKeys else { return string(key) }
        let number: Int
        if lastKey >= 0, case let guess = successors[lastKey], guess >= 0, keyOrder[guess] == key {
            number = guess
        } else if let known = keyNumbers[key] {
            number = known
        } else {
            number = keyOrder.count
            keyNumbers[key] = number
            keyOrder.append(key)
            successors.append(-1)
        }
        if lastKey >= 0 { successors[lastKey] = number }
        lastKey = number
        varint(UInt64(number))
    }

    func zigzag(_ value: Int64) { varint(UInt64(bitPattern: (value << 1) ^ (value >> 63))) }

    func varint(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    func string(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            varint(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    func taggedString(_ text: String) {
        bytes.append(BinaryTag.string)
        string(text)
    }

    func signed(_ value: Int64) {
        bytes.append(BinaryTag.signed)
        varint(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    func unsigned(_ value: UInt64) {
        bytes.append(BinaryTag.unsigned)
        varint(value)
    }

    func double(_ value: Double) {
        bytes.append(BinaryTag.double)
        withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
    }

    func float(_ value: Float) {
        bytes.append(BinaryTag.float)
        withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
    }

    func bool(_ value: Bool) { bytes.append(value ? BinaryTag.trueValue : BinaryTag.falseValue) }

    /// Opens a container: its tag and a header to be filled in when it is finished.
    func open(_ tag: UInt8) -> Int {
        nextID += 1
        bytes.append(tag)
        stack.append(Frame(id: nextID, header: bytes.count, count: 0))
        bytes.append(contentsOf: [0, 0, 0, 0, 0, 0, 0, 0])
        return nextID
    }

    /// Finishes every container above `depth` on the stack.
    func finish(downTo depth: Int) {
        while stack.count > depth {
            let frame = stack.removeLast()
            let length = UInt32(bytes.count - frame.header - 8)
            bytes.withUnsafeMutableBytes { buffer in
                buffer.storeBytes(of: length.littleEndian, toByteOffset: frame.header, as: UInt32.self)
                buffer.storeBytes(of: frame.count.littleEndian, toByteOffset: frame.header + 4, as: UInt32.self)
            }
        }
    }

    /// Makes the container `id` the one being written (finishing the nested containers above it) and counts the
    /// element about to be written.
    func enter(_ id: Int, codingPath: [any CodingKey]) throws {
        guard let depth = stack.lastIndex(where: { $0.id == id }) else {
            throw EncodingError.invalidValue(
                id,
                .init(
                    codingPath: codingPath,
                    debugDescription: "a container was written to after its parent went on (not stack order)"))
        }
        finish(downTo: depth + 1)
        stack[depth].count += 1
    }

    /// How values of one type are written, found once per type and document (``route(_:)``).
    enum Route {
        /// Through the value's `encode(to:)`: no case of ``encodeValue(_:codingPath:)`` can match any value of the type.
        case plain
        /// As a UUID (`0x0A`), the type being UUID-backed.
        case uuidBacked(any UUIDBacked.Type)
        /// Through the casts of ``encodeValue(_:codingPath:)`` every time: an optional or a class, whose values may
        /// match a case their type does not (a wrapped identifier, a subclass).
        case cast
        /// Field by field (`DirectFieldEncodable`), into a keyed container.
        case direct(any DirectFieldEncodable.Type)
    }

    /// The route of each type met so far in the document, in the order met: a document has a few dozen types, so a
    /// scan comparing metadata pointers costs less than a hash or a conformance lookup per value.
    @exclusivity(unchecked) private var routes: [(type: ObjectIdentifier, route: Route)] = []

    /// The route of `type`: from the document's list, else from the routes every encoding shares (a conformance
    /// lookup costs more than encoding a small value, and each type's is done once per process).
    private func route<Value>(_ type: Value.Type) -> Route {
        let id = ObjectIdentifier(type)
        for entry in routes where entry.type == id { return entry.route }
        let found = Self.knownRoutes.route(of: type) {
            if type is AnyClass || type is any OptionalValue.Type { return .cast }
            if let backed = type as? any UUIDBacked.Type { return .uuidBacked(backed) }
            if let direct = type as? any DirectFieldEncodable.Type { return .direct(direct) }
            return .plain
        }
        // A document without a key table writes identifiers as text, and every value through its conformance.
        let route: Route
        switch found {
        case .uuidBacked, .direct: route = internsKeys ? found : .plain
        case .plain, .cast: route = found
        }
        routes.append((id, route))
        return route
    }

    /// The routes of the types met by any encoding so far.
    private static let knownRoutes = TypeRoutes<Route>()

    /// Writes one value: primitives directly, anything else through its `encode(to:)`.
    ///
    /// The common types are told by their metadata and a struct or enum by its ``Route``, so that a value costs no
    /// failed dynamic casts; what is written is what ``encodeValueByCasting(_:codingPath:)`` writes.
    func encodeValue<Value: Encodable>(_ value: Value, codingPath: [any CodingKey]) throws {
        if castsEveryValue { return try encodeValueByCasting(value, codingPath: codingPath) }
        if Value.self == String.self { return taggedString(value as! String) }
        if Value.self == Int.self { return signed(Int64(value as! Int)) }
        if Value.self == Bool.self { return bool(value as! Bool) }
        if Value.self == Double.self { return double(value as! Double) }
        if Value.self == UUID.self { return taggedString((value as! UUID).uuidString) }
        if internsKeys, Value.self == Instant.self {
            bytes.append(BinaryTag.instant)
            return zigzag((value as! Instant).millisecondsSince1970)
        }
        if internsKeys, Value.self == CalendarDate.self {
            bytes.append(BinaryTag.date)
            return zigzag(Int64((value as! CalendarDate).daysSinceEpoch))
        }
        switch route(Value.self) {
        case .plain: try encodeThroughConformance(value, codingPath: codingPath)
        case .uuidBacked(let type):
            bytes.append(BinaryTag.uuid)
            withUnsafeBytes(of: Self.uuid(of: value, as: type).uuid) { bytes.append(contentsOf: $0) }
        case .cast: try encodeValueByCasting(value, codingPath: codingPath)
        case .direct(let type): try encodeDirectly(value, as: type, codingPath: codingPath)
        }
    }

    /// Writes `value`, whose type is `type`, field by field into a keyed container: what its `encode(to:)` writes.
    private func encodeDirectly<Value>(
        _ value: Value, as type: any DirectFieldEncodable.Type, codingPath: [any CodingKey]
    )
        throws
    {
        let depth = stack.count
        let encoder = BinaryEncoder(state: self, codingPath: codingPath)
        let fields = encoder.directFields()
        func write<Direct: DirectFieldEncodable>(_: Direct.Type) throws {
            // `Direct` is `Value` (the route was found from `Value.self`): reinterpreted, not cast.
            assert(Direct.self == Value.self, "a route names another type")
            try unsafeBitCast(value, to: Direct.self).encode(directFields: fields)
        }
        try write(type)
        finish(downTo: depth)
    }

    /// The UUID of `value`, whose type is `type`.
    private static func uuid<Backed: UUIDBacked, Value>(of value: Value, as type: Backed.Type) -> UUID {
        (value as! Backed).rawValue
    }

    /// Writes one value, telling primitives by casting it.
    func encodeValueByCasting<Value: Encodable>(_ value: Value, codingPath: [any CodingKey]) throws {
        switch value {
        case let text as String: taggedString(text)
        case let number as Int: signed(Int64(number))
        case let flag as Bool: bool(flag)
        case let number as Double: double(number)
        case let uuid as UUID: taggedString(uuid.uuidString)
        case let identifier as any UUIDBacked where internsKeys:
            bytes.append(BinaryTag.uuid)
            withUnsafeBytes(of: identifier.rawValue.uuid) { bytes.append(contentsOf: $0) }
        case let instant as Instant where internsKeys:
            bytes.append(BinaryTag.instant)
            zigzag(instant.millisecondsSince1970)
        case let date as CalendarDate where internsKeys:
            bytes.append(BinaryTag.date)
            zigzag(Int64(date.daysSinceEpoch))
        default: try encodeThroughConformance(value, codingPath: codingPath)
        }
    }

    /// Writes `value` through its `encode(to:)`.
    private func encodeThroughConformance<Value: Encodable>(_ value: Value, codingPath: [any CodingKey]) throws {
        let depth = stack.count
        let start = bytes.count
        let encoder = BinaryEncoder(state: self, codingPath: codingPath)
        try value.encode(to: encoder)
        finish(downTo: depth)
        if bytes.count == start {
            // Nothing written (an empty conformance): an empty keyed container, as JSON writes `{}`.
            _ = open(BinaryTag.keyed)
            finish(downTo: depth)
        }
    }
}

/// Marks `Optional`, whose values cast as their wrapped value does (a wrapped identifier is UUID-backed).
protocol OptionalValue {}

extension Optional: OptionalValue {}

/// The `Encoder` handed to a value's `encode(to:)`.
///
/// It is also the sink of the fields of a value written directly (`DirectFieldEncodable`), once ``directFields()``
/// has opened their container: each field is written as a keyed container writes it, so the bytes are the same.
final class BinaryEncoder: Encoder, DirectFieldSink {
    let state: BinaryEncodingState
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    private var container: (id: Int, keyed: Bool)?
    /// The keyed container ``directFields()`` opened.
    private var fieldsID = -1

    init(state: BinaryEncodingState, codingPath: [any CodingKey]) {
        self.state = state
        self.codingPath = codingPath
    }

    private func containerID(keyed: Bool) -> Int {
        if let container, container.keyed == keyed, state.stack.contains(where: { $0.id == container.id }) {
            return container.id
        }
        let id = state.open(keyed ? BinaryTag.keyed : BinaryTag.unkeyed)
        container = (id, keyed)
        return id
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(
            BinaryKeyedEncodingContainer<Key>(state: state, id: containerID(keyed: true), codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        BinaryUnkeyedEncodingContainer(state: state, id: containerID(keyed: false), codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        BinarySingleValueEncodingContainer(state: state, codingPath: codingPath)
    }

    /// The keyed container a value written field by field (`DirectFieldEncodable`) writes into: this encoder. Only
    /// a document with a key table (`0xB2`) is written so, and not while every value is told by casting (the path
    /// the direct one is compared with in tests).
    func directFields() -> any DirectFieldSink {
        fieldsID = containerID(keyed: true)
        return self
    }

    /// Counts a field in the container ``directFields()`` opened and writes its key.
    private func field(_ key: any CodingKey) throws {
        try state.enter(fieldsID, codingPath: codingPath)
        state.key(key.stringValue)
    }

    func encode(uuid: UUID?, forKey key: any CodingKey) throws {
        guard let uuid else { return }
        try field(key)
        state.bytes.append(BinaryTag.uuid)
        withUnsafeBytes(of: uuid.uuid) { state.bytes.append(contentsOf: $0) }
    }

    func encode(instant: Instant?, forKey key: any CodingKey) throws {
        guard let instant else { return }
        try field(key)
        state.bytes.append(BinaryTag.instant)
        state.zigzag(instant.millisecondsSince1970)
    }

    func encode(string text: String?, forKey key: any CodingKey) throws {
        guard let text else { return }
        try field(key)
        state.taggedString(text)
    }

    func encode<Value: Encodable>(_ value: Value?, forKey key: any CodingKey) throws {
        guard let value else { return }
        try field(key)
        try state.encodeValue(value, codingPath: codingPath + [key])
    }
}

struct BinaryKeyedEncodingContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let state: BinaryEncodingState
    let id: Int
    let codingPath: [any CodingKey]

    private func key(_ key: Key) throws {
        try state.enter(id, codingPath: codingPath)
        state.key(key.stringValue)
    }

    mutating func encodeNil(forKey key: Key) throws {
        try self.key(key)
        state.bytes.append(BinaryTag.null)
    }
    mutating func encode(_ value: Bool, forKey key: Key) throws {
        try self.key(key)
        state.bool(value)
    }
    mutating func encode(_ value: String, forKey key: Key) throws {
        try self.key(key)
        state.taggedString(value)
    }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        try self.key(key)
        state.double(value)
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        try self.key(key)
        state.float(value)
    }
    mutating func encode(_ value: Int, forKey key: Key) throws {
        try self.key(key)
        state.signed(Int64(value))
    }
    mutating func encode(_ value: Int8, forKey key: Key) throws {
        try self.key(key)
        state.signed(Int64(value))
    }
    mutating func encode(_ value: Int16, forKey key: Key) throws {
        try self.key(key)
        state.signed(Int64(value))
    }
    mutating func encode(_ value: Int32, forKey key: Key) throws {
        try self.key(key)
        state.signed(Int64(value))
    }
    mutating func encode(_ value: Int64, forKey key: Key) throws {
        try self.key(key)
        state.signed(value)
    }
    mutating func encode(_ value: UInt, forKey key: Key) throws {
        try self.key(key)
        state.unsigned(UInt64(value))
    }
    mutating func encode(_ value: UInt8, forKey key: Key) throws {
        try self.key(key)
        state.unsigned(UInt64(value))
    }
    mutating func encode(_ value: UInt16, forKey key: Key) throws {
        try self.key(key)
        state.unsigned(UInt64(value))
    }
    mutating func encode(_ value: UInt32, forKey key: Key) throws {
        try self.key(key)
        state.unsigned(UInt64(value))
    }
    mutating func encode(_ value: UInt64, forKey key: Key) throws {
        try self.key(key)
        state.unsigned(value)
    }
    mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws {
        try self.key(key)
        try state.encodeValue(value, codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        // A container that cannot take the key leaves the state unchanged; its first write then fails.
        let entered = (try? self.key(key)) != nil
        let nested = entered ? state.open(BinaryTag.keyed) : -1
        return KeyedEncodingContainer(
            BinaryKeyedEncodingContainer<NestedKey>(state: state, id: nested, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let entered = (try? self.key(key)) != nil
        let nested = entered ? state.open(BinaryTag.unkeyed) : -1
        return BinaryUnkeyedEncodingContainer(state: state, id: nested, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder { UnsupportedEncoder(codingPath: codingPath) }

    mutating func superEncoder(forKey key: Key) -> any Encoder { UnsupportedEncoder(codingPath: codingPath) }
}

struct BinaryUnkeyedEncodingContainer: UnkeyedEncodingContainer {
    let state: BinaryEncodingState
    let id: Int
    let codingPath: [any CodingKey]
    var count: Int {
        state.stack.last { $0.id == id }.map { Int($0.count) } ?? 0
    }

    private func element() throws { try state.enter(id, codingPath: codingPath) }

    mutating func encodeNil() throws {
        try element()
        state.bytes.append(BinaryTag.null)
    }
    mutating func encode(_ value: Bool) throws {
        try element()
        state.bool(value)
    }
    mutating func encode(_ value: String) throws {
        try element()
        state.taggedString(value)
    }
    mutating func encode(_ value: Double) throws {
        try element()
        state.double(value)
    }
    mutating func encode(_ value: Float) throws {
        try element()
        state.float(value)
    }
    mutating func encode(_ value: Int) throws {
        try element()
        state.signed(Int64(value))
    }
    mutating func encode(_ value: Int8) throws {
        try element()
        state.signed(Int64(value))
    }
    mutating func encode(_ value: Int16) throws {
        try element()
        state.signed(Int64(value))
    }
    mutating func encode(_ value: Int32) throws {
        try element()
        state.signed(Int64(value))
    }
    mutating func encode(_ value: Int64) throws {
        try element()
        state.signed(value)
    }
    mutating func encode(_ value: UInt) throws {
        try element()
        state.unsigned(UInt64(value))
    }
    mutating func encode(_ value: UInt8) throws {
        try element()
        state.unsigned(UInt64(value))
    }
    mutating func encode(_ value: UInt16) throws {
        try element()
        state.unsigned(UInt64(value))
    }
    mutating func encode(_ value: UInt32) throws {
        try element()
        state.unsigned(UInt64(value))
    }
    mutating func encode(_ value: UInt64) throws {
        try element()
        state.unsigned(value)
    }
    mutating func encode<Value: Encodable>(_ value: Value) throws {
        try element()
        try state.encodeValue(value, codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        let entered = (try? element()) != nil
        let nested = entered ? state.open(BinaryTag.keyed) : -1
        return KeyedEncodingContainer(
            BinaryKeyedEncodingContainer<NestedKey>(state: state, id: nested, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let entered = (try? element()) != nil
        let nested = entered ? state.open(BinaryTag.unkeyed) : -1
        return BinaryUnkeyedEncodingContainer(state: state, id: nested, codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder { UnsupportedEncoder(codingPath: codingPath) }
}

struct BinarySingleValueEncodingContainer: SingleValueEncodingContainer {
    let state: BinaryEncodingState
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { state.bytes.append(BinaryTag.null) }
    mutating func encode(_ value: Bool) throws { state.bool(value) }
    mutating func encode(_ value: String) throws { state.taggedString(value) }
    mutating func encode(_ value: Double) throws { state.double(value) }
    mutating func encode(_ value: Float) throws { state.float(value) }
    mutating func encode(_ value: Int) throws { state.signed(Int64(value)) }
    mutating func encode(_ value: Int8) throws { state.signed(Int64(value)) }
    mutating func encode(_ value: Int16) throws { state.signed(Int64(value)) }
    mutating func encode(_ value: Int32) throws { state.signed(Int64(value)) }
    mutating func encode(_ value: Int64) throws { state.signed(value) }
    mutating func encode(_ value: UInt) throws { state.unsigned(UInt64(value)) }
    mutating func encode(_ value: UInt8) throws { state.unsigned(UInt64(value)) }
    mutating func encode(_ value: UInt16) throws { state.unsigned(UInt64(value)) }
    mutating func encode(_ value: UInt32) throws { state.unsigned(UInt64(value)) }
    mutating func encode(_ value: UInt64) throws { state.unsigned(value) }
    mutating func encode<Value: Encodable>(_ value: Value) throws {
        try state.encodeValue(value, codingPath: codingPath)
    }
}

/// What `superEncoder()` hands out: the binary encoding has no place for a superclass's encoding, so any use of it
/// fails and the store keeps the document as JSON.
struct UnsupportedEncoder: Encoder {
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(
            BinaryKeyedEncodingContainer<Key>(
                state: BinaryEncodingState(internsKeys: false), id: -1, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        BinaryUnkeyedEncodingContainer(state: BinaryEncodingState(internsKeys: false), id: -1, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        FailingSingleValueEncodingContainer(codingPath: codingPath)
    }
}

/// A single-value container whose every write fails (see ``UnsupportedEncoder``).
struct FailingSingleValueEncodingContainer: SingleValueEncodingContainer {
    let codingPath: [any CodingKey]

    private func fail() -> EncodingError {
        EncodingError.invalidValue(
            0, .init(codingPath: codingPath, debugDescription: "superclass encoding is not supported in binary"))
    }

    mutating func encodeNil() throws { throw fail() }
    mutating func encode(_ value: Bool) throws { throw fail() }
    mutating func encode(_ value: String) throws { throw fail() }
    mutating func encode(_ value: Double) throws { throw fail() }
    mutating func encode(_ value: Float) throws { throw fail() }
    mutating func encode(_ value: Int) throws { throw fail() }
    mutating func encode(_ value: Int8) throws { throw fail() }
    mutating func encode(_ value: Int16) throws { throw fail() }
    mutating func encode(_ value: Int32) throws { throw fail() }
    mutating func encode(_ value: Int64) throws { throw fail() }
    mutating func encode(_ value: UInt) throws { throw fail() }
    mutating func encode(_ value: UInt8) throws { throw fail() }
    mutating func encode(_ value: UInt16) throws { throw fail() }
    mutating func encode(_ value: UInt32) throws { throw fail() }
    mutating func encode(_ value: UInt64) throws { throw fail() }
    mutating func encode<Value: Encodable>(_ value: Value) throws { throw fail() }
}
