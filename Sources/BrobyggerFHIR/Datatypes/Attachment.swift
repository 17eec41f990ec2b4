import BrobyggerCore
import Foundation

extension FHIR {
    /// Content in another format, inline or by URL (FHIR `Attachment`).
    public struct Attachment: FHIRElementContainer, FHIRNodeDecodable {
        /// Unique id of the element within the resource.
        public var id: String?
        /// Additional content defined by implementations, kept even when not understood.
        public var `extension`: [Extension]
        /// The MIME type, such as `application/pdf`.
        public var contentType: String?
        /// The language of the content.
        public var language: String?
        /// The content, base64-encoded.
        public var data: String?
        /// Where the content can be fetched.
        public var url: String?
        /// The number of bytes.
        public var size: Int?
        /// The SHA-1 of the content, base64-encoded.
        public var hash: String?
        /// A label for the content.
        public var title: String?
        /// When the content was first created.
        public var creation: DateTime?
        /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
        /// FHIR release, kept verbatim and written back on encoding.
        public var additionalElements: JSONObject

        /// Creates the element; only the required elements have no default.
        public init(
            id: String? = nil, contentType: String? = nil, language: String? = nil, data: String? = nil,
            url: String? = nil, size: Int? = nil, hash: String? = nil, title: String? = nil, creation: DateTime? = nil,
            extension extensions: [Extension] = [], additionalElements: JSONObject = [:]
        ) {
            self.id = id
            self.contentType = contentType
            self.language = language
            self.data = data
            self.url = url
            self.size = size
            self.hash = hash
            self.title = title
            self.creation = creation
            self.`extension` = extensions
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
            var contentType: String?
            var language: String?
            var data: String?
            var url: String?
            var size: Int?
            var hash: String?
            var title: String?
            var creation: DateTime?
            var additionalElements: JSONObject = [:]
            for (jsonKey, jsonValue) in members {
                switch jsonKey {
                case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                case "contentType": contentType = try jsonValue.decode(String.self, key: jsonKey)
                case "language": language = try jsonValue.decode(String.self, key: jsonKey)
                case "data": data = try jsonValue.decode(String.self, key: jsonKey)
                case "url": url = try jsonValue.decode(String.self, key: jsonKey)
                case "size": size = try jsonValue.decode(Int.self, key: jsonKey)
                case "hash": hash = try jsonValue.decode(String.self, key: jsonKey)
                case "title": title = try jsonValue.decode(String.self, key: jsonKey)
                case "creation": creation = try jsonValue.decode(DateTime.self, key: jsonKey)
                default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                }
            }
            self.id = id
            self.`extension` = extensions
            self.contentType = contentType
            self.language = language
            self.data = data
            self.url = url
            self.size = size
            self.hash = hash
            self.title = title
            self.creation = creation
            self.additionalElements = additionalElements
        }

        /// Encodes the modelled elements, then the kept ones.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: FHIRCodingKey.self)
            try container.encodeIfPresent(id, forKey: "id")
            if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
            try container.encodeIfPresent(contentType, forKey: "contentType")
            try container.encodeIfPresent(language, forKey: "language")
            try container.encodeIfPresent(data, forKey: "data")
            try container.encodeIfPresent(url, forKey: "url")
            try container.encodeIfPresent(size, forKey: "size")
            try container.encodeIfPresent(hash, forKey: "hash")
            try container.encodeIfPresent(title, forKey: "title")
            try container.encodeIfPresent(creation, forKey: "creation")
            for (name, value) in additionalElements {
                try container.encode(value, forKey: FHIRCodingKey(name))
            }
        }
    }
}
