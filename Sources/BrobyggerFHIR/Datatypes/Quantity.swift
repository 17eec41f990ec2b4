import BrobyggerCore
import Foundation

extension FHIR {
    /// A measured amount (FHIR `Quantity`, also used for `Duration` and `Age`).
    public struct Quantity: FHIRElementContainer, FHIRNodeDecodable {
        /// Unique id of the element within the resource.
        public var id: String?
        /// Additional content defined by implementations, kept even when not understood.
        public var `extension`: [Extension]
        /// The amount.
        public var value: Decimal?
        /// How to read the value: `<`, `<=`, `>=`, `>`.
        public var comparator: QuantityComparator?
        /// The unit as text.
        public var unit: String?
        /// The unit's code system, usually UCUM.
        public var system: String?
        /// The unit's code.
        public var code: String?
        /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
        /// FHIR release, kept verbatim and written back on encoding.
        public var additionalElements: JSONObject

        /// Creates the element; only the required elements have no default.
        public init(
            id: String? = nil, value: Decimal? = nil, comparator: QuantityComparator? = nil, unit: String? = nil,
            system: String? = nil, code: String? = nil, extension extensions: [Extension] = [],
            additionalElements: JSONObject = [:]
        ) {
            self.id = id
            self.value = value
            self.comparator = comparator
            self.unit = unit
            self.system = system
            self.code = code
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
            var value: Decimal?
            var comparator: QuantityComparator?
            var unit: String?
            var system: String?
            var code: String?
            var additionalElements: JSONObject = [:]
            for (jsonKey, jsonValue) in members {
                switch jsonKey {
                case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                case "value": value = try jsonValue.decode(Decimal.self, key: jsonKey)
                case "comparator": comparator = try jsonValue.decode(QuantityComparator.self, key: jsonKey)
                case "unit": unit = try jsonValue.decode(String.self, key: jsonKey)
                case "system": system = try jsonValue.decode(String.self, key: jsonKey)
                case "code": code = try jsonValue.decode(String.self, key: jsonKey)
                default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                }
            }
            self.id = id
            self.`extension` = extensions
            self.value = value
            self.comparator = comparator
            self.unit = unit
            self.system = system
            self.code = code
            self.additionalElements = additionalElements
        }

        /// Encodes the modelled elements, then the kept ones.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: FHIRCodingKey.self)
            try container.encodeIfPresent(id, forKey: "id")
            if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
            try container.encodeIfPresent(value, forKey: "value")
            try container.encodeIfPresent(comparator, forKey: "comparator")
            try container.encodeIfPresent(unit, forKey: "unit")
            try container.encodeIfPresent(system, forKey: "system")
            try container.encodeIfPresent(code, forKey: "code")
            for (name, value) in additionalElements {
                try container.encode(value, forKey: FHIRCodingKey(name))
            }
        }
    }
}
