import BrobyggerCore
import Foundation

extension FHIR {
    /// A postal address (FHIR `Address`); dk-core adds the municipality code as an extension.
    public struct Address: FHIRElementContainer, FHIRNodeDecodable {
        /// Unique id of the element within the resource.
        public var id: String?
        /// Additional content defined by implementations, kept even when not understood.
        public var `extension`: [Extension]
        /// The purpose of the address.
        public var use: AddressUse?
        /// Postal, physical or both.
        public var type: AddressType?
        /// The whole address as text.
        public var text: String?
        /// Street lines.
        public var line: [String]
        /// The postal district (*by*).
        public var city: String?
        /// The district or municipality name.
        public var district: String?
        /// The region.
        public var state: String?
        /// The postal code (*postnummer*).
        public var postalCode: String?
        /// The country, as ISO 3166 code or name.
        public var country: String?
        /// When the address was in use.
        public var period: Period?
        /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
        /// FHIR release, kept verbatim and written back on encoding.
        public var additionalElements: JSONObject

        /// Creates the element; only the required elements have no default.
        public init(
            id: String? = nil, use: AddressUse? = nil, type: AddressType? = nil, text: String? = nil,
            line: [String] = [], city: String? = nil, district: String? = nil, state: String? = nil,
            postalCode: String? = nil, country: String? = nil, period: Period? = nil,
            extension extensions: [Extension] = [], additionalElements: JSONObject = [:]
        ) {
            self.id = id
            self.use = use
            self.type = type
            self.text = text
            self.line = line
            self.city = city
            self.district = district
            self.state = state
            self.postalCode = postalCode
            self.country = country
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
            var use: AddressUse?
            var type: AddressType?
            var text: String?
            var line: [String] = []
            var city: String?
            var district: String?
            var state: String?
            var postalCode: String?
            var country: String?
            var period: Period?
            var additionalElements: JSONObject = [:]
            for (jsonKey, jsonValue) in members {
                switch jsonKey {
                case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                case "use": use = try jsonValue.decode(AddressUse.self, key: jsonKey)
                case "type": type = try jsonValue.decode(AddressType.self, key: jsonKey)
                case "text": text = try jsonValue.decode(String.self, key: jsonKey)
                case "line": line = try jsonValue.decode([String].self, key: jsonKey)
                case "city": city = try jsonValue.decode(String.self, key: jsonKey)
                case "district": district = try jsonValue.decode(String.self, key: jsonKey)
                case "state": state = try jsonValue.decode(String.self, key: jsonKey)
                case "postalCode": postalCode = try jsonValue.decode(String.self, key: jsonKey)
                case "country": country = try jsonValue.decode(String.self, key: jsonKey)
                case "period": period = try jsonValue.decode(Period.self, key: jsonKey)
                default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                }
            }
            self.id = id
            self.`extension` = extensions
            self.use = use
            self.type = type
            self.text = text
            self.line = line
            self.city = city
            self.district = district
            self.state = state
            self.postalCode = postalCode
            self.country = country
            self.period = period
            self.additionalElements = additionalElements
        }

        /// Encodes the modelled elements, then the kept ones.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: FHIRCodingKey.self)
            try container.encodeIfPresent(id, forKey: "id")
            if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
            try container.encodeIfPresent(use, forKey: "use")
            try container.encodeIfPresent(type, forKey: "type")
            try container.encodeIfPresent(text, forKey: "text")
            if !line.isEmpty { try container.encode(line, forKey: "line") }
            try container.encodeIfPresent(city, forKey: "city")
            try container.encodeIfPresent(district, forKey: "district")
            try container.encodeIfPresent(state, forKey: "state")
            try container.encodeIfPresent(postalCode, forKey: "postalCode")
            try container.encodeIfPresent(country, forKey: "country")
            try container.encodeIfPresent(period, forKey: "period")
            for (name, value) in additionalElements {
                try container.encode(value, forKey: FHIRCodingKey(name))
            }
        }
    }
}
