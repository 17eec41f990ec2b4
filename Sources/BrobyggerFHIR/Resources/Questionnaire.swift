import BrobyggerCore
import Foundation

extension FHIR {
    /// A form definition (FHIR `Questionnaire`), such as a relational-coordination survey. The score of an
    /// answer option travels with it in the `itemWeight` extension (`FHIR.Questionnaire.Item.AnswerOption.itemWeight`).
    public struct Questionnaire: FHIRElementContainer, FHIRNodeDecodable {
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
        /// The canonical URL.
        public var url: String?
        /// Identifiers.
        public var identifier: [Identifier]
        /// The version.
        public var version: String?
        /// A computer-friendly name.
        public var name: String?
        /// A human-friendly title.
        public var title: String?
        /// Questionnaires this one is based on.
        public var derivedFrom: [String]
        /// The publication state.
        public var status: PublicationStatus
        /// Whether it is for testing only.
        public var experimental: Bool?
        /// The resource types it can be about.
        public var subjectType: [String]
        /// When it was last changed.
        public var date: DateTime?
        /// Who published it.
        public var publisher: String?
        /// What it is for (markdown).
        public var description: String?
        /// Where it is meant to be used.
        public var jurisdiction: [CodeableConcept]
        /// Why it exists (markdown).
        public var purpose: String?
        /// Its copyright and licence terms (markdown); licensed instruments say so here.
        public var copyright: String?
        /// When it was approved.
        public var approvalDate: Date?
        /// When it was last reviewed.
        public var lastReviewDate: Date?
        /// When it is meant to be used.
        public var effectivePeriod: Period?
        /// Concepts for the whole questionnaire.
        public var code: [Coding]
        /// The questions and groups.
        public var item: [Item]
        /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
        /// FHIR release, kept verbatim and written back on encoding.
        public var additionalElements: JSONObject

