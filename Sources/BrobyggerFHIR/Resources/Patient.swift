import BrobyggerCore
import Foundation

extension FHIR {
    /// A person receiving care (FHIR `Patient`, dk-core `DkCorePatient`): identified by a CPR number or a
    /// replacement number (X-eCPR, D-eCPR). Map the identifier with `personIdentifier()` and `init(personIdentifier:…)`.
    public struct Patient: FHIRElementContainer, FHIRNodeDecodable {
        /// The choice of types of `deceased[x]`; the JSON member is `deceased` followed by the type name.
        public enum Deceased: Hashable, Sendable {
            /// `deceasedBoolean`.
            case boolean(Bool)
            /// `deceasedDateTime`.
            case dateTime(DateTime)
        }

        /// The choice of types of `multipleBirth[x]`; the JSON member is `multipleBirth` followed by the type name.
        public enum MultipleBirth: Hashable, Sendable {
            /// `multipleBirthBoolean`.
            case boolean(Bool)
            /// `multipleBirthInteger`.
            case integer(Int)
        }

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
        /// Identifiers; dk-core requires one CPR, X-eCPR or D-eCPR identifier.
        public var identifier: [Identifier]
        /// Whether the record is in active use.
        public var active: Bool?
        /// Names; the official one has a family name.
        public var name: [HumanName]
        /// Contact points.
        public var telecom: [ContactPoint]
        /// Administrative gender.
        public var gender: AdministrativeGender?
        /// Date of birth.
        public var birthDate: Date?
        /// Whether, or when, the person died (`deceased[x]`); MedCom sets `deceasedBoolean` in a
        /// HospitalNotification about a death.
        public var deceased: Deceased?
        /// Addresses.
        public var address: [Address]
        /// Marital status.
        public var maritalStatus: CodeableConcept?
        /// Whether the person is part of a multiple birth, or the birth order.
        public var multipleBirth: MultipleBirth?
        /// Contacts, such as relatives (*pårørende*).
        public var contact: [Contact]
        /// Languages the person speaks.
        public var communication: [Communication]
        /// The general practitioner (*egen læge*), by Organization or Practitioner.
        public var generalPractitioner: [Reference]
        /// The organisation keeping the record.
        public var managingOrganization: Reference?
        /// Links to other records of the same person.
        public var link: [Link]
        /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
        /// FHIR release, kept verbatim and written back on encoding.
        public var additionalElements: JSONObject

