import BrobyggerCore
import Foundation

extension FHIR {
    /// A note with author and time (FHIR `Annotation`).
    public struct Annotation: FHIRElementContainer, FHIRNodeDecodable {
        /// The choice of types of `author[x]`; the JSON member is `author` followed by the type name.
        public enum Author: Hashable, Sendable {
            /// `authorReference`.
            case reference(Reference)
            /// `authorString`.
            case string(String)
        }

        /// Unique id of the element within the resource.
        public var id: String?
        /// Additional content defined by implementations, kept even when not understood.
        public var `extension`: [Extension]
        /// Who wrote the note: a reference or a name.
        public var author: Author?
        /// When the note was written.
        public var time: DateTime?
        /// The note (markdown).
        public var text: String
        /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
        /// FHIR release, kept verbatim and written back on encoding.
        public var additionalElements: JSONObject

        /// Creates the element; only the required elements have no default.
        public init(
            id: String? = nil, author: Author? = nil, time: DateTime? = nil, text: String,
            extension extensions: [Extension] = [], additionalElements: JSONObject = [:]
        ) {
            self.id = id
            self.author = author
            self.time = time
            self.text = text
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
            var author: Author?
            var time: DateTime?
            var text: String?
            var additionalElements: JSONObject = [:]
            for (jsonKey, jsonValue) in members {
                switch jsonKey {
                case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                case "authorReference":
                    author = .reference(try jsonValue.decode(Reference.self, key: jsonKey))
                case "authorString":
                    author = .string(try jsonValue.decode(String.self, key: jsonKey))
                case "time": time = try jsonValue.decode(DateTime.self, key: jsonKey)
                case "text": text = try jsonValue.decode(String.self, key: jsonKey)
                default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                }
            }
            guard let text else { throw .missingElement(path: "text") }
            self.id = id
            self.`extension` = extensions
            self.author = author
            self.time = time
            self.text = text
            self.additionalElements = additionalElements
        }

        /// Encodes the modelled elements, then the kept ones.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: FHIRCodingKey.self)
            try container.encodeIfPresent(id, forKey: "id")
            if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
            if let author {
                switch author {
                case .reference(let value): try container.encode(value, forKey: "authorReference")
                case .string(let value): try container.encode(value, forKey: "authorString")
                }
            }
            try container.encodeIfPresent(time, forKey: "time")
            try container.encode(text, forKey: "text")
            for (name, value) in additionalElements {
                try container.encode(value, forKey: FHIRCodingKey(name))
            }
        }
    }
}
