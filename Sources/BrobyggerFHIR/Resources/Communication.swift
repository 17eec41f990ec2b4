import BrobyggerCore
import Foundation

extension FHIR {
    /// A message between people or organisations (FHIR `Communication`), such as MedCom's CareCommunication
    /// (*korrespondancemeddelelse*) between a facility and an outreach team; MedCom fixes `status` to `unknown`.
    public struct Communication: FHIRElementContainer, FHIRNodeDecodable {
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
        /// Identifiers; MedCom requires one UUID.
        public var identifier: [Identifier]
        /// Protocols followed (canonical URLs).
        public var instantiatesCanonical: [String]
        /// Protocols followed (other URIs).
        public var instantiatesUri: [String]
        /// Requests fulfilled.
        public var basedOn: [Reference]
        /// Events it is part of.
        public var partOf: [Reference]
        /// Communications it answers.
        public var inResponseTo: [Reference]
        /// The state.
        public var status: EventStatus
        /// Why it is in its state.
        public var statusReason: CodeableConcept?
        /// The kind of message; MedCom has categories such as `psychiatry-social-disability`.
        public var category: [CodeableConcept]
        /// The urgency.
        public var priority: RequestPriority?
        /// The channels.
        public var medium: [CodeableConcept]
        /// The patient it is about.
        public var subject: Reference?
        /// The topic (MedCom: free text).
        public var topic: CodeableConcept?
        /// Resources it is about.
        public var about: [Reference]
        /// The encounter.
        public var encounter: Reference?
        /// When it was sent.
        public var sent: DateTime?
        /// When it was received.
        public var received: DateTime?
        /// Who receives it.
        public var recipient: [Reference]
        /// Who sends it.
        public var sender: Reference?
        /// Why.
        public var reasonCode: [CodeableConcept]
        /// Resources that justify it.
        public var reasonReference: [Reference]
        /// The content.
        public var payload: [Payload]
        /// Notes.
        public var note: [Annotation]
        /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
        /// FHIR release, kept verbatim and written back on encoding.
        public var additionalElements: JSONObject

