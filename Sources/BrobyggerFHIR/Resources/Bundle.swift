import BrobyggerCore
import Foundation

extension FHIR {
    /// A container of resources (FHIR `Bundle`): a `collection`, a `transaction` or a `message` such as
    /// MedCom's HospitalNotification, whose first entry is the `MessageHeader`.
    ///
    /// References between entries resolve against the entries' `fullUrl`s with `resolve(_:)`.
    public struct Bundle: FHIRElementContainer, FHIRNodeDecodable {
        /// The logical id of the bundle (a FHIR id, not necessarily a UUID).
        public var id: ID?
        /// Metadata: version, profiles claimed, security labels.
        public var meta: Meta?
        /// Rules the resource was created under that must be understood to read it.
        public var implicitRules: String?
        /// The language of the resource content (BCP 47).
        public var language: String?
        /// A persistent identifier of the bundle.
        public var identifier: Identifier?
        /// What the bundle is for: `message`, `transaction`, `collection` …
        public var type: BundleType
        /// When the bundle was assembled; for a MedCom message, when it was created.
        public var timestamp: DateTime?
        /// For search results, the number of matches.
        public var total: Int?
        /// Links about the bundle, such as paging.
        public var link: [Link]
        /// The entries, in order.
        public var entry: [Entry]
        /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
        /// FHIR release, kept verbatim and written back on encoding.
        public var additionalElements: JSONObject

        /// Creates the resource; only the required elements have no default.
        public init(
            id: ID? = nil, identifier: Identifier? = nil, type: BundleType, timestamp: DateTime? = nil,
            total: Int? = nil, link: [Link] = [], entry: [Entry] = [], meta: Meta? = nil, implicitRules: String? = nil,
            language: String? = nil, additionalElements: JSONObject = [:]
        ) {
            self.id = id
            self.identifier = identifier
            self.type = type
            self.timestamp = timestamp
            self.total = total
            self.link = link
            self.entry = entry
            self.meta = meta
            self.implicitRules = implicitRules
            self.language = language
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
            guard resourceType == "Bundle" else {
                throw .wrongResourceType(path: .root, expected: "Bundle", found: resourceType ?? nil)
            }
            var id: ID?
            var meta: Meta?
            var implicitRules: String?
            var language: String?
            var identifier: Identifier?
            var type: BundleType?
            var timestamp: DateTime?
            var total: Int?
            var link: [Link] = []
            var entry: [Entry] = []
            var additionalElements: JSONObject = [:]
            for (jsonKey, jsonValue) in members {
                switch jsonKey {
                case "resourceType": continue
                case "id": id = try jsonValue.decode(ID.self, key: jsonKey)
                case "meta": meta = try jsonValue.decode(Meta.self, key: jsonKey)
                case "implicitRules": implicitRules = try jsonValue.decode(String.self, key: jsonKey)
                case "language": language = try jsonValue.decode(String.self, key: jsonKey)
                case "identifier": identifier = try jsonValue.decode(Identifier.self, key: jsonKey)
                case "type": type = try jsonValue.decode(BundleType.self, key: jsonKey)
                case "timestamp": timestamp = try jsonValue.decode(DateTime.self, key: jsonKey)
                case "total": total = try jsonValue.decode(Int.self, key: jsonKey)
                case "link": link = try jsonValue.decode([Link].self, key: jsonKey)
                case "entry": entry = try jsonValue.decode([Entry].self, key: jsonKey)
                default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                }
            }
            guard let type else { throw .missingElement(path: "type") }
            self.id = id
            self.meta = meta
            self.implicitRules = implicitRules
            self.language = language
            self.identifier = identifier
            self.type = type
            self.timestamp = timestamp
            self.total = total
            self.link = link
            self.entry = entry
            self.additionalElements = additionalElements
        }

        /// Encodes the modelled elements, then the kept ones.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: FHIRCodingKey.self)
            try container.encode("Bundle", forKey: "resourceType")
            try container.encodeIfPresent(id, forKey: "id")
            try container.encodeIfPresent(meta, forKey: "meta")
            try container.encodeIfPresent(implicitRules, forKey: "implicitRules")
            try container.encodeIfPresent(language, forKey: "language")
            try container.encodeIfPresent(identifier, forKey: "identifier")
            try container.encode(type, forKey: "type")
            try container.encodeIfPresent(timestamp, forKey: "timestamp")
            try container.encodeIfPresent(total, forKey: "total")
            if !link.isEmpty { try container.encode(link, forKey: "link") }
            if !entry.isEmpty { try container.encode(entry, forKey: "entry") }
            for (name, value) in additionalElements {
                try container.encode(value, forKey: FHIRCodingKey(name))
            }
        }

