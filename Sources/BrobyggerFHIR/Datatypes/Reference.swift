import BrobyggerCore
import Foundation

extension FHIR {
    /// A reference from one resource to another (FHIR `Reference`): a literal `reference` (`Patient/123`,
    /// `urn:uuid:…`, an absolute URL), a logical `identifier`, or both. Inside a bundle, literal references resolve against the
    /// entries' `fullUrl`s (see `FHIR.Bundle.resolve(_:)`).
    public struct Reference: FHIRElementContainer, FHIRNodeDecodable {
        /// Unique id of the element within the resource.
        public var id: String?
        /// Additional content defined by implementations, kept even when not understood.
        public var `extension`: [Extension]
        /// The literal reference: relative (`Patient/123`), absolute, or `urn:uuid:…`.
        public var reference: String?
        /// The expected resource type, such as `Organization`.
        public var type: String?
        /// A logical reference by identifier, used when the target has no URL, such as MedCom's
        /// episode-of-care identifier.
        public var identifier: Identifier?
        /// Text for the target.
        public var display: String?
        /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
        /// FHIR release, kept verbatim and written back on encoding.
        public var additionalElements: JSONObject

        /// Creates the element; only the required elements have no default.
        public init(
            id: String? = nil, reference: String? = nil, type: String? = nil, identifier: Identifier? = nil,
            display: String? = nil, extension extensions: [Extension] = [], additionalElements: JSONObject = [:]
        ) {
            self.id = id
            self.reference = reference
            self.type = type
            self.identifier = identifier
            self.display = display
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
            var reference: String?
            var type: String?
            var identifier: Identifier?
            var display: String?
            var additionalElements: JSONObject = [:]
            for (jsonKey, jsonValue) in members {
                switch jsonKey {
                case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                case "reference": reference = try jsonValue.decode(String.self, key: jsonKey)
                case "type": type = try jsonValue.decode(String.self, key: jsonKey)
                case "identifier": identifier = try jsonValue.decode(Identifier.self, key: jsonKey)
                case "display": display = try jsonValue.decode(String.self, key: jsonKey)
                default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                }
            }
            self.id = id
            self.`extension` = extensions
            self.reference = reference
            self.type = type
            self.identifier = identifier
            self.display = display
            self.additionalElements = additionalElements
        }

        /// Encodes the modelled elements, then the kept ones.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: FHIRCodingKey.self)
            try container.encodeIfPresent(id, forKey: "id")
            if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
            try container.encodeIfPresent(reference, forKey: "reference")
            try container.encodeIfPresent(type, forKey: "type")
            try container.encodeIfPresent(identifier, forKey: "identifier")
            try container.encodeIfPresent(display, forKey: "display")
            for (name, value) in additionalElements {
                try container.encode(value, forKey: FHIRCodingKey(name))
            }
        }
    }
}