        /// Creates the resource; only the required elements have no default.
        public init(
            id: ID? = nil, url: String? = nil, identifier: [Identifier] = [], version: String? = nil,
            name: String? = nil, title: String? = nil, derivedFrom: [String] = [], status: PublicationStatus,
            experimental: Bool? = nil, subjectType: [String] = [], date: DateTime? = nil, publisher: String? = nil,
            description: String? = nil, jurisdiction: [CodeableConcept] = [], purpose: String? = nil,
            copyright: String? = nil, approvalDate: Date? = nil, lastReviewDate: Date? = nil,
            effectivePeriod: Period? = nil, code: [Coding] = [], item: [Item] = [], meta: Meta? = nil,
            implicitRules: String? = nil, language: String? = nil, text: Narrative? = nil, contained: [Resource] = [],
            extension extensions: [Extension] = [], modifierExtension: [Extension] = [],
            additionalElements: JSONObject = [:]
        ) {
            self.id = id
            self.url = url
            self.identifier = identifier
            self.version = version
            self.name = name
            self.title = title
            self.derivedFrom = derivedFrom
            self.status = status
            self.experimental = experimental
            self.subjectType = subjectType
            self.date = date
            self.publisher = publisher
            self.description = description
            self.jurisdiction = jurisdiction
            self.purpose = purpose
            self.copyright = copyright
            self.approvalDate = approvalDate
            self.lastReviewDate = lastReviewDate
            self.effectivePeriod = effectivePeriod
            self.code = code
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
            guard resourceType == "Questionnaire" else {
                throw .wrongResourceType(path: .root, expected: "Questionnaire", found: resourceType ?? nil)
            }
            var id: ID?
            var meta: Meta?
            var implicitRules: String?
            var language: String?
            var text: Narrative?
            var contained: [Resource] = []
            var extensions: [Extension] = []
            var modifierExtension: [Extension] = []
            var url: String?
            var identifier: [Identifier] = []
            var version: String?
            var name: String?
            var title: String?
            var derivedFrom: [String] = []
            var status: PublicationStatus?
            var experimental: Bool?
            var subjectType: [String] = []
            var date: DateTime?
            var publisher: String?
            var description: String?
            var jurisdiction: [CodeableConcept] = []
            var purpose: String?
            var copyright: String?
            var approvalDate: Date?
            var lastReviewDate: Date?
            var effectivePeriod: Period?
            var code: [Coding] = []
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
                case "url": url = try jsonValue.decode(String.self, key: jsonKey)
                case "identifier": identifier = try jsonValue.decode([Identifier].self, key: jsonKey)
                case "version": version = try jsonValue.decode(String.self, key: jsonKey)
                case "name": name = try jsonValue.decode(String.self, key: jsonKey)
                case "title": title = try jsonValue.decode(String.self, key: jsonKey)
                case "derivedFrom": derivedFrom = try jsonValue.decode([String].self, key: jsonKey)
                case "status": status = try jsonValue.decode(PublicationStatus.self, key: jsonKey)
                case "experimental": experimental = try jsonValue.decode(Bool.self, key: jsonKey)
                case "subjectType": subjectType = try jsonValue.decode([String].self, key: jsonKey)
                case "date": date = try jsonValue.decode(DateTime.self, key: jsonKey)
                case "publisher": publisher = try jsonValue.decode(String.self, key: jsonKey)
                case "description": description = try jsonValue.decode(String.self, key: jsonKey)
                case "jurisdiction": jurisdiction = try jsonValue.decode([CodeableConcept].self, key: jsonKey)
                case "purpose": purpose = try jsonValue.decode(String.self, key: jsonKey)
                case "copyright": copyright = try jsonValue.decode(String.self, key: jsonKey)
                case "approvalDate": approvalDate = try jsonValue.decode(Date.self, key: jsonKey)
                case "lastReviewDate": lastReviewDate = try jsonValue.decode(Date.self, key: jsonKey)
                case "effectivePeriod": effectivePeriod = try jsonValue.decode(Period.self, key: jsonKey)
                case "code": code = try jsonValue.decode([Coding].self, key: jsonKey)
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
            self.url = url
            self.identifier = identifier
            self.version = version
            self.name = name
            self.title = title
            self.derivedFrom = derivedFrom
            self.status = status
            self.experimental = experimental
            self.subjectType = subjectType
            self.date = date
            self.publisher = publisher
            self.description = description
            self.jurisdiction = jurisdiction
            self.purpose = purpose
            self.copyright = copyright
            self.approvalDate = approvalDate
            self.lastReviewDate = lastReviewDate
            self.effectivePeriod = effectivePeriod
            self.code = code
            self.item = item
            self.additionalElements = additionalElements
        }

        /// Encodes the modelled elements, then the kept ones.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: FHIRCodingKey.self)
            try container.encode("Questionnaire", forKey: "resourceType")
            try container.encodeIfPresent(id, forKey: "id")
            try container.encodeIfPresent(meta, forKey: "meta")
            try container.encodeIfPresent(implicitRules, forKey: "implicitRules")
            try container.encodeIfPresent(language, forKey: "language")
            try container.encodeIfPresent(text, forKey: "text")
            if !contained.isEmpty { try container.encode(contained, forKey: "contained") }
            if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
            if !modifierExtension.isEmpty { try container.encode(modifierExtension, forKey: "modifierExtension") }
            try container.encodeIfPresent(url, forKey: "url")
            if !identifier.isEmpty { try container.encode(identifier, forKey: "identifier") }
            try container.encodeIfPresent(version, forKey: "version")
            try container.encodeIfPresent(name, forKey: "name")
            try container.encodeIfPresent(title, forKey: "title")
            if !derivedFrom.isEmpty { try container.encode(derivedFrom, forKey: "derivedFrom") }
            try container.encode(status, forKey: "status")
            try container.encodeIfPresent(experimental, forKey: "experimental")
            if !subjectType.isEmpty { try container.encode(subjectType, forKey: "subjectType") }
            try container.encodeIfPresent(date, forKey: "date")
            try container.encodeIfPresent(publisher, forKey: "publisher")
            try container.encodeIfPresent(description, forKey: "description")
            if !jurisdiction.isEmpty { try container.encode(jurisdiction, forKey: "jurisdiction") }
            try container.encodeIfPresent(purpose, forKey: "purpose")
            try container.encodeIfPresent(copyright, forKey: "copyright")
            try container.encodeIfPresent(approvalDate, forKey: "approvalDate")
            try container.encodeIfPresent(lastReviewDate, forKey: "lastReviewDate")
            try container.encodeIfPresent(effectivePeriod, forKey: "effectivePeriod")
            if !code.isEmpty { try container.encode(code, forKey: "code") }
            if !item.isEmpty { try container.encode(item, forKey: "item") }
            for (name, value) in additionalElements {
                try container.encode(value, forKey: FHIRCodingKey(name))
            }
        }

