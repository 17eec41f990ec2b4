import BrobyggerCore
import Foundation

extension FHIR {
    /// A consent or its refusal (FHIR R4 `Consent`): to share information, or to a collaboration agreement.
    /// Disclosure under psykiatriloven §13c is statutory and is not a consent.
    public struct Consent: FHIRElementContainer, FHIRNodeDecodable {
        /// The choice of types of `source[x]`; the JSON member is `source` followed by the type name.
        public enum Source: Hashable, Sendable {
            /// `sourceAttachment`.
            case attachment(Attachment)
            /// `sourceReference`.
            case reference(Reference)
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
        /// The consent's state.
        public var status: ConsentState
        /// What the consent covers: privacy, treatment, research or advance directive.
        public var scope: CodeableConcept
        /// The kind of consent.
        public var category: [CodeableConcept]
        /// Who consents.
        public var patient: Reference?
        /// When the consent was given.
        public var dateTime: DateTime?
        /// Who consented (the patient or a proxy).
        public var performer: [Reference]
        /// The custodian of the consent.
        public var organization: [Reference]
        /// The source document (`source[x]`).
        public var source: Source?
        /// Policies the consent refers to.
        public var policy: [Policy]
        /// The regulation the consent follows.
        public var policyRule: CodeableConcept?
        /// Verifications of the consent with the patient.
        public var verification: [Verification]
        /// What is permitted or denied.
        public var provision: Provision?
        /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
        /// FHIR release, kept verbatim and written back on encoding.
        public var additionalElements: JSONObject

        /// Creates the resource; only the required elements have no default.
        public init(
            id: ID? = nil, identifier: [Identifier] = [], status: ConsentState, scope: CodeableConcept,
            category: [CodeableConcept] = [], patient: Reference? = nil, dateTime: DateTime? = nil,
            performer: [Reference] = [], organization: [Reference] = [], source: Source? = nil, policy: [Policy] = [],
            policyRule: CodeableConcept? = nil, verification: [Verification] = [], provision: Provision? = nil,
            meta: Meta? = nil, implicitRules: String? = nil, language: String? = nil, text: Narrative? = nil,
            contained: [Resource] = [], extension extensions: [Extension] = [], modifierExtension: [Extension] = [],
            additionalElements: JSONObject = [:]
        ) {
            self.id = id
            self.identifier = identifier
            self.status = status
            self.scope = scope
            self.category = category
            self.patient = patient
            self.dateTime = dateTime
            self.performer = performer
            self.organization = organization
            self.source = source
            self.policy = policy
            self.policyRule = policyRule
            self.verification = verification
            self.provision = provision
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
            guard resourceType == "Consent" else {
                throw .wrongResourceType(path: .root, expected: "Consent", found: resourceType ?? nil)
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
            var status: ConsentState?
            var scope: CodeableConcept?
            var category: [CodeableConcept] = []
            var patient: Reference?
            var dateTime: DateTime?
            var performer: [Reference] = []
            var organization: [Reference] = []
            var source: Source?
            var policy: [Policy] = []
            var policyRule: CodeableConcept?
            var verification: [Verification] = []
            var provision: Provision?
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
                case "status": status = try jsonValue.decode(ConsentState.self, key: jsonKey)
                case "scope": scope = try jsonValue.decode(CodeableConcept.self, key: jsonKey)
                case "category": category = try jsonValue.decode([CodeableConcept].self, key: jsonKey)
                case "patient": patient = try jsonValue.decode(Reference.self, key: jsonKey)
                case "dateTime": dateTime = try jsonValue.decode(DateTime.self, key: jsonKey)
                case "performer": performer = try jsonValue.decode([Reference].self, key: jsonKey)
                case "organization": organization = try jsonValue.decode([Reference].self, key: jsonKey)
                case "sourceAttachment":
                    source = .attachment(try jsonValue.decode(Attachment.self, key: jsonKey))
                case "sourceReference":
                    source = .reference(try jsonValue.decode(Reference.self, key: jsonKey))
                case "policy": policy = try jsonValue.decode([Policy].self, key: jsonKey)
                case "policyRule": policyRule = try jsonValue.decode(CodeableConcept.self, key: jsonKey)
                case "verification": verification = try jsonValue.decode([Verification].self, key: jsonKey)
                case "provision": provision = try jsonValue.decode(Provision.self, key: jsonKey)
                default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                }
            }
            guard let status else { throw .missingElement(path: "status") }
            guard let scope else { throw .missingElement(path: "scope") }
            guard !category.isEmpty else { throw .missingElement(path: "category") }
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
            self.scope = scope
            self.category = category
            self.patient = patient
            self.dateTime = dateTime
            self.performer = performer
            self.organization = organization
            self.source = source
            self.policy = policy
            self.policyRule = policyRule
            self.verification = verification
            self.provision = provision
            self.additionalElements = additionalElements
        }

