import BrobyggerCore
import Foundation

extension FHIR {
    /// The header of a FHIR message (FHIR `MessageHeader`): the event, sender, destinations and the focus.
    /// MedCom fixes `eventCoding` per message type (`hospital-notification-message`) and carries the report-of-admission
    /// flag as an extension.
    public struct MessageHeader: FHIRElementContainer, FHIRNodeDecodable {
        /// The choice of types of `event[x]`; the JSON member is `event` followed by the type name.
        public enum Event: Hashable, Sendable {
            /// `eventCoding`.
            case coding(Coding)
            /// `eventUri`.
            case uri(String)
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
        /// The event the message is about (`event[x]`).
        public var event: Event
        /// Where the message goes; MedCom marks the primary receiver with an extension.
        public var destination: [Destination]
        /// The organisation sending the message.
        public var sender: Reference?
        /// Who entered the data.
        public var enterer: Reference?
        /// Who is responsible for the content.
        public var author: Reference?
        /// The system the message comes from.
        public var source: Source
        /// Who is accountable for the event.
        public var responsible: Reference?
        /// Why the event happened.
        public var reason: CodeableConcept?
        /// For a reply, the message it answers.
        public var response: Response?
        /// The resources the message is about (for a HospitalNotification, the Encounter).
        public var focus: [Reference]
        /// The MessageDefinition the message follows.
        public var definition: String?
        /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
        /// FHIR release, kept verbatim and written back on encoding.
        public var additionalElements: JSONObject

        /// Creates the resource; only the required elements have no default.
        public init(
            id: ID? = nil, event: Event, destination: [Destination] = [], sender: Reference? = nil,
            enterer: Reference? = nil, author: Reference? = nil, source: Source, responsible: Reference? = nil,
            reason: CodeableConcept? = nil, response: Response? = nil, focus: [Reference] = [],
            definition: String? = nil, meta: Meta? = nil, implicitRules: String? = nil, language: String? = nil,
            text: Narrative? = nil, contained: [Resource] = [], extension extensions: [Extension] = [],
            modifierExtension: [Extension] = [], additionalElements: JSONObject = [:]
        ) {
            self.id = id
            self.event = event
            self.destination = destination
            self.sender = sender
            self.enterer = enterer
            self.author = author
            self.source = source
            self.responsible = responsible
            self.reason = reason
            self.response = response
            self.focus = focus
            self.definition = definition
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
            guard resourceType == "MessageHeader" else {
                throw .wrongResourceType(path: .root, expected: "MessageHeader", found: resourceType ?? nil)
            }
            var id: ID?
            var meta: Meta?
            var implicitRules: String?
            var language: String?
            var text: Narrative?
            var contained: [Resource] = []
            var extensions: [Extension] = []
            var modifierExtension: [Extension] = []
            var event: Event?
            var destination: [Destination] = []
            var sender: Reference?
            var enterer: Reference?
            var author: Reference?
            var source: Source?
            var responsible: Reference?
            var reason: CodeableConcept?
            var response: Response?
            var focus: [Reference] = []
            var definition: String?
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
                case "eventCoding":
                    event = .coding(try jsonValue.decode(Coding.self, key: jsonKey))
                case "eventUri":
                    event = .uri(try jsonValue.decode(String.self, key: jsonKey))
                case "destination": destination = try jsonValue.decode([Destination].self, key: jsonKey)
                case "sender": sender = try jsonValue.decode(Reference.self, key: jsonKey)
                case "enterer": enterer = try jsonValue.decode(Reference.self, key: jsonKey)
                case "author": author = try jsonValue.decode(Reference.self, key: jsonKey)
                case "source": source = try jsonValue.decode(Source.self, key: jsonKey)
                case "responsible": responsible = try jsonValue.decode(Reference.self, key: jsonKey)
                case "reason": reason = try jsonValue.decode(CodeableConcept.self, key: jsonKey)
                case "response": response = try jsonValue.decode(Response.self, key: jsonKey)
                case "focus": focus = try jsonValue.decode([Reference].self, key: jsonKey)
                case "definition": definition = try jsonValue.decode(String.self, key: jsonKey)
                default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                }
            }
            guard let event else { throw .missingElement(path: "event[x]") }
            guard let source else { throw .missingElement(path: "source") }
            self.id = id
            self.meta = meta
            self.implicitRules = implicitRules
            self.language = language
            self.text = text
            self.contained = contained
            self.`extension` = extensions
            self.modifierExtension = modifierExtension
            self.event = event
            self.destination = destination
            self.sender = sender
            self.enterer = enterer
            self.author = author
            self.source = source
            self.responsible = responsible
            self.reason = reason
            self.response = response
            self.focus = focus
            self.definition = definition
            self.additionalElements = additionalElements
        }