        /// A question, group or display text of a questionnaire.
        public struct Item: FHIRElementContainer, FHIRNodeDecodable {
            /// Unique id of the element within the resource.
            public var id: String?
            /// Additional content defined by implementations, kept even when not understood.
            public var `extension`: [Extension]
            /// Extensions that change the meaning of the element; a reader that does not understand one must not use the element.
            public var modifierExtension: [Extension]
            /// The id that links a response item to this item; unique in the questionnaire.
            public var linkId: String
            /// The element that defines the item.
            public var definition: String?
            /// Concepts for the item.
            public var code: [Coding]
            /// A label such as `1.` or `(a)`.
            public var prefix: String?
            /// The question or heading.
            public var text: String?
            /// The kind of item.
            public var type: QuestionnaireItemType
            /// When the item is shown.
            public var enableWhen: [EnableWhen]
            /// Whether all or any `enableWhen` conditions must hold.
            public var enableBehavior: EnableWhenBehavior?
            /// Whether an answer is required.
            public var required: Bool?
            /// Whether the item may repeat.
            public var repeats: Bool?
            /// Whether the item cannot be changed.
            public var readOnly: Bool?
            /// The longest answer allowed.
            public var maxLength: Int?
            /// The value set of allowed answers.
            public var answerValueSet: String?
            /// The allowed answers.
            public var answerOption: [AnswerOption]
            /// Initial answers.
            public var initial: [Initial]
            /// Nested items.
            public var item: [Item]
            /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
            /// FHIR release, kept verbatim and written back on encoding.
            public var additionalElements: JSONObject