        /// Encodes the modelled elements, then the kept ones.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: FHIRCodingKey.self)
            try container.encode("Consent", forKey: "resourceType")
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
            try container.encode(scope, forKey: "scope")
            if !category.isEmpty { try container.encode(category, forKey: "category") }
            try container.encodeIfPresent(patient, forKey: "patient")
            try container.encodeIfPresent(dateTime, forKey: "dateTime")
            if !performer.isEmpty { try container.encode(performer, forKey: "performer") }
            if !organization.isEmpty { try container.encode(organization, forKey: "organization") }
            if let source {
                switch source {
                case .attachment(let value): try container.encode(value, forKey: "sourceAttachment")
                case .reference(let value): try container.encode(value, forKey: "sourceReference")
                }
            }
            if !policy.isEmpty { try container.encode(policy, forKey: "policy") }
            try container.encodeIfPresent(policyRule, forKey: "policyRule")
            if !verification.isEmpty { try container.encode(verification, forKey: "verification") }
            try container.encodeIfPresent(provision, forKey: "provision")
            for (name, value) in additionalElements {
                try container.encode(value, forKey: FHIRCodingKey(name))
            }
        }

        /// A policy a consent refers to.
        public struct Policy: FHIRElementContainer, FHIRNodeDecodable {
            /// Unique id of the element within the resource.
            public var id: String?
            /// Additional content defined by implementations, kept even when not understood.
            public var `extension`: [Extension]
            /// Extensions that change the meaning of the element; a reader that does not understand one must not use the element.
            public var modifierExtension: [Extension]
            /// The authority that made the policy.
            public var authority: String?
            /// The policy.
            public var uri: String?
            /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
            /// FHIR release, kept verbatim and written back on encoding.
            public var additionalElements: JSONObject

            /// Creates the element; only the required elements have no default.
            public init(
                id: String? = nil, authority: String? = nil, uri: String? = nil, extension extensions: [Extension] = [],
                modifierExtension: [Extension] = [], additionalElements: JSONObject = [:]
            ) {
                self.id = id
                self.authority = authority
                self.uri = uri
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
                var authority: String?
                var uri: String?
                var additionalElements: JSONObject = [:]
                for (jsonKey, jsonValue) in members {
                    switch jsonKey {
                    case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                    case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "modifierExtension": modifierExtension = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "authority": authority = try jsonValue.decode(String.self, key: jsonKey)
                    case "uri": uri = try jsonValue.decode(String.self, key: jsonKey)
                    default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                    }
                }
                self.id = id
                self.`extension` = extensions
                self.modifierExtension = modifierExtension
                self.authority = authority
                self.uri = uri
                self.additionalElements = additionalElements
            }

