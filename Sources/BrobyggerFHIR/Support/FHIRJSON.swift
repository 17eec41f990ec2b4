import BrobyggerCore
import Foundation

extension FHIR {
    /// Decodes a FHIR resource or data type from JSON.
    ///
    /// - Throws: ``FHIRError`` naming the JSON path of the offending element: `.notJSON` for bytes that are not
    ///   JSON, `.wrongResourceType`, `.missingElement`, `.typeMismatch` or `.invalidValue`.
    ///
    /// The FHIR types of this module are read by a dedicated JSON reader, straight into typed values, which is about
    /// twice as fast as `JSONDecoder`; other `Decodable` types go through `JSONDecoder`. Both give the same values and
    /// the same errors, but the reader holds to strict JSON (RFC 8259, which FHIR's JSON format builds on) where
    /// `JSONDecoder` is lenient: it rejects duplicate member names and a trailing comma before `}` or `]`.
    public static func decode<Value: Decodable>(_ type: Value.Type, from data: Data) throws(FHIRError) -> Value {
        if let fast = type as? any FHIRNodeDecodable.Type {
            return try decodeNode(fast, from: data) as! Value
        }
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch {
            throw FHIRError.from(decoding: error)
        }
    }

    private static func decodeNode<Value: FHIRNodeDecodable>(_ type: Value.Type, from data: Data) throws(FHIRError)
        -> Value
    {
        try Value(node: JSONParser.parse(data))
    }

    /// Encodes a FHIR resource or data type as JSON; elements the type does not model are written back as they were
    /// read.
    ///
    /// - Parameters:
    ///   - value: The resource or data type.
    ///   - prettyPrinted: Whether to indent the output and sort the keys (for people and stable diffs).
    /// - Throws: ``FHIRError/invalidValue(path:code:rule:offendingValue:)`` with code `fhir.encoding` when a value
    ///   cannot be written as JSON.
    public static func encode<Value: Encodable>(_ value: Value, prettyPrinted: Bool = false) throws(FHIRError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            prettyPrinted
            ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            : [
                .withoutEscapingSlashes
            ]
        do {
            return try encoder.encode(value)
        } catch let error as EncodingError {
            let path: FieldPath
            switch error {
            case .invalidValue(_, let context): path = FieldPath(codingPath: context.codingPath)
            @unknown default: path = .root
            }
            throw .invalidValue(
                path: path, code: "fhir.encoding", rule: "the value cannot be written as JSON", offendingValue: nil)
        } catch {
            throw .invalidValue(
                path: .root, code: "fhir.encoding", rule: "the value cannot be written as JSON", offendingValue: nil)
        }
    }
}
