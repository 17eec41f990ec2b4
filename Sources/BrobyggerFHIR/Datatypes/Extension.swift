import BrobyggerCore
import Foundation

extension FHIR {
    /// An extension (FHIR `Extension`): an element with a `url` saying what it means and a value or nested
    /// extensions. Extensions are kept even when not understood, so they survive a round trip.
    public struct Extension: FHIRElementContainer, FHIRNodeDecodable {
        /// The choice of types of `value[x]`; the JSON member is `value` followed by the type name.
        public enum Value: Hashable, Sendable {
            /// `valueBase64Binary`.
            case base64Binary(String)
            /// `valueBoolean`.
            case boolean(Bool)
            /// `valueCanonical`.
            case canonical(String)
            /// `valueCode`.
            case code(String)
            /// `valueDate`.
            case date(Date)
            /// `valueDateTime`.
            case dateTime(DateTime)
            /// `valueDecimal`.
            case decimal(Decimal)
            /// `valueId`.
            case id(String)
            /// `valueInstant`.
            case instant(DateTime)
            /// `valueInteger`.
            case integer(Int)
            /// `valueMarkdown`.
            case markdown(String)
            /// `valueOid`.
            case oid(String)
            /// `valuePositiveInt`.
            case positiveInt(Int)
            /// `valueString`.
            case string(String)
            /// `valueTime`.
            case time(String)
            /// `valueUnsignedInt`.
            case unsignedInt(Int)
            /// `valueUri`.
            case uri(String)
            /// `valueUrl`.
            case url(String)
            /// `valueUuid`.
            case uuid(String)
            /// `valueAddress`.
            case address(Address)
            /// `valueAge`.
            case age(Quantity)
            /// `valueAnnotation`.
            case annotation(Annotation)
            /// `valueAttachment`.
            case attachment(Attachment)
            /// `valueCodeableConcept`.
            case codeableConcept(CodeableConcept)
            /// `valueCoding`.
            case coding(Coding)
            /// `valueContactPoint`.
            case contactPoint(ContactPoint)
            /// `valueDuration`.
            case duration(Quantity)
            /// `valueHumanName`.
            case humanName(HumanName)
            /// `valueIdentifier`.
            case identifier(Identifier)
            /// `valuePeriod`.
            case period(Period)
            /// `valueQuantity`.
            case quantity(Quantity)
            /// `valueReference`.
            case reference(Reference)
        }

        /// Unique id of the element within the resource.
        public var id: String?
        /// Additional content defined by implementations, kept even when not understood.
        public var `extension`: [Extension]
        /// The canonical URL that defines the extension, e.g. `http://hl7.org/fhir/StructureDefinition/itemWeight`.
        public var url: String
        /// The value (`value[x]`); values of types not listed are kept in `additionalElements`.
        public var value: Value?
        /// Elements this type does not model, such as primitive extensions (`_element`) or elements of a later
        /// FHIR release, kept verbatim and written back on encoding.
        public var additionalElements: JSONObject

