import BrobyggerCore
import Foundation

extension FHIR {
    /// Answers to a questionnaire (FHIR R4 `QuestionnaireResponse`), such as one respondent's survey.
    public struct QuestionnaireResponse: FHIRElementContainer, FHIRNodeDecodable {
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
        /// The identifier (one in R4).
        public var identifier: Identifier?
        /// Requests the answers fulfil.
        public var basedOn: [Reference]
        /// Events the answers are part of.
        public var partOf: [Reference]
        /// The questionnaire answered (canonical URL).
        public var questionnaire: String?
        /// The state of the answers.
        public var status: QuestionnaireResponseStatus
        /// Whom the answers are about.
        public var subject: Reference?
        /// The encounter the answers were given in.
        public var encounter: Reference?
        /// When the answers were given.
        public var authored: DateTime?
        /// Who recorded the answers.
        public var author: Reference?
        /// Who gave the answers.
        public var source: Reference?
        /// The answered items.
        public var item: [Item]
        /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
        /// FHIR release, kept verbatim and written back on encoding.
        public var additionalElements: JSONObject

        /// Creates the resource; only the required elements have no default.
        public init(
            id: ID? = nil, identifier: Identifier? = nil, basedOn: [Reference] = [], partOf: [Reference] = [],
            questionnaire: String? = nil, status: QuestionnaireResponseStatus, subject: Reference? = nil,
            encounter: Reference? = nil, authored: DateTime? = nil, author: Reference? = nil, source: Reference? = nil,
            item: [Item] = [], meta: Meta? = nil, implicitRules: String? = nil, language: String? = nil,
            text: Narrative? = nil, contained: [Resource] = [], extension extensions: [Extension] = [],
            modifierExtension: [Extension] = [], additionalElements: JSONObject = [:]
        ) {
            self.id = id
            self.identifier = identifier
            self.basedOn = basedOn
            self.partOf = partOf
            self.questionnaire = questionnaire
            self.status = status
            self.subject = subject
            self.encounter = encounter
            self.authored = authored
            self.author = author
            self.source = source
            self.item = item
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
            guard resourceType == "QuestionnaireResponse" else {
                throw .wrongResourceType(path: .root, expected: "QuestionnaireResponse", found: resourceType ?? nil)
            }
            var id: ID?
            var meta: Meta?
            var implicitRules: String?
            var language: String?
            var text: Narrative?
            var contained: [Resource] = []
            var extensions: [Extension] = []
            var modifierExtension: [Extension] = []
            var identifier: Identifier?
            var basedOn: [Reference] = []
            var partOf: [Reference] = []
            var questionnaire: String?
            var status: QuestionnaireResponseStatus?
            var subject: Reference?
            var encounter: Reference?
            var authored: DateTime?
            var author: Reference?
            var source: Reference?
            var item: [Item] = []
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
                case "identifier": identifier = try jsonValue.decode(Identifier.self, key: jsonKey)
                case "basedOn": basedOn = try jsonValue.decode([Reference].self, key: jsonKey)
                case "partOf": partOf = try jsonValue.decode([Reference].self, key: jsonKey)
                case "questionnaire": questionnaire = try jsonValue.decode(String.self, key: jsonKey)
                case "status": status = try jsonValue.decode(QuestionnaireResponseStatus.self, key: jsonKey)
                case "subject": subject = try jsonValue.decode(Reference.self, key: jsonKey)
                case "encounter": encounter = try jsonValue.decode(Reference.self, key: jsonKey)
                case "authored": authored = try jsonValue.decode(DateTime.self, key: jsonKey)
                case "author": author = try jsonValue.decode(Reference.self, key: jsonKey)
                case "source": source = try jsonValue.decode(Reference.self, key: jsonKey)
                case "item": item = try jsonValue.decode([Item].self, key: jsonKey)
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
            self.basedOn = basedOn
            self.partOf = partOf
            self.questionnaire = questionnaire
            self.status = status
            self.subject = subject
            self.encounter = encounter
            self.authored = authored
            self.author = author
            self.source = source
            self.item = item
            self.additionalElements = additionalElements
        }

