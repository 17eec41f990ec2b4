import BrobyggerCore
import Foundation

extension FHIR {
    /// A goal of care (FHIR `Goal`), such as a recovery goal of the resident.
    public struct Goal: FHIRElementContainer, FHIRNodeDecodable {
        /// The choice of types of `start[x]`; the JSON member is `start` followed by the type name.
        public enum Start: Hashable, Sendable {
            /// `startDate`.
            case date(Date)
            /// `startCodeableConcept`.
            case codeableConcept(CodeableConcept)
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
        /// Identifiers.
        public var identifier: [Identifier]
        /// Where the goal is in its life cycle.
        public var lifecycleStatus: GoalLifecycleStatus
        /// How far the goal is reached.
        public var achievementStatus: CodeableConcept?
        /// The kind of goal.
        public var category: [CodeableConcept]
        /// How important the goal is.
        public var priority: CodeableConcept?
        /// The goal, as a concept or text.
        public var description: CodeableConcept
        /// Whose goal it is.
        public var subject: Reference
        /// When pursuit of the goal begins (`start[x]`).
        public var start: Start?
        /// Measurable targets.
        public var target: [Target]
        /// When the status was set.
        public var statusDate: Date?
        /// Why the status is what it is.
        public var statusReason: String?
        /// Who set the goal.
        public var expressedBy: Reference?
        /// The issues the goal addresses.
        public var addresses: [Reference]
        /// Notes.
        public var note: [Annotation]
        /// What resulted, as concepts.
        public var outcomeCode: [CodeableConcept]
        /// What resulted, as observations.
        public var outcomeReference: [Reference]
        /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
        /// FHIR release, kept verbatim and written back on encoding.
        public var additionalElements: JSONObject

        /// Creates the resource; only the required elements have no default.
        public init(
            id: ID? = nil, identifier: [Identifier] = [], lifecycleStatus: GoalLifecycleStatus,
            achievementStatus: CodeableConcept? = nil, category: [CodeableConcept] = [],
            priority: CodeableConcept? = nil, description: CodeableConcept, subject: Reference, start: Start? = nil,
            target: [Target] = [], statusDate: Date? = nil, statusReason: String? = nil, expressedBy: Reference? = nil,
            addresses: [Reference] = [], note: [Annotation] = [], outcomeCode: [CodeableConcept] = [],
            outcomeReference: [Reference] = [], meta: Meta? = nil, implicitRules: String? = nil,
            language: String? = nil, text: Narrative? = nil, contained: [Resource] = [],
            extension extensions: [Extension] = [], modifierExtension: [Extension] = [],
            additionalElements: JSONObject = [:]
        ) {
            self.id = id
            self.identifier = identifier
            self.lifecycleStatus = lifecycleStatus
            self.achievementStatus = achievementStatus
            self.category = category
            self.priority = priority
            self.description = description
            self.subject = subject
            self.start = start
            self.target = target
            self.statusDate = statusDate
            self.statusReason = statusReason
            self.expressedBy = expressedBy
            self.addresses = addresses
            self.note = note
            self.outcomeCode = outcomeCode
            self.outcomeReference = outcomeReference
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
            guard resourceType == "Goal" else {
                throw .wrongResourceType(path: .root, expected: "Goal", found: resourceType ?? nil)
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
            var lifecycleStatus: GoalLifecycleStatus?
            var achievementStatus: CodeableConcept?
            var category: [CodeableConcept] = []
            var priority: CodeableConcept?
            var description: CodeableConcept?
            var subject: Reference?
            var start: Start?
            var target: [Target] = []
            var statusDate: Date?
            var statusReason: String?
            var expressedBy: Reference?
            var addresses: [Reference] = []
            var note: [Annotation] = []
            var outcomeCode: [CodeableConcept] = []
            var outcomeReference: [Reference] = []
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
                case "lifecycleStatus": lifecycleStatus = try jsonValue.decode(GoalLifecycleStatus.self, key: jsonKey)
                case "achievementStatus": achievementStatus = try jsonValue.decode(CodeableConcept.self, key: jsonKey)
                case "category": category = try jsonValue.decode([CodeableConcept].self, key: jsonKey)
                case "priority": priority = try jsonValue.decode(CodeableConcept.self, key: jsonKey)
                case "description": description = try jsonValue.decode(CodeableConcept.self, key: jsonKey)
                case "subject": subject = try jsonValue.decode(Reference.self, key: jsonKey)
                case "startDate":
                    start = .date(try jsonValue.decode(Date.self, key: jsonKey))
                case "startCodeableConcept":
                    start = .codeableConcept(try jsonValue.decode(CodeableConcept.self, key: jsonKey))
                case "target": target = try jsonValue.decode([Target].self, key: jsonKey)
                case "statusDate": statusDate = try jsonValue.decode(Date.self, key: jsonKey)
                case "statusReason": statusReason = try jsonValue.decode(String.self, key: jsonKey)
                case "expressedBy": expressedBy = try jsonValue.decode(Reference.self, key: jsonKey)
                case "addresses": addresses = try jsonValue.decode([Reference].self, key: jsonKey)
                case "note": note = try jsonValue.decode([Annotation].self, key: jsonKey)
                case "outcomeCode": outcomeCode = try jsonValue.decode([CodeableConcept].self, key: jsonKey)
                case "outcomeReference": outcomeReference = try jsonValue.decode([Reference].self, key: jsonKey)
                default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                }
            }
            guard let lifecycleStatus else { throw .missingElement(path: "lifecycleStatus") }
            guard let description else { throw .missingElement(path: "description") }
            guard let subject else { throw .missingElement(path: "subject") }
            self.id = id
            self.meta = meta
            self.implicitRules = implicitRules
            self.language = language
            self.text = text
            self.contained = contained
            self.`extension` = extensions
            self.modifierExtension = modifierExtension
            self.identifier = identifier
            self.lifecycleStatus = lifecycleStatus
            self.achievementStatus = achievementStatus
            self.category = category
            self.priority = priority
            self.description = description
            self.subject = subject
            self.start = start
            self.target = target
            self.statusDate = statusDate
            self.statusReason = statusReason
            self.expressedBy = expressedBy
            self.addresses = addresses
            self.note = note
            self.outcomeCode = outcomeCode
            self.outcomeReference = outcomeReference
            self.additionalElements = additionalElements
        }

