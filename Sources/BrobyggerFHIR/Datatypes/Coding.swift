import BrobyggerCore
import Foundation

extension FHIR {
    /// A code from a code system (FHIR `Coding`).
    public struct Coding: FHIRElementContainer, FHIRNodeDecodable {
        /// Unique id of the element within the resource.
        public var id: String?
        /// Additional content defined by implementations, kept even when not understood.
        public var `extension`: [Extension]
        /// The code system's URI.
        public var system: String?
        /// The version of the code system.
        public var version: String?
        /// The code.
        public var code: String?
        /// The code system's text for the code.
        public var display: String?
        /// Whether the user chose this coding directly.
        public var userSelected: Bool?
        /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
        /// FHIR release, kept verbatim and written back on encoding.
        public var additionalElements: JSONObject

        /// Creates the element; only the required elements have no default.
        public init(
            id: String? = nil, system: String? = nil, version: String? = nil, code: String? = nil,
            display: String? = nil, userSelected: Bool? = nil, extension extensions: [Extension] = [],
            additionalElements: JSONObject = [:]
        ) {
            self.id = id
            self.system = system
            self.version = version
            self.code = code
            self.display = display
            self.userSelected = userSelected
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
            var system: String?
            var version: String?
            var code: String?
            var display: String?
            var userSelected: Bool?
            var additionalElements: JSONObject = [:]
            for (jsonKey, jsonValue) in members {
                switch jsonKey {
                case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                case "system": system = try jsonValue.decode(String.self, key: jsonKey)
                case "version": version = try jsonValue.decode(String.self, key: jsonKey)
                case "code": code = try jsonValue.decode(String.self, key: jsonKey)
                case "display": display = try jsonValue.decode(String.self, key: jsonKey)
                case "userSelected": userSelected = try jsonValue.decode(Bool.self, key: jsonKey)
                default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                }
            }
            self.id = id
            self.`extension` = extensions
            self.system = system
            self.version = version
            self.code = code
            self.display = display
            self.userSelected = userSelected
            self.additionalElements = additionalElements
        }

        /// Encodes the modelled elements, then the kept ones.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: FHIRCodingKey.self)
            try container.encodeIfPresent(id, forKey: "id")
            if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
            try container.encodeIfPresent(system, forKey: "system")
            try container.encodeIfPresent(version, forKey: "version")
            try container.encodeIfPresent(code, forKey: "code")
            try container.encodeIfPresent(display, forKey: "display")
            try container.encodeIfPresent(userSelected, forKey: "userSelected")
            for (name, value) in additionalElements {
                try container.encode(value, forKey: FHIRCodingKey(name))
            }
        }
    }
}
