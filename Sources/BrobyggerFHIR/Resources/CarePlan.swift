import BrobyggerCore
import Foundation

extension FHIR {
    /// A plan of care (FHIR `CarePlan`): a coordinated care plan (*koordinerende indsatsplan*), a
    /// discharge agreement (*udskrivningsaftale*, psykiatriloven §13a) or coordination plan (*koordinationsplan*, §13b).
    public struct CarePlan: FHIRElementContainer, FHIRNodeDecodable {
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
        /// Protocols the plan follows (canonical URLs).
        public var instantiatesCanonical: [String]
        /// Protocols the plan follows (other URIs).
        public var instantiatesUri: [String]
        /// Plans this plan fulfils.
        public var basedOn: [Reference]
        /// Plans this plan replaces.
        public var replaces: [Reference]
        /// Larger plans this plan is part of.
        public var partOf: [Reference]
        /// The plan's state.
        public var status: RequestStatus
        /// Whether the plan is a proposal, a plan, an order or an option.
        public var intent: CarePlanIntent
        /// The kind of plan.
        public var category: [CodeableConcept]
        /// The plan's title.
        public var title: String?
        /// A summary.
        public var description: String?
        /// The patient the plan is for.
        public var subject: Reference
        /// The encounter the plan was made in.
        public var encounter: Reference?
        /// When the plan applies.
        public var period: Period?
        /// When the plan was first recorded.
        public var created: DateTime?
        /// Who is responsible for the plan.
        public var author: Reference?
        /// Who contributed to the plan.
        public var contributor: [Reference]
        /// The care teams carrying out the plan.
        public var careTeam: [Reference]
        /// The conditions the plan addresses.
        public var addresses: [Reference]
        /// Supporting information.
        public var supportingInfo: [Reference]
        /// The goals of the plan.
        public var goal: [Reference]
        /// The planned activities.
        public var activity: [Activity]
        /// Notes.
        public var note: [Annotation]
        /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
        /// FHIR release, kept verbatim and written back on encoding.
        public var additionalElements: JSONObject