            /// Creates the element; only the required elements have no default.
            public init(
                id: String? = nil, linkId: String, definition: String? = nil, code: [Coding] = [],
                prefix: String? = nil, text: String? = nil, type: QuestionnaireItemType, enableWhen: [EnableWhen] = [],
                enableBehavior: EnableWhenBehavior? = nil, required: Bool? = nil, repeats: Bool? = nil,
                readOnly: Bool? = nil, maxLength: Int? = nil, answerValueSet: String? = nil,
                answerOption: [AnswerOption] = [], initial: [Initial] = [], item: [Item] = [],
                extension extensions: [Extension] = [], modifierExtension: [Extension] = [],
                additionalElements: JSONObject = [:]
            ) {
                self.id = id
                self.linkId = linkId
                self.definition = definition
                self.code = code
                self.prefix = prefix
                self.text = text
                self.type = type
                self.enableWhen = enableWhen
                self.enableBehavior = enableBehavior
                self.required = required
                self.repeats = repeats
                self.readOnly = readOnly
                self.maxLength = maxLength
                self.answerValueSet = answerValueSet
                self.answerOption = answerOption
                self.initial = initial
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
                var code: [Coding] = []
                var prefix: String?
                var text: String?
                var type: QuestionnaireItemType?
                var enableWhen: [EnableWhen] = []
                var enableBehavior: EnableWhenBehavior?
                var required: Bool?
                var repeats: Bool?
                var readOnly: Bool?
                var maxLength: Int?
                var answerValueSet: String?
                var answerOption: [AnswerOption] = []
                var initial: [Initial] = []
                var item: [Item] = []
                var additionalElements: JSONObject = [:]
                for (jsonKey, jsonValue) in members {
                    switch jsonKey {
                    case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                    case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "modifierExtension": modifierExtension = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "linkId": linkId = try jsonValue.decode(String.self, key: jsonKey)
                    case "definition": definition = try jsonValue.decode(String.self, key: jsonKey)
                    case "code": code = try jsonValue.decode([Coding].self, key: jsonKey)
                    case "prefix": prefix = try jsonValue.decode(String.self, key: jsonKey)
                    case "text": text = try jsonValue.decode(String.self, key: jsonKey)
                    case "type": type = try jsonValue.decode(QuestionnaireItemType.self, key: jsonKey)
                    case "enableWhen": enableWhen = try jsonValue.decode([EnableWhen].self, key: jsonKey)
                    case "enableBehavior": enableBehavior = try jsonValue.decode(EnableWhenBehavior.self, key: jsonKey)
                    case "required": required = try jsonValue.decode(Bool.self, key: jsonKey)
                    case "repeats": repeats = try jsonValue.decode(Bool.self, key: jsonKey)
                    case "readOnly": readOnly = try jsonValue.decode(Bool.self, key: jsonKey)
                    case "maxLength": maxLength = try jsonValue.decode(Int.self, key: jsonKey)
                    case "answerValueSet": answerValueSet = try jsonValue.decode(String.self, key: jsonKey)
                    case "answerOption": answerOption = try jsonValue.decode([AnswerOption].self, key: jsonKey)
                    case "initial": initial = try jsonValue.decode([Initial].self, key: jsonKey)
                    case "item": item = try jsonValue.decode([Item].self, key: jsonKey)
                    default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                    }
                }
                guard let linkId else { throw .missingElement(path: "linkId") }
                guard let type else { throw .missingElement(path: "type") }
                self.id = id
                self.`extension` = extensions
                self.modifierExtension = modifierExtension
                self.linkId = linkId
                self.definition = definition
                self.code = code
                self.prefix = prefix
                self.text = text
                self.type = type
                self.enableWhen = enableWhen
                self.enableBehavior = enableBehavior
                self.required = required
                self.repeats = repeats
                self.readOnly = readOnly
                self.maxLength = maxLength
                self.answerValueSet = answerValueSet
                self.answerOption = answerOption
                self.initial = initial
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
                if !code.isEmpty { try container.encode(code, forKey: "code") }
                try container.encodeIfPresent(prefix, forKey: "prefix")
                try container.encodeIfPresent(text, forKey: "text")
                try container.encode(type, forKey: "type")
                if !enableWhen.isEmpty { try container.encode(enableWhen, forKey: "enableWhen") }
                try container.encodeIfPresent(enableBehavior, forKey: "enableBehavior")
                try container.encodeIfPresent(required, forKey: "required")
                try container.encodeIfPresent(repeats, forKey: "repeats")
                try container.encodeIfPresent(readOnly, forKey: "readOnly")
                try container.encodeIfPresent(maxLength, forKey: "maxLength")
                try container.encodeIfPresent(answerValueSet, forKey: "answerValueSet")
                if !answerOption.isEmpty { try container.encode(answerOption, forKey: "answerOption") }
                if !initial.isEmpty { try container.encode(initial, forKey: "initial") }
                if !item.isEmpty { try container.encode(item, forKey: "item") }
                for (name, value) in additionalElements {
                    try container.encode(value, forKey: FHIRCodingKey(name))
                }
            }

            /// A condition on another item's answer.
            public struct EnableWhen: FHIRElementContainer, FHIRNodeDecodable {
                /// The choice of types of `answer[x]`; the JSON member is `answer` followed by the type name.
                public enum Answer: Hashable, Sendable {
                    /// `answerBoolean`.
                    case boolean(Bool)
                    /// `answerDecimal`.
                    case decimal(Decimal)
                    /// `answerInteger`.
                    case integer(Int)
                    /// `answerDate`.
                    case date(Date)
                    /// `answerDateTime`.
                    case dateTime(DateTime)
                    /// `answerTime`.
                    case time(String)
                    /// `answerString`.
                    case string(String)
                    /// `answerCoding`.
                    case coding(Coding)
                    /// `answerQuantity`.
                    case quantity(Quantity)
                    /// `answerReference`.
                    case reference(Reference)
                }