            /// Encodes the modelled elements, then the kept ones.
            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: FHIRCodingKey.self)
                try container.encodeIfPresent(id, forKey: "id")
                if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
                if !modifierExtension.isEmpty { try container.encode(modifierExtension, forKey: "modifierExtension") }
                try container.encodeIfPresent(authority, forKey: "authority")
                try container.encodeIfPresent(uri, forKey: "uri")
                for (name, value) in additionalElements {
                    try container.encode(value, forKey: FHIRCodingKey(name))
                }
            }
        }

        /// A verification of a consent.
        public struct Verification: FHIRElementContainer, FHIRNodeDecodable {
            /// Unique id of the element within the resource.
            public var id: String?
            /// Additional content defined by implementations, kept even when not understood.
            public var `extension`: [Extension]
            /// Extensions that change the meaning of the element; a reader that does not understand one must not use the element.
            public var modifierExtension: [Extension]
            /// Whether it was verified.
            public var verified: Bool
            /// With whom.
            public var verifiedWith: Reference?
            /// When.
            public var verificationDate: DateTime?
            /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
            /// FHIR release, kept verbatim and written back on encoding.
            public var additionalElements: JSONObject

            /// Creates the element; only the required elements have no default.
            public init(
                id: String? = nil, verified: Bool, verifiedWith: Reference? = nil, verificationDate: DateTime? = nil,
                extension extensions: [Extension] = [], modifierExtension: [Extension] = [],
                additionalElements: JSONObject = [:]
            ) {
                self.id = id
                self.verified = verified
                self.verifiedWith = verifiedWith
                self.verificationDate = verificationDate
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
                var verified: Bool?
                var verifiedWith: Reference?
                var verificationDate: DateTime?
                var additionalElements: JSONObject = [:]
                for (jsonKey, jsonValue) in members {
                    switch jsonKey {
                    case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                    case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "modifierExtension": modifierExtension = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "verified": verified = try jsonValue.decode(Bool.self, key: jsonKey)
                    case "verifiedWith": verifiedWith = try jsonValue.decode(Reference.self, key: jsonKey)
                    case "verificationDate": verificationDate = try jsonValue.decode(DateTime.self, key: jsonKey)
                    default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                    }
                }
                guard let verified else { throw .missingElement(path: "verified") }
                self.id = id
                self.`extension` = extensions
                self.modifierExtension = modifierExtension
                self.verified = verified
                self.verifiedWith = verifiedWith
                self.verificationDate = verificationDate
                self.additionalElements = additionalElements
            }

            /// Encodes the modelled elements, then the kept ones.
            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: FHIRCodingKey.self)
                try container.encodeIfPresent(id, forKey: "id")
                if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
                if !modifierExtension.isEmpty { try container.encode(modifierExtension, forKey: "modifierExtension") }
                try container.encode(verified, forKey: "verified")
                try container.encodeIfPresent(verifiedWith, forKey: "verifiedWith")
                try container.encodeIfPresent(verificationDate, forKey: "verificationDate")
                for (name, value) in additionalElements {
                    try container.encode(value, forKey: FHIRCodingKey(name))
                }
            }
        }

        /// What a consent permits or denies; provisions nest to make exceptions.
        public struct Provision: FHIRElementContainer, FHIRNodeDecodable {
            /// Unique id of the element within the resource.
            public var id: String?
            /// Additional content defined by implementations, kept even when not understood.
            public var `extension`: [Extension]
            /// Extensions that change the meaning of the element; a reader that does not understand one must not use the element.
            public var modifierExtension: [Extension]
            /// `deny` or `permit`.
            public var type: ConsentProvisionType?
            /// When the provision applies.
            public var period: Period?
            /// Whom the provision concerns.
            public var actor: [Actor]
            /// The actions, such as `disclose`.
            public var action: [CodeableConcept]
            /// Security labels.
            public var securityLabel: [Coding]
            /// Purposes of use.
            public var purpose: [Coding]
            /// Kinds of resources concerned.
            public var resourceClass: [Coding]
            /// Codes of the data concerned.
            public var code: [CodeableConcept]
            /// The period of the data concerned.
            public var dataPeriod: Period?
            /// The data concerned.
            public var data: [DataReference]
            /// Nested exceptions.
            public var provision: [Provision]
            /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
            /// FHIR release, kept verbatim and written back on encoding.
            public var additionalElements: JSONObject

            /// Creates the element; only the required elements have no default.
            public init(
                id: String? = nil, type: ConsentProvisionType? = nil, period: Period? = nil, actor: [Actor] = [],
                action: [CodeableConcept] = [], securityLabel: [Coding] = [], purpose: [Coding] = [],
                resourceClass: [Coding] = [], code: [CodeableConcept] = [], dataPeriod: Period? = nil,
                data: [DataReference] = [], provision: [Provision] = [], extension extensions: [Extension] = [],
                modifierExtension: [Extension] = [], additionalElements: JSONObject = [:]
            ) {
                self.id = id
                self.type = type
                self.period = period
                self.actor = actor
                self.action = action
                self.securityLabel = securityLabel
                self.purpose = purpose
                self.resourceClass = resourceClass
                self.code = code
                self.dataPeriod = dataPeriod
                self.data = data
                self.provision = provision
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
                var type: ConsentProvisionType?
                var period: Period?
                var actor: [Actor] = []
                var action: [CodeableConcept] = []
                var securityLabel: [Coding] = []
                var purpose: [Coding] = []
                var resourceClass: [Coding] = []
                var code: [CodeableConcept] = []
                var dataPeriod: Period?
                var data: [DataReference] = []
                var provision: [Provision] = []
                var additionalElements: JSONObject = [:]
                for (jsonKey, jsonValue) in members {
                    switch jsonKey {
                    case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                    case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "modifierExtension": modifierExtension = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "type": type = try jsonValue.decode(ConsentProvisionType.self, key: jsonKey)
                    case "period": period = try jsonValue.decode(Period.self, key: jsonKey)
                    case "actor": actor = try jsonValue.decode([Actor].self, key: jsonKey)
                    case "action": action = try jsonValue.decode([CodeableConcept].self, key: jsonKey)
                    case "securityLabel": securityLabel = try jsonValue.decode([Coding].self, key: jsonKey)
                    case "purpose": purpose = try jsonValue.decode([Coding].self, key: jsonKey)
                    case "class": resourceClass = try jsonValue.decode([Coding].self, key: jsonKey)
                    case "code": code = try jsonValue.decode([CodeableConcept].self, key: jsonKey)
                    case "dataPeriod": dataPeriod = try jsonValue.decode(Period.self, key: jsonKey)
                    case "data": data = try jsonValue.decode([DataReference].self, key: jsonKey)
                    case "provision": provision = try jsonValue.decode([Provision].self, key: jsonKey)
                    default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                    }
                }
                self.id = id
                self.`extension` = extensions
                self.modifierExtension = modifierExtension
                self.type = type
                self.period = period
                self.actor = actor
                self.action = action
                self.securityLabel = securityLabel
                self.purpose = purpose
                self.resourceClass = resourceClass
                self.code = code
                self.dataPeriod = dataPeriod
                self.data = data
                self.provision = provision
                self.additionalElements = additionalElements
            }

            /// Encodes the modelled elements, then the kept ones.
            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: FHIRCodingKey.self)
                try container.encodeIfPresent(id, forKey: "id")
                if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
                if !modifierExtension.isEmpty { try container.encode(modifierExtension, forKey: "modifierExtension") }
                try container.encodeIfPresent(type, forKey: "type")
                try container.encodeIfPresent(period, forKey: "period")
                if !actor.isEmpty { try container.encode(actor, forKey: "actor") }
                if !action.isEmpty { try container.encode(action, forKey: "action") }
                if !securityLabel.isEmpty { try container.encode(securityLabel, forKey: "securityLabel") }
                if !purpose.isEmpty { try container.encode(purpose, forKey: "purpose") }
                if !resourceClass.isEmpty { try container.encode(resourceClass, forKey: "class") }
                if !code.isEmpty { try container.encode(code, forKey: "code") }
                try container.encodeIfPresent(dataPeriod, forKey: "dataPeriod")
                if !data.isEmpty { try container.encode(data, forKey: "data") }
                if !provision.isEmpty { try container.encode(provision, forKey: "provision") }
                for (name, value) in additionalElements {
                    try container.encode(value, forKey: FHIRCodingKey(name))
                }
            }

            /// Someone a provision concerns.
            public struct Actor: FHIRElementContainer, FHIRNodeDecodable {
                /// Unique id of the element within the resource.
                public var id: String?
                /// Additional content defined by implementations, kept even when not understood.
                public var `extension`: [Extension]
                /// Extensions that change the meaning of the element; a reader that does not understand one must not use the element.
                public var modifierExtension: [Extension]
                /// How the actor is involved.
                public var role: CodeableConcept
                /// The actor.
                public var reference: Reference
                /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
                /// FHIR release, kept verbatim and written back on encoding.
                public var additionalElements: JSONObject

                /// Creates the element; only the required elements have no default.
                public init(
                    id: String? = nil, role: CodeableConcept, reference: Reference,
                    extension extensions: [Extension] = [], modifierExtension: [Extension] = [],
                    additionalElements: JSONObject = [:]
                ) {
                    self.id = id
                    self.role = role
                    self.reference = reference
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
                    var role: CodeableConcept?
                    var reference: Reference?
                    var additionalElements: JSONObject = [:]
                    for (jsonKey, jsonValue) in members {
                        switch jsonKey {
                        case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                        case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                        case "modifierExtension":
                            modifierExtension = try jsonValue.decode([Extension].self, key: jsonKey)
                        case "role": role = try jsonValue.decode(CodeableConcept.self, key: jsonKey)
                        case "reference": reference = try jsonValue.decode(Reference.self, key: jsonKey)
                        default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                        }
                    }
                    guard let role else { throw .missingElement(path: "role") }
                    guard let reference else { throw .missingElement(path: "reference") }
                    self.id = id
                    self.`extension` = extensions
                    self.modifierExtension = modifierExtension
                    self.role = role
                    self.reference = reference
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
                    try container.encode(role, forKey: "role")
                    try container.encode(reference, forKey: "reference")
                    for (name, value) in additionalElements {
                        try container.encode(value, forKey: FHIRCodingKey(name))
                    }
                }
            }

            /// Data a provision concerns.
            public struct DataReference: FHIRElementContainer, FHIRNodeDecodable {
                /// Unique id of the element within the resource.
                public var id: String?
                /// Additional content defined by implementations, kept even when not understood.
                public var `extension`: [Extension]
                /// Extensions that change the meaning of the element; a reader that does not understand one must not use the element.
                public var modifierExtension: [Extension]
                /// `instance`, `related`, `dependents` or `authoredby`.
                public var meaning: String
                /// The data.
                public var reference: Reference
                /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
                /// FHIR release, kept verbatim and written back on encoding.
                public var additionalElements: JSONObject

                /// Creates the element; only the required elements have no default.
                public init(
                    id: String? = nil, meaning: String, reference: Reference, extension extensions: [Extension] = [],
                    modifierExtension: [Extension] = [], additionalElements: JSONObject = [:]
                ) {
                    self.id = id
                    self.meaning = meaning
                    self.reference = reference
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
                    var meaning: String?
                    var reference: Reference?
                    var additionalElements: JSONObject = [:]
                    for (jsonKey, jsonValue) in members {
                        switch jsonKey {
                        case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                        case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                        case "modifierExtension":
                            modifierExtension = try jsonValue.decode([Extension].self, key: jsonKey)
                        case "meaning": meaning = try jsonValue.decode(String.self, key: jsonKey)
                        case "reference": reference = try jsonValue.decode(Reference.self, key: jsonKey)
                        default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                        }
                    }
                    guard let meaning else { throw .missingElement(path: "meaning") }
                    guard let reference else { throw .missingElement(path: "reference") }
                    self.id = id
                    self.`extension` = extensions
                    self.modifierExtension = modifierExtension
                    self.meaning = meaning
                    self.reference = reference
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
                    try container.encode(meaning, forKey: "meaning")
                    try container.encode(reference, forKey: "reference")
                    for (name, value) in additionalElements {
                        try container.encode(value, forKey: FHIRCodingKey(name))
                    }
                }
            }
        }
    }
}