        /// Creates the resource; only the required elements have no default.
        public init(
            id: ID? = nil, identifier: [Identifier] = [], instantiatesCanonical: [String] = [],
            instantiatesUri: [String] = [], basedOn: [Reference] = [], replaces: [Reference] = [],
            partOf: [Reference] = [], status: RequestStatus, intent: CarePlanIntent, category: [CodeableConcept] = [],
            title: String? = nil, description: String? = nil, subject: Reference, encounter: Reference? = nil,
            period: Period? = nil, created: DateTime? = nil, author: Reference? = nil, contributor: [Reference] = [],
            careTeam: [Reference] = [], addresses: [Reference] = [], supportingInfo: [Reference] = [],
            goal: [Reference] = [], activity: [Activity] = [], note: [Annotation] = [], meta: Meta? = nil,
            implicitRules: String? = nil, language: String? = nil, text: Narrative? = nil, contained: [Resource] = [],
            extension extensions: [Extension] = [], modifierExtension: [Extension] = [],
            additionalElements: JSONObject = [:]
        ) {
            self.id = id
            self.identifier = identifier
            self.instantiatesCanonical = instantiatesCanonical
            self.instantiatesUri = instantiatesUri
            self.basedOn = basedOn
            self.replaces = replaces
            self.partOf = partOf
            self.status = status
            self.intent = intent
            self.category = category
            self.title = title
            self.description = description
            self.subject = subject
            self.encounter = encounter
            self.period = period
            self.created = created
            self.author = author
            self.contributor = contributor
            self.careTeam = careTeam
            self.addresses = addresses
            self.supportingInfo = supportingInfo
            self.goal = goal
            self.activity = activity
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
            guard resourceType == "CarePlan" else {
                throw .wrongResourceType(path: .root, expected: "CarePlan", found: resourceType ?? nil)
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
            var replaces: [Reference] = []
            var partOf: [Reference] = []
            var status: RequestStatus?
            var intent: CarePlanIntent?
            var category: [CodeableConcept] = []
            var title: String?
            var description: String?
            var subject: Reference?
            var encounter: Reference?
            var period: Period?
            var created: DateTime?
            var author: Reference?
            var contributor: [Reference] = []
            var careTeam: [Reference] = []
            var addresses: [Reference] = []
            var supportingInfo: [Reference] = []
            var goal: [Reference] = []
            var activity: [Activity] = []
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
                case "replaces": replaces = try jsonValue.decode([Reference].self, key: jsonKey)
                case "partOf": partOf = try jsonValue.decode([Reference].self, key: jsonKey)
                case "status": status = try jsonValue.decode(RequestStatus.self, key: jsonKey)
                case "intent": intent = try jsonValue.decode(CarePlanIntent.self, key: jsonKey)
                case "category": category = try jsonValue.decode([CodeableConcept].self, key: jsonKey)
                case "title": title = try jsonValue.decode(String.self, key: jsonKey)
                case "description": description = try jsonValue.decode(String.self, key: jsonKey)
                case "subject": subject = try jsonValue.decode(Reference.self, key: jsonKey)
                case "encounter": encounter = try jsonValue.decode(Reference.self, key: jsonKey)
                case "period": period = try jsonValue.decode(Period.self, key: jsonKey)
                case "created": created = try jsonValue.decode(DateTime.self, key: jsonKey)
                case "author": author = try jsonValue.decode(Reference.self, key: jsonKey)
                case "contributor": contributor = try jsonValue.decode([Reference].self, key: jsonKey)
                case "careTeam": careTeam = try jsonValue.decode([Reference].self, key: jsonKey)
                case "addresses": addresses = try jsonValue.decode([Reference].self, key: jsonKey)
                case "supportingInfo": supportingInfo = try jsonValue.decode([Reference].self, key: jsonKey)
                case "goal": goal = try jsonValue.decode([Reference].self, key: jsonKey)
                case "activity": activity = try jsonValue.decode([Activity].self, key: jsonKey)
                case "note": note = try jsonValue.decode([Annotation].self, key: jsonKey)
                default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                }
            }
            guard let status else { throw .missingElement(path: "status") }
            guard let intent else { throw .missingElement(path: "intent") }
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
            self.instantiatesCanonical = instantiatesCanonical
            self.instantiatesUri = instantiatesUri
            self.basedOn = basedOn
            self.replaces = replaces
            self.partOf = partOf
            self.status = status
            self.intent = intent
            self.category = category
            self.title = title
            self.description = description
            self.subject = subject
            self.encounter = encounter
            self.period = period
            self.created = created
            self.author = author
            self.contributor = contributor
            self.careTeam = careTeam
            self.addresses = addresses
            self.supportingInfo = supportingInfo
            self.goal = goal
            self.activity = activity
            self.note = note
            self.additionalElements = additionalElements
        }

