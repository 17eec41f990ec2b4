import BrobyggerCore
import Foundation

extension FHIR {
    /// A course of care (FHIR `EpisodeOfCare`, *forløb*): the resident's course with the outreach team,
    /// or with psychiatry. MedCom identifies a hospital stay by the episode-of-care identifier, which all follow-up messages
    /// echo.
    public struct EpisodeOfCare: FHIRElementContainer, FHIRNodeDecodable {
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
        /// The state of the episode.
        public var status: EpisodeOfCareStatus
        /// Past states.
        public var statusHistory: [StatusHistory]
        /// The kind of episode.
        public var type: [CodeableConcept]
        /// Diagnoses relevant to the episode.
        public var diagnosis: [Diagnosis]
        /// The patient.
        public var patient: Reference
        /// The organisation responsible.
        public var managingOrganization: Reference?
        /// When the episode runs.
        public var period: Period?
        /// Referrals that started the episode.
        public var referralRequest: [Reference]
        /// The care manager (*tovholder*).
        public var careManager: Reference?
        /// Care teams involved.
        public var team: [Reference]
        /// Accounts for billing.
        public var account: [Reference]
        /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
        /// FHIR release, kept verbatim and written back on encoding.
        public var additionalElements: JSONObject

        /// Creates the resource; only the required elements have no default.
        public init(
            id: ID? = nil, identifier: [Identifier] = [], status: EpisodeOfCareStatus,
            statusHistory: [StatusHistory] = [], type: [CodeableConcept] = [], diagnosis: [Diagnosis] = [],
            patient: Reference, managingOrganization: Reference? = nil, period: Period? = nil,
            referralRequest: [Reference] = [], careManager: Reference? = nil, team: [Reference] = [],
            account: [Reference] = [], meta: Meta? = nil, implicitRules: String? = nil, language: String? = nil,
            text: Narrative? = nil, contained: [Resource] = [], extension extensions: [Extension] = [],
            modifierExtension: [Extension] = [], additionalElements: JSONObject = [:]
        ) {
            self.id = id
            self.identifier = identifier
            self.status = status
            self.statusHistory = statusHistory
            self.type = type
            self.diagnosis = diagnosis
            self.patient = patient
            self.managingOrganization = managingOrganization
            self.period = period
            self.referralRequest = referralRequest
            self.careManager = careManager
            self.team = team
            self.account = account
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
            guard resourceType == "EpisodeOfCare" else {
                throw .wrongResourceType(path: .root, expected: "EpisodeOfCare", found: resourceType ?? nil)
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
            var status: EpisodeOfCareStatus?
            var statusHistory: [StatusHistory] = []
            var type: [CodeableConcept] = []
            var diagnosis: [Diagnosis] = []
            var patient: Reference?
            var managingOrganization: Reference?
            var period: Period?
            var referralRequest: [Reference] = []
            var careManager: Reference?
            var team: [Reference] = []
            var account: [Reference] = []
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
                case "status": status = try jsonValue.decode(EpisodeOfCareStatus.self, key: jsonKey)
                case "statusHistory": statusHistory = try jsonValue.decode([StatusHistory].self, key: jsonKey)
                case "type": type = try jsonValue.decode([CodeableConcept].self, key: jsonKey)
                case "diagnosis": diagnosis = try jsonValue.decode([Diagnosis].self, key: jsonKey)
                case "patient": patient = try jsonValue.decode(Reference.self, key: jsonKey)
                case "managingOrganization": managingOrganization = try jsonValue.decode(Reference.self, key: jsonKey)
                case "period": period = try jsonValue.decode(Period.self, key: jsonKey)
                case "referralRequest": referralRequest = try jsonValue.decode([Reference].self, key: jsonKey)
                case "careManager": careManager = try jsonValue.decode(Reference.self, key: jsonKey)
                case "team": team = try jsonValue.decode([Reference].self, key: jsonKey)
                case "account": account = try jsonValue.decode([Reference].self, key: jsonKey)
                default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                }
            }
            guard let status else { throw .missingElement(path: "status") }
            guard let patient else { throw .missingElement(path: "patient") }
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
            self.type = type
            self.diagnosis = diagnosis
            self.patient = patient
            self.managingOrganization = managingOrganization
            self.period = period
            self.referralRequest = referralRequest
            self.careManager = careManager
            self.team = team
            self.account = account
            self.additionalElements = additionalElements
        }