        /// Encodes the modelled elements, then the kept ones.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: FHIRCodingKey.self)
            try container.encode("QuestionnaireResponse", forKey: "resourceType")
            try container.encodeIfPresent(id, forKey: "id")
            try container.encodeIfPresent(meta, forKey: "meta")
            try container.encodeIfPresent(implicitRules, forKey: "implicitRules")
            try container.encodeIfPresent(language, forKey: "language")
            try container.encodeIfPresent(text, forKey: "text")
            if !contained.isEmpty { try container.encode(contained, forKey: "contained") }
            if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
            if !modifierExtension.isEmpty { try container.encode(modifierExtension, forKey: "modifierExtension") }
            try container.encodeIfPresent(identifier, forKey: "identifier")
            if !basedOn.isEmpty { try container.encode(basedOn, forKey: "basedOn") }
            if !partOf.isEmpty { try container.encode(partOf, forKey: "partOf") }
            try container.encodeIfPresent(questionnaire, forKey: "questionnaire")
            try container.encode(status, forKey: "status")
            try container.encodeIfPresent(subject, forKey: "subject")
            try container.encodeIfPresent(encounter, forKey: "encounter")
            try container.encodeIfPresent(authored, forKey: "authored")
            try container.encodeIfPresent(author, forKey: "author")
            try container.encodeIfPresent(source, forKey: "source")
            if !item.isEmpty { try container.encode(item, forKey: "item") }
            for (name, value) in additionalElements {
                try container.encode(value, forKey: FHIRCodingKey(name))
            }
        }

        /// An answered item, matched to the questionnaire by `linkId`.
        public struct Item: FHIRElementContainer, FHIRNodeDecodable {
            /// Unique id of the element within the resource.
            public var id: String?
            /// Additional content defined by implementations, kept even when not understood.
            public var `extension`: [Extension]
            /// Extensions that change the meaning of the element; a reader that does not understand one must not use the element.
            public var modifierExtension: [Extension]
            /// The questionnaire item's `linkId`.
            public var linkId: String
            /// The element that defines the item.
            public var definition: String?
            /// The question as shown.
            public var text: String?
            /// The answers.
            public var answer: [Answer]
            /// Nested items (of a group).
            public var item: [Item]
            /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
            /// FHIR release, kept verbatim and written back on encoding.
            public var additionalElements: JSONObject

            /// Creates the element; only the required elements have no default.
            public init(
                id: String? = nil, linkId: String, definition: String? = nil, text: String? = nil,
                answer: [Answer] = [], item: [Item] = [], extension extensions: [Extension] = [],
                modifierExtension: [Extension] = [], additionalElements: JSONObject = [:]
            ) {
                self.id = id
                self.linkId = linkId
                self.definition = definition
                self.text = text
                self.answer = answer
                self.item = item
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
                var linkId: String?
                var definition: String?
                var text: String?
                var answer: [Answer] = []
                var item: [Item] = []
                var additionalElements: JSONObject = [:]
                for (jsonKey, jsonValue) in members {
                    switch jsonKey {
                    case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                    case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "modifierExtension": modifierExtension = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "linkId": linkId = try jsonValue.decode(String.self, key: jsonKey)
                    case "definition": definition = try jsonValue.decode(String.self, key: jsonKey)
                    case "text": text = try jsonValue.decode(String.self, key: jsonKey)
                    case "answer": answer = try jsonValue.decode([Answer].self, key: jsonKey)
                    case "item": item = try jsonValue.decode([Item].self, key: jsonKey)
                    default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                    }
                }
                guard let linkId else { throw .missingElement(path: "linkId") }
                self.id = id
                self.`extension` = extensions
                self.modifierExtension = modifierExtension
                self.linkId = linkId
                self.definition = definition
                self.text = text
                self.answer = answer
                self.item = item
                self.additionalElements = additionalElements
            }

