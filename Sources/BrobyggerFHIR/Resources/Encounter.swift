import BrobyggerCore
import Foundation

extension FHIR {
    /// An encounter (FHIR R4 `Encounter`): a hospital stay, an emergency visit, a team visit. MedCom's
    /// HospitalNotification narrows it to status, class, period, leave period, episode-of-care identifier and service
    /// provider; the status `onleave` exists only in R4.
    public struct Encounter: FHIRElementContainer, FHIRNodeDecodable {
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
        /// The state of the encounter.
        public var status: EncounterStatus
        /// Past states.
        public var statusHistory: [StatusHistory]
        /// The class (v3 ActCode): `IMP` inpatient, `EMER` emergency, `AMB` ambulatory …
        public var encounterClass: Coding
        /// Past classes.
        public var classHistory: [ClassHistory]
        /// The kind of encounter.
        public var type: [CodeableConcept]
        /// The service provided.
        public var serviceType: CodeableConcept?
        /// The urgency.
        public var priority: CodeableConcept?
        /// The patient.
        public var subject: Reference?
        /// The episodes of care; MedCom references them by identifier only.
        public var episodeOfCare: [Reference]
        /// Requests the encounter fulfils.
        public var basedOn: [Reference]
        /// Who took part.
        public var participant: [Participant]
        /// The appointments.
        public var appointment: [Reference]
        /// When the encounter took place.
        public var period: Period?
        /// How long it took (a Duration).
        public var length: Quantity?
        /// Why.
        public var reasonCode: [CodeableConcept]
        /// Conditions that justify it.
        public var reasonReference: [Reference]
        /// Diagnoses.
        public var diagnosis: [Diagnosis]
        /// Accounts for billing.
        public var account: [Reference]
        /// Where the patient was.
        public var location: [Location]
        /// The organisation responsible (for a hospital stay, the department).
        public var serviceProvider: Reference?
        /// The encounter this one is part of.
        public var partOf: Reference?
        /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
        /// FHIR release, kept verbatim and written back on encoding.
        public var additionalElements: JSONObject