        /// Creates the element; only the required elements have no default.
        public init(
            id: String? = nil, url: String, value: Value? = nil, extension extensions: [Extension] = [],
            additionalElements: JSONObject = [:]
        ) {
            self.id = id
            self.url = url
            self.value = value
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
            var url: String?
            var value: Value?
            var additionalElements: JSONObject = [:]
            for (jsonKey, jsonValue) in members {
                switch jsonKey {
                case "id": id = try jsonValue.decode(String.self, key: jsonKey)
                case "extension": extensions = try jsonValue.decode([Extension].self, key: jsonKey)
                case "url": url = try jsonValue.decode(String.self, key: jsonKey)
                case "valueBase64Binary":
                    value = .base64Binary(try jsonValue.decode(String.self, key: jsonKey))
                case "valueBoolean":
                    value = .boolean(try jsonValue.decode(Bool.self, key: jsonKey))
                case "valueCanonical":
                    value = .canonical(try jsonValue.decode(String.self, key: jsonKey))
                case "valueCode":
                    value = .code(try jsonValue.decode(String.self, key: jsonKey))
                case "valueDate":
                    value = .date(try jsonValue.decode(Date.self, key: jsonKey))
                case "valueDateTime":
                    value = .dateTime(try jsonValue.decode(DateTime.self, key: jsonKey))
                case "valueDecimal":
                    value = .decimal(try jsonValue.decode(Decimal.self, key: jsonKey))
                case "valueId":
                    value = .id(try jsonValue.decode(String.self, key: jsonKey))
                case "valueInstant":
                    value = .instant(try jsonValue.decode(DateTime.self, key: jsonKey))
                case "valueInteger":
                    value = .integer(try jsonValue.decode(Int.self, key: jsonKey))
                case "valueMarkdown":
                    value = .markdown(try jsonValue.decode(String.self, key: jsonKey))
                case "valueOid":
                    value = .oid(try jsonValue.decode(String.self, key: jsonKey))
                case "valuePositiveInt":
                    value = .positiveInt(try jsonValue.decode(Int.self, key: jsonKey))
                case "valueString":
                    value = .string(try jsonValue.decode(String.self, key: jsonKey))
                case "valueTime":
                    value = .time(try jsonValue.decode(String.self, key: jsonKey))
                case "valueUnsignedInt":
                    value = .unsignedInt(try jsonValue.decode(Int.self, key: jsonKey))
                case "valueUri":
                    value = .uri(try jsonValue.decode(String.self, key: jsonKey))
                case "valueUrl":
                    value = .url(try jsonValue.decode(String.self, key: jsonKey))
                case "valueUuid":
                    value = .uuid(try jsonValue.decode(String.self, key: jsonKey))
                case "valueAddress":
                    value = .address(try jsonValue.decode(Address.self, key: jsonKey))
                case "valueAge":
                    value = .age(try jsonValue.decode(Quantity.self, key: jsonKey))
                case "valueAnnotation":
                    value = .annotation(try jsonValue.decode(Annotation.self, key: jsonKey))
                case "valueAttachment":
                    value = .attachment(try jsonValue.decode(Attachment.self, key: jsonKey))
                case "valueCodeableConcept":
                    value = .codeableConcept(try jsonValue.decode(CodeableConcept.self, key: jsonKey))
                case "valueCoding":
                    value = .coding(try jsonValue.decode(Coding.self, key: jsonKey))
                case "valueContactPoint":
                    value = .contactPoint(try jsonValue.decode(ContactPoint.self, key: jsonKey))
                case "valueDuration":
                    value = .duration(try jsonValue.decode(Quantity.self, key: jsonKey))
                case "valueHumanName":
                    value = .humanName(try jsonValue.decode(HumanName.self, key: jsonKey))
                case "valueIdentifier":
                    value = .identifier(try jsonValue.decode(Identifier.self, key: jsonKey))
                case "valuePeriod":
                    value = .period(try jsonValue.decode(Period.self, key: jsonKey))
                case "valueQuantity":
                    value = .quantity(try jsonValue.decode(Quantity.self, key: jsonKey))
                case "valueReference":
                    value = .reference(try jsonValue.decode(Reference.self, key: jsonKey))
                default: additionalElements[jsonKey] = try jsonValue.decode(JSONValue.self, key: jsonKey)
                }
            }
            guard let url else { throw .missingElement(path: "url") }
            self.id = id
            self.`extension` = extensions
            self.url = url
            self.value = value
            self.additionalElements = additionalElements
        }

        /// Encodes the modelled elements, then the kept ones.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: FHIRCodingKey.self)
            try container.encodeIfPresent(id, forKey: "id")
            if !`extension`.isEmpty { try container.encode(`extension`, forKey: "extension") }
            try container.encode(url, forKey: "url")
            if let value {
                switch value {
                case .base64Binary(let value): try container.encode(value, forKey: "valueBase64Binary")
                case .boolean(let value): try container.encode(value, forKey: "valueBoolean")
                case .canonical(let value): try container.encode(value, forKey: "valueCanonical")
                case .code(let value): try container.encode(value, forKey: "valueCode")
                case .date(let value): try container.encode(value, forKey: "valueDate")
                case .dateTime(let value): try container.encode(value, forKey: "valueDateTime")
                case .decimal(let value): try container.encode(value, forKey: "valueDecimal")
                case .id(let value): try container.encode(value, forKey: "valueId")
                case .instant(let value): try container.encode(value, forKey: "valueInstant")
                case .integer(let value): try container.encode(value, forKey: "valueInteger")
                case .markdown(let value): try container.encode(value, forKey: "valueMarkdown")
                case .oid(let value): try container.encode(value, forKey: "valueOid")
                case .positiveInt(let value): try container.encode(value, forKey: "valuePositiveInt")
                case .string(let value): try container.encode(value, forKey: "valueString")
                case .time(let value): try container.encode(value, forKey: "valueTime")
                case .unsignedInt(let value): try container.encode(value, forKey: "valueUnsignedInt")
                case .uri(let value): try container.encode(value, forKey: "valueUri")
                case .url(let value): try container.encode(value, forKey: "valueUrl")
                case .uuid(let value): try container.encode(value, forKey: "valueUuid")
                case .address(let value): try container.encode(value, forKey: "valueAddress")
                case .age(let value): try container.encode(value, forKey: "valueAge")
                case .annotation(let value): try container.encode(value, forKey: "valueAnnotation")
                case .attachment(let value): try container.encode(value, forKey: "valueAttachment")
                case .codeableConcept(let value): try container.encode(value, forKey: "valueCodeableConcept")
                case .coding(let value): try container.encode(value, forKey: "valueCoding")
                case .contactPoint(let value): try container.encode(value, forKey: "valueContactPoint")
                case .duration(let value): try container.encode(value, forKey: "valueDuration")
                case .humanName(let value): try container.encode(value, forKey: "valueHumanName")
                case .identifier(let value): try container.encode(value, forKey: "valueIdentifier")
                case .period(let value): try container.encode(value, forKey: "valuePeriod")
                case .quantity(let value): try container.encode(value, forKey: "valueQuantity")
                case .reference(let value): try container.encode(value, forKey: "valueReference")
                }
            }
            for (name, value) in additionalElements {
                try container.encode(value, forKey: FHIRCodingKey(name))
            }
        }
    }
}