        /// Creates the resource; only the required elements have no default.
        public init(
            id: ID? = nil, identifier: [Identifier] = [], instantiatesCanonical: [String] = [],
            instantiatesUri: [String] = [], basedOn: [Reference] = [], partOf: [Reference] = [],
            inResponseTo: [Reference] = [], status: EventStatus, statusReason: CodeableConcept? = nil,
            category: [CodeableConcept] = [], priority: RequestPriority? = nil, medium: [CodeableConcept] = [],
            subject: Reference? = nil, topic: CodeableConcept? = nil, about: [Reference] = [],
            encounter: Reference? = nil, sent: DateTime? = nil, received: DateTime? = nil, recipient: [Reference] = [],
            sender: Reference? = nil, reasonCode: [CodeableConcept] = [], reasonReference: [Reference] = [],
            payload: [Payload] = [], note: [Annotation] = [], meta: Meta? = nil, implicitRules: String? = nil,
            language: String? = nil, text: Narrative? = nil, contained: [Resource] = [],
            extension extensions: [Extension] = [], modifierExtension: [Extension] = [],
            additionalElements: JSONObject = [:]
        ) {
            self.id = id
            self.identifier = identifier
            self.instantiatesCanonical = instantiatesCanonical
            self.instantiatesUri = instantiatesUri
            self.basedOn = basedOn
            self.partOf = partOf
            self.inResponseTo = inResponseTo
            self.status = status
            self.statusReason = statusReason
            self.category = category
            self.priority = priority
            self.medium = medium
            self.subject = subject
            self.topic = topic
            self.about = about
            self.encounter = encounter
            self.sent = sent
            self.received = received
            self.recipient = recipient
            self.sender = sender
            self.reasonCode = reasonCode
            self.reasonReference = reasonReference
            self.payload = payload
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
            guard resourceType == "Communication" else {
                throw .wrongResourceType(path: .root, expected: "Communication", found: resourceType ?? nil)
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
            var instantiatesCanonical: [String] = []
            var instantiatesUri: [String] = []
            var basedOn: [Reference] = []
            var partOf: [Reference] = []
            var inResponseTo: [Reference] = []
            var status: EventStatus?
            var statusReason: CodeableConcept?
            var category: [CodeableConcept] = []
            var priority: RequestPriority?
            var medium: [CodeableConcept] = []
            var subject: Reference?
            var topic: CodeableConcept?
            var about: [Reference] = []
            var encounter: Reference?
            var sent: DateTime?
            var received: DateTime?
            var recipient: [Reference] = []
            var sender: Reference?
            var reasonCode: [CodeableConcept] = []
            var reasonReference: [Reference] = []
            var payload: [Payload] = []
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
                case "instantiatesCanonical": instantiatesCanonical = try jsonValue.decode([String].self, key: jsonKey)
                case "instantiatesUri": instantiatesUri = try jsonValue.decode([String].self, key: jsonKey)
                case "basedOn": basedOn = try jsonValue.decode([Reference].self, key: jsonKey)
                case "partOf": partOf = try jsonValue.decode([Reference].self, key: jsonKey)
                case "inResponseTo": inResponseTo = try jsonValue.decode([Reference].self, key: jsonKey)
                case "status": status = try jsonValue.decode(EventStatus.self, key: jsonKey)
                case "statusReason": statusReason = try jsonValue.decode(CodeableConcept.self, key: jsonKey)
                case "category": category = try jsonValue.decode([CodeableConcept].self, key: jsonKey)
                case "priority": priority = try jsonValue.decode(RequestPriority.self, key: jsonKey)
                case "medium": medium = try jsonValue.decode([CodeableConcept].self, key: jsonKey)
                case "subject": subject = try jsonValue.decode(Reference.self, key: jsonKey)
                case "topic": topic = try jsonValue.decode(CodeableConcept.self, key: jsonKey)
                case "about": about = try jsonValue.decode([Reference].self, key: jsonKey)
                case "encounter": encounter = try jsonValue.decode(Reference.self, key: jsonKey)
                case "sent": sent = try jsonValue.decode(DateTime.self, key: jsonKey)
                case "received": received = try jsonValue.decode(DateTime.self, key: jsonKey)
                case "recipient": recipient = try jsonValue.decode([Reference].self, key: jsonKey)
                case "sender": sender = try jsonValue.decode(Reference.self, key: jsonKey)
                case "reasonCode": reasonCode = try jsonValue.decode([CodeableConcept].self, key: jsonKey)
                case "reasonReference": reasonReference = try jsonValue.decode([Reference].self, key: jsonKey)
                case "payload": payload = try jsonValue.decode([Payload].self, key: jsonKey)
                case "note": note = try jsonValue.decode([Annotation].self, key: jsonKey)
                default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                }
            }
            guard let status else { throw .missingElement(path: "status") }
            self.id = id
            self.meta = meta
            self.implicitRules = implicitRules
            self.language = language
            self.text = text
            self.contained = contained
            self.`extension` = extensions
            self.modifierExtension = modifierExtension
            self.identifier = identifier
            self.instantiatesCanonical = instantiatesCanonical
            self.instantiatesUri = instantiatesUri
            self.basedOn = basedOn
            self.partOf = partOf
            self.inResponseTo = inResponseTo
            self.status = status
            self.statusReason = statusReason
            self.category = category
            self.priority = priority
            self.medium = medium
            self.subject = subject
            self.topic = topic
            self.about = about
            self.encounter = encounter
            self.sent = sent
            self.received = received
            self.recipient = recipient
            self.sender = sender
            self.reasonCode = reasonCode
            self.reasonReference = reasonReference
            self.payload = payload
            self.note = note
            self.additionalElements = additionalElements
        }