        /// Creates the resource; only the required elements have no default.
        public init(
            id: ID? = nil, identifier: [Identifier] = [], active: Bool? = nil, name: [HumanName] = [],
            telecom: [ContactPoint] = [], gender: AdministrativeGender? = nil, birthDate: Date? = nil,
            deceased: Deceased? = nil, address: [Address] = [], maritalStatus: CodeableConcept? = nil,
            multipleBirth: MultipleBirth? = nil, contact: [Contact] = [], communication: [Communication] = [],
            generalPractitioner: [Reference] = [], managingOrganization: Reference? = nil, link: [Link] = [],
            meta: Meta? = nil, implicitRules: String? = nil, language: String? = nil, text: Narrative? = nil,
            contained: [Resource] = [], extension extensions: [Extension] = [], modifierExtension: [Extension] = [],
            additionalElements: JSONObject = [:]
        ) {
            self.id = id
            self.identifier = identifier
            self.active = active
            self.name = name
            self.telecom = telecom
            self.gender = gender
            self.birthDate = birthDate
            self.deceased = deceased
            self.address = address
            self.maritalStatus = maritalStatus
            self.multipleBirth = multipleBirth
            self.contact = contact
            self.communication = communication
            self.generalPractitioner = generalPractitioner
            self.managingOrganization = managingOrganization
            self.link = link
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
            guard resourceType == "Patient" else {
                throw .wrongResourceType(path: .root, expected: "Patient", found: resourceType ?? nil)
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
            var gender: AdministrativeGender?
            var birthDate: Date?
            var deceased: Deceased?
            var address: [Address] = []
            var maritalStatus: CodeableConcept?
            var multipleBirth: MultipleBirth?
            var contact: [Contact] = []
            var communication: [Communication] = []
            var generalPractitioner: [Reference] = []
            var managingOrganization: Reference?
            var link: [Link] = []
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
                case "gender": gender = try jsonValue.decode(AdministrativeGender.self, key: jsonKey)
                case "birthDate": birthDate = try jsonValue.decode(Date.self, key: jsonKey)
                case "deceasedBoolean":
                    deceased = .boolean(try jsonValue.decode(Bool.self, key: jsonKey))
                case "deceasedDateTime":
                    deceased = .dateTime(try jsonValue.decode(DateTime.self, key: jsonKey))
                case "address": address = try jsonValue.decode([Address].self, key: jsonKey)
                case "maritalStatus": maritalStatus = try jsonValue.decode(CodeableConcept.self, key: jsonKey)
                case "multipleBirthBoolean":
                    multipleBirth = .boolean(try jsonValue.decode(Bool.self, key: jsonKey))
                case "multipleBirthInteger":
                    multipleBirth = .integer(try jsonValue.decode(Int.self, key: jsonKey))
                case "contact": contact = try jsonValue.decode([Contact].self, key: jsonKey)
                case "communication": communication = try jsonValue.decode([Communication].self, key: jsonKey)
                case "generalPractitioner": generalPractitioner = try jsonValue.decode([Reference].self, key: jsonKey)
                case "managingOrganization": managingOrganization = try jsonValue.decode(Reference.self, key: jsonKey)
                case "link": link = try jsonValue.decode([Link].self, key: jsonKey)
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
            self.gender = gender
            self.birthDate = birthDate
            self.deceased = deceased
            self.address = address
            self.maritalStatus = maritalStatus
            self.multipleBirth = multipleBirth
            self.contact = contact
            self.communication = communication
            self.generalPractitioner = generalPractitioner
            self.managingOrganization = managingOrganization
            self.link = link
            self.additionalElements = additionalElements
        }

        /// Encodes the modelled elements, then the kept ones.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: FHIRCodingKey.self)
            try container.encode("Patient", forKey: "resourceType")
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
            try container.encodeIfPresent(gender, forKey: "gender")
            try container.encodeIfPresent(birthDate, forKey: "birthDate")
            if let deceased {
                switch deceased {
                case .boolean(let value): try container.encode(value, forKey: "deceasedBoolean")
                case .dateTime(let value): try container.encode(value, forKey: "deceasedDateTime")
                }
            }
            if !address.isEmpty { try container.encode(address, forKey: "address") }
            try container.encodeIfPresent(maritalStatus, forKey: "maritalStatus")
            if let multipleBirth {
                switch multipleBirth {
                case .boolean(let value): try container.encode(value, forKey: "multipleBirthBoolean")
                case .integer(let value): try container.encode(value, forKey: "multipleBirthInteger")
                }
            }
            if !contact.isEmpty { try container.encode(contact, forKey: "contact") }
            if !communication.isEmpty { try container.encode(communication, forKey: "communication") }
            if !generalPractitioner.isEmpty { try container.encode(generalPractitioner, forKey: "generalPractitioner") }
            try container.encodeIfPresent(managingOrganization, forKey: "managingOrganization")
            if !link.isEmpty { try container.encode(link, forKey: "link") }
            for (name, value) in additionalElements {
                try container.encode(value, forKey: FHIRCodingKey(name))
            }
        }

