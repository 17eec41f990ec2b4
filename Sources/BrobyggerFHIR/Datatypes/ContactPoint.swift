import BrobyggerCore
import Foundation

extension FHIR {
    /// A telephone number, e-mail address or other contact point (FHIR `ContactPoint`).
    public struct ContactPoint: FHIRElementContainer, FHIRNodeDecodable {
        /// Unique id of the element within the resource.
        public var id: String?
        /// Additional content defined by implementations, kept even when not understood.
        public var `extension`: [Extension]
        /// The kind of contact point: `phone`, `email` …
        public var system: ContactPointSystem?
        /// The number or address.
        public var value: String?
        /// The purpose: `work`, `home`, `mobile` …
        public var use: ContactPointUse?
        /// The preference order, 1 first.
        public var rank: Int?
        /// When the contact point was in use.
        public var period: Period?
        /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
        /// FHIR release, kept verbatim and written back on encoding.
        public var additionalElements: JSONObject

        /// Creates the element; only the required elements have no default.
        public init(
            id: String? = nil, system: ContactPointSystem? = nil, value: String? = nil, use: ContactPointUse? = nil,
            rank: Int? = nil, period: Period? = nil, extension extensions: [Extension] = [],
            additionalElements: JSONObject = [:]
        ) {
            self.id = id
            self.system = system
            self.value = value
            self.use = use
            self.rank = rank
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
            var system: ContactPointSystem?
            var value: String?
            var use: ContactPointUse?
            var rank: Int?
            var period: Period?
            var additionalElements: JSONObject = [:]
            for (jsonKey, jsonValue) in members {
                switch jsonKey {
                case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                case "system": system = try jsonValue.decode(ContactPointSystem.self, key: jsonKey)
                case "value": value = try jsonValue.decode(String.self, key: jsonKey)
                case "use": use = try jsonValue.decode(ContactPointUse.self, key: jsonKey)
                case "rank": rank = try jsonValue.decode(Int.self, key: jsonKey)
                case "period": period = try jsonValue.decode(Period.self, key: jsonKey)
                default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                }
            }
            self.id = id
            self.`extension` = extensions
            self.system = system
            self.value = value
            self.use = use
            self.rank = rank
            self.period = period
            self.additionalElements = additionalElements
        }

        /// Encodes the modelled elements, then the kept ones.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: FHIRCodingKey.self)
            try container.encodeIfPresent(id, forKey: "id")
            if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
            try container.encodeIfPresent(system, forKey: "system")
            try container.encodeIfPresent(value, forKey: "value")
            try container.encodeIfPresent(use, forKey: "use")
            try container.encodeIfPresent(rank, forKey: "rank")
            try container.encodeIfPresent(period, forKey: "period")
            for (name, value) in additionalElements {
                try container.encode(value, forKey: FHIRCodingKey(name))
            }
        }
    }
}