        /// Creates the resource; only the required elements have no default.
        public init(
            id: ID? = nil, identifier: [Identifier] = [], status: EncounterStatus, statusHistory: [StatusHistory] = [],
            encounterClass: Coding, classHistory: [ClassHistory] = [], type: [CodeableConcept] = [],
            serviceType: CodeableConcept? = nil, priority: CodeableConcept? = nil, subject: Reference? = nil,
            episodeOfCare: [Reference] = [], basedOn: [Reference] = [], participant: [Participant] = [],
            appointment: [Reference] = [], period: Period? = nil, length: Quantity? = nil,
            reasonCode: [CodeableConcept] = [], reasonReference: [Reference] = [], diagnosis: [Diagnosis] = [],
            account: [Reference] = [], location: [Location] = [], serviceProvider: Reference? = nil,
            partOf: Reference? = nil, meta: Meta? = nil, implicitRules: String? = nil, language: String? = nil,
            text: Narrative? = nil, contained: [Resource] = [], extension extensions: [Extension] = [],
            modifierExtension: [Extension] = [], additionalElements: JSONObject = [:]
        ) {
            self.id = id
            self.identifier = identifier
            self.status = status
            self.statusHistory = statusHistory
            self.encounterClass = encounterClass
            self.classHistory = classHistory
            self.type = type
            self.serviceType = serviceType
            self.priority = priority
            self.subject = subject
            self.episodeOfCare = episodeOfCare
            self.basedOn = basedOn
            self.participant = participant
            self.appointment = appointment
            self.period = period
            self.length = length
            self.reasonCode = reasonCode
            self.reasonReference = reasonReference
            self.diagnosis = diagnosis
            self.account = account
            self.location = location
            self.serviceProvider = serviceProvider
            self.partOf = partOf
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
            guard resourceType == "Encounter" else {
                throw .wrongResourceType(path: .root, expected: "Encounter", found: resourceType ?? nil)
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
            var status: EncounterStatus?
            var statusHistory: [StatusHistory] = []
            var encounterClass: Coding?
            var classHistory: [ClassHistory] = []
            var type: [CodeableConcept] = []
            var serviceType: CodeableConcept?
            var priority: CodeableConcept?
            var subject: Reference?
            var episodeOfCare: [Reference] = []
            var basedOn: [Reference] = []
            var participant: [Participant] = []
            var appointment: [Reference] = []
            var period: Period?
            var length: Quantity?
            var reasonCode: [CodeableConcept] = []
            var reasonReference: [Reference] = []
            var diagnosis: [Diagnosis] = []
            var account: [Reference] = []
            var location: [Location] = []
            var serviceProvider: Reference?
            var partOf: Reference?
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
                case "status": status = try jsonValue.decode(EncounterStatus.self, key: jsonKey)
                case "statusHistory": statusHistory = try jsonValue.decode([StatusHistory].self, key: jsonKey)
                case "class": encounterClass = try jsonValue.decode(Coding.self, key: jsonKey)
                case "classHistory": classHistory = try jsonValue.decode([ClassHistory].self, key: jsonKey)
                case "type": type = try jsonValue.decode([CodeableConcept].self, key: jsonKey)
                case "serviceType": serviceType = try jsonValue.decode(CodeableConcept.self, key: jsonKey)
                case "priority": priority = try jsonValue.decode(CodeableConcept.self, key: jsonKey)
                case "subject": subject = try jsonValue.decode(Reference.self, key: jsonKey)
                case "episodeOfCare": episodeOfCare = try jsonValue.decode([Reference].self, key: jsonKey)
                case "basedOn": basedOn = try jsonValue.decode([Reference].self, key: jsonKey)
                case "participant": participant = try jsonValue.decode([Participant].self, key: jsonKey)
                case "appointment": appointment = try jsonValue.decode([Reference].self, key: jsonKey)
                case "period": period = try jsonValue.decode(Period.self, key: jsonKey)
                case "length": length = try jsonValue.decode(Quantity.self, key: jsonKey)
                case "reasonCode": reasonCode = try jsonValue.decode([CodeableConcept].self, key: jsonKey)
                case "reasonReference": reasonReference = try jsonValue.decode([Reference].self, key: jsonKey)
                case "diagnosis": diagnosis = try jsonValue.decode([Diagnosis].self, key: jsonKey)
                case "account": account = try jsonValue.decode([Reference].self, key: jsonKey)
                case "location": location = try jsonValue.decode([Location].self, key: jsonKey)
                case "serviceProvider": serviceProvider = try jsonValue.decode(Reference.self, key: jsonKey)
                case "partOf": partOf = try jsonValue.decode(Reference.self, key: jsonKey)
                default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                }
            }
            guard let status else { throw .missingElement(path: "status") }
            guard let encounterClass else { throw .missingElement(path: "class") }
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
            self.statusHistory = statusHistory
            self.encounterClass = encounterClass
            self.classHistory = classHistory
            self.type = type
            self.serviceType = serviceType
            self.priority = priority
            self.subject = subject
            self.episodeOfCare = episodeOfCare
            self.basedOn = basedOn
            self.participant = participant
            self.appointment = appointment
            self.period = period
            self.length = length
            self.reasonCode = reasonCode
            self.reasonReference = reasonReference
            self.diagnosis = diagnosis
            self.account = account
            self.location = location
            self.serviceProvider = serviceProvider
            self.partOf = partOf
            self.additionalElements = additionalElements
        }

