import BrobyggerCore
import Foundation

extension FHIR {
    /// The people and organisations caring for a patient (FHIR `CareTeam`), such as the network around a
    /// resident: facility staff, the outreach team (*botilbudsteam*), the municipality and the GP. MedCom's
    /// `MedComCoreCareTeam` addresses a team by name and managing organisation.
    public struct CareTeam: FHIRElementContainer, FHIRNodeDecodable {
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
        /// Whether the team is active.
        public var status: CareTeamStatus?
        /// The kind of team.
        public var category: [CodeableConcept]
        /// The team's name.
        public var name: String?
        /// The patient the team cares for.
        public var subject: Reference?
        /// The encounter the team was formed for.
        public var encounter: Reference?
        /// When the team is in place.
        public var period: Period?
        /// The members.
        public var participant: [Participant]
        /// Why the team exists.
        public var reasonCode: [CodeableConcept]
        /// Conditions the team addresses.
        public var reasonReference: [Reference]
        /// The organisations responsible for the team.
        public var managingOrganization: [Reference]
        /// How to reach the team.
        public var telecom: [ContactPoint]
        /// Notes.
        public var note: [Annotation]
        /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
        /// FHIR release, kept verbatim and written back on encoding.
        public var additionalElements: JSONObject

        /// Creates the resource; only the required elements have no default.
        public init(
            id: ID? = nil, identifier: [Identifier] = [], status: CareTeamStatus? = nil,
            category: [CodeableConcept] = [], name: String? = nil, subject: Reference? = nil,
            encounter: Reference? = nil, period: Period? = nil, participant: [Participant] = [],
            reasonCode: [CodeableConcept] = [], reasonReference: [Reference] = [],
            managingOrganization: [Reference] = [], telecom: [ContactPoint] = [], note: [Annotation] = [],
            meta: Meta? = nil, implicitRules: String? = nil, language: String? = nil, text: Narrative? = nil,
            contained: [Resource] = [], extension extensions: [Extension] = [], modifierExtension: [Extension] = [],
            additionalElements: JSONObject = [:]
        ) {
            self.id = id
            self.identifier = identifier
            self.status = status
            self.category = category
            self.name = name
            self.subject = subject
            self.encounter = encounter
            self.period = period
            self.participant = participant
            self.reasonCode = reasonCode
            self.reasonReference = reasonReference
            self.managingOrganization = managingOrganization
            self.telecom = telecom
            self.note = note
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
            guard resourceType == "CareTeam" else {
                throw .wrongResourceType(path: .root, expected: "CareTeam", found: resourceType ?? nil)
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
            var status: CareTeamStatus?
            var category: [CodeableConcept] = []
            var name: String?
            var subject: Reference?
            var encounter: Reference?
            var period: Period?
            var participant: [Participant] = []
            var reasonCode: [CodeableConcept] = []
            var reasonReference: [Reference] = []
            var managingOrganization: [Reference] = []
            var telecom: [ContactPoint] = []
            var note: [Annotation] = []
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
                case "status": status = try jsonValue.decode(CareTeamStatus.self, key: jsonKey)
                case "category": category = try jsonValue.decode([CodeableConcept].self, key: jsonKey)
                case "name": name = try jsonValue.decode(String.self, key: jsonKey)
                case "subject": subject = try jsonValue.decode(Reference.self, key: jsonKey)
                case "encounter": encounter = try jsonValue.decode(Reference.self, key: jsonKey)
                case "period": period = try jsonValue.decode(Period.self, key: jsonKey)
                case "participant": participant = try jsonValue.decode([Participant].self, key: jsonKey)
                case "reasonCode": reasonCode = try jsonValue.decode([CodeableConcept].self, key: jsonKey)
                case "reasonReference": reasonReference = try jsonValue.decode([Reference].self, key: jsonKey)
                case "managingOrganization": managingOrganization = try jsonValue.decode([Reference].self, key: jsonKey)
                case "telecom": telecom = try jsonValue.decode([ContactPoint].self, key: jsonKey)
                case "note": note = try jsonValue.decode([Annotation].self, key: jsonKey)
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
            self.status = status
            self.category = category
            self.name = name
            self.subject = subject
            self.encounter = encounter
            self.period = period
            self.participant = participant
            self.reasonCode = reasonCode
            self.reasonReference = reasonReference
            self.managingOrganization = managingOrganization
            self.telecom = telecom
            self.note = note
            self.additionalElements = additionalElements
        }

        /// Encodes the modelled elements, then the kept ones.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: FHIRCodingKey.self)
            try container.encode("CareTeam", forKey: "resourceType")
            try container.encodeIfPresent(id, forKey: "id")
            try container.encodeIfPresent(meta, forKey: "meta")
            try container.encodeIfPresent(implicitRules, forKey: "implicitRules")
            try container.encodeIfPresent(language, forKey: "language")
            try container.encodeIfPresent(text, forKey: "text")
            if !contained.isEmpty { try container.encode(contained, forKey: "contained") }
            if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
            if !modifierExtension.isEmpty { try container.encode(modifierExtension, forKey: "modifierExtension") }
            if !identifier.isEmpty { try container.encode(identifier, forKey: "identifier") }
            try container.encodeIfPresent(status, forKey: "status")
            if !category.isEmpty { try container.encode(category, forKey: "category") }
            try container.encodeIfPresent(name, forKey: "name")
            try container.encodeIfPresent(subject, forKey: "subject")
            try container.encodeIfPresent(encounter, forKey: "encounter")
            try container.encodeIfPresent(period, forKey: "period")
            if !participant.isEmpty { try container.encode(participant, forKey: "participant") }
            if !reasonCode.isEmpty { try container.encode(reasonCode, forKey: "reasonCode") }
            if !reasonReference.isEmpty { try container.encode(reasonReference, forKey: "reasonReference") }
            if !managingOrganization.isEmpty {
                try container.encode(managingOrganization, forKey: "managingOrganization")
            }
            if !telecom.isEmpty { try container.encode(telecom, forKey: "telecom") }
            if !note.isEmpty { try container.encode(note, forKey: "note") }
            for (name, value) in additionalElements {
                try container.encode(value, forKey: FHIRCodingKey(name))
            }
        }

