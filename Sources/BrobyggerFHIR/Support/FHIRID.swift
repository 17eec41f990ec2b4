import BrobyggerCore

extension FHIR {
    /// A FHIR resource id: 1–64 characters from `A–Z a–z 0–9 - .` (FHIR R4 `id` datatype).
    ///
    /// Ids are not necessarily UUIDs: MedCom's examples use ids such as `t33cef33-3626-422b-955d-d506aaa65fe1`.
    public struct ID: RawRepresentable, Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
        /// The id.
        public let rawValue: String

        /// Validates an id.
        ///
        /// - Throws: `ValidationError` with code `fhir.id` unless the text matches `[A-Za-z0-9\-\.]{1,64}`.
        public init(_ text: String) throws(ValidationError) {
            guard Self.isValid(text) else {
                throw ValidationError(
                    field: .root, code: "fhir.id", rule: "a FHIR id is 1–64 characters from A–Z, a–z, 0–9, '-' and '.'",
                    offendingValue: text.count > 80 ? "(\(text.count) characters)" : text)
            }
            rawValue = text
        }

        /// The id for `rawValue`, or `nil` when it is not a valid FHIR id.
        public init?(rawValue: String) {
            guard Self.isValid(rawValue) else { return nil }
            self.rawValue = rawValue
        }

        /// Whether `text` is a valid FHIR id.
        public static func isValid(_ text: String) -> Bool {
            let utf8 = text.utf8
            guard !utf8.isEmpty, utf8.count <= 64 else { return false }
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."):
                    continue
                default:
                    return false
                }
            }
            return true
        }

        /// Decodes and validates an id.
        public init(from decoder: any Decoder) throws {
            let text = try decoder.singleValueContainer().decode(String.self)
            guard Self.isValid(text) else {
                throw FHIRError.invalidValue(
                    path: FieldPath(codingPath: decoder.codingPath), code: "fhir.id",
                    rule: "a FHIR id is 1–64 characters from A–Z, a–z, 0–9, '-' and '.'",
                    offendingValue: text.count > 80 ? "(\(text.count) characters)" : text)
            }
            rawValue = text
        }

        /// Encodes the id as a string.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }

        /// The id.
        public var description: String { rawValue }

        /// Orders by the id's text.
        public static func < (lhs: ID, rhs: ID) -> Bool { lhs.rawValue < rhs.rawValue }
    }
}
