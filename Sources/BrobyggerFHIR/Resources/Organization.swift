import BrobyggerCore
import Foundation

extension FHIR {
    /// An organisation (FHIR `Organization`, dk-core `DkCoreOrganization`, MedCom
    /// `MedComMessagingOrganization`): a hospital department, a municipality, a residential facility, an outreach team's
    /// centre. Identified by SOR code, GLN/EAN location number (MedCom's routing address), CVR, municipality or region code.
    /// Map to and from `Organisation` with `init(_:)` and `Organisation(_:)`.
    public struct Organization: FHIRElementContainer, FHIRNodeDecodable {
        /// The logical id of the resource (a FHIR id, not necessarily a UUID).
        public var id: ID?
        /// Metadata: version, profiles claimed, security labels.
        public var meta: Meta?
        /// Rules the resource was created under that must be understood to read it.
        public var implicitRules: String?
        /// The language of the resource content (BCP 47).
        public var language: String?
        /// The human-readable narrative (XHTML).
        public var text: Narrative?
        /// Resources contained inline, without their own identity.
        public var contained: [Resource]
        /// Additional content defined by implementations, kept even when not understood.
        public var `extension`: [Extension]
        /// Extensions that change the meaning of the resource; a reader that does not understand one must not use the resource.
        public var modifierExtension: [Extension]
        /// Identifiers: SOR, GLN/EAN, CVR, municipality code, region code …
        public var identifier: [Identifier]
        /// Whether the organisation is active.
        public var active: Bool?
        /// The kind of organisation.
        public var type: [CodeableConcept]
        /// The name.
        public var name: String?
        /// Other names.
        public var alias: [String]
        /// Contact points.
        public var telecom: [ContactPoint]
        /// Addresses.
        public var address: [Address]
        /// The organisation this one is part of.
        public var partOf: Reference?
        /// Contact persons.
        public var contact: [Contact]
        /// Technical endpoints.
        public var endpoint: [Reference]
        /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
        /// FHIR release, kept verbatim and written back on encoding.
        public var additionalElements: JSONObject

        /// Creates the resource; only the required elements have no default.
        public init(
            id: ID? = nil, identifier: [Identifier] = [], active: Bool? = nil, type: [CodeableConcept] = [],
            name: String? = nil, alias: [String] = [], telecom: [ContactPoint] = [], address: [Address] = [],
            partOf: Reference? = nil, contact: [Contact] = [], endpoint: [Reference] = [], meta: Meta? = nil,
            implicitRules: String? = nil, language: String? = nil, text: Narrative? = nil, contained: [Resource] = [],
            extension extensions: [Extension] = [], modifierExtension: [Extension] = [],
            additionalElements: JSONObject = [:]
        ) {
            self.id = id
            self.identifier = identifier
            self.active = active
            self.type = type
            self.name = name
            self.alias = alias
            self.telecom = telecom
            self.address = address
            self.partOf = partOf
            self.contact = contact
            self.endpoint = endpoint
            self.meta = meta
            self.implicitRules = implicitRules
            self.language = language
            self.text = text
            self.contained = contained
            self.`extension` = extensions
            self.modifierExtension = modifierExtension
            self.additionalElements = additionalElements
        }

        /// Decodes through the node reader, as `FHIR.decode(_:from:)` does.
        public init(from decoder: any Decoder) throws {
            self = try Self(decoding: decoder)
        }

        /// Reads the element from a parsed JSON tree (the fast path of `FHIR.decode`).
        init(node: JSONNode) throws(FHIRError) {
            guard case .object(let members) = node else { throw .typeMismatch(path: .root, expected: "an object") }
            let resourceType = try? node.member("resourceType")?.string()
            guard resourceType == "Organization" else {
                throw .wrongResourceType(path: .root, expected: "Organization", found: resourceType ?? nil)
            }
            var id: ID?
            var meta: Meta?
            var implicitRules: String?
            var language: String?
            var text: Narrative?
            var contained: [Resource] = []
            var extensions: [Extension] = []
            var modifierExtension: [Extension] = []
            var identifier: [Identifier] = []
            var active: Bool?
            var type: [CodeableConcept] = []
            var name: String?
            var alias: [String] = []
            var telecom: [ContactPoint] = []
            var address: [Address] = []
            var partOf: Reference?
            var contact: [Contact] = []
            var endpoint: [Reference] = []
            var additionalElements: JSONObject = [:]
            for (jsonKey, jsonValue) in members {
                switch jsonKey {
                case "resourceType": continue
                case "id": id = try jsonValue.decode(ID.self, key: jsonKey)
                case "meta": meta = try jsonValue.decode(Meta.self, key: jsonKey)
                case "implicitRules": implicitRules = try jsonValue.decode(String.self, key: jsonKey)
                case "language": language = try jsonValue.decode(String.self, key: jsonKey)
                case "text": text = try jsonValue.decode(Narrative.self, key: jsonKey)
                case "contained": contained = try jsonValue.decode([Resource].self, key: jsonKey)
                case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                case "modifierExtension": modifierExtension = try jsonValue.decode([Extension].self, key: jsonKey)
                case "identifier": identifier = try jsonValue.decode([Identifier].self, key: jsonKey)
                case "active": active = try jsonValue.decode(Bool.self, key: jsonKey)
                case "type": type = try jsonValue.decode([CodeableConcept].self, key: jsonKey)
                case "name": name = try jsonValue.decode(String.self, key: jsonKey)
                case "alias": alias = try jsonValue.decode([String].self, key: jsonKey)
                case "telecom": telecom = try jsonValue.decode([ContactPoint].self, key: jsonKey)
                case "address": address = try jsonValue.decode([Address].self, key: jsonKey)
                case "partOf": partOf = try jsonValue.decode(Reference.self, key: jsonKey)
                case "contact": contact = try jsonValue.decode([Contact].self, key: jsonKey)
                case "endpoint": endpoint = try jsonValue.decode([Reference].self, key: jsonKey)
                default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                }
            }
            self.id = id
            self.meta = meta
            self.implicitRules = implicitRules
            self.language = language
            self.text = text
            self.contained = contained
            self.`extension` = extensions
            self.modifierExtension = modifierExtension
            self.identifier = identifier
            self.active = active
            self.type = type
            self.name = name
            self.alias = alias
            self.telecom = telecom
            self.address = address
            self.partOf = partOf
            self.contact = contact
            self.endpoint = endpoint
            self.additionalElements = additionalElements
        }

