import BrobyggerCore
import Foundation

/// A FHIR resource, data type or backbone element: a value type that keeps the JSON members it does not model.
///
/// Every type of the `FHIR` namespace conforms; the protocol gives them access to what they keep, such as the
/// extensions of a primitive element (`_birthDate`).
public protocol FHIRElementContainer: Hashable, Sendable, Codable {
    /// Members the type does not model, kept verbatim.
    var additionalElements: JSONObject { get set }
}

extension FHIRElementContainer {
    /// The id and extensions of the primitive element `name` (FHIR JSON writes them under `_name`); `nil` when it has
    /// none. For a repeating primitive, use ``primitiveElements(of:)``.
    ///
    /// - Throws: ``FHIRError`` naming `_name` when the member is not a valid element.
    public func primitiveElement(of name: String) throws(FHIRError) -> FHIR.PrimitiveElement? {
        guard let json = additionalElements["_" + name] else { return nil }
        return try FHIR.PrimitiveElement.decode(json, at: FieldPath("_" + name))
    }

    /// The ids and extensions of the items of the repeating primitive element `name` (`_given`), item by item;
    /// `nil` for an item without any. Empty when none of the items has any.
    ///
    /// - Throws: ``FHIRError`` naming `_name[i]` when an item is not a valid element.
    public func primitiveElements(of name: String) throws(FHIRError) -> [FHIR.PrimitiveElement?] {
        guard case .array(let items)? = additionalElements["_" + name] else { return [] }
        var result: [FHIR.PrimitiveElement?] = []
        for (index, item) in items.enumerated() {
            if item == .null {
                result.append(nil)
            } else {
                result.append(try FHIR.PrimitiveElement.decode(item, at: FieldPath("_" + name).appending(index: index)))
            }
        }
        return result
    }

    /// Sets (or with `nil` removes) the id and extensions of the primitive element `name`.
    public mutating func setPrimitiveElement(_ element: FHIR.PrimitiveElement?, of name: String) {
        guard let element, let json = try? JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(element))
        else {
            additionalElements["_" + name] = nil
            return
        }
        additionalElements["_" + name] = json
    }
}

extension FHIR {
    /// The id and extensions of a primitive element, which FHIR JSON writes beside the value under `_name`, such as
    /// the data-absent reason of a missing birth date.
    public struct PrimitiveElement: Hashable, Sendable, Codable {
        /// The element's id.
        public var id: String?
        /// The element's extensions.
        public var `extension`: [Extension]

        /// Creates an element.
        public init(id: String? = nil, extension extensions: [Extension] = []) {
            self.id = id
            self.extension = extensions
        }

        private enum CodingKeys: String, CodingKey {
            case id
            case `extension`
        }

        /// Decodes the element.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decodeIfPresent(String.self, forKey: .id)
            self.extension = try container.decodeIfPresent([Extension].self, forKey: .extension) ?? []
        }

        /// Encodes the element.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeIfPresent(id, forKey: .id)
            if !self.extension.isEmpty { try container.encode(self.extension, forKey: .extension) }
        }

        static func decode(_ json: JSONValue, at path: FieldPath) throws(FHIRError) -> PrimitiveElement {
            do {
                return try JSONDecoder().decode(PrimitiveElement.self, from: JSONEncoder().encode(json))
            } catch {
                throw FHIRError.from(decoding: error).nested(under: path)
            }
        }
    }
}
