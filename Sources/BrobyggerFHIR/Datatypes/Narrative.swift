import BrobyggerCore
import Foundation

extension FHIR {
    /// The human-readable summary of a resource (FHIR `Narrative`).
    public struct Narrative: FHIRElementContainer, FHIRNodeDecodable {
        /// Unique id of the element within the resource.
        public var id: String?
        /// Additional content defined by implementations, kept even when not understood.
        public var `extension`: [Extension]
        /// Whether the narrative was generated from the data or written by hand.
        public var status: NarrativeStatus
        /// The XHTML `div`, as written.
        public var div: String
        /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
        /// FHIR release, kept verbatim and written back on encoding.
        public var additionalElements: JSONObject

        /// Creates the element; only the required elements have no default.
        public init(
            id: String? = nil, status: NarrativeStatus, div: String, extension extensions: [Extension] = [],
            additionalElements: JSONObject = [:]
        ) {
            self.id = id
            self.status = status
            self.div = div
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
            var status: NarrativeStatus?
            var div: String?
            var additionalElements: JSONObject = [:]
            for (jsonKey, jsonValue) in members {
                switch jsonKey {
                case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                case "status": status = try jsonValue.decode(NarrativeStatus.self, key: jsonKey)
                case "div": div = try jsonValue.decode(String.self, key: jsonKey)
                default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                }
            }
            guard let status else { throw .missingElement(path: "status") }
            guard let div else { throw .missingElement(path: "div") }
            self.id = id
            self.`extension` = extensions
            self.status = status
            self.div = div
            self.additionalElements = additionalElements
        }

        /// Encodes the modelled elements, then the kept ones.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: FHIRCodingKey.self)
            try container.encodeIfPresent(id, forKey: "id")
            if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
            try container.encode(status, forKey: "status")
            try container.encode(div, forKey: "div")
            for (name, value) in additionalElements {
                try container.encode(value, forKey: FHIRCodingKey(name))
            }
        }
    }
}

extension FHIR.Narrative: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The status and the size of the XHTML, never its text: senders write personal data, such as the patient's
    /// CPR number, into narratives, and descriptions end up in logs.
    public var description: String { "Narrative(status: \(status), div: <XHTML, \(div.count) characters>)" }

    /// The same as `description`.
    public var debugDescription: String { description }

    /// A mirror that shows the XHTML's size in place of its text, so `dump` of a resource does not print it.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "id": id as Any, "status": status, "div": "<XHTML, \(div.count) characters>",
                "extension": `extension`, "additionalElements": additionalElements,
            ], displayStyle: .struct)
    }
}