        /// Encodes the modelled elements, then the kept ones.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: FHIRCodingKey.self)
            try container.encode("Goal", forKey: "resourceType")
            try container.encodeIfPresent(id, forKey: "id")
            try container.encodeIfPresent(meta, forKey: "meta")
            try container.encodeIfPresent(implicitRules, forKey: "implicitRules")
            try container.encodeIfPresent(language, forKey: "language")
            try container.encodeIfPresent(text, forKey: "text")
            if !contained.isEmpty { try container.encode(contained, forKey: "contained") }
            if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
            if !modifierExtension.isEmpty { try container.encode(modifierExtension, forKey: "modifierExtension") }
            if !identifier.isEmpty { try container.encode(identifier, forKey: "identifier") }
            try container.encode(lifecycleStatus, forKey: "lifecycleStatus")
            try container.encodeIfPresent(achievementStatus, forKey: "achievementStatus")
            if !category.isEmpty { try container.encode(category, forKey: "category") }
            try container.encodeIfPresent(priority, forKey: "priority")
            try container.encode(description, forKey: "description")
            try container.encode(subject, forKey: "subject")
            if let start {
                switch start {
                case .date(let value): try container.encode(value, forKey: "startDate")
                case .codeableConcept(let value): try container.encode(value, forKey: "startCodeableConcept")
                }
            }
            if !target.isEmpty { try container.encode(target, forKey: "target") }
            try container.encodeIfPresent(statusDate, forKey: "statusDate")
            try container.encodeIfPresent(statusReason, forKey: "statusReason")
            try container.encodeIfPresent(expressedBy, forKey: "expressedBy")
            if !addresses.isEmpty { try container.encode(addresses, forKey: "addresses") }
            if !note.isEmpty { try container.encode(note, forKey: "note") }
            if !outcomeCode.isEmpty { try container.encode(outcomeCode, forKey: "outcomeCode") }
            if !outcomeReference.isEmpty { try container.encode(outcomeReference, forKey: "outcomeReference") }
            for (name, value) in additionalElements {
                try container.encode(value, forKey: FHIRCodingKey(name))
            }
        }

