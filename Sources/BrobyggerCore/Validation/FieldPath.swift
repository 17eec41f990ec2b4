/// The path to a field inside a value, such as `placements[2].period.end`.
///
/// Errors and findings name the field they are about with a path, so that a front end can point at the offending
/// input and a log line can be read without the value itself.
public struct FieldPath: Hashable, Sendable, Codable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The dotted rendering of the path; empty for the root.
    public let rawValue: String

    /// The path of the value itself.
    public static let root = FieldPath("")

    /// Creates a path from its dotted rendering.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// Creates a path from a string literal.
    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// Creates a path by decoding its dotted rendering.
    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the dotted rendering.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// Whether this is the root path.
    public var isRoot: Bool { rawValue.isEmpty }

    /// The path to a named child of this field.
    public func appending(_ component: String) -> FieldPath {
        guard !component.isEmpty else { return self }
        guard !isRoot else { return FieldPath(component) }
        return FieldPath(component.hasPrefix("[") ? rawValue + component : rawValue + "." + component)
    }

    /// The path to an element of this collection field.
    public func appending(index: Int) -> FieldPath {
        FieldPath(rawValue + "[\(index)]")
    }

    /// The path to `other` seen from this field, that is `self` followed by `other`.
    public func appending(_ other: FieldPath) -> FieldPath {
        appending(other.rawValue)
    }

    /// The path's components as coding keys, for `DecodingError` coding paths.
    public var codingKeys: [any CodingKey] {
        var keys: [any CodingKey] = []
        for part in rawValue.split(separator: ".") {
            var name = Substring(part)
            while let open = name.firstIndex(of: "[") {
                let head = name[name.startIndex..<open]
                if !head.isEmpty { keys.append(FieldKey(stringValue: String(head))) }
                guard let close = name[open...].firstIndex(of: "]") else { break }
                if let index = Int(name[name.index(after: open)..<close]) { keys.append(FieldKey(intValue: index)) }
                name = name[name.index(after: close)...]
            }
            if !name.isEmpty { keys.append(FieldKey(stringValue: String(name))) }
        }
        return keys
    }

    /// Orders paths by their rendering.
    public static func < (lhs: FieldPath, rhs: FieldPath) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The dotted rendering, or `(root)` for the root.
    public var description: String { isRoot ? "(root)" : rawValue }
}

/// A coding key made from a field path component.
struct FieldKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(stringValue: String) {
        self.stringValue = stringValue
        self.intValue = nil
    }

    init(intValue: Int) {
        self.stringValue = "[\(intValue)]"
        self.intValue = intValue
    }
}
