import BrobyggerCore
import Foundation

extension FHIR {
    /// A time span with an optional start and end (FHIR `Period`); a missing end means ongoing.
    public struct Period: FHIRElementContainer, FHIRNodeDecodable {
        /// Unique id of the element within the resource.
        public var id: String?
        /// Additional content defined by implementations, kept even when not understood.
        public var `extension`: [Extension]
        /// The start, inclusive.
        public var start: DateTime?
        /// The end, inclusive; `nil` while ongoing.
        public var end: DateTime?
        /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
        /// FHIR release, kept verbatim and written back on encoding.
        public var additionalElements: JSONObject

        /// Creates the element; only the required elements have no default.
        public init(
            id: String? = nil, start: DateTime? = nil, end: DateTime? = nil, extension extensions: [Extension] = [],
            additionalElements: JSONObject = [:]
        ) {
            self.id = id
            self.start = start
            self.end = end
            self.`extension` = extensions
            self.additionalElements = additionalElements
        }

        /// Decodes through the node reader, as `FHIR.decode(_:from:)` does.
        public init(from decoder: any Decoder) throws {
            self = try Self(decoding: decoder)
        }

        /// Reads the element from a parsed JSON tree (the fast path of `FHIR.decode`).
        init(node: JSONNode) throws(FHIRError) {
            guard case .object(let members) = node else { throw .typeMismatch(path: .root, expected: "an object") }
            var id: String?
            var extensions: [Extension] = []
            var start: DateTime?
            var end: DateTime?
            var additionalElements: JSONObject = [:]
            for (jsonKey, jsonValue) in members {
                switch jsonKey {
                case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                case "start": start = try jsonValue.decode(DateTime.self, key: jsonKey)
                case "end": end = try jsonValue.decode(DateTime.self, key: jsonKey)
                default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                }
            }
            self.id = id
            self.`extension` = extensions
            self.start = start
            self.end = end
            self.additionalElements = additionalElements
        }

        /// Encodes the modelled elements, then the kept ones.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: FHIRCodingKey.self)
            try container.encodeIfPresent(id, forKey: "id")
            if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
            try container.encodeIfPresent(start, forKey: "start")
            try container.encodeIfPresent(end, forKey: "end")
            for (name, value) in additionalElements {
                try container.encode(value, forKey: FHIRCodingKey(name))
            }
        }
    }
}
