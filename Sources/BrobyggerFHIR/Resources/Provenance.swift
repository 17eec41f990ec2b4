import BrobyggerCore
import Foundation

extension FHIR {
    /// Who did what to which resources, when (FHIR `Provenance`). MedCom's `MedComMessagingProvenance` records
    /// each message's activity (`admit-inpatient`, `revise-admit-inpatient` …) with the message as `target` and the message it
    /// revises or cancels as `entity.what`, so the provenances of a message form the history of its thread.
    public struct Provenance: FHIRElementContainer, FHIRNodeDecodable {
        /// The choice of types of `occurred[x]`; the JSON member is `occurred` followed by the type name.
        public enum Occurred: Hashable, Sendable {
            /// `occurredPeriod`.
            case period(Period)
            /// `occurredDateTime`.
            case dateTime(DateTime)
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
        /// The resources the provenance is about; for MedCom, the MessageHeader of the message.
        public var target: [Reference]
        /// When the activity happened (`occurred[x]`).
        public var occurred: Occurred?
        /// When the provenance was recorded (an instant).
        public var recorded: DateTime
        /// Policies the activity followed.
        public var policy: [String]
        /// Where the activity happened.
        public var location: Reference?
        /// Why.
        public var reason: [CodeableConcept]
        /// The activity; for MedCom, a code from `medcom-messaging-activityCodes`.
        public var activity: CodeableConcept?
        /// Who took part.
        public var agent: [Agent]
        /// Resources used; for MedCom, the earlier message revised (`revision`) or cancelled (`removal`).
        public var entity: [Entity]
        /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
        /// FHIR release, kept verbatim and written back on encoding.
        public var additionalElements: JSONObject

        /// Creates the resource; only the required elements have no default.
        public init(
            id: ID? = nil, target: [Reference] = [], occurred: Occurred? = nil, recorded: DateTime,
            policy: [String] = [], location: Reference? = nil, reason: [CodeableConcept] = [],
            activity: CodeableConcept? = nil, agent: [Agent] = [], entity: [Entity] = [], meta: Meta? = nil,
            implicitRules: String? = nil, language: String? = nil, text: Narrative? = nil, contained: [Resource] = [],
            extension extensions: [Extension] = [], modifierExtension: [Extension] = [],
            additionalElements: JSONObject = [:]
        ) {
            self.id = id
            self.target = target
            self.occurred = occurred
            self.recorded = recorded
            self.policy = policy
            self.location = location
            self.reason = reason
            self.activity = activity
            self.agent = agent
            self.entity = entity
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
            guard resourceType == "Provenance" else {
                throw .wrongResourceType(path: .root, expected: "Provenance", found: resourceType ?? nil)
            }
            var id: ID?
            var meta: Meta?
            var implicitRules: String?
            var language: String?
            var text: Narrative?
            var contained: [Resource] = []
            var extensions: [Extension] = []
            var modifierExtension: [Extension] = []
            var target: [Reference] = []
            var occurred: Occurred?
            var recorded: DateTime?
            var policy: [String] = []
            var location: Reference?
            var reason: [CodeableConcept] = []
            var activity: CodeableConcept?
            var agent: [Agent] = []
            var entity: [Entity] = []
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
                case "target": target = try jsonValue.decode([Reference].self, key: jsonKey)
                case "occurredPeriod":
                    occurred = .period(try jsonValue.decode(Period.self, key: jsonKey))
                case "occurredDateTime":
                    occurred = .dateTime(try jsonValue.decode(DateTime.self, key: jsonKey))
                case "recorded": recorded = try jsonValue.decode(DateTime.self, key: jsonKey)
                case "policy": policy = try jsonValue.decode([String].self, key: jsonKey)
                case "location": location = try jsonValue.decode(Reference.self, key: jsonKey)
                case "reason": reason = try jsonValue.decode([CodeableConcept].self, key: jsonKey)
                case "activity": activity = try jsonValue.decode(CodeableConcept.self, key: jsonKey)
                case "agent": agent = try jsonValue.decode([Agent].self, key: jsonKey)
                case "entity": entity = try jsonValue.decode([Entity].self, key: jsonKey)
                default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                }
            }
            guard !target.isEmpty else { throw .missingElement(path: "target") }
            guard let recorded else { throw .missingElement(path: "recorded") }
            guard !agent.isEmpty else { throw .missingElement(path: "agent") }
            self.id = id
            self.meta = meta
            self.implicitRules = implicitRules
            self.language = language
            self.text = text
            self.contained = contained
            self.`extension` = extensions
            self.modifierExtension = modifierExtension
            self.target = target
            self.occurred = occurred
            self.recorded = recorded
            self.policy = policy
            self.location = location
            self.reason = reason
            self.activity = activity
            self.agent = agent
            self.entity = entity
            self.additionalElements = additionalElements
        }