        /// A contact of the patient, such as a relative.
        public struct Contact: FHIRElementContainer, FHIRNodeDecodable {
            /// Unique id of the element within the resource.
            public var id: String?
            /// Additional content defined by implementations, kept even when not understood.
            public var `extension`: [Extension]
            /// Extensions that change the meaning of the element; a reader that does not understand one must not use the element.
            public var modifierExtension: [Extension]
            /// The relationship to the patient.
            public var relationship: [CodeableConcept]
            /// The contact's name.
            public var name: HumanName?
            /// How to reach the contact.
            public var telecom: [ContactPoint]
            /// The contact's address.
            public var address: Address?
            /// The contact's gender.
            public var gender: AdministrativeGender?
            /// The organisation the contact acts for.
            public var organization: Reference?
            /// When the contact is valid.
            public var period: Period?
            /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
            /// FHIR release, kept verbatim and written back on encoding.
            public var additionalElements: JSONObject

            /// Creates the element; only the required elements have no default.
            public init(
                id: String? = nil, relationship: [CodeableConcept] = [], name: HumanName? = nil,
                telecom: [ContactPoint] = [], address: Address? = nil, gender: AdministrativeGender? = nil,
                organization: Reference? = nil, period: Period? = nil, extension extensions: [Extension] = [],
                modifierExtension: [Extension] = [], additionalElements: JSONObject = [:]
            ) {
                self.id = id
                self.relationship = relationship
                self.name = name
                self.telecom = telecom
                self.address = address
                self.gender = gender
                self.organization = organization
                self.period = period
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
                var relationship: [CodeableConcept] = []
                var name: HumanName?
                var telecom: [ContactPoint] = []
                var address: Address?
                var gender: AdministrativeGender?
                var organization: Reference?
                var period: Period?
                var additionalElements: JSONObject = [:]
                for (jsonKey, jsonValue) in members {
                    switch jsonKey {
                    case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                    case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "modifierExtension": modifierExtension = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "relationship": relationship = try jsonValue.decode([CodeableConcept].self, key: jsonKey)
                    case "name": name = try jsonValue.decode(HumanName.self, key: jsonKey)
                    case "telecom": telecom = try jsonValue.decode([ContactPoint].self, key: jsonKey)
                    case "address": address = try jsonValue.decode(Address.self, key: jsonKey)
                    case "gender": gender = try jsonValue.decode(AdministrativeGender.self, key: jsonKey)
                    case "organization": organization = try jsonValue.decode(Reference.self, key: jsonKey)
                    case "period": period = try jsonValue.decode(Period.self, key: jsonKey)
                    default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                    }
                }
                self.id = id
                self.`extension` = extensions
                self.modifierExtension = modifierExtension
                self.relationship = relationship
                self.name = name
                self.telecom = telecom
                self.address = address
                self.gender = gender
                self.organization = organization
                self.period = period
                self.additionalElements = additionalElements
            }

