import BrobyggerCore
import Foundation

extension FHIR {
    /// An identifier of a person, organisation or thing, from a system that issues it (FHIR `Identifier`).
    ///
    /// dk-core's identifier systems (CPR, eCPR, SOR, GLN, CVR, municipality and region codes) are listed in
    /// `DanishIdentifierSystem`.
    public struct Identifier: FHIRElementContainer, FHIRNodeDecodable {
        /// Unique id of the element within the resource.
        public var id: String?
        /// Additional content defined by implementations, kept even when not understood.
        public var `extension`: [Extension]
        /// The purpose of the identifier: `official` for CPR and SOR, `temp` for replacement numbers.
        public var use: IdentifierUse?
        /// The kind of identifier.
        public var type: CodeableConcept?
        /// The namespace of the value, such as `urn:oid:1.2.208.176.1.2` for CPR numbers.
        public var system: String?
        /// The identifier. Personal data when the system is a person register.
        public var value: String?
        /// When the identifier was valid.
        public var period: Period?
        /// The organisation that issued the identifier.
        public var assigner: Reference? {
            get { _assigner?.value }
            set { _assigner = newValue.map(Indirect.init) }
        }
        private var _assigner: Indirect<Reference>?
        /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
        /// FHIR release, kept verbatim and written back on encoding.
        public var additionalElements: JSONObject

        /// Creates the element; only the required elements have no default.
        public init(
            id: String? = nil, use: IdentifierUse? = nil, type: CodeableConcept? = nil, system: String? = nil,
            value: String? = nil, period: Period? = nil, assigner: Reference? = nil,
            extension extensions: [Extension] = [], additionalElements: JSONObject = [:]
        ) {
            self.id = id
            self.use = use
            self.type = type
            self.system = system
            self.value = value
            self.period = period
            self._assigner = assigner.map(Indirect.init)
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
            var use: IdentifierUse?
            var type: CodeableConcept?
            var system: String?
            var value: String?
            var period: Period?
            var assigner: Reference?
            var additionalElements: JSONObject = [:]
            for (jsonKey, jsonValue) in members {
                switch jsonKey {
                case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                case "use": use = try jsonValue.decode(IdentifierUse.self, key: jsonKey)
                case "type": type = try jsonValue.decode(CodeableConcept.self, key: jsonKey)
                case "system": system = try jsonValue.decode(String.self, key: jsonKey)
                case "value": value = try jsonValue.decode(String.self, key: jsonKey)
                case "period": period = try jsonValue.decode(Period.self, key: jsonKey)
                case "assigner": assigner = try jsonValue.decode(Reference.self, key: jsonKey)
                default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                }
            }
            self.id = id
            self.`extension` = extensions
            self.use = use
            self.type = type
            self.system = system
            self.value = value
            self.period = period
            self._assigner = assigner.map(Indirect.init)
            self.additionalElements = additionalElements
        }

        /// Encodes the modelled elements, then the kept ones.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: FHIRCodingKey.self)
            try container.encodeIfPresent(id, forKey: "id")
            if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
            try container.encodeIfPresent(use, forKey: "use")
            try container.encodeIfPresent(type, forKey: "type")
            try container.encodeIfPresent(system, forKey: "system")
            try container.encodeIfPresent(value, forKey: "value")
            try container.encodeIfPresent(period, forKey: "period")
            try container.encodeIfPresent(assigner, forKey: "assigner")
            for (name, value) in additionalElements {
                try container.encode(value, forKey: FHIRCodingKey(name))
            }
        }
    }
}