        /// Encodes the modelled elements, then the kept ones.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: FHIRCodingKey.self)
            try container.encode("Provenance", forKey: "resourceType")
            try container.encodeIfPresent(id, forKey: "id")
            try container.encodeIfPresent(meta, forKey: "meta")
            try container.encodeIfPresent(implicitRules, forKey: "implicitRules")
            try container.encodeIfPresent(language, forKey: "language")
            try container.encodeIfPresent(text, forKey: "text")
            if !contained.isEmpty { try container.encode(contained, forKey: "contained") }
            if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
            if !modifierExtension.isEmpty { try container.encode(modifierExtension, forKey: "modifierExtension") }
            if !target.isEmpty { try container.encode(target, forKey: "target") }
            if let occurred {
                switch occurred {
                case .period(let value): try container.encode(value, forKey: "occurredPeriod")
                case .dateTime(let value): try container.encode(value, forKey: "occurredDateTime")
                }
            }
            try container.encode(recorded, forKey: "recorded")
            if !policy.isEmpty { try container.encode(policy, forKey: "policy") }
            try container.encodeIfPresent(location, forKey: "location")
            if !reason.isEmpty { try container.encode(reason, forKey: "reason") }
            try container.encodeIfPresent(activity, forKey: "activity")
            if !agent.isEmpty { try container.encode(agent, forKey: "agent") }
            if !entity.isEmpty { try container.encode(entity, forKey: "entity") }
            for (name, value) in additionalElements {
                try container.encode(value, forKey: FHIRCodingKey(name))
            }
        }

        /// Someone who took part in an activity.
        public struct Agent: FHIRElementContainer, FHIRNodeDecodable {
            /// Unique id of the element within the resource.
            public var id: String?
            /// Additional content defined by implementations, kept even when not understood.
            public var `extension`: [Extension]
            /// Extensions that change the meaning of the element; a reader that does not understand one must not use the element.
            public var modifierExtension: [Extension]
            /// How the agent took part.
            public var type: CodeableConcept?
            /// The agent's roles.
            public var role: [CodeableConcept]
            /// Who.
            public var who: Reference
            /// For whom.
            public var onBehalfOf: Reference?
            /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
            /// FHIR release, kept verbatim and written back on encoding.
            public var additionalElements: JSONObject

            /// Creates the element; only the required elements have no default.
            public init(
                id: String? = nil, type: CodeableConcept? = nil, role: [CodeableConcept] = [], who: Reference,
                onBehalfOf: Reference? = nil, extension extensions: [Extension] = [],
                modifierExtension: [Extension] = [], additionalElements: JSONObject = [:]
            ) {
                self.id = id
                self.type = type
                self.role = role
                self.who = who
                self.onBehalfOf = onBehalfOf
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
                var type: CodeableConcept?
                var role: [CodeableConcept] = []
                var who: Reference?
                var onBehalfOf: Reference?
                var additionalElements: JSONObject = [:]
                for (jsonKey, jsonValue) in members {
                    switch jsonKey {
                    case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                    case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "modifierExtension": modifierExtension = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "type": type = try jsonValue.decode(CodeableConcept.self, key: jsonKey)
                    case "role": role = try jsonValue.decode([CodeableConcept].self, key: jsonKey)
                    case "who": who = try jsonValue.decode(Reference.self, key: jsonKey)
                    case "onBehalfOf": onBehalfOf = try jsonValue.decode(Reference.self, key: jsonKey)
                    default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                    }
                }
                guard let who else { throw .missingElement(path: "who") }
                self.id = id
                self.`extension` = extensions
                self.modifierExtension = modifierExtension
                self.type = type
                self.role = role
                self.who = who
                self.onBehalfOf = onBehalfOf
                self.additionalElements = additionalElements
            }

            /// Encodes the modelled elements, then the kept ones.
            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: FHIRCodingKey.self)
                try container.encodeIfPresent(id, forKey: "id")
                if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
                if !modifierExtension.isEmpty { try container.encode(modifierExtension, forKey: "modifierExtension") }
                try container.encodeIfPresent(type, forKey: "type")
                if !role.isEmpty { try container.encode(role, forKey: "role") }
                try container.encode(who, forKey: "who")
                try container.encodeIfPresent(onBehalfOf, forKey: "onBehalfOf")
                for (name, value) in additionalElements {
                    try container.encode(value, forKey: FHIRCodingKey(name))
                }
            }
        }

        /// A resource an activity used.
        public struct Entity: FHIRElementContainer, FHIRNodeDecodable {
            /// Unique id of the element within the resource.
            public var id: String?
            /// Additional content defined by implementations, kept even when not understood.
            public var `extension`: [Extension]
            /// Extensions that change the meaning of the element; a reader that does not understand one must not use the element.
            public var modifierExtension: [Extension]
            /// How it was used: `revision`, `removal`, `derivation` …
            public var role: ProvenanceEntityRole
            /// The resource; for MedCom, the earlier MessageHeader.
            public var what: Reference
            /// Who took part in the entity's own creation.
            public var agent: [Agent]
            /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
            /// FHIR release, kept verbatim and written back on encoding.
            public var additionalElements: JSONObject

            /// Creates the element; only the required elements have no default.
            public init(
                id: String? = nil, role: ProvenanceEntityRole, what: Reference, agent: [Agent] = [],
                extension extensions: [Extension] = [], modifierExtension: [Extension] = [],
                additionalElements: JSONObject = [:]
            ) {
                self.id = id
                self.role = role
                self.what = what
                self.agent = agent
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
                var role: ProvenanceEntityRole?
                var what: Reference?
                var agent: [Agent] = []
                var additionalElements: JSONObject = [:]
                for (jsonKey, jsonValue) in members {
                    switch jsonKey {
                    case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                    case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "modifierExtension": modifierExtension = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "role": role = try jsonValue.decode(ProvenanceEntityRole.self, key: jsonKey)
                    case "what": what = try jsonValue.decode(Reference.self, key: jsonKey)
                    case "agent": agent = try jsonValue.decode([Agent].self, key: jsonKey)
                    default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                    }
                }
                guard let role else { throw .missingElement(path: "role") }
                guard let what else { throw .missingElement(path: "what") }
                self.id = id
                self.`extension` = extensions
                self.modifierExtension = modifierExtension
                self.role = role
                self.what = what
                self.agent = agent
                self.additionalElements = additionalElements
            }

            /// Encodes the modelled elements, then the kept ones.
            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: FHIRCodingKey.self)
                try container.encodeIfPresent(id, forKey: "id")
                if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
                if !modifierExtension.isEmpty { try container.encode(modifierExtension, forKey: "modifierExtension") }
                try container.encode(role, forKey: "role")
                try container.encode(what, forKey: "what")
                if !agent.isEmpty { try container.encode(agent, forKey: "agent") }
                for (name, value) in additionalElements {
                    try container.encode(value, forKey: FHIRCodingKey(name))
                }
            }
        }
    }
}
