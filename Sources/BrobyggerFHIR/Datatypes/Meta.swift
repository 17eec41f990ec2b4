import BrobyggerCore
import Foundation

extension FHIR {
    /// Metadata about a resource (FHIR `Meta`).
    public struct Meta: FHIRElementContainer, FHIRNodeDecodable {
        /// Unique id of the element within the resource.
        public var id: String?
        /// Additional content defined by implementations, kept even when not understood.
        public var `extension`: [Extension]
        /// The version of the resource on its server.
        public var versionId: String?
        /// When the version changed.
        public var lastUpdated: DateTime?
        /// The system the resource came from.
        public var source: String?
        /// Profiles (canonical URLs) the resource claims to conform to, such as MedCom's.
        public var profile: [String]
        /// Security labels.
        public var security: [Coding]
        /// Tags.
        public var tag: [Coding]
        /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
        /// FHIR release, kept verbatim and written back on encoding.
        public var additionalElements: JSONObject

        /// Creates the element; only the required elements have no default.
        public init(
            id: String? = nil, versionId: String? = nil, lastUpdated: DateTime? = nil, source: String? = nil,
            profile: [String] = [], security: [Coding] = [], tag: [Coding] = [], extension extensions: [Extension] = [],
            additionalElements: JSONObject = [:]
        ) {
            self.id = id
            self.versionId = versionId
            self.lastUpdated = lastUpdated
            self.source = source
            self.profile = profile
            self.security = security
            self.tag = tag
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
            var versionId: String?
            var lastUpdated: DateTime?
            var source: String?
            var profile: [String] = []
            var security: [Coding] = []
            var tag: [Coding] = []
            var additionalElements: JSONObject = [:]
            for (jsonKey, jsonValue) in members {
                switch jsonKey {
                case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                case "versionId": versionId = try jsonValue.decode(String.self, key: jsonKey)
                case "lastUpdated": lastUpdated = try jsonValue.decode(DateTime.self, key: jsonKey)
                case "source": source = try jsonValue.decode(String.self, key: jsonKey)
                case "profile": profile = try jsonValue.decode([String].self, key: jsonKey)
                case "security": security = try jsonValue.decode([Coding].self, key: jsonKey)
                case "tag": tag = try jsonValue.decode([Coding].self, key: jsonKey)
                default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                }
            }
            self.id = id
            self.`extension` = extensions
            self.versionId = versionId
            self.lastUpdated = lastUpdated
            self.source = source
            self.profile = profile
            self.security = security
            self.tag = tag
            self.additionalElements = additionalElements
        }

        /// Encodes the modelled elements, then the kept ones.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: FHIRCodingKey.self)
            try container.encodeIfPresent(id, forKey: "id")
            if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
            try container.encodeIfPresent(versionId, forKey: "versionId")
            try container.encodeIfPresent(lastUpdated, forKey: "lastUpdated")
            try container.encodeIfPresent(source, forKey: "source")
            if !profile.isEmpty { try container.encode(profile, forKey: "profile") }
            if !security.isEmpty { try container.encode(security, forKey: "security") }
            if !tag.isEmpty { try container.encode(tag, forKey: "tag") }
            for (name, value) in additionalElements {
                try container.encode(value, forKey: FHIRCodingKey(name))
            }
        }
    }
}