                /// Unique id of the element within the resource.
                public var id: String?
                /// Additional content defined by implementations, kept even when not understood.
                public var `extension`: [Extension]
                /// Extensions that change the meaning of the element; a reader that does not understand one must not use the element.
                public var modifierExtension: [Extension]
                /// The `linkId` of the item the condition is about.
                public var question: String
                /// The comparison.
                public var comparison: QuestionnaireItemOperator
                /// The value compared with (`answer[x]`).
                public var answer: Answer
                /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
                /// FHIR release, kept verbatim and written back on encoding.
                public var additionalElements: JSONObject

                /// Creates the element; only the required elements have no default.
                public init(
                    id: String? = nil, question: String, comparison: QuestionnaireItemOperator, answer: Answer,
                    extension extensions: [Extension] = [], modifierExtension: [Extension] = [],
                    additionalElements: JSONObject = [:]
                ) {
                    self.id = id
                    self.question = question
                    self.comparison = comparison
                    self.answer = answer
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
                    var question: String?
                    var comparison: QuestionnaireItemOperator?
                    var answer: Answer?
                    var additionalElements: JSONObject = [:]
                    for (jsonKey, jsonValue) in members {
                        switch jsonKey {
                        case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                        case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                        case "modifierExtension":
                            modifierExtension = try jsonValue.decode([Extension].self, key: jsonKey)
                        case "question": question = try jsonValue.decode(String.self, key: jsonKey)
                        case "operator": comparison = try jsonValue.decode(QuestionnaireItemOperator.self, key: jsonKey)
                        case "answerBoolean":
                            answer = .boolean(try jsonValue.decode(Bool.self, key: jsonKey))
                        case "answerDecimal":
                            answer = .decimal(try jsonValue.decode(Decimal.self, key: jsonKey))
                        case "answerInteger":
                            answer = .integer(try jsonValue.decode(Int.self, key: jsonKey))
                        case "answerDate":
                            answer = .date(try jsonValue.decode(Date.self, key: jsonKey))
                        case "answerDateTime":
                            answer = .dateTime(try jsonValue.decode(DateTime.self, key: jsonKey))
                        case "answerTime":
                            answer = .time(try jsonValue.decode(String.self, key: jsonKey))
                        case "answerString":
                            answer = .string(try jsonValue.decode(String.self, key: jsonKey))
                        case "answerCoding":
                            answer = .coding(try jsonValue.decode(Coding.self, key: jsonKey))
                        case "answerQuantity":
                            answer = .quantity(try jsonValue.decode(Quantity.self, key: jsonKey))
                        case "answerReference":
                            answer = .reference(try jsonValue.decode(Reference.self, key: jsonKey))
                        default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                        }
                    }
                    guard let question else { throw .missingElement(path: "question") }
                    guard let comparison else { throw .missingElement(path: "operator") }
                    guard let answer else { throw .missingElement(path: "answer[x]") }
                    self.id = id
                    self.`extension` = extensions
                    self.modifierExtension = modifierExtension
                    self.question = question
                    self.comparison = comparison
                    self.answer = answer
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
                    try container.encode(question, forKey: "question")
                    try container.encode(comparison, forKey: "operator")
                    switch answer {
                    case .boolean(let value): try container.encode(value, forKey: "answerBoolean")
                    case .decimal(let value): try container.encode(value, forKey: "answerDecimal")
                    case .integer(let value): try container.encode(value, forKey: "answerInteger")
                    case .date(let value): try container.encode(value, forKey: "answerDate")
                    case .dateTime(let value): try container.encode(value, forKey: "answerDateTime")
                    case .time(let value): try container.encode(value, forKey: "answerTime")
                    case .string(let value): try container.encode(value, forKey: "answerString")
                    case .coding(let value): try container.encode(value, forKey: "answerCoding")
                    case .quantity(let value): try container.encode(value, forKey: "answerQuantity")
                    case .reference(let value): try container.encode(value, forKey: "answerReference")
                    }
                    for (name, value) in additionalElements {
                        try container.encode(value, forKey: FHIRCodingKey(name))
                    }
                }
            }

