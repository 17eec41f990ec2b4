import BrobyggerCore
import Foundation

/// A FHIR type read straight from a parsed JSON tree: the fast path of ``FHIR/decode(_:from:)``, which avoids the
/// `Decoder` machinery. Errors carry paths relative to the node; callers prefix them with the member name or index.
protocol FHIRNodeDecodable {
    init(node: JSONNode) throws(FHIRError)
}

extension JSONNode {
    /// The node decoded as `type`, with errors placed under `key`.
    @inline(__always)
    func decode<Value: FHIRNodeDecodable>(_ type: Value.Type, key: String) throws(FHIRError) -> Value {
        do {
            return try Value(node: self)
        } catch {
            throw error.nested(under: FieldPath(key))
        }
    }

    /// The node's string, or a type mismatch.
    @inline(__always)
    func string() throws(FHIRError) -> String {
        guard case .string(let text) = self else { throw .typeMismatch(path: .root, expected: "a string") }
        return text
    }
}

extension String: FHIRNodeDecodable {
    init(node: JSONNode) throws(FHIRError) {
        self = try node.string()
    }
}

extension Bool: FHIRNodeDecodable {
    init(node: JSONNode) throws(FHIRError) {
        guard case .bool(let value) = node else { throw .typeMismatch(path: .root, expected: "a boolean") }
        self = value
    }
}

extension Int: FHIRNodeDecodable {
    init(node: JSONNode) throws(FHIRError) {
        guard case .number(let text) = node else { throw .typeMismatch(path: .root, expected: "a number") }
        guard let value = Int(text) else {
            throw .invalidValue(
                path: .root, code: "fhir.integer", rule: "an integer is a whole number within range",
                offendingValue: text)
        }
        self = value
    }
}

extension Decimal: FHIRNodeDecodable {
    init(node: JSONNode) throws(FHIRError) {
        guard case .number(let text) = node else { throw .typeMismatch(path: .root, expected: "a number") }
        guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
            throw .invalidValue(
                path: .root, code: "fhir.decimal", rule: "a decimal is a number within range", offendingValue: text)
        }
        self = value
    }
}

extension Array: FHIRNodeDecodable where Element: FHIRNodeDecodable {
    init(node: JSONNode) throws(FHIRError) {
        guard case .array(let items) = node else { throw .typeMismatch(path: .root, expected: "an array") }
        var result: [Element] = []
        result.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            do {
                result.append(try Element(node: item))
            } catch {
                throw error.nested(under: FieldPath.root.appending(index: index))
            }
        }
        self = result
    }
}

extension JSONValue: FHIRNodeDecodable {
    init(node: JSONNode) throws(FHIRError) {
        switch node {
        case .null: self = .null
        case .bool(let value): self = .bool(value)
        case .string(let value): self = .string(value)
        case .number: self = .number(try Decimal(node: node))
        case .array(let items):
            var values: [JSONValue] = []
            values.reserveCapacity(items.count)
            for (index, item) in items.enumerated() {
                do {
                    values.append(try JSONValue(node: item))
                } catch {
                    throw error.nested(under: FieldPath.root.appending(index: index))
                }
            }
            self = .array(values)
        case .object(let members):
            var values: JSONObject = [:]
            values.reserveCapacity(members.count)
            for (key, value) in members { values[key] = try value.decode(JSONValue.self, key: key) }
            self = .object(values)
        }
    }
}

extension FHIR.ID: FHIRNodeDecodable {
    init(node: JSONNode) throws(FHIRError) {
        let text = try node.string()
        do {
            try self.init(text)
        } catch {
            throw FHIRError(error, at: .root)
        }
    }
}

extension FHIR.DateTime: FHIRNodeDecodable {
    init(node: JSONNode) throws(FHIRError) {
        let text = try node.string()
        do {
            try self.init(text)
        } catch {
            throw FHIRError(error, at: .root)
        }
    }
}

extension FHIR.Date: FHIRNodeDecodable {
    init(node: JSONNode) throws(FHIRError) {
        let text = try node.string()
        do {
            try self.init(text)
        } catch {
            throw FHIRError(error, at: .root)
        }
    }
}

extension FHIRCode {
    /// Reads the code from a JSON string.
    init(node: JSONNode) throws(FHIRError) {
        self.init(rawValue: try node.string())
    }
}

extension JSONNode {
    /// The node of a JSON value read by a `Decoder`; a number keeps its decimal spelling.
    init(_ value: JSONValue) {
        switch value {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .number(let number): self = .number("\(number)")
        case .string(let text): self = .string(text)
        case .array(let items): self = .array(items.map(JSONNode.init))
        case .object(let members): self = .object(members.map { (key: $0.key, value: JSONNode($0.value)) })
        }
    }
}

extension FHIRNodeDecodable {
    /// Reads the value through ``init(node:)`` from any `Decoder`: the decoder reads the JSON value, and the node
    /// reader builds the type from it, so that `JSONDecoder` and ``FHIR/decode(_:from:)`` share one reading of every
    /// FHIR type and report the same errors at the same paths (prefixed with the decoder's coding path).
    init(decoding decoder: any Decoder) throws {
        let value = try JSONValue(from: decoder)
        do {
            try self.init(node: JSONNode(value))
        } catch {
            throw error.nested(under: FieldPath(codingPath: decoder.codingPath))
        }
    }
}