        /// Encodes the modelled elements, then the kept ones.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: FHIRCodingKey.self)
            try container.encode("CarePlan", forKey: "resourceType")
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
            if !replaces.isEmpty { try container.encode(replaces, forKey: "replaces") }
            if !partOf.isEmpty { try container.encode(partOf, forKey: "partOf") }
            try container.encode(status, forKey: "status")
            try container.encode(intent, forKey: "intent")
            if !category.isEmpty { try container.encode(category, forKey: "category") }
            try container.encodeIfPresent(title, forKey: "title")
            try container.encodeIfPresent(description, forKey: "description")
            try container.encode(subject, forKey: "subject")
            try container.encodeIfPresent(encounter, forKey: "encounter")
            try container.encodeIfPresent(period, forKey: "period")
            try container.encodeIfPresent(created, forKey: "created")
            try container.encodeIfPresent(author, forKey: "author")
            if !contributor.isEmpty { try container.encode(contributor, forKey: "contributor") }
            if !careTeam.isEmpty { try container.encode(careTeam, forKey: "careTeam") }
            if !addresses.isEmpty { try container.encode(addresses, forKey: "addresses") }
            if !supportingInfo.isEmpty { try container.encode(supportingInfo, forKey: "supportingInfo") }
            if !goal.isEmpty { try container.encode(goal, forKey: "goal") }
            if !activity.isEmpty { try container.encode(activity, forKey: "activity") }
            if !note.isEmpty { try container.encode(note, forKey: "note") }
            for (name, value) in additionalElements {
                try container.encode(value, forKey: FHIRCodingKey(name))
            }
        }

        /// An activity of a care plan.
        public struct Activity: FHIRElementContainer, FHIRNodeDecodable {
            /// Unique id of the element within the resource.
            public var id: String?
            /// Additional content defined by implementations, kept even when not understood.
            public var `extension`: [Extension]
            /// Extensions that change the meaning of the element; a reader that does not understand one must not use the element.
            public var modifierExtension: [Extension]
            /// The outcomes, as concepts.
            public var outcomeCodeableConcept: [CodeableConcept]
            /// The outcomes, as resources.
            public var outcomeReference: [Reference]
            /// Notes on progress.
            public var progress: [Annotation]
            /// The activity as a request resource.
            public var reference: Reference?
            /// The activity described inline.
            public var detail: Detail?
            /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
            /// FHIR release, kept verbatim and written back on encoding.
            public var additionalElements: JSONObject

            /// Creates the element; only the required elements have no default.
            public init(
                id: String? = nil, outcomeCodeableConcept: [CodeableConcept] = [], outcomeReference: [Reference] = [],
                progress: [Annotation] = [], reference: Reference? = nil, detail: Detail? = nil,
                extension extensions: [Extension] = [], modifierExtension: [Extension] = [],
                additionalElements: JSONObject = [:]
            ) {
                self.id = id
                self.outcomeCodeableConcept = outcomeCodeableConcept
                self.outcomeReference = outcomeReference
                self.progress = progress
                self.reference = reference
                self.detail = detail
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
                var outcomeCodeableConcept: [CodeableConcept] = []
                var outcomeReference: [Reference] = []
                var progress: [Annotation] = []
                var reference: Reference?
                var detail: Detail?
                var additionalElements: JSONObject = [:]
                for (jsonKey, jsonValue) in members {
                    switch jsonKey {
                    case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                    case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "modifierExtension": modifierExtension = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "outcomeCodeableConcept":
                        outcomeCodeableConcept = try jsonValue.decode([CodeableConcept].self, key: jsonKey)
                    case "outcomeReference": outcomeReference = try jsonValue.decode([Reference].self, key: jsonKey)
                    case "progress": progress = try jsonValue.decode([Annotation].self, key: jsonKey)
                    case "reference": reference = try jsonValue.decode(Reference.self, key: jsonKey)
                    case "detail": detail = try jsonValue.decode(Detail.self, key: jsonKey)
                    default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                    }
                }
                self.id = id
                self.`extension` = extensions
                self.modifierExtension = modifierExtension
                self.outcomeCodeableConcept = outcomeCodeableConcept
                self.outcomeReference = outcomeReference
                self.progress = progress
                self.reference = reference
                self.detail = detail
                self.additionalElements = additionalElements
            }

            /// Encodes the modelled elements, then the kept ones.
            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: FHIRCodingKey.self)
                try container.encodeIfPresent(id, forKey: "id")
                if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
                if !modifierExtension.isEmpty { try container.encode(modifierExtension, forKey: "modifierExtension") }
                if !outcomeCodeableConcept.isEmpty {
                    try container.encode(outcomeCodeableConcept, forKey: "outcomeCodeableConcept")
                }
                if !outcomeReference.isEmpty { try container.encode(outcomeReference, forKey: "outcomeReference") }
                if !progress.isEmpty { try container.encode(progress, forKey: "progress") }
                try container.encodeIfPresent(reference, forKey: "reference")
                try container.encodeIfPresent(detail, forKey: "detail")
                for (name, value) in additionalElements {
                    try container.encode(value, forKey: FHIRCodingKey(name))
                }
            }

            /// An activity described inline.
            public struct Detail: FHIRElementContainer, FHIRNodeDecodable {
                /// The choice of types of `scheduled[x]`; the JSON member is `scheduled` followed by the type name.
                public enum Scheduled: Hashable, Sendable {
                    /// `scheduledPeriod`.
                    case period(Period)
                    /// `scheduledString`.
                    case string(String)
                }

                /// Unique id of the element within the resource.
                public var id: String?
                /// Additional content defined by implementations, kept even when not understood.
                public var `extension`: [Extension]
                /// Extensions that change the meaning of the element; a reader that does not understand one must not use the element.
                public var modifierExtension: [Extension]
                /// The kind of resource the activity would be, such as `Appointment`.
                public var kind: String?
                /// Protocols followed (canonical URLs).
                public var instantiatesCanonical: [String]
                /// Protocols followed (other URIs).
                public var instantiatesUri: [String]
                /// What is to be done.
                public var code: CodeableConcept?
                /// Why.
                public var reasonCode: [CodeableConcept]
                /// Conditions that justify it.
                public var reasonReference: [Reference]
                /// The goals it serves.
                public var goal: [Reference]
                /// The activity's state.
                public var status: CarePlanActivityStatus
                /// Why the activity is in its state.
                public var statusReason: CodeableConcept?
                /// Whether the activity must not be done.
                public var doNotPerform: Bool?
                /// When the activity takes place (`scheduled[x]`; a `Timing` is kept in
                /// `additionalElements`).
                public var scheduled: Scheduled?
                /// Where.
                public var location: Reference?
                /// Who does it.
                public var performer: [Reference]
                /// How much a day.
                public var dailyAmount: Quantity?
                /// How much in all.
                public var quantity: Quantity?
                /// The activity in words.
                public var description: String?
                /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
                /// FHIR release, kept verbatim and written back on encoding.
                public var additionalElements: JSONObject

                /// Creates the element; only the required elements have no default.
                public init(
                    id: String? = nil, kind: String? = nil, instantiatesCanonical: [String] = [],
                    instantiatesUri: [String] = [], code: CodeableConcept? = nil, reasonCode: [CodeableConcept] = [],
                    reasonReference: [Reference] = [], goal: [Reference] = [], status: CarePlanActivityStatus,
                    statusReason: CodeableConcept? = nil, doNotPerform: Bool? = nil, scheduled: Scheduled? = nil,
                    location: Reference? = nil, performer: [Reference] = [], dailyAmount: Quantity? = nil,
                    quantity: Quantity? = nil, description: String? = nil, extension extensions: [Extension] = [],
                    modifierExtension: [Extension] = [], additionalElements: JSONObject = [:]
                ) {
                    self.id = id
                    self.kind = kind
                    self.instantiatesCanonical = instantiatesCanonical
                    self.instantiatesUri = instantiatesUri
                    self.code = code
                    self.reasonCode = reasonCode
                    self.reasonReference = reasonReference
                    self.goal = goal
                    self.status = status
                    self.statusReason = statusReason
                    self.doNotPerform = doNotPerform
                    self.scheduled = scheduled
                    self.location = location
                    self.performer = performer
                    self.dailyAmount = dailyAmount
                    self.quantity = quantity
                    self.description = description
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
                    var kind: String?
                    var instantiatesCanonical: [String] = []
                    var instantiatesUri: [String] = []
                    var code: CodeableConcept?
                    var reasonCode: [CodeableConcept] = []
                    var reasonReference: [Reference] = []
                    var goal: [Reference] = []
                    var status: CarePlanActivityStatus?
                    var statusReason: CodeableConcept?
                    var doNotPerform: Bool?
                    var scheduled: Scheduled?
                    var location: Reference?
                    var performer: [Reference] = []
                    var dailyAmount: Quantity?
                    var quantity: Quantity?
                    var description: String?
                    var additionalElements: JSONObject = [:]
                    for (jsonKey, jsonValue) in members {
                        switch jsonKey {
                        case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                        case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                        case "modifierExtension":
                            modifierExtension = try jsonValue.decode([Extension].self, key: jsonKey)
                        case "kind": kind = try jsonValue.decode(String.self, key: jsonKey)
                        case "instantiatesCanonical":
                            instantiatesCanonical = try jsonValue.decode([String].self, key: jsonKey)
                        case "instantiatesUri": instantiatesUri = try jsonValue.decode([String].self, key: jsonKey)
                        case "code": code = try jsonValue.decode(CodeableConcept.self, key: jsonKey)
                        case "reasonCode": reasonCode = try jsonValue.decode([CodeableConcept].self, key: jsonKey)
                        case "reasonReference": reasonReference = try jsonValue.decode([Reference].self, key: jsonKey)
                        case "goal": goal = try jsonValue.decode([Reference].self, key: jsonKey)
                        case "status": status = try jsonValue.decode(CarePlanActivityStatus.self, key: jsonKey)
                        case "statusReason": statusReason = try jsonValue.decode(CodeableConcept.self, key: jsonKey)
                        case "doNotPerform": doNotPerform = try jsonValue.decode(Bool.self, key: jsonKey)
                        case "scheduledPeriod":
                            scheduled = .period(try jsonValue.decode(Period.self, key: jsonKey))
                        case "scheduledString":
                            scheduled = .string(try jsonValue.decode(String.self, key: jsonKey))
                        case "location": location = try jsonValue.decode(Reference.self, key: jsonKey)
                        case "performer": performer = try jsonValue.decode([Reference].self, key: jsonKey)
                        case "dailyAmount": dailyAmount = try jsonValue.decode(Quantity.self, key: jsonKey)
                        case "quantity": quantity = try jsonValue.decode(Quantity.self, key: jsonKey)
                        case "description": description = try jsonValue.decode(String.self, key: jsonKey)
                        default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                        }
                    }
                    guard let status else { throw .missingElement(path: "status") }
                    self.id = id
                    self.`extension` = extensions
                    self.modifierExtension = modifierExtension
                    self.kind = kind
                    self.instantiatesCanonical = instantiatesCanonical
                    self.instantiatesUri = instantiatesUri
                    self.code = code
                    self.reasonCode = reasonCode
                    self.reasonReference = reasonReference
                    self.goal = goal
                    self.status = status
                    self.statusReason = statusReason
                    self.doNotPerform = doNotPerform
                    self.scheduled = scheduled
                    self.location = location
                    self.performer = performer
                    self.dailyAmount = dailyAmount
                    self.quantity = quantity
                    self.description = description
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
                    try container.encodeIfPresent(kind, forKey: "kind")
                    if !instantiatesCanonical.isEmpty {
                        try container.encode(instantiatesCanonical, forKey: "instantiatesCanonical")
                    }
                    if !instantiatesUri.isEmpty { try container.encode(instantiatesUri, forKey: "instantiatesUri") }
                    try container.encodeIfPresent(code, forKey: "code")
                    if !reasonCode.isEmpty { try container.encode(reasonCode, forKey: "reasonCode") }
                    if !reasonReference.isEmpty { try container.encode(reasonReference, forKey: "reasonReference") }
                    if !goal.isEmpty { try container.encode(goal, forKey: "goal") }
                    try container.encode(status, forKey: "status")
                    try container.encodeIfPresent(statusReason, forKey: "statusReason")
                    try container.encodeIfPresent(doNotPerform, forKey: "doNotPerform")
                    if let scheduled {
                        switch scheduled {
                        case .period(let value): try container.encode(value, forKey: "scheduledPeriod")
                        case .string(let value): try container.encode(value, forKey: "scheduledString")
                        }
                    }
                    try container.encodeIfPresent(location, forKey: "location")
                    if !performer.isEmpty { try container.encode(performer, forKey: "performer") }
                    try container.encodeIfPresent(dailyAmount, forKey: "dailyAmount")
                    try container.encodeIfPresent(quantity, forKey: "quantity")
                    try container.encodeIfPresent(description, forKey: "description")
                    for (name, value) in additionalElements {
                        try container.encode(value, forKey: FHIRCodingKey(name))
                    }
                }
            }
        }
    }
}