            /// An allowed answer; its score is the `itemWeight` extension.
            public struct AnswerOption: FHIRElementContainer, FHIRNodeDecodable {
                /// The choice of types of `value[x]`; the JSON member is `value` followed by the type name.
                public enum Value: Hashable, Sendable {
                    /// `valueInteger`.
                    case integer(Int)
                    /// `valueDate`.
                    case date(Date)
                    /// `valueTime`.
                    case time(String)
                    /// `valueString`.
                    case string(String)
                    /// `valueCoding`.
                    case coding(Coding)
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
                public var value: Value
                /// Whether it is selected at first.
                public var initialSelected: Bool?
                /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
                /// FHIR release, kept verbatim and written back on encoding.
                public var additionalElements: JSONObject

                /// Creates the element; only the required elements have no default.
                public init(
                    id: String? = nil, value: Value, initialSelected: Bool? = nil,
                    extension extensions: [Extension] = [], modifierExtension: [Extension] = [],
                    additionalElements: JSONObject = [:]
                ) {
                    self.id = id
                    self.value = value
                    self.initialSelected = initialSelected
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
                    var initialSelected: Bool?
                    var additionalElements: JSONObject = [:]
                    for (jsonKey, jsonValue) in members {
                        switch jsonKey {
                        case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                        case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                        case "modifierExtension":
                            modifierExtension = try jsonValue.decode([Extension].self, key: jsonKey)
                        case "valueInteger":
                            value = .integer(try jsonValue.decode(Int.self, key: jsonKey))
                        case "valueDate":
                            value = .date(try jsonValue.decode(Date.self, key: jsonKey))
                        case "valueTime":
                            value = .time(try jsonValue.decode(String.self, key: jsonKey))
                        case "valueString":
                            value = .string(try jsonValue.decode(String.self, key: jsonKey))
                        case "valueCoding":
                            value = .coding(try jsonValue.decode(Coding.self, key: jsonKey))
                        case "valueReference":
                            value = .reference(try jsonValue.decode(Reference.self, key: jsonKey))
                        case "initialSelected": initialSelected = try jsonValue.decode(Bool.self, key: jsonKey)
                        default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                        }
                    }
                    guard let value else { throw .missingElement(path: "value[x]") }
                    self.id = id
                    self.`extension` = extensions
                    self.modifierExtension = modifierExtension
                    self.value = value
                    self.initialSelected = initialSelected
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
                    switch value {
                    case .integer(let value): try container.encode(value, forKey: "valueInteger")
                    case .date(let value): try container.encode(value, forKey: "valueDate")
                    case .time(let value): try container.encode(value, forKey: "valueTime")
                    case .string(let value): try container.encode(value, forKey: "valueString")
                    case .coding(let value): try container.encode(value, forKey: "valueCoding")
                    case .reference(let value): try container.encode(value, forKey: "valueReference")
                    }
                    try container.encodeIfPresent(initialSelected, forKey: "initialSelected")
                    for (name, value) in additionalElements {
                        try container.encode(value, forKey: FHIRCodingKey(name))
                    }
                }
            }

            /// An initial answer.
            public struct Initial: FHIRElementContainer, FHIRNodeDecodable {
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
                public var value: Value
                /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
                /// FHIR release, kept verbatim and written back on encoding.
                public var additionalElements: JSONObject

                /// Creates the element; only the required elements have no default.
                public init(
                    id: String? = nil, value: Value, extension extensions: [Extension] = [],
                    modifierExtension: [Extension] = [], additionalElements: JSONObject = [:]
                ) {
                    self.id = id
                    self.value = value
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
                        default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                        }
                    }
                    guard let value else { throw .missingElement(path: "value[x]") }
                    self.id = id
                    self.`extension` = extensions
                    self.modifierExtension = modifierExtension
                    self.value = value
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
                    for (name, value) in additionalElements {
                        try container.encode(value, forKey: FHIRCodingKey(name))
                    }
                }
            }
        }
    }
}