        /// A measurable target of a goal.
        public struct Target: FHIRElementContainer, FHIRNodeDecodable {
            /// The choice of types of `detail[x]`; the JSON member is `detail` followed by the type name.
            public enum Detail: Hashable, Sendable {
                /// `detailQuantity`.
                case quantity(Quantity)
                /// `detailCodeableConcept`.
                case codeableConcept(CodeableConcept)
                /// `detailString`.
                case string(String)
                /// `detailBoolean`.
                case boolean(Bool)
                /// `detailInteger`.
                case integer(Int)
            }

            /// The choice of types of `due[x]`; the JSON member is `due` followed by the type name.
            public enum Due: Hashable, Sendable {
                /// `dueDate`.
                case date(Date)
                /// `dueDuration`.
                case duration(Quantity)
            }

            /// Unique id of the element within the resource.
            public var id: String?
            /// Additional content defined by implementations, kept even when not understood.
            public var `extension`: [Extension]
            /// Extensions that change the meaning of the element; a reader that does not understand one must not use the element.
            public var modifierExtension: [Extension]
            /// What is measured.
            public var measure: CodeableConcept?
            /// The target value (`detail[x]`; a `Range` or `Ratio` is kept in `additionalElements`).
            public var detail: Detail?
            /// When the target is to be reached (`due[x]`).
            public var due: Due?
            /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
            /// FHIR release, kept verbatim and written back on encoding.
            public var additionalElements: JSONObject

            /// Creates the element; only the required elements have no default.
            public init(
                id: String? = nil, measure: CodeableConcept? = nil, detail: Detail? = nil, due: Due? = nil,
                extension extensions: [Extension] = [], modifierExtension: [Extension] = [],
                additionalElements: JSONObject = [:]
            ) {
                self.id = id
                self.measure = measure
                self.detail = detail
                self.due = due
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
                var measure: CodeableConcept?
                var detail: Detail?
                var due: Due?
                var additionalElements: JSONObject = [:]
                for (jsonKey, jsonValue) in members {
                    switch jsonKey {
                    case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                    case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "modifierExtension": modifierExtension = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "measure": measure = try jsonValue.decode(CodeableConcept.self, key: jsonKey)
                    case "detailQuantity":
                        detail = .quantity(try jsonValue.decode(Quantity.self, key: jsonKey))
                    case "detailCodeableConcept":
                        detail = .codeableConcept(try jsonValue.decode(CodeableConcept.self, key: jsonKey))
                    case "detailString":
                        detail = .string(try jsonValue.decode(String.self, key: jsonKey))
                    case "detailBoolean":
                        detail = .boolean(try jsonValue.decode(Bool.self, key: jsonKey))
                    case "detailInteger":
                        detail = .integer(try jsonValue.decode(Int.self, key: jsonKey))
                    case "dueDate":
                        due = .date(try jsonValue.decode(Date.self, key: jsonKey))
                    case "dueDuration":
                        due = .duration(try jsonValue.decode(Quantity.self, key: jsonKey))
                    default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                    }
                }
                self.id = id
                self.`extension` = extensions
                self.modifierExtension = modifierExtension
                self.measure = measure
                self.detail = detail
                self.due = due
                self.additionalElements = additionalElements
            }

            /// Encodes the modelled elements, then the kept ones.
            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: FHIRCodingKey.self)
                try container.encodeIfPresent(id, forKey: "id")
                if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
                if !modifierExtension.isEmpty { try container.encode(modifierExtension, forKey: "modifierExtension") }
                try container.encodeIfPresent(measure, forKey: "measure")
                if let detail {
                    switch detail {
                    case .quantity(let value): try container.encode(value, forKey: "detailQuantity")
                    case .codeableConcept(let value): try container.encode(value, forKey: "detailCodeableConcept")
                    case .string(let value): try container.encode(value, forKey: "detailString")
                    case .boolean(let value): try container.encode(value, forKey: "detailBoolean")
                    case .integer(let value): try container.encode(value, forKey: "detailInteger")
                    }
                }
                if let due {
                    switch due {
                    case .date(let value): try container.encode(value, forKey: "dueDate")
                    case .duration(let value): try container.encode(value, forKey: "dueDuration")
                    }
                }
                for (name, value) in additionalElements {
                    try container.encode(value, forKey: FHIRCodingKey(name))
                }
            }
        }
    }
}
