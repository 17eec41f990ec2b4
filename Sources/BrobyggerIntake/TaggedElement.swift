import BrobyggerCarePlans
import BrobyggerCore
import BrobyggerResidents
import Foundation

/// An element of a documents file decoded straight from its bytes: `{"kind": …, "document": {…}}`, with
/// `"resident": "<CPR number>"` binding a care plan to the stored resident with that CPR number.
///
/// The fast path of ``JSONDocumentFile``: it accepts only what the tree path accepts and builds the same document,
/// but any failure is only a signal to take the tree path, which names the problem (issue 18: parsing each element
/// into Foundation objects, re-serialising and decoding again took three quarters of a national import).
struct TaggedElement: Decodable {
    /// The key of the decoder's `userInfo` that holds the ``ResidentBinding``; without it a bound care plan keeps its
    /// own resident identifier.
    static let bindingKey = CodingUserInfoKey(rawValue: "brobygger.jsonDocumentFile.residentBinding")!

    /// The document.
    let document: AnyDocument

    private enum CodingKeys: String, CodingKey {
        case kind, document, resident
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = DocumentKind(rawValue: try container.decode(String.self, forKey: .kind))
        guard container.contains(.document) else { throw RowRule("a tagged document has \"document\"") }
        var resident: Resident.ID?
        if container.contains(.resident) {
            guard JSONDocumentFile.bindableKinds.contains(kind) else {
                throw RowRule("only a care-plan may be bound to a resident by \"resident\"")
            }
            let cpr = try CPRNumber(try container.decode(String.self, forKey: .resident))
            if let binding = decoder.userInfo[Self.bindingKey] as? ResidentBinding {
                guard let id = binding.resident(cpr) else { throw RowRule("no stored resident with the CPR number") }
                resident = id
            }
        }
        let content = try container.superDecoder(forKey: .document)
        document = try AnyDocument.decode(
            kind: kind, from: resident.map { BoundResidentDecoder(base: content, resident: $0) } ?? content)
    }
}

/// Finds stored residents by CPR number for the elements decoded in parallel: the lookup a caller passes need not be
/// safe to call from two threads at once, so calls are made one at a time.
final class ResidentBinding: @unchecked Sendable {
    private let lookup: (CPRNumber) -> Resident.ID?
    private let lock = NSLock()

    /// Calls `lookup` one call at a time.
    init(_ lookup: @escaping (CPRNumber) -> Resident.ID?) {
        self.lookup = lookup
    }

    /// The stored resident with `cpr`, or `nil`.
    func resident(_ cpr: CPRNumber) -> Resident.ID? {
        lock.lock()
        defer { lock.unlock() }
        return lookup(cpr)
    }
}

/// A decoder of a document whose top-level `resident` field reads as `resident`, whatever the JSON holds there: a care
/// plan bound by CPR number belongs to the stored resident, since resident identifiers differ between stores.
///
/// Everything else is read from `base`, so only the one field differs from decoding the document itself.
struct BoundResidentDecoder: Decoder {
    /// The decoder of the document.
    let base: any Decoder
    /// The stored resident the document is bound to.
    let resident: Resident.ID

    var codingPath: [any CodingKey] { base.codingPath }
    var userInfo: [CodingUserInfoKey: Any] { base.userInfo }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(Container(base: try base.container(keyedBy: type), resident: resident))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { try base.unkeyedContainer() }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { try base.singleValueContainer() }

    /// The document's fields, with `resident` answered from the binding.
    struct Container<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let base: KeyedDecodingContainer<Key>
        let resident: Resident.ID

        var codingPath: [any CodingKey] { base.codingPath }

        var allKeys: [Key] {
            base.allKeys.contains(where: isBound)
                ? base.allKeys : base.allKeys + [Key(stringValue: "resident")].compactMap { $0 }
        }

        private func isBound(_ key: Key) -> Bool { key.stringValue == "resident" }

        /// The bound resident as a value of `type`, if `key` is the bound field and `type` a resident identifier.
        private func bound<T>(_ type: T.Type, _ key: Key) throws -> T? {
            guard isBound(key) else { return nil }
            if let value = resident as? T { return value }
            if let value = resident.uuidString as? T { return value }
            throw DecodingError.typeMismatch(
                type, DecodingError.Context(codingPath: codingPath + [key], debugDescription: "a bound resident"))
        }

        func contains(_ key: Key) -> Bool { isBound(key) || base.contains(key) }

        func decodeNil(forKey key: Key) throws -> Bool { isBound(key) ? false : try base.decodeNil(forKey: key) }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            if let value = try bound(type, key) { return value }
            return try base.decode(type, forKey: key)
        }

        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
            try bound(type, key) ?? base.decode(type, forKey: key)
        }

        func decode(_ type: String.Type, forKey key: Key) throws -> String {
            try bound(type, key) ?? base.decode(type, forKey: key)
        }

        func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
            try bound(type, key) ?? base.decode(type, forKey: key)
        }

        func decode(_ type: Float.Type, forKey key: Key) throws -> Float {
            try bound(type, key) ?? base.decode(type, forKey: key)
        }

        func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
            try bound(type, key) ?? base.decode(type, forKey: key)
        }

        func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 {
            try bound(type, key) ?? base.decode(type, forKey: key)
        }

        func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 {
            try bound(type, key) ?? base.decode(type, forKey: key)
        }

        func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 {
            try bound(type, key) ?? base.decode(type, forKey: key)
        }

        func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 {
            try bound(type, key) ?? base.decode(type, forKey: key)
        }

        func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt {
            try bound(type, key) ?? base.decode(type, forKey: key)
        }

        func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 {
            try bound(type, key) ?? base.decode(type, forKey: key)
        }

        func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 {
            try bound(type, key) ?? base.decode(type, forKey: key)
        }

        func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 {
            try bound(type, key) ?? base.decode(type, forKey: key)
        }

        func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 {
            try bound(type, key) ?? base.decode(type, forKey: key)
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
            -> KeyedDecodingContainer<NestedKey>
        {
            try base.nestedContainer(keyedBy: type, forKey: key)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try base.nestedUnkeyedContainer(forKey: key)
        }

        func superDecoder() throws -> any Decoder { try base.superDecoder() }

        func superDecoder(forKey key: Key) throws -> any Decoder { try base.superDecoder(forKey: key) }
    }
}