        /// Encodes the modelled elements, then the kept ones.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: FHIRCodingKey.self)
            try container.encode("Communication", forKey: "resourceType")
            try container.encodeIfPresent(id, forKey: "id")
            try container.encodeIfPresent(meta, forKey: "meta")
            try container.encodeIfPresent(implicitRules, forKey: "implicitRules")
            try container.encodeIfPresent(language, forKey: "language")
            try container.encodeIfPresent(text, forKey: "text")
            if !contained.isEmpty { try container.encode(contained, forKey: "contained") }
            if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
            if !modifierExtension.isEmpty { try container.encode(modifierExtension, forKey: "modifierExtension") }
            if !identifier.isEmpty { try container.encode(identifier, forKey: "identifier") }
            if !instantiatesCanonical.isEmpty {
                try container.encode(instantiatesCanonical, forKey: "instantiatesCanonical")
            }
            if !instantiatesUri.isEmpty { try container.encode(instantiatesUri, forKey: "instantiatesUri") }
            if !basedOn.isEmpty { try container.encode(basedOn, forKey: "basedOn") }
            if !partOf.isEmpty { try container.encode(partOf, forKey: "partOf") }
            if !inResponseTo.isEmpty { try container.encode(inResponseTo, forKey: "inResponseTo") }
            try container.encode(status, forKey: "status")
            try container.encodeIfPresent(statusReason, forKey: "statusReason")
            if !category.isEmpty { try container.encode(category, forKey: "category") }
            try container.encodeIfPresent(priority, forKey: "priority")
            if !medium.isEmpty { try container.encode(medium, forKey: "medium") }
            try container.encodeIfPresent(subject, forKey: "subject")
            try container.encodeIfPresent(topic, forKey: "topic")
            if !about.isEmpty { try container.encode(about, forKey: "about") }
            try container.encodeIfPresent(encounter, forKey: "encounter")
            try container.encodeIfPresent(sent, forKey: "sent")
            try container.encodeIfPresent(received, forKey: "received")
            if !recipient.isEmpty { try container.encode(recipient, forKey: "recipient") }
            try container.encodeIfPresent(sender, forKey: "sender")
            if !reasonCode.isEmpty { try container.encode(reasonCode, forKey: "reasonCode") }
            if !reasonReference.isEmpty { try container.encode(reasonReference, forKey: "reasonReference") }
            if !payload.isEmpty { try container.encode(payload, forKey: "payload") }
            if !note.isEmpty { try container.encode(note, forKey: "note") }
            for (name, value) in additionalElements {
                try container.encode(value, forKey: FHIRCodingKey(name))
            }
        }

        /// Content of a communication.
        public struct Payload: FHIRElementContainer, FHIRNodeDecodable {
            /// The choice of types of `content[x]`; the JSON member is `content` followed by the type name.
            public enum Content: Hashable, Sendable {
                /// `contentString`.
                case string(String)
                /// `contentAttachment`.
                case attachment(Attachment)
                /// `contentReference`.
                case reference(Reference)
            }

            /// Unique id of the element within the resource.
            public var id: String?
            /// Additional content defined by implementations, kept even when not understood.
            public var `extension`: [Extension]
            /// Extensions that change the meaning of the element; a reader that does not understand one must not use the element.
            public var modifierExtension: [Extension]
            /// The content (`content[x]`).
            public var content: Content
            /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
            /// FHIR release, kept verbatim and written back on encoding.
            public var additionalElements: JSONObject

            /// Creates the element; only the required elements have no default.
            public init(
                id: String? = nil, content: Content, extension extensions: [Extension] = [],
                modifierExtension: [Extension] = [], additionalElements: JSONObject = [:]
            ) {
                self.id = id
                self.content = content
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
                var content: Content?
                var additionalElements: JSONObject = [:]
                for (jsonKey, jsonValue) in members {
                    switch jsonKey {
                    case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                    case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "modifierExtension": modifierExtension = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "contentString":
                        content = .string(try jsonValue.decode(String.self, key: jsonKey))
                    case "contentAttachment":
                        content = .attachment(try jsonValue.decode(Attachment.self, key: jsonKey))
                    case "contentReference":
                        content = .reference(try jsonValue.decode(Reference.self, key: jsonKey))
                    default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                    }
                }
                guard let content else { throw .missingElement(path: "content[x]") }
                self.id = id
                self.`extension` = extensions
                self.modifierExtension = modifierExtension
                self.content = content
                self.additionalElements = additionalElements
            }

            /// Encodes the modelled elements, then the kept ones.
            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: FHIRCodingKey.self)
                try container.encodeIfPresent(id, forKey: "id")
                if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
                if !modifierExtension.isEmpty { try container.encode(modifierExtension, forKey: "modifierExtension") }
                switch content {
                case .string(let value): try container.encode(value, forKey: "contentString")
                case .attachment(let value): try container.encode(value, forKey: "contentAttachment")
                case .reference(let value): try container.encode(value, forKey: "contentReference")
                }
                for (name, value) in additionalElements {
                    try container.encode(value, forKey: FHIRCodingKey(name))
                }
            }
        }
    }
}