        /// Encodes the modelled elements, then the kept ones.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: FHIRCodingKey.self)
            try container.encode("Organization", forKey: "resourceType")
            try container.encodeIfPresent(id, forKey: "id")
            try container.encodeIfPresent(meta, forKey: "meta")
            try container.encodeIfPresent(implicitRules, forKey: "implicitRules")
            try container.encodeIfPresent(language, forKey: "language")
            try container.encodeIfPresent(text, forKey: "text")
            if !contained.isEmpty { try container.encode(contained, forKey: "contained") }
            if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
            if !modifierExtension.isEmpty { try container.encode(modifierExtension, forKey: "modifierExtension") }
            if !identifier.isEmpty { try container.encode(identifier, forKey: "identifier") }
            try container.encodeIfPresent(active, forKey: "active")
            if !type.isEmpty { try container.encode(type, forKey: "type") }
            try container.encodeIfPresent(name, forKey: "name")
            if !alias.isEmpty { try container.encode(alias, forKey: "alias") }
            if !telecom.isEmpty { try container.encode(telecom, forKey: "telecom") }
            if !address.isEmpty { try container.encode(address, forKey: "address") }
            try container.encodeIfPresent(partOf, forKey: "partOf")
            if !contact.isEmpty { try container.encode(contact, forKey: "contact") }
            if !endpoint.isEmpty { try container.encode(endpoint, forKey: "endpoint") }
            for (name, value) in additionalElements {
                try container.encode(value, forKey: FHIRCodingKey(name))
            }
        }

        /// A contact person for an organisation.
        public struct Contact: FHIRElementContainer, FHIRNodeDecodable {
            /// Unique id of the element within the resource.
            public var id: String?
            /// Additional content defined by implementations, kept even when not understood.
            public var `extension`: [Extension]
            /// Extensions that change the meaning of the element; a reader that does not understand one must not use the element.
            public var modifierExtension: [Extension]
            /// What the contact is for.
            public var purpose: CodeableConcept?
            /// The contact's name.
            public var name: HumanName?
            /// How to reach the contact.
            public var telecom: [ContactPoint]
            /// The contact's address.
            public var address: Address?
            /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
            /// FHIR release, kept verbatim and written back on encoding.
            public var additionalElements: JSONObject

            /// Creates the element; only the required elements have no default.
            public init(
                id: String? = nil, purpose: CodeableConcept? = nil, name: HumanName? = nil,
                telecom: [ContactPoint] = [], address: Address? = nil, extension extensions: [Extension] = [],
                modifierExtension: [Extension] = [], additionalElements: JSONObject = [:]
            ) {
                self.id = id
                self.purpose = purpose
                self.name = name
                self.telecom = telecom
                self.address = address
                self.`extension` = extensions
                self.modifierExtension = modifierExtension
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
                var modifierExtension: [Extension] = []
                var purpose: CodeableConcept?
                var name: HumanName?
                var telecom: [ContactPoint] = []
                var address: Address?
                var additionalElements: JSONObject = [:]
                for (jsonKey, jsonValue) in members {
                    switch jsonKey {
                    case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                    case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "modifierExtension": modifierExtension = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "purpose": purpose = try jsonValue.decode(CodeableConcept.self, key: jsonKey)
                    case "name": name = try jsonValue.decode(HumanName.self, key: jsonKey)
                    case "telecom": telecom = try jsonValue.decode([ContactPoint].self, key: jsonKey)
                    case "address": address = try jsonValue.decode(Address.self, key: jsonKey)
                    default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                    }
                }
                self.id = id
                self.`extension` = extensions
                self.modifierExtension = modifierExtension
                self.purpose = purpose
                self.name = name
                self.telecom = telecom
                self.address = address
                self.additionalElements = additionalElements
            }

            /// Encodes the modelled elements, then the kept ones.
            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: FHIRCodingKey.self)
                try container.encodeIfPresent(id, forKey: "id")
                if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
                if !modifierExtension.isEmpty { try container.encode(modifierExtension, forKey: "modifierExtension") }
                try container.encodeIfPresent(purpose, forKey: "purpose")
                try container.encodeIfPresent(name, forKey: "name")
                if !telecom.isEmpty { try container.encode(telecom, forKey: "telecom") }
                try container.encodeIfPresent(address, forKey: "address")
                for (name, value) in additionalElements {
                    try container.encode(value, forKey: FHIRCodingKey(name))
                }
            }
        }
    }
}