            /// Encodes the modelled elements, then the kept ones.
            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: FHIRCodingKey.self)
                try container.encodeIfPresent(id, forKey: "id")
                if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
                if !modifierExtension.isEmpty { try container.encode(modifierExtension, forKey: "modifierExtension") }
                if !relationship.isEmpty { try container.encode(relationship, forKey: "relationship") }
                try container.encodeIfPresent(name, forKey: "name")
                if !telecom.isEmpty { try container.encode(telecom, forKey: "telecom") }
                try container.encodeIfPresent(address, forKey: "address")
                try container.encodeIfPresent(gender, forKey: "gender")
                try container.encodeIfPresent(organization, forKey: "organization")
                try container.encodeIfPresent(period, forKey: "period")
                for (name, value) in additionalElements {
                    try container.encode(value, forKey: FHIRCodingKey(name))
                }
            }
        }

        /// A language the patient speaks.
        public struct Communication: FHIRElementContainer, FHIRNodeDecodable {
            /// Unique id of the element within the resource.
            public var id: String?
            /// Additional content defined by implementations, kept even when not understood.
            public var `extension`: [Extension]
            /// Extensions that change the meaning of the element; a reader that does not understand one must not use the element.
            public var modifierExtension: [Extension]
            /// The language (BCP 47).
            public var language: CodeableConcept
            /// Whether it is the preferred language.
            public var preferred: Bool?
            /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
            /// FHIR release, kept verbatim and written back on encoding.
            public var additionalElements: JSONObject

            /// Creates the element; only the required elements have no default.
            public init(
                id: String? = nil, language: CodeableConcept, preferred: Bool? = nil,
                extension extensions: [Extension] = [], modifierExtension: [Extension] = [],
                additionalElements: JSONObject = [:]
            ) {
                self.id = id
                self.language = language
                self.preferred = preferred
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
                var language: CodeableConcept?
                var preferred: Bool?
                var additionalElements: JSONObject = [:]
                for (jsonKey, jsonValue) in members {
                    switch jsonKey {
                    case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                    case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "modifierExtension": modifierExtension = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "language": language = try jsonValue.decode(CodeableConcept.self, key: jsonKey)
                    case "preferred": preferred = try jsonValue.decode(Bool.self, key: jsonKey)
                    default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                    }
                }
                guard let language else { throw .missingElement(path: "language") }
                self.id = id
                self.`extension` = extensions
                self.modifierExtension = modifierExtension
                self.language = language
                self.preferred = preferred
                self.additionalElements = additionalElements
            }

            /// Encodes the modelled elements, then the kept ones.
            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: FHIRCodingKey.self)
                try container.encodeIfPresent(id, forKey: "id")
                if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
                if !modifierExtension.isEmpty { try container.encode(modifierExtension, forKey: "modifierExtension") }
                try container.encode(language, forKey: "language")
                try container.encodeIfPresent(preferred, forKey: "preferred")
                for (name, value) in additionalElements {
                    try container.encode(value, forKey: FHIRCodingKey(name))
                }
            }
        }

        /// A link to another record of the same person.
        public struct Link: FHIRElementContainer, FHIRNodeDecodable {
            /// Unique id of the element within the resource.
            public var id: String?
            /// Additional content defined by implementations, kept even when not understood.
            public var `extension`: [Extension]
            /// Extensions that change the meaning of the element; a reader that does not understand one must not use the element.
            public var modifierExtension: [Extension]
            /// The other record.
            public var other: Reference
            /// `replaced-by`, `replaces`, `refer` or `seealso`.
            public var type: String
            /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
            /// FHIR release, kept verbatim and written back on encoding.
            public var additionalElements: JSONObject

            /// Creates the element; only the required elements have no default.
            public init(
                id: String? = nil, other: Reference, type: String, extension extensions: [Extension] = [],
                modifierExtension: [Extension] = [], additionalElements: JSONObject = [:]
            ) {
                self.id = id
                self.other = other
                self.type = type
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
                var other: Reference?
                var type: String?
                var additionalElements: JSONObject = [:]
                for (jsonKey, jsonValue) in members {
                    switch jsonKey {
                    case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                    case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "modifierExtension": modifierExtension = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "other": other = try jsonValue.decode(Reference.self, key: jsonKey)
                    case "type": type = try jsonValue.decode(String.self, key: jsonKey)
                    default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                    }
                }
                guard let other else { throw .missingElement(path: "other") }
                guard let type else { throw .missingElement(path: "type") }
                self.id = id
                self.`extension` = extensions
                self.modifierExtension = modifierExtension
                self.other = other
                self.type = type
                self.additionalElements = additionalElements
            }

            /// Encodes the modelled elements, then the kept ones.
            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: FHIRCodingKey.self)
                try container.encodeIfPresent(id, forKey: "id")
                if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
                if !modifierExtension.isEmpty { try container.encode(modifierExtension, forKey: "modifierExtension") }
                try container.encode(other, forKey: "other")
                try container.encode(type, forKey: "type")
                for (name, value) in additionalElements {
                    try container.encode(value, forKey: FHIRCodingKey(name))
                }
            }
        }
    }
}
