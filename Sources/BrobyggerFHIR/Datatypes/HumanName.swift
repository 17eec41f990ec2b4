import BrobyggerCore
import Foundation

extension FHIR {
    /// A person's name (FHIR `HumanName`); dk-core requires `family` on the official name.
    public struct HumanName: FHIRElementContainer, FHIRNodeDecodable {
        /// Unique id of the element within the resource.
        public var id: String?
        /// Additional content defined by implementations, kept even when not understood.
        public var `extension`: [Extension]
        /// The purpose of the name, such as `official`.
        public var use: NameUse?
        /// The full name as text.
        public var text: String?
        /// The family name (*efternavn*).
        public var family: String?
        /// Given names, in order (*fornavne*).
        public var given: [String]
        /// Parts before the name, such as titles.
        public var prefix: [String]
        /// Parts after the name.
        public var suffix: [String]
        /// When the name was in use.
        public var period: Period?
        /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
        /// FHIR release, kept verbatim and written back on encoding.
        public var additionalElements: JSONObject

        /// Creates the element; only the required elements have no default.
        public init(
            id: String? = nil, use: NameUse? = nil, text: String? = nil, family: String? = nil, given: [String] = [],
            prefix: [String] = [], suffix: [String] = [], period: Period? = nil, extension extensions: [Extension] = [],
            additionalElements: JSONObject = [:]
        ) {
            self.id = id
            self.use = use
            self.text = text
            self.family = family
            self.given = given
            self.prefix = prefix
            self.suffix = suffix
            self.period = period
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
            var use: NameUse?
            var text: String?
            var family: String?
            var given: [String] = []
            var prefix: [String] = []
            var suffix: [String] = []
            var period: Period?
            var additionalElements: JSONObject = [:]
            for (jsonKey, jsonValue) in members {
                switch jsonKey {
                case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                case "use": use = try jsonValue.decode(NameUse.self, key: jsonKey)
                case "text": text = try jsonValue.decode(String.self, key: jsonKey)
                case "family": family = try jsonValue.decode(String.self, key: jsonKey)
                case "given": given = try jsonValue.decode([String].self, key: jsonKey)
                case "prefix": prefix = try jsonValue.decode([String].self, key: jsonKey)
                case "suffix": suffix = try jsonValue.decode([String].self, key: jsonKey)
                case "period": period = try jsonValue.decode(Period.self, key: jsonKey)
                default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                }
            }
            self.id = id
            self.`extension` = extensions
            self.use = use
            self.text = text
            self.family = family
            self.given = given
            self.prefix = prefix
            self.suffix = suffix
            self.period = period
            self.additionalElements = additionalElements
        }

        /// Encodes the modelled elements, then the kept ones.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: FHIRCodingKey.self)
            try container.encodeIfPresent(id, forKey: "id")
            if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
            try container.encodeIfPresent(use, forKey: "use")
            try container.encodeIfPresent(text, forKey: "text")
            try container.encodeIfPresent(family, forKey: "family")
            if !given.isEmpty { try container.encode(given, forKey: "given") }
            if !prefix.isEmpty { try container.encode(prefix, forKey: "prefix") }
            if !suffix.isEmpty { try container.encode(suffix, forKey: "suffix") }
            try container.encodeIfPresent(period, forKey: "period")
            for (name, value) in additionalElements {
                try container.encode(value, forKey: FHIRCodingKey(name))
            }
        }
    }
}