        /// Encodes the modelled elements, then the kept ones.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: FHIRCodingKey.self)
            try container.encode("MessageHeader", forKey: "resourceType")
            try container.encodeIfPresent(id, forKey: "id")
            try container.encodeIfPresent(meta, forKey: "meta")
            try container.encodeIfPresent(implicitRules, forKey: "implicitRules")
            try container.encodeIfPresent(language, forKey: "language")
            try container.encodeIfPresent(text, forKey: "text")
            if !contained.isEmpty { try container.encode(contained, forKey: "contained") }
            if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
            if !modifierExtension.isEmpty { try container.encode(modifierExtension, forKey: "modifierExtension") }
            switch event {
            case .coding(let value): try container.encode(value, forKey: "eventCoding")
            case .uri(let value): try container.encode(value, forKey: "eventUri")
            }
            if !destination.isEmpty { try container.encode(destination, forKey: "destination") }
            try container.encodeIfPresent(sender, forKey: "sender")
            try container.encodeIfPresent(enterer, forKey: "enterer")
            try container.encodeIfPresent(author, forKey: "author")
            try container.encode(source, forKey: "source")
            try container.encodeIfPresent(responsible, forKey: "responsible")
            try container.encodeIfPresent(reason, forKey: "reason")
            try container.encodeIfPresent(response, forKey: "response")
            if !focus.isEmpty { try container.encode(focus, forKey: "focus") }
            try container.encodeIfPresent(definition, forKey: "definition")
            for (name, value) in additionalElements {
                try container.encode(value, forKey: FHIRCodingKey(name))
            }
        }

        /// A receiver of a message.
        public struct Destination: FHIRElementContainer, FHIRNodeDecodable {
            /// Unique id of the element within the resource.
            public var id: String?
            /// Additional content defined by implementations, kept even when not understood.
            public var `extension`: [Extension]
            /// Extensions that change the meaning of the element; a reader that does not understand one must not use the element.
            public var modifierExtension: [Extension]
            /// The receiving system's name.
            public var name: String?
            /// The receiving device.
            public var target: Reference?
            /// The receiver's address; MedCom uses the SOR URL, e.g.
            /// `https://sor2.sum.dsdn.dk/#id=953741000016009`.
            public var endpoint: String
            /// The receiving organisation.
            public var receiver: Reference?
            /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
            /// FHIR release, kept verbatim and written back on encoding.
            public var additionalElements: JSONObject

            /// Creates the element; only the required elements have no default.
            public init(
                id: String? = nil, name: String? = nil, target: Reference? = nil, endpoint: String,
                receiver: Reference? = nil, extension extensions: [Extension] = [], modifierExtension: [Extension] = [],
                additionalElements: JSONObject = [:]
            ) {
                self.id = id
                self.name = name
                self.target = target
                self.endpoint = endpoint
                self.receiver = receiver
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
                var name: String?
                var target: Reference?
                var endpoint: String?
                var receiver: Reference?
                var additionalElements: JSONObject = [:]
                for (jsonKey, jsonValue) in members {
                    switch jsonKey {
                    case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                    case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "modifierExtension": modifierExtension = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "name": name = try jsonValue.decode(String.self, key: jsonKey)
                    case "target": target = try jsonValue.decode(Reference.self, key: jsonKey)
                    case "endpoint": endpoint = try jsonValue.decode(String.self, key: jsonKey)
                    case "receiver": receiver = try jsonValue.decode(Reference.self, key: jsonKey)
                    default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                    }
                }
                guard let endpoint else { throw .missingElement(path: "endpoint") }
                self.id = id
                self.`extension` = extensions
                self.modifierExtension = modifierExtension
                self.name = name
                self.target = target
                self.endpoint = endpoint
                self.receiver = receiver
                self.additionalElements = additionalElements
            }

            /// Encodes the modelled elements, then the kept ones.
            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: FHIRCodingKey.self)
                try container.encodeIfPresent(id, forKey: "id")
                if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
                if !modifierExtension.isEmpty { try container.encode(modifierExtension, forKey: "modifierExtension") }
                try container.encodeIfPresent(name, forKey: "name")
                try container.encodeIfPresent(target, forKey: "target")
                try container.encode(endpoint, forKey: "endpoint")
                try container.encodeIfPresent(receiver, forKey: "receiver")
                for (name, value) in additionalElements {
                    try container.encode(value, forKey: FHIRCodingKey(name))
                }
            }
        }

        /// The sending system.
        public struct Source: FHIRElementContainer, FHIRNodeDecodable {
            /// Unique id of the element within the resource.
            public var id: String?
            /// Additional content defined by implementations, kept even when not understood.
            public var `extension`: [Extension]
            /// Extensions that change the meaning of the element; a reader that does not understand one must not use the element.
            public var modifierExtension: [Extension]
            /// The sending system's name.
            public var name: String?
            /// The software.
            public var software: String?
            /// The software's version.
            public var version: String?
            /// Whom to contact about the system.
            public var contact: ContactPoint?
            /// The sender's address.
            public var endpoint: String
            /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
            /// FHIR release, kept verbatim and written back on encoding.
            public var additionalElements: JSONObject

            /// Creates the element; only the required elements have no default.
            public init(
                id: String? = nil, name: String? = nil, software: String? = nil, version: String? = nil,
                contact: ContactPoint? = nil, endpoint: String, extension extensions: [Extension] = [],
                modifierExtension: [Extension] = [], additionalElements: JSONObject = [:]
            ) {
                self.id = id
                self.name = name
                self.software = software
                self.version = version
                self.contact = contact
                self.endpoint = endpoint
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
                var name: String?
                var software: String?
                var version: String?
                var contact: ContactPoint?
                var endpoint: String?
                var additionalElements: JSONObject = [:]
                for (jsonKey, jsonValue) in members {
                    switch jsonKey {
                    case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                    case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "modifierExtension": modifierExtension = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "name": name = try jsonValue.decode(String.self, key: jsonKey)
                    case "software": software = try jsonValue.decode(String.self, key: jsonKey)
                    case "version": version = try jsonValue.decode(String.self, key: jsonKey)
                    case "contact": contact = try jsonValue.decode(ContactPoint.self, key: jsonKey)
                    case "endpoint": endpoint = try jsonValue.decode(String.self, key: jsonKey)
                    default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                    }
                }
                guard let endpoint else { throw .missingElement(path: "endpoint") }
                self.id = id
                self.`extension` = extensions
                self.modifierExtension = modifierExtension
                self.name = name
                self.software = software
                self.version = version
                self.contact = contact
                self.endpoint = endpoint
                self.additionalElements = additionalElements
            }

            /// Encodes the modelled elements, then the kept ones.
            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: FHIRCodingKey.self)
                try container.encodeIfPresent(id, forKey: "id")
                if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
                if !modifierExtension.isEmpty { try container.encode(modifierExtension, forKey: "modifierExtension") }
                try container.encodeIfPresent(name, forKey: "name")
                try container.encodeIfPresent(software, forKey: "software")
                try container.encodeIfPresent(version, forKey: "version")
                try container.encodeIfPresent(contact, forKey: "contact")
                try container.encode(endpoint, forKey: "endpoint")
                for (name, value) in additionalElements {
                    try container.encode(value, forKey: FHIRCodingKey(name))
                }
            }
        }

        /// The message a reply answers.
        public struct Response: FHIRElementContainer, FHIRNodeDecodable {
            /// Unique id of the element within the resource.
            public var id: String?
            /// Additional content defined by implementations, kept even when not understood.
            public var `extension`: [Extension]
            /// Extensions that change the meaning of the element; a reader that does not understand one must not use the element.
            public var modifierExtension: [Extension]
            /// The id of the message answered.
            public var identifier: String
            /// `ok`, `transient-error` or `fatal-error`.
            public var code: String
            /// An OperationOutcome with details.
            public var details: Reference?
            /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
            /// FHIR release, kept verbatim and written back on encoding.
            public var additionalElements: JSONObject

            /// Creates the element; only the required elements have no default.
            public init(
                id: String? = nil, identifier: String, code: String, details: Reference? = nil,
                extension extensions: [Extension] = [], modifierExtension: [Extension] = [],
                additionalElements: JSONObject = [:]
            ) {
                self.id = id
                self.identifier = identifier
                self.code = code
                self.details = details
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
                var identifier: String?
                var code: String?
                var details: Reference?
                var additionalElements: JSONObject = [:]
                for (jsonKey, jsonValue) in members {
                    switch jsonKey {
                    case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                    case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "modifierExtension": modifierExtension = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "identifier": identifier = try jsonValue.decode(String.self, key: jsonKey)
                    case "code": code = try jsonValue.decode(String.self, key: jsonKey)
                    case "details": details = try jsonValue.decode(Reference.self, key: jsonKey)
                    default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                    }
                }
                guard let identifier else { throw .missingElement(path: "identifier") }
                guard let code else { throw .missingElement(path: "code") }
                self.id = id
                self.`extension` = extensions
                self.modifierExtension = modifierExtension
                self.identifier = identifier
                self.code = code
                self.details = details
                self.additionalElements = additionalElements
            }

            /// Encodes the modelled elements, then the kept ones.
            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: FHIRCodingKey.self)
                try container.encodeIfPresent(id, forKey: "id")
                if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
                if !modifierExtension.isEmpty { try container.encode(modifierExtension, forKey: "modifierExtension") }
                try container.encode(identifier, forKey: "identifier")
                try container.encode(code, forKey: "code")
                try container.encodeIfPresent(details, forKey: "details")
                for (name, value) in additionalElements {
                    try container.encode(value, forKey: FHIRCodingKey(name))
                }
            }
        }
    }
}