        /// Encodes the modelled elements, then the kept ones.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: FHIRCodingKey.self)
            try container.encode("Encounter", forKey: "resourceType")
            try container.encodeIfPresent(id, forKey: "id")
            try container.encodeIfPresent(meta, forKey: "meta")
            try container.encodeIfPresent(implicitRules, forKey: "implicitRules")
            try container.encodeIfPresent(language, forKey: "language")
            try container.encodeIfPresent(text, forKey: "text")
            if !contained.isEmpty { try container.encode(contained, forKey: "contained") }
            if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
            if !modifierExtension.isEmpty { try container.encode(modifierExtension, forKey: "modifierExtension") }
            if !identifier.isEmpty { try container.encode(identifier, forKey: "identifier") }
            try container.encode(status, forKey: "status")
            if !statusHistory.isEmpty { try container.encode(statusHistory, forKey: "statusHistory") }
            try container.encode(encounterClass, forKey: "class")
            if !classHistory.isEmpty { try container.encode(classHistory, forKey: "classHistory") }
            if !type.isEmpty { try container.encode(type, forKey: "type") }
            try container.encodeIfPresent(serviceType, forKey: "serviceType")
            try container.encodeIfPresent(priority, forKey: "priority")
            try container.encodeIfPresent(subject, forKey: "subject")
            if !episodeOfCare.isEmpty { try container.encode(episodeOfCare, forKey: "episodeOfCare") }
            if !basedOn.isEmpty { try container.encode(basedOn, forKey: "basedOn") }
            if !participant.isEmpty { try container.encode(participant, forKey: "participant") }
            if !appointment.isEmpty { try container.encode(appointment, forKey: "appointment") }
            try container.encodeIfPresent(period, forKey: "period")
            try container.encodeIfPresent(length, forKey: "length")
            if !reasonCode.isEmpty { try container.encode(reasonCode, forKey: "reasonCode") }
            if !reasonReference.isEmpty { try container.encode(reasonReference, forKey: "reasonReference") }
            if !diagnosis.isEmpty { try container.encode(diagnosis, forKey: "diagnosis") }
            if !account.isEmpty { try container.encode(account, forKey: "account") }
            if !location.isEmpty { try container.encode(location, forKey: "location") }
            try container.encodeIfPresent(serviceProvider, forKey: "serviceProvider")
            try container.encodeIfPresent(partOf, forKey: "partOf")
            for (name, value) in additionalElements {
                try container.encode(value, forKey: FHIRCodingKey(name))
            }
        }

        /// A past state of an encounter.
        public struct StatusHistory: FHIRElementContainer, FHIRNodeDecodable {
            /// Unique id of the element within the resource.
            public var id: String?
            /// Additional content defined by implementations, kept even when not understood.
            public var `extension`: [Extension]
            /// Extensions that change the meaning of the element; a reader that does not understand one must not use the element.
            public var modifierExtension: [Extension]
            /// The state.
            public var status: EncounterStatus
            /// When it held.
            public var period: Period
            /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
            /// FHIR release, kept verbatim and written back on encoding.
            public var additionalElements: JSONObject

            /// Creates the element; only the required elements have no default.
            public init(
                id: String? = nil, status: EncounterStatus, period: Period, extension extensions: [Extension] = [],
                modifierExtension: [Extension] = [], additionalElements: JSONObject = [:]
            ) {
                self.id = id
                self.status = status
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
                var status: EncounterStatus?
                var period: Period?
                var additionalElements: JSONObject = [:]
                for (jsonKey, jsonValue) in members {
                    switch jsonKey {
                    case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                    case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "modifierExtension": modifierExtension = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "status": status = try jsonValue.decode(EncounterStatus.self, key: jsonKey)
                    case "period": period = try jsonValue.decode(Period.self, key: jsonKey)
                    default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                    }
                }
                guard let status else { throw .missingElement(path: "status") }
                guard let period else { throw .missingElement(path: "period") }
                self.id = id
                self.`extension` = extensions
                self.modifierExtension = modifierExtension
                self.status = status
                self.period = period
                self.additionalElements = additionalElements
            }

            /// Encodes the modelled elements, then the kept ones.
            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: FHIRCodingKey.self)
                try container.encodeIfPresent(id, forKey: "id")
                if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
                if !modifierExtension.isEmpty { try container.encode(modifierExtension, forKey: "modifierExtension") }
                try container.encode(status, forKey: "status")
                try container.encode(period, forKey: "period")
                for (name, value) in additionalElements {
                    try container.encode(value, forKey: FHIRCodingKey(name))
                }
            }
        }

        /// A past class of an encounter.
        public struct ClassHistory: FHIRElementContainer, FHIRNodeDecodable {
            /// Unique id of the element within the resource.
            public var id: String?
            /// Additional content defined by implementations, kept even when not understood.
            public var `extension`: [Extension]
            /// Extensions that change the meaning of the element; a reader that does not understand one must not use the element.
            public var modifierExtension: [Extension]
            /// The class.
            public var encounterClass: Coding
            /// When it held.
            public var period: Period
            /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
            /// FHIR release, kept verbatim and written back on encoding.
            public var additionalElements: JSONObject

            /// Creates the element; only the required elements have no default.
            public init(
                id: String? = nil, encounterClass: Coding, period: Period, extension extensions: [Extension] = [],
                modifierExtension: [Extension] = [], additionalElements: JSONObject = [:]
            ) {
                self.id = id
                self.encounterClass = encounterClass
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
                var encounterClass: Coding?
                var period: Period?
                var additionalElements: JSONObject = [:]
                for (jsonKey, jsonValue) in members {
                    switch jsonKey {
                    case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                    case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "modifierExtension": modifierExtension = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "class": encounterClass = try jsonValue.decode(Coding.self, key: jsonKey)
                    case "period": period = try jsonValue.decode(Period.self, key: jsonKey)
                    default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                    }
                }
                guard let encounterClass else { throw .missingElement(path: "class") }
                guard let period else { throw .missingElement(path: "period") }
                self.id = id
                self.`extension` = extensions
                self.modifierExtension = modifierExtension
                self.encounterClass = encounterClass
                self.period = period
                self.additionalElements = additionalElements
            }

            /// Encodes the modelled elements, then the kept ones.
            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: FHIRCodingKey.self)
                try container.encodeIfPresent(id, forKey: "id")
                if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
                if !modifierExtension.isEmpty { try container.encode(modifierExtension, forKey: "modifierExtension") }
                try container.encode(encounterClass, forKey: "class")
                try container.encode(period, forKey: "period")
                for (name, value) in additionalElements {
                    try container.encode(value, forKey: FHIRCodingKey(name))
                }
            }
        }

        /// Someone who took part in an encounter.
        public struct Participant: FHIRElementContainer, FHIRNodeDecodable {
            /// Unique id of the element within the resource.
            public var id: String?
            /// Additional content defined by implementations, kept even when not understood.
            public var `extension`: [Extension]
            /// Extensions that change the meaning of the element; a reader that does not understand one must not use the element.
            public var modifierExtension: [Extension]
            /// The roles.
            public var type: [CodeableConcept]
            /// When.
            public var period: Period?
            /// Who.
            public var individual: Reference?
            /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
            /// FHIR release, kept verbatim and written back on encoding.
            public var additionalElements: JSONObject

            /// Creates the element; only the required elements have no default.
            public init(
                id: String? = nil, type: [CodeableConcept] = [], period: Period? = nil, individual: Reference? = nil,
                extension extensions: [Extension] = [], modifierExtension: [Extension] = [],
                additionalElements: JSONObject = [:]
            ) {
                self.id = id
                self.type = type
                self.period = period
                self.individual = individual
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
                var type: [CodeableConcept] = []
                var period: Period?
                var individual: Reference?
                var additionalElements: JSONObject = [:]
                for (jsonKey, jsonValue) in members {
                    switch jsonKey {
                    case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                    case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "modifierExtension": modifierExtension = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "type": type = try jsonValue.decode([CodeableConcept].self, key: jsonKey)
                    case "period": period = try jsonValue.decode(Period.self, key: jsonKey)
                    case "individual": individual = try jsonValue.decode(Reference.self, key: jsonKey)
                    default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                    }
                }
                self.id = id
                self.`extension` = extensions
                self.modifierExtension = modifierExtension
                self.type = type
                self.period = period
                self.individual = individual
                self.additionalElements = additionalElements
            }

            /// Encodes the modelled elements, then the kept ones.
            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: FHIRCodingKey.self)
                try container.encodeIfPresent(id, forKey: "id")
                if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
                if !modifierExtension.isEmpty { try container.encode(modifierExtension, forKey: "modifierExtension") }
                if !type.isEmpty { try container.encode(type, forKey: "type") }
                try container.encodeIfPresent(period, forKey: "period")
                try container.encodeIfPresent(individual, forKey: "individual")
                for (name, value) in additionalElements {
                    try container.encode(value, forKey: FHIRCodingKey(name))
                }
            }
        }

        /// A diagnosis of an encounter.
        public struct Diagnosis: FHIRElementContainer, FHIRNodeDecodable {
            /// Unique id of the element within the resource.
            public var id: String?
            /// Additional content defined by implementations, kept even when not understood.
            public var `extension`: [Extension]
            /// Extensions that change the meaning of the element; a reader that does not understand one must not use the element.
            public var modifierExtension: [Extension]
            /// The condition or procedure.
            public var condition: Reference
            /// Its role, such as admission or discharge diagnosis.
            public var use: CodeableConcept?
            /// The ranking.
            public var rank: Int?
            /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
            /// FHIR release, kept verbatim and written back on encoding.
            public var additionalElements: JSONObject

            /// Creates the element; only the required elements have no default.
            public init(
                id: String? = nil, condition: Reference, use: CodeableConcept? = nil, rank: Int? = nil,
                extension extensions: [Extension] = [], modifierExtension: [Extension] = [],
                additionalElements: JSONObject = [:]
            ) {
                self.id = id
                self.condition = condition
                self.use = use
                self.rank = rank
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
                var condition: Reference?
                var use: CodeableConcept?
                var rank: Int?
                var additionalElements: JSONObject = [:]
                for (jsonKey, jsonValue) in members {
                    switch jsonKey {
                    case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                    case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "modifierExtension": modifierExtension = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "condition": condition = try jsonValue.decode(Reference.self, key: jsonKey)
                    case "use": use = try jsonValue.decode(CodeableConcept.self, key: jsonKey)
                    case "rank": rank = try jsonValue.decode(Int.self, key: jsonKey)
                    default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                    }
                }
                guard let condition else { throw .missingElement(path: "condition") }
                self.id = id
                self.`extension` = extensions
                self.modifierExtension = modifierExtension
                self.condition = condition
                self.use = use
                self.rank = rank
                self.additionalElements = additionalElements
            }

            /// Encodes the modelled elements, then the kept ones.
            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: FHIRCodingKey.self)
                try container.encodeIfPresent(id, forKey: "id")
                if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
                if !modifierExtension.isEmpty { try container.encode(modifierExtension, forKey: "modifierExtension") }
                try container.encode(condition, forKey: "condition")
                try container.encodeIfPresent(use, forKey: "use")
                try container.encodeIfPresent(rank, forKey: "rank")
                for (name, value) in additionalElements {
                    try container.encode(value, forKey: FHIRCodingKey(name))
                }
            }
        }

        /// A place the patient was during an encounter.
        public struct Location: FHIRElementContainer, FHIRNodeDecodable {
            /// Unique id of the element within the resource.
            public var id: String?
            /// Additional content defined by implementations, kept even when not understood.
            public var `extension`: [Extension]
            /// Extensions that change the meaning of the element; a reader that does not understand one must not use the element.
            public var modifierExtension: [Extension]
            /// The place.
            public var location: Reference
            /// `planned`, `active`, `reserved` or `completed`.
            public var status: String?
            /// The kind of place.
            public var physicalType: CodeableConcept?
            /// When.
            public var period: Period?
            /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
            /// FHIR release, kept verbatim and written back on encoding.
            public var additionalElements: JSONObject

            /// Creates the element; only the required elements have no default.
            public init(
                id: String? = nil, location: Reference, status: String? = nil, physicalType: CodeableConcept? = nil,
                period: Period? = nil, extension extensions: [Extension] = [], modifierExtension: [Extension] = [],
                additionalElements: JSONObject = [:]
            ) {
                self.id = id
                self.location = location
                self.status = status
                self.physicalType = physicalType
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
                var location: Reference?
                var status: String?
                var physicalType: CodeableConcept?
                var period: Period?
                var additionalElements: JSONObject = [:]
                for (jsonKey, jsonValue) in members {
                    switch jsonKey {
                    case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                    case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "modifierExtension": modifierExtension = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "location": location = try jsonValue.decode(Reference.self, key: jsonKey)
                    case "status": status = try jsonValue.decode(String.self, key: jsonKey)
                    case "physicalType": physicalType = try jsonValue.decode(CodeableConcept.self, key: jsonKey)
                    case "period": period = try jsonValue.decode(Period.self, key: jsonKey)
                    default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                    }
                }
                guard let location else { throw .missingElement(path: "location") }
                self.id = id
                self.`extension` = extensions
                self.modifierExtension = modifierExtension
                self.location = location
                self.status = status
                self.physicalType = physicalType
                self.period = period
                self.additionalElements = additionalElements
            }

            /// Encodes the modelled elements, then the kept ones.
            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: FHIRCodingKey.self)
                try container.encodeIfPresent(id, forKey: "id")
                if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
                if !modifierExtension.isEmpty { try container.encode(modifierExtension, forKey: "modifierExtension") }
                try container.encode(location, forKey: "location")
                try container.encodeIfPresent(status, forKey: "status")
                try container.encodeIfPresent(physicalType, forKey: "physicalType")
                try container.encodeIfPresent(period, forKey: "period")
                for (name, value) in additionalElements {
                    try container.encode(value, forKey: FHIRCodingKey(name))
                }
            }
        }
    }
}
