import BrobyggerCore
import Foundation

extension FHIR {
    /// A role a practitioner has in an organisation (FHIR `PractitionerRole`).
    public struct PractitionerRole: FHIRElementContainer, FHIRNodeDecodable {
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
        /// Identifiers.
        public var identifier: [Identifier]
        /// Whether the role is active.
        public var active: Bool?
        /// When the role is held.
        public var period: Period?
        /// The practitioner.
        public var practitioner: Reference?
        /// The organisation.
        public var organization: Reference?
        /// The roles, such as nurse or psychiatrist.
        public var code: [CodeableConcept]
        /// Specialties.
        public var specialty: [CodeableConcept]
        /// Where the role is held.
        public var location: [Reference]
        /// The services provided.
        public var healthcareService: [Reference]
        /// Contact points for the role.
        public var telecom: [ContactPoint]
        /// Technical endpoints.
        public var endpoint: [Reference]
        /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
        /// FHIR release, kept verbatim and written back on encoding.
        public var additionalElements: JSONObject

        /// Creates the resource; only the required elements have no default.
        public init(
            id: ID? = nil, identifier: [Identifier] = [], active: Bool? = nil, period: Period? = nil,
            practitioner: Reference? = nil, organization: Reference? = nil, code: [CodeableConcept] = [],
            specialty: [CodeableConcept] = [], location: [Reference] = [], healthcareService: [Reference] = [],
            telecom: [ContactPoint] = [], endpoint: [Reference] = [], meta: Meta? = nil, implicitRules: String? = nil,
            language: String? = nil, text: Narrative? = nil, contained: [Resource] = [],
            extension extensions: [Extension] = [], modifierExtension: [Extension] = [],
            additionalElements: JSONObject = [:]
        ) {
            self.id = id
            self.identifier = identifier
            self.active = active
            self.period = period
            self.practitioner = practitioner
            self.organization = organization
            self.code = code
            self.specialty = specialty
            self.location = location
            self.healthcareService = healthcareService
            self.telecom = telecom
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
            guard resourceType == "PractitionerRole" else {
                throw .wrongResourceType(path: .root, expected: "PractitionerRole", found: resourceType ?? nil)
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
            var period: Period?
            var practitioner: Reference?
            var organization: Reference?
            var code: [CodeableConcept] = []
            var specialty: [CodeableConcept] = []
            var location: [Reference] = []
            var healthcareService: [Reference] = []
            var telecom: [ContactPoint] = []
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
                case "period": period = try jsonValue.decode(Period.self, key: jsonKey)
                case "practitioner": practitioner = try jsonValue.decode(Reference.self, key: jsonKey)
                case "organization": organization = try jsonValue.decode(Reference.self, key: jsonKey)
                case "code": code = try jsonValue.decode([CodeableConcept].self, key: jsonKey)
                case "specialty": specialty = try jsonValue.decode([CodeableConcept].self, key: jsonKey)
                case "location": location = try jsonValue.decode([Reference].self, key: jsonKey)
                case "healthcareService": healthcareService = try jsonValue.decode([Reference].self, key: jsonKey)
                case "telecom": telecom = try jsonValue.decode([ContactPoint].self, key: jsonKey)
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
            self.period = period
            self.practitioner = practitioner
            self.organization = organization
            self.code = code
            self.specialty = specialty
            self.location = location
            self.healthcareService = healthcareService
            self.telecom = telecom
            self.endpoint = endpoint
            self.additionalElements = additionalElements
        }

        /// Encodes the modelled elements, then the kept ones.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: FHIRCodingKey.self)
            try container.encode("PractitionerRole", forKey: "resourceType")
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
            try container.encodeIfPresent(period, forKey: "period")
            try container.encodeIfPresent(practitioner, forKey: "practitioner")
            try container.encodeIfPresent(organization, forKey: "organization")
            if !code.isEmpty { try container.encode(code, forKey: "code") }
            if !specialty.isEmpty { try container.encode(specialty, forKey: "specialty") }
            if !location.isEmpty { try container.encode(location, forKey: "location") }
            if !healthcareService.isEmpty { try container.encode(healthcareService, forKey: "healthcareService") }
            if !telecom.isEmpty { try container.encode(telecom, forKey: "telecom") }
            if !endpoint.isEmpty { try container.encode(endpoint, forKey: "endpoint") }
            for (name, value) in additionalElements {
                try container.encode(value, forKey: FHIRCodingKey(name))
            }
        }
    }
}