        /// A link about a bundle.
        public struct Link: FHIRElementContainer, FHIRNodeDecodable {
            /// Unique id of the element within the resource.
            public var id: String?
            /// Additional content defined by implementations, kept even when not understood.
            public var `extension`: [Extension]
            /// Extensions that change the meaning of the element; a reader that does not understand one must not use the element.
            public var modifierExtension: [Extension]
            /// The relation, such as `self` or `next`.
            public var relation: String
            /// The URL.
            public var url: String
            /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
            /// FHIR release, kept verbatim and written back on encoding.
            public var additionalElements: JSONObject

            /// Creates the element; only the required elements have no default.
            public init(
                id: String? = nil, relation: String, url: String, extension extensions: [Extension] = [],
                modifierExtension: [Extension] = [], additionalElements: JSONObject = [:]
            ) {
                self.id = id
                self.relation = relation
                self.url = url
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
                var relation: String?
                var url: String?
                var additionalElements: JSONObject = [:]
                for (jsonKey, jsonValue) in members {
                    switch jsonKey {
                    case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                    case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "modifierExtension": modifierExtension = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "relation": relation = try jsonValue.decode(String.self, key: jsonKey)
                    case "url": url = try jsonValue.decode(String.self, key: jsonKey)
                    default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                    }
                }
                guard let relation else { throw .missingElement(path: "relation") }
                guard let url else { throw .missingElement(path: "url") }
                self.id = id
                self.`extension` = extensions
                self.modifierExtension = modifierExtension
                self.relation = relation
                self.url = url
                self.additionalElements = additionalElements
            }

