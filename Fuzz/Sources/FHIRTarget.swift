import Brobygger
import Foundation

/// The FHIR R4 JSON reader, on any resource (a bundle and every resource in it).
///
/// Properties: the module's own JSON reader and `JSONDecoder` accept the same inputs (but for duplicate member names
/// and trailing commas, which the strict reader rejects) and give the same values (as `FHIR.decode` documents); a decoded resource encodes to the same JSON tree it was read from and decodes again to
/// an equal value; no error shows a CPR number of the input.
enum FHIRTarget {
    /// Whether the reader's error `detail` ("… at byte N") points at a `}` or `]` that follows a comma (with only
    /// white space between): a trailing comma, which strict JSON does not allow.
    static func isTrailingComma(_ detail: String, in bytes: [UInt8]) -> Bool {
        guard let marker = detail.range(of: " at byte ", options: .backwards),
            var position = Int(detail[marker.upperBound...]), position < bytes.count,
            bytes[position] == UInt8(ascii: "}") || bytes[position] == UInt8(ascii: "]")
        else { return false }
        repeat { position -= 1 } while position >= 0 && [9, 10, 13, 32].contains(bytes[position])
        return position >= 0 && bytes[position] == UInt8(ascii: ",")
    }

    static func run(_ bytes: [UInt8]) {
        let data = Data(bytes)
        let personal = PersonalNumbers(in: bytes)
        let fast: FHIR.Resource?
        do {
            fast = try FHIR.decode(FHIR.Resource.self, from: data)
        } catch {
            personal.requireMasked(error: error, in: "the FHIR reader's error")
            // The reader holds to strict JSON where JSONDecoder is lenient: it rejects duplicate member names (which
            // JSONDecoder resolves to the first) and trailing commas (which JSONDecoder skips).
            if case .notJSON(let detail) = error,
                detail.hasPrefix("duplicate member name") || Self.isTrailingComma(detail, in: bytes)
            {
                return
            }
            fast = nil
        }
        let slow: FHIR.Resource?
        do {
            slow = try JSONDecoder().decode(FHIR.Resource.self, from: data)
        } catch {
            personal.requireMasked(error: error, in: "the FHIR decoding error")
            slow = nil
        }
        require(
            fast == slow,
            "the FHIR reader and JSONDecoder disagree: reader \(fast == nil ? "rejects" : "accepts"), JSONDecoder "
                + (slow == nil ? "rejects" : "accepts") + (fast != nil && slow != nil ? " (different values)" : ""))
        guard let resource = fast else { return }
        let encoded: Data
        do {
            encoded = try FHIR.encode(resource)
        } catch {
            fatalError("property violated: a decoded resource cannot be encoded: \(error)")
        }
        do {
            let again = try FHIR.decode(FHIR.Resource.self, from: encoded)
            require(again == resource, "a decoded resource is not equal to itself after encoding and decoding")
        } catch {
            fatalError("property violated: an encoded resource cannot be decoded: \(error)")
        }
        let original = try? JSONSerialization.jsonObject(with: data) as? NSObject
        let written = try? JSONSerialization.jsonObject(with: encoded) as? NSObject
        require(
            original != nil && original == written,
            "a decoded resource does not encode to the JSON tree it was read from")
    }
}