        /// A member of a care team.
        public struct Participant: FHIRElementContainer, FHIRNodeDecodable {
            /// Unique id of the element within the resource.
            public var id: String?
            /// Additional content defined by implementations, kept even when not understood.
            public var `extension`: [Extension]
            /// Extensions that change the meaning of the element; a reader that does not understand one must not use the element.
            public var modifierExtension: [Extension]
            /// The member's roles in the team.
            public var role: [CodeableConcept]
            /// The member: a Practitioner, PractitionerRole, RelatedPerson, Patient, Organization or
            /// CareTeam.
            public var member: Reference?
            /// The organisation the member acts for.
            public var onBehalfOf: Reference?
            /// When the member takes part.
            public var period: Period?
            /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
            /// FHIR release, kept verbatim and written back on encoding.
            public var additionalElements: JSONObject

            /// Creates the element; only the required elements have no default.
            public init(
                id: String? = nil, role: [CodeableConcept] = [], member: Reference? = nil, onBehalfOf: Reference? = nil,
                period: Period? = nil, extension extensions: [Extension] = [], modifierExtension: [Extension] = [],
                additionalElements: JSONObject = [:]
            ) {
                self.id = id
                self.role = role
                self.member = member
                self.onBehalfOf = onBehalfOf
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
                var role: [CodeableConcept] = []
                var member: Reference?
                var onBehalfOf: Reference?
                var period: Period?
                var additionalElements: JSONObject = [:]
                for (jsonKey, jsonValue) in members {
                    switch jsonKey {
                    case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                    case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "modifierExtension": modifierExtension = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "role": role = try jsonValue.decode([CodeableConcept].self, key: jsonKey)
                    case "member": member = try jsonValue.decode(Reference.self, key: jsonKey)
                    case "onBehalfOf": onBehalfOf = try jsonValue.decode(Reference.self, key: jsonKey)
                    case "period": period = try jsonValue.decode(Period.self, key: jsonKey)
                    default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                    }
                }
                self.id = id
                self.`extension` = extensions
                self.modifierExtension = modifierExtension
                self.role = role
                self.member = member
                self.onBehalfOf = onBehalfOf
                self.period = period
                self.additionalElements = additionalElements
            }

            /// Encodes the modelled elements, then the kept ones.
            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: FHIRCodingKey.self)
                try container.encodeIfPresent(id, forKey: "id")
                if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
                if !modifierExtension.isEmpty { try container.encode(modifierExtension, forKey: "modifierExtension") }
                if !role.isEmpty { try container.encode(role, forKey: "role") }
                try container.encodeIfPresent(member, forKey: "member")
                try container.encodeIfPresent(onBehalfOf, forKey: "onBehalfOf")
                try container.encodeIfPresent(period, forKey: "period")
                for (name, value) in additionalElements {
                    try container.encode(value, forKey: FHIRCodingKey(name))
                }
            }
        }
    }
}