        /// Encodes the modelled elements, then the kept ones.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: FHIRCodingKey.self)
            try container.encode("EpisodeOfCare", forKey: "resourceType")
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
            if !type.isEmpty { try container.encode(type, forKey: "type") }
            if !diagnosis.isEmpty { try container.encode(diagnosis, forKey: "diagnosis") }
            try container.encode(patient, forKey: "patient")
            try container.encodeIfPresent(managingOrganization, forKey: "managingOrganization")
            try container.encodeIfPresent(period, forKey: "period")
            if !referralRequest.isEmpty { try container.encode(referralRequest, forKey: "referralRequest") }
            try container.encodeIfPresent(careManager, forKey: "careManager")
            if !team.isEmpty { try container.encode(team, forKey: "team") }
            if !account.isEmpty { try container.encode(account, forKey: "account") }
            for (name, value) in additionalElements {
                try container.encode(value, forKey: FHIRCodingKey(name))
            }
        }

        /// A past state of an episode.
        public struct StatusHistory: FHIRElementContainer, FHIRNodeDecodable {
            /// Unique id of the element within the resource.
            public var id: String?
            /// Additional content defined by implementations, kept even when not understood.
            public var `extension`: [Extension]
            /// Extensions that change the meaning of the element; a reader that does not understand one must not use the element.
            public var modifierExtension: [Extension]
            /// The state.
            public var status: EpisodeOfCareStatus
            /// When it held.
            public var period: Period
            /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
            /// FHIR release, kept verbatim and written back on encoding.
            public var additionalElements: JSONObject

            /// Creates the element; only the required elements have no default.
            public init(
                id: String? = nil, status: EpisodeOfCareStatus, period: Period, extension extensions: [Extension] = [],
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
                var status: EpisodeOfCareStatus?
                var period: Period?
                var additionalElements: JSONObject = [:]
                for (jsonKey, jsonValue) in members {
                    switch jsonKey {
                    case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                    case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "modifierExtension": modifierExtension = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "status": status = try jsonValue.decode(EpisodeOfCareStatus.self, key: jsonKey)
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

        /// A diagnosis relevant to an episode.
        public struct Diagnosis: FHIRElementContainer, FHIRNodeDecodable {
            /// Unique id of the element within the resource.
            public var id: String?
            /// Additional content defined by implementations, kept even when not understood.
            public var `extension`: [Extension]
            /// Extensions that change the meaning of the element; a reader that does not understand one must not use the element.
            public var modifierExtension: [Extension]
            /// The condition.
            public var condition: Reference
            /// Its role in the episode.
            public var role: CodeableConcept?
            /// The ranking (1 = primary).
            public var rank: Int?
            /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
            /// FHIR release, kept verbatim and written back on encoding.
            public var additionalElements: JSONObject

            /// Creates the element; only the required elements have no default.
            public init(
                id: String? = nil, condition: Reference, role: CodeableConcept? = nil, rank: Int? = nil,
                extension extensions: [Extension] = [], modifierExtension: [Extension] = [],
                additionalElements: JSONObject = [:]
            ) {
                self.id = id
                self.condition = condition
                self.role = role
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
                var role: CodeableConcept?
                var rank: Int?
                var additionalElements: JSONObject = [:]
                for (jsonKey, jsonValue) in members {
                    switch jsonKey {
                    case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                    case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "modifierExtension": modifierExtension = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "condition": condition = try jsonValue.decode(Reference.self, key: jsonKey)
                    case "role": role = try jsonValue.decode(CodeableConcept.self, key: jsonKey)
                    case "rank": rank = try jsonValue.decode(Int.self, key: jsonKey)
                    default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                    }
                }
                guard let condition else { throw .missingElement(path: "condition") }
                self.id = id
                self.`extension` = extensions
                self.modifierExtension = modifierExtension
                self.condition = condition
                self.role = role
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
                try container.encodeIfPresent(role, forKey: "role")
                try container.encodeIfPresent(rank, forKey: "rank")
                for (name, value) in additionalElements {
                    try container.encode(value, forKey: FHIRCodingKey(name))
                }
            }
        }
    }
}