            /// Encodes the modelled elements, then the kept ones.
            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: FHIRCodingKey.self)
                try container.encodeIfPresent(id, forKey: "id")
                if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
                if !modifierExtension.isEmpty { try container.encode(modifierExtension, forKey: "modifierExtension") }
                try container.encode(relation, forKey: "relation")
                try container.encode(url, forKey: "url")
                for (name, value) in additionalElements {
                    try container.encode(value, forKey: FHIRCodingKey(name))
                }
            }
        }

        /// An entry of a bundle: a resource with its full URL, and for transactions the request or response.
        public struct Entry: FHIRElementContainer, FHIRNodeDecodable {
            /// Unique id of the element within the resource.
            public var id: String?
            /// Additional content defined by implementations, kept even when not understood.
            public var `extension`: [Extension]
            /// Extensions that change the meaning of the element; a reader that does not understand one must not use the element.
            public var modifierExtension: [Extension]
            /// Links about the entry.
            public var link: [Link]
            /// The absolute URL of the resource, a `urn:uuid:…`, or (as in MedCom's examples) a relative
            /// `Type/id`; references in the bundle resolve against it.
            public var fullUrl: String?
            /// The resource.
            public var resource: Resource?
            /// For search results, why the entry is included.
            public var search: Search?
            /// For a transaction, what to do with the resource.
            public var request: Request?
            /// For a transaction response, what was done.
            public var response: Response?
            /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
            /// FHIR release, kept verbatim and written back on encoding.
            public var additionalElements: JSONObject

            /// Creates the element; only the required elements have no default.
            public init(
                id: String? = nil, link: [Link] = [], fullUrl: String? = nil, resource: Resource? = nil,
                search: Search? = nil, request: Request? = nil, response: Response? = nil,
                extension extensions: [Extension] = [], modifierExtension: [Extension] = [],
                additionalElements: JSONObject = [:]
            ) {
                self.id = id
                self.link = link
                self.fullUrl = fullUrl
                self.resource = resource
                self.search = search
                self.request = request
                self.response = response
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
                var link: [Link] = []
                var fullUrl: String?
                var resource: Resource?
                var search: Search?
                var request: Request?
                var response: Response?
                var additionalElements: JSONObject = [:]
                for (jsonKey, jsonValue) in members {
                    switch jsonKey {
                    case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                    case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "modifierExtension": modifierExtension = try jsonValue.decode([Extension].self, key: jsonKey)
                    case "link": link = try jsonValue.decode([Link].self, key: jsonKey)
                    case "fullUrl": fullUrl = try jsonValue.decode(String.self, key: jsonKey)
                    case "resource": resource = try jsonValue.decode(Resource.self, key: jsonKey)
                    case "search": search = try jsonValue.decode(Search.self, key: jsonKey)
                    case "request": request = try jsonValue.decode(Request.self, key: jsonKey)
                    case "response": response = try jsonValue.decode(Response.self, key: jsonKey)
                    default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                    }
                }
                self.id = id
                self.`extension` = extensions
                self.modifierExtension = modifierExtension
                self.link = link
                self.fullUrl = fullUrl
                self.resource = resource
                self.search = search
                self.request = request
                self.response = response
                self.additionalElements = additionalElements
            }

            /// Encodes the modelled elements, then the kept ones.
            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: FHIRCodingKey.self)
                try container.encodeIfPresent(id, forKey: "id")
                if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
                if !modifierExtension.isEmpty { try container.encode(modifierExtension, forKey: "modifierExtension") }
                if !link.isEmpty { try container.encode(link, forKey: "link") }
                try container.encodeIfPresent(fullUrl, forKey: "fullUrl")
                try container.encodeIfPresent(resource, forKey: "resource")
                try container.encodeIfPresent(search, forKey: "search")
                try container.encodeIfPresent(request, forKey: "request")
                try container.encodeIfPresent(response, forKey: "response")
                for (name, value) in additionalElements {
                    try container.encode(value, forKey: FHIRCodingKey(name))
                }
            }

            /// Why a search result is included.
            public struct Search: FHIRElementContainer, FHIRNodeDecodable {
                /// Unique id of the element within the resource.
                public var id: String?
                /// Additional content defined by implementations, kept even when not understood.
                public var `extension`: [Extension]
                /// Extensions that change the meaning of the element; a reader that does not understand one must not use the element.
                public var modifierExtension: [Extension]
                /// `match`, `include` or `outcome`.
                public var mode: String?
                /// The relevance score.
                public var score: Decimal?
                /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
                /// FHIR release, kept verbatim and written back on encoding.
                public var additionalElements: JSONObject

                /// Creates the element; only the required elements have no default.
                public init(
                    id: String? = nil, mode: String? = nil, score: Decimal? = nil,
                    extension extensions: [Extension] = [], modifierExtension: [Extension] = [],
                    additionalElements: JSONObject = [:]
                ) {
                    self.id = id
                    self.mode = mode
                    self.score = score
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
                    var mode: String?
                    var score: Decimal?
                    var additionalElements: JSONObject = [:]
                    for (jsonKey, jsonValue) in members {
                        switch jsonKey {
                        case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                        case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                        case "modifierExtension":
                            modifierExtension = try jsonValue.decode([Extension].self, key: jsonKey)
                        case "mode": mode = try jsonValue.decode(String.self, key: jsonKey)
                        case "score": score = try jsonValue.decode(Decimal.self, key: jsonKey)
                        default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                        }
                    }
                    self.id = id
                    self.`extension` = extensions
                    self.modifierExtension = modifierExtension
                    self.mode = mode
                    self.score = score
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
                    try container.encodeIfPresent(mode, forKey: "mode")
                    try container.encodeIfPresent(score, forKey: "score")
                    for (name, value) in additionalElements {
                        try container.encode(value, forKey: FHIRCodingKey(name))
                    }
                }
            }

            /// The action a transaction entry asks for.
            public struct Request: FHIRElementContainer, FHIRNodeDecodable {
                /// Unique id of the element within the resource.
                public var id: String?
                /// Additional content defined by implementations, kept even when not understood.
                public var `extension`: [Extension]
                /// Extensions that change the meaning of the element; a reader that does not understand one must not use the element.
                public var modifierExtension: [Extension]
                /// The HTTP method.
                public var method: HTTPVerb
                /// The URL relative to the server, such as `Patient` or `Patient/123`.
                public var url: String
                /// For a conditional read.
                public var ifNoneMatch: String?
                /// For a conditional read.
                public var ifModifiedSince: DateTime?
                /// For a conditional update.
                public var ifMatch: String?
                /// For a conditional create.
                public var ifNoneExist: String?
                /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
                /// FHIR release, kept verbatim and written back on encoding.
                public var additionalElements: JSONObject

                /// Creates the element; only the required elements have no default.
                public init(
                    id: String? = nil, method: HTTPVerb, url: String, ifNoneMatch: String? = nil,
                    ifModifiedSince: DateTime? = nil, ifMatch: String? = nil, ifNoneExist: String? = nil,
                    extension extensions: [Extension] = [], modifierExtension: [Extension] = [],
                    additionalElements: JSONObject = [:]
                ) {
                    self.id = id
                    self.method = method
                    self.url = url
                    self.ifNoneMatch = ifNoneMatch
                    self.ifModifiedSince = ifModifiedSince
                    self.ifMatch = ifMatch
                    self.ifNoneExist = ifNoneExist
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
                    var method: HTTPVerb?
                    var url: String?
                    var ifNoneMatch: String?
                    var ifModifiedSince: DateTime?
                    var ifMatch: String?
                    var ifNoneExist: String?
                    var additionalElements: JSONObject = [:]
                    for (jsonKey, jsonValue) in members {
                        switch jsonKey {
                        case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                        case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                        case "modifierExtension":
                            modifierExtension = try jsonValue.decode([Extension].self, key: jsonKey)
                        case "method": method = try jsonValue.decode(HTTPVerb.self, key: jsonKey)
                        case "url": url = try jsonValue.decode(String.self, key: jsonKey)
                        case "ifNoneMatch": ifNoneMatch = try jsonValue.decode(String.self, key: jsonKey)
                        case "ifModifiedSince": ifModifiedSince = try jsonValue.decode(DateTime.self, key: jsonKey)
                        case "ifMatch": ifMatch = try jsonValue.decode(String.self, key: jsonKey)
                        case "ifNoneExist": ifNoneExist = try jsonValue.decode(String.self, key: jsonKey)
                        default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                        }
                    }
                    guard let method else { throw .missingElement(path: "method") }
                    guard let url else { throw .missingElement(path: "url") }
                    self.id = id
                    self.`extension` = extensions
                    self.modifierExtension = modifierExtension
                    self.method = method
                    self.url = url
                    self.ifNoneMatch = ifNoneMatch
                    self.ifModifiedSince = ifModifiedSince
                    self.ifMatch = ifMatch
                    self.ifNoneExist = ifNoneExist
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
                    try container.encode(method, forKey: "method")
                    try container.encode(url, forKey: "url")
                    try container.encodeIfPresent(ifNoneMatch, forKey: "ifNoneMatch")
                    try container.encodeIfPresent(ifModifiedSince, forKey: "ifModifiedSince")
                    try container.encodeIfPresent(ifMatch, forKey: "ifMatch")
                    try container.encodeIfPresent(ifNoneExist, forKey: "ifNoneExist")
                    for (name, value) in additionalElements {
                        try container.encode(value, forKey: FHIRCodingKey(name))
                    }
                }
            }

            /// The outcome of a transaction entry.
            public struct Response: FHIRElementContainer, FHIRNodeDecodable {
                /// Unique id of the element within the resource.
                public var id: String?
                /// Additional content defined by implementations, kept even when not understood.
                public var `extension`: [Extension]
                /// Extensions that change the meaning of the element; a reader that does not understand one must not use the element.
                public var modifierExtension: [Extension]
                /// The HTTP status, such as `201 Created`.
                public var status: String
                /// Where the resource now is.
                public var location: String?
                /// The version as an ETag.
                public var etag: String?
                /// When the resource was changed.
                public var lastModified: DateTime?
                /// An OperationOutcome with hints and warnings.
                public var outcome: Resource?
                /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
                /// FHIR release, kept verbatim and written back on encoding.
                public var additionalElements: JSONObject

                /// Creates the element; only the required elements have no default.
                public init(
                    id: String? = nil, status: String, location: String? = nil, etag: String? = nil,
                    lastModified: DateTime? = nil, outcome: Resource? = nil, extension extensions: [Extension] = [],
                    modifierExtension: [Extension] = [], additionalElements: JSONObject = [:]
                ) {
                    self.id = id
                    self.status = status
                    self.location = location
                    self.etag = etag
                    self.lastModified = lastModified
                    self.outcome = outcome
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
                    var status: String?
                    var location: String?
                    var etag: String?
                    var lastModified: DateTime?
                    var outcome: Resource?
                    var additionalElements: JSONObject = [:]
                    for (jsonKey, jsonValue) in members {
                        switch jsonKey {
                        case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                        case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                        case "modifierExtension":
                            modifierExtension = try jsonValue.decode([Extension].self, key: jsonKey)
                        case "status": status = try jsonValue.decode(String.self, key: jsonKey)
                        case "location": location = try jsonValue.decode(String.self, key: jsonKey)
                        case "etag": etag = try jsonValue.decode(String.self, key: jsonKey)
                        case "lastModified": lastModified = try jsonValue.decode(DateTime.self, key: jsonKey)
                        case "outcome": outcome = try jsonValue.decode(Resource.self, key: jsonKey)
                        default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                        }
                    }
                    guard let status else { throw .missingElement(path: "status") }
                    self.id = id
                    self.`extension` = extensions
                    self.modifierExtension = modifierExtension
                    self.status = status
                    self.location = location
                    self.etag = etag
                    self.lastModified = lastModified
                    self.outcome = outcome
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
                    try container.encode(status, forKey: "status")
                    try container.encodeIfPresent(location, forKey: "location")
                    try container.encodeIfPresent(etag, forKey: "etag")
                    try container.encodeIfPresent(lastModified, forKey: "lastModified")
                    try container.encodeIfPresent(outcome, forKey: "outcome")
                    for (name, value) in additionalElements {
                        try container.encode(value, forKey: FHIRCodingKey(name))
                    }
                }
            }
        }
    }
}
