import BrobyggerCore
import BrobyggerFHIR
import Foundation

/// MedCom's published HospitalNotification examples, copied into the test resources.
enum MedComExamples {
    /// Every example message, by file name without extension.
    static let names = [
        "HospitalNotification_Ex_STIN_A", "HospitalNotification_Ex_TEK_STIN_A", "HospitalNotification_Ex_STIN_B1",
        "HospitalNotification_Ex_STIN_B2", "HospitalNotification_Ex_STAA_D", "HospitalNotification_Ex_STOR_F",
        "HospitalNotification_Ex_SLOR_G", "HospitalNotification_Ex_SLHJ_H", "HospitalNotification_Ex_MORS_J",
        "HospitalNotification_Ex_RE_STIN_O", "HospitalNotification_Ex_AN_STIN_N",
    ]

    /// The bytes of an example.
    static func data(_ name: String) throws -> Data {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "medcom") else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try Data(contentsOf: url)
    }

    /// An example as a JSON tree, for tests that alter it.
    static func tree(_ name: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: data(name))
    }

    /// An example ingested.
    static func notification(_ name: String) throws -> HospitalNotification {
        try HospitalNotification(json: data(name))
    }
}

/// A step of a path into a JSON tree.
enum JSONStep: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    case key(String)
    case index(Int)

    init(stringLiteral value: String) { self = .key(value) }
    init(integerLiteral value: Int) { self = .index(value) }
}

extension JSONValue {
    /// The tree with the value at `path` replaced (or, with `nil`, removed); an index one past the end appends.
    func setting(_ path: [JSONStep], to newValue: JSONValue?) -> JSONValue {
        guard let step = path.first else { return newValue ?? .null }
        let rest = Array(path.dropFirst())
        switch (self, step) {
        case (.object(var members), .key(let key)):
            if rest.isEmpty, newValue == nil {
                members[key] = nil
            } else {
                members[key] = (members[key] ?? .object([:])).setting(rest, to: newValue)
            }
            return .object(members)
        case (.array(var items), .index(let index)):
            if rest.isEmpty, newValue == nil {
                items.remove(at: index)
            } else if index == items.count {
                items.append(JSONValue.object([:]).setting(rest, to: newValue))
            } else {
                items[index] = items[index].setting(rest, to: newValue)
            }
            return .array(items)
        default:
            preconditionFailure("path does not match the tree")
        }
    }

    /// The value at `path`.
    func value(at path: [JSONStep]) -> JSONValue? {
        var current: JSONValue? = self
        for step in path {
            switch (current, step) {
            case (.object(let members)?, .key(let key)): current = members[key]
            case (.array(let items)?, .index(let index)): current = index < items.count ? items[index] : nil
            default: return nil
            }
        }
        return current
    }

    /// The tree as JSON bytes.
    func data() throws -> Data {
        try JSONEncoder().encode(self)
    }
}

/// A JSON document as `JSONSerialization` reads it, normalised for structural comparison: key order and number
/// spelling do not matter.
indirect enum JSONTree: Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONTree])
    case object([String: JSONTree])

    init(_ data: Data) throws {
        self.init(any: try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
    }

    init(any value: Any) {
        switch value {
        case is NSNull: self = .null
        case let string as String: self = .string(string)
        case let array as [Any]: self = .array(array.map(JSONTree.init(any:)))
        case let object as [String: Any]: self = .object(object.mapValues(JSONTree.init(any:)))
        case let bool as Bool where type(of: value) == Bool.self: self = .bool(bool)
        case let number as NSNumber:
            // JSONSerialization gives booleans as NSNumber on some platforms; their Objective-C type is "c".
            if String(cString: number.objCType) == "c" {
                self = .bool(number.boolValue)
            } else {
                self = .number(number.doubleValue)
            }
        default: self = .string("\(value)")
        }
    }

    /// Every path at which two trees differ, for a readable failure.
    func differences(from other: JSONTree, at path: String = "") -> [String] {
        switch (self, other) {
        case (.object(let a), .object(let b)):
            return Set(a.keys).union(b.keys).sorted().flatMap { key -> [String] in
                let childPath = path.isEmpty ? key : "\(path).\(key)"
                guard let left = a[key] else { return ["\(childPath): only in the second"] }
                guard let right = b[key] else { return ["\(childPath): only in the first"] }
                return left.differences(from: right, at: childPath)
            }
        case (.array(let a), .array(let b)) where a.count == b.count:
            return zip(a, b).enumerated().flatMap {
                $0.element.0.differences(from: $0.element.1, at: "\(path)[\($0.offset)]")
            }
        default:
            return self == other ? [] : ["\(path): \(self) ≠ \(other)"]
        }
    }
}
