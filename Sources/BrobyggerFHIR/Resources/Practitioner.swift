import BrobyggerCore
import Foundation

extension FHIR {
    /// A health or social care professional (FHIR `Practitioner`).
    public struct Practitioner: FHIRElementContainer, FHIRNodeDecodable {
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
        /// Identifiers, such as the authorisation ID (`https://autregweb.sst.dk`).
        public var identifier: [Identifier]
        /// Whether the record is active.
        public var active: Bool?
        /// Names.
        public var name: [HumanName]
        /// Contact points.
        public var telecom: [ContactPoint]
        /// Addresses.
        public var address: [Address]
        /// Administrative gender.
        public var gender: AdministrativeGender?
        /// Date of birth.
        public var birthDate: Date?
        /// Qualifications, such as an authorisation as nurse.
        public var qualification: [Qualification]
        /// Languages spoken.
        public var communication: [CodeableConcept]
        /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
        /// FHIR release, kept verbatim and written back on encoding.
        public var additionalElements: JSONObject

        /// Creates the resource; only the required elements have no default.
        public init(
            id: ID? = nil, identifier: [Identifier] = [], active: Bool? = nil, name: [HumanName] = [],
            telecom: [ContactPoint] = [], address: [Address] = [], gender: AdministrativeGender? = nil,
            birthDate: Date? = nil, qualification: [Qualification] = [], communication: [CodeableConcept] = [],
            meta: Meta? = nil, implicitRules: String? = nil, language: String? = nil, text: Narrative? = nil,
            contained: [Resource] = [], extension extensions: [Extension] = [], modifierExtension: [Extension] = [],
            additionalElements: JSONObject = [:]
        ) {
            self.id = id
            self.identifier = identifier
            self.active = active
            self.name = name
            self.telecom = telecom
            self.address = address
            self.gender = gender
            self.birthDate = birthDate
            self.qualification = qualification
            self.communication = communication
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
            guard resourceType == "Practitioner" else {
                throw .wrongResourceType(path: .root, expected: "Practitioner", found: resourceType ?? nil)
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
            var name: [HumanName] = []
            var telecom: [ContactPoint] = []
            var address: [Address] = []
            var gender: AdministrativeGender?
            var birthDate: Date?
            var qualification: [Qualification] = []
            var communication: [CodeableConcept] = []
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
                case "name": name = try jsonValue.decode([HumanName].self, key: jsonKey)
                case "telecom": telecom = try jsonValue.decode([ContactPoint].self, key: jsonKey)
                case "address": address = try jsonValue.decode([Address].self, key: jsonKey)
                case "gender": gender = try jsonValue.decode(AdministrativeGender.self, key: jsonKey)
                case "birthDate": birthDate = try jsonValue.decode(Date.self, key: jsonKey)
                case "qualification": qualification = try jsonValue.decode([Qualification].self, key: jsonKey)
                case "communication": communication = try jsonValue.decode([CodeableConcept].self, key: jsonKey)
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
            self.name = name
            self.telecom = telecom
            self.address = address
            self.gender = gender
            self.birthDate = birthDate
            self.qualification = qualification
            self.communication = communication
            self.additionalElements = additionalElements
        }

        /// Encodes the modelled elements, then the kept ones.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: FHIRCodingKey.self)
            try container.encode("Practitioner", forKey: "resourceType")
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
            if !name.isEmpty { try container.encode(name, forKey: "name") }
            if !telecom.isEmpty { try container.encode(telecom, forKey: "telecom") }
            if !address.isEmpty { try container.encode(address, forKey: "address") }
            try container.encodeIfPresent(gender, forKey: "gender")
            try container.encodeIfPresent(birthDate, forKey: "birthDate")
            if !qualification.isEmpty { try container.encode(qualification, forKey: "qualification") }
            if !communication.isEmpty { try container.encode(communication, forKey: "communication") }
            for (name, value) in additionalElements {
                try container.encode(value, forKey: FHIRCodingKey(name))
            }
        }

        /// A qualification of a practitioner.
        public struct Qualification: FHIRElementContainer, FHIRNodeDecodable {
            /// Unique id of the element within the resource.
            public var id: String?
            /// Additional content defined by implementations, kept even when not understood.
            public var `extension`: [Extension]
            /// Extensions that change the meaning of the element; a reader that does not understand one must not use the element.
            public var modifierExtension: [Extension]
            /// Identifiers of the qualification.
            public var identifier: [Identifier]
            /// The qualification.
            public var code: CodeableConcept
            /// When it is valid.
            public var period: Period?
            /// Who issued it.
            public var issuer: Reference?
            /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
            /// FHIR release, kept verbatim and written back on encoding.
            public var additionalElements: JSONObject

            /// Creates the element; only the required elements have no default.
            public init(
                id: String? = nil, identifier: [Identifier] = [], code: CodeableConcept, period: Period? = nil,
                issuer: Reference? = nil, extension extensions: [Extension] = [], modifierExtension: [Extension] = [],
                additionalElements: JSONObject = [:]
            ) {
                self.id = id
                self.identifier = identifier
                self.code = code
                self.period = period
                self.issuer = issuer
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
                var identifier: [Identifier] = []
                var code: CodeableConcept?
                var period: Period?
                var issuer: Reference?
                var additionalElements: JSONObject = [:]
                for (jsonKey, jsonValue) in members {
                    switch jsonKey {
                    case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                    case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "modifierExtension": modifierExtension = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "identifier": identifier = try jsonValue.decode([Identifier].self, key: jsonKey)
                    case "code": code = try jsonValue.decode(CodeableConcept.self, key: jsonKey)
                    case "period": period = try jsonValue.decode(Period.self, key: jsonKey)
                    case "issuer": issuer = try jsonValue.decode(Reference.self, key: jsonKey)
                    default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                    }
                }
                guard let code else { throw .missingElement(path: "code") }
                self.id = id
                self.`extension` = extensions
                self.modifierExtension = modifierExtension
                self.identifier = identifier
                self.code = code
                self.period = period
                self.issuer = issuer
                self.additionalElements = additionalElements
            }

            /// Encodes the modelled elements, then the kept ones.
            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: FHIRCodingKey.self)
                try container.encodeIfPresent(id, forKey: "id")
                if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
                if !modifierExtension.isEmpty { try container.encode(modifierExtension, forKey: "modifierExtension") }
                if !identifier.isEmpty { try container.encode(identifier, forKey: "identifier") }
                try container.encode(code, forKey: "code")
                try container.encodeIfPresent(period, forKey: "period")
                try container.encodeIfPresent(issuer, forKey: "issuer")
                for (name, value) in additionalElements {
                    try container.encode(value, forKey: FHIRCodingKey(name))
                }
            }
        }
    }
}