            /// Encodes the modelled elements, then the kept ones.
            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: FHIRCodingKey.self)
                try container.encodeIfPresent(id, forKey: "id")
                if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
                if !modifierExtension.isEmpty { try container.encode(modifierExtension, forKey: "modifierExtension") }
                try container.encode(linkId, forKey: "linkId")
                try container.encodeIfPresent(definition, forKey: "definition")
                try container.encodeIfPresent(text, forKey: "text")
                if !answer.isEmpty { try container.encode(answer, forKey: "answer") }
                if !item.isEmpty { try container.encode(item, forKey: "item") }
                for (name, value) in additionalElements {
                    try container.encode(value, forKey: FHIRCodingKey(name))
                }
            }

            /// An answer.
            public struct Answer: FHIRElementContainer, FHIRNodeDecodable {
                /// The choice of types of `value[x]`; the JSON member is `value` followed by the type name.
                public enum Value: Hashable, Sendable {
                    /// `valueBoolean`.
                    case boolean(Bool)
                    /// `valueDecimal`.
                    case decimal(Decimal)
                    /// `valueInteger`.
                    case integer(Int)
                    /// `valueDate`.
                    case date(Date)
                    /// `valueDateTime`.
                    case dateTime(DateTime)
                    /// `valueTime`.
                    case time(String)
                    /// `valueString`.
                    case string(String)
                    /// `valueUri`.
                    case uri(String)
                    /// `valueAttachment`.
                    case attachment(Attachment)
                    /// `valueCoding`.
                    case coding(Coding)
                    /// `valueQuantity`.
                    case quantity(Quantity)
                    /// `valueReference`.
                    case reference(Reference)
                }

                /// Unique id of the element within the resource.
                public var id: String?
                /// Additional content defined by implementations, kept even when not understood.
                public var `extension`: [Extension]
                /// Extensions that change the meaning of the element; a reader that does not understand one must not use the element.
                public var modifierExtension: [Extension]
                /// The answer (`value[x]`).
                public var value: Value?
                /// Items nested under the answer.
                public var item: [Item]
                /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
                /// FHIR release, kept verbatim and written back on encoding.
                public var additionalElements: JSONObject

                /// Creates the element; only the required elements have no default.
                public init(
                    id: String? = nil, value: Value? = nil, item: [Item] = [], extension extensions: [Extension] = [],
                    modifierExtension: [Extension] = [], additionalElements: JSONObject = [:]
                ) {
                    self.id = id
                    self.value = value
                    self.item = item
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
                    guard case .object(let members) = node else {
                        throw .typeMismatch(path: .root, expected: "an object")
                    }
                    var id: String?
                    var extensions: [Extension] = []
                    var modifierExtension: [Extension] = []
                    var value: Value?
                    var item: [Item] = []
                    var additionalElements: JSONObject = [:]
                    for (jsonKey, jsonValue) in members {
                        switch jsonKey {
                        case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                        case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                        case "modifierExtension":
                            modifierExtension = try jsonValue.decode([Extension].self, key: jsonKey)
                        case "valueBoolean":
                            value = .boolean(try jsonValue.decode(Bool.self, key: jsonKey))
                        case "valueDecimal":
                            value = .decimal(try jsonValue.decode(Decimal.self, key: jsonKey))
                        case "valueInteger":
                            value = .integer(try jsonValue.decode(Int.self, key: jsonKey))
                        case "valueDate":
                            value = .date(try jsonValue.decode(Date.self, key: jsonKey))
                        case "valueDateTime":
                            value = .dateTime(try jsonValue.decode(DateTime.self, key: jsonKey))
                        case "valueTime":
                            value = .time(try jsonValue.decode(String.self, key: jsonKey))
                        case "valueString":
                            value = .string(try jsonValue.decode(String.self, key: jsonKey))
                        case "valueUri":
                            value = .uri(try jsonValue.decode(String.self, key: jsonKey))
                        case "valueAttachment":
                            value = .attachment(try jsonValue.decode(Attachment.self, key: jsonKey))
                        case "valueCoding":
                            value = .coding(try jsonValue.decode(Coding.self, key: jsonKey))
                        case "valueQuantity":
                            value = .quantity(try jsonValue.decode(Quantity.self, key: jsonKey))
                        case "valueReference":
                            value = .reference(try jsonValue.decode(Reference.self, key: jsonKey))
                        case "item": item = try jsonValue.decode([Item].self, key: jsonKey)
                        default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                        }
                    }
                    self.id = id
                    self.`extension` = extensions
                    self.modifierExtension = modifierExtension
                    self.value = value
                    self.item = item
                    self.additionalElements = additionalElements
                }

                /// Encodes the modelled elements, then the kept ones.
                public func encode(to encoder: any Encoder) throws {
                    var container = encoder.container(keyedBy: FHIRCodingKey.self)
                    try container.encodeIfPresent(id, forKey: "id")
                    if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
                    if !modifierExtension.isEmpty {
                        try container.encode(modifierExtension, forKey: "modifierExtension")
                    }
                    if let value {
                        switch value {
                        case .boolean(let value): try container.encode(value, forKey: "valueBoolean")
                        case .decimal(let value): try container.encode(value, forKey: "valueDecimal")
                        case .integer(let value): try container.encode(value, forKey: "valueInteger")
                        case .date(let value): try container.encode(value, forKey: "valueDate")
                        case .dateTime(let value): try container.encode(value, forKey: "valueDateTime")
                        case .time(let value): try container.encode(value, forKey: "valueTime")
                        case .string(let value): try container.encode(value, forKey: "valueString")
                        case .uri(let value): try container.encode(value, forKey: "valueUri")
                        case .attachment(let value): try container.encode(value, forKey: "valueAttachment")
                        case .coding(let value): try container.encode(value, forKey: "valueCoding")
                        case .quantity(let value): try container.encode(value, forKey: "valueQuantity")
                        case .reference(let value): try container.encode(value, forKey: "valueReference")
                        }
                    }
                    if !item.isEmpty { try container.encode(item, forKey: "item") }
                    for (name, value) in additionalElements {
                        try container.encode(value, forKey: FHIRCodingKey(name))
                    }
                }
            }
        }
    }
}
