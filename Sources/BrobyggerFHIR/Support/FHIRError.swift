import BrobyggerCore
import Foundation

/// Why FHIR JSON could not be read, or a message could not be ingested, with the JSON path of the offending element
/// (`entry[2].resource.identifier[0].value`).
///
/// Paths are relative to the document that was read: for a bundle they start at the bundle. Offending values that
/// may be personal data (CPR numbers) are masked.
public enum FHIRError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The bytes are not JSON (or not UTF-8).
    case notJSON(detail: String)
    /// A resource has another `resourceType` than the one expected there, or none.
    case wrongResourceType(path: FieldPath, expected: String, found: String?)
    /// A required element is missing (or a required array is empty).
    case missingElement(path: FieldPath)
    /// An element has the wrong JSON type, such as a number where a string belongs.
    case typeMismatch(path: FieldPath, expected: String)
    /// An element's value breaks a rule, such as an id that is not a FHIR id or a CPR number with an impossible
    /// date; `code` is stable (`fhir.id`, `cpr.invalid-date` …).
    case invalidValue(path: FieldPath, code: String, rule: String, offendingValue: String?)
    /// A reference inside a bundle points at no entry of the bundle.
    case brokenReference(path: FieldPath, reference: String)
    /// The content breaks a rule of the profile it claims (MedCom, dk-core); `code` names the rule, such as
    /// `medcom-hospitalNotification-6`.
    case profileViolation(path: FieldPath, code: String, rule: String)

    /// The path of the offending element, or `nil` when the input is not JSON.
    public var path: FieldPath? {
        switch self {
        case .notJSON: nil
        case .wrongResourceType(let path, _, _), .missingElement(let path), .typeMismatch(let path, _),
            .invalidValue(let path, _, _, _), .brokenReference(let path, _), .profileViolation(let path, _, _):
            path
        }
    }

    /// A stable code for the kind of error (`fhir.not-json`, `fhir.missing-element` …, or the rule's own code).
    public var code: String {
        switch self {
        case .notJSON: "fhir.not-json"
        case .wrongResourceType: "fhir.wrong-resource-type"
        case .missingElement: "fhir.missing-element"
        case .typeMismatch: "fhir.type-mismatch"
        case .invalidValue(_, let code, _, _): code
        case .brokenReference: "fhir.broken-reference"
        case .profileViolation(_, let code, _): code
        }
    }

    /// The error with its path prefixed by `parent`, for an error found inside a part of a larger document.
    public func nested(under parent: FieldPath) -> FHIRError {
        switch self {
        case .notJSON: self
        case .wrongResourceType(let path, let expected, let found):
            .wrongResourceType(path: parent.appending(path), expected: expected, found: found)
        case .missingElement(let path): .missingElement(path: parent.appending(path))
        case .typeMismatch(let path, let expected): .typeMismatch(path: parent.appending(path), expected: expected)
        case .invalidValue(let path, let code, let rule, let value):
            .invalidValue(path: parent.appending(path), code: code, rule: rule, offendingValue: value)
        case .brokenReference(let path, let reference):
            .brokenReference(path: parent.appending(path), reference: reference)
        case .profileViolation(let path, let code, let rule):
            .profileViolation(path: parent.appending(path), code: code, rule: rule)
        }
    }

    /// The error for a `ValidationError` raised for the element at `path`.
    public init(_ error: ValidationError, at path: FieldPath) {
        self = .invalidValue(
            path: path.appending(error.field), code: error.code, rule: error.rule, offendingValue: error.offendingValue)
    }

    /// One line naming the path and the problem.
    public var description: String {
        switch self {
        case .notJSON(let detail): "not JSON: \(detail)"
        case .wrongResourceType(let path, let expected, let found):
            "\(path): expected resourceType \(expected), found \(found.map { "\"\($0)\"" } ?? "none")"
        case .missingElement(let path): "\(path): required element missing"
        case .typeMismatch(let path, let expected): "\(path): expected \(expected)"
        case .invalidValue(let path, let code, let rule, let value):
            "\(path): \(rule) [\(code)]" + (value.map { "; got \"\($0)\"" } ?? "")
        case .brokenReference(let path, let reference): "\(path): reference \"\(reference)\" resolves to no entry"
        case .profileViolation(let path, let code, let rule): "\(path): \(rule) [\(code)]"
        }
    }

    /// The error for one thrown by `JSONDecoder` while decoding the FHIR types of this module, with the JSON path;
    /// for code that decodes them inside its own documents rather than with `FHIR.decode(_:from:)`.
    public init(decoding error: any Error) {
        self = Self.from(decoding: error)
    }

    /// Translates an error thrown while decoding into a ``FHIRError`` with the JSON path.
    static func from(decoding error: any Error) -> FHIRError {
        if let error = error as? FHIRError { return error }
        guard let error = error as? DecodingError else { return .notJSON(detail: "\(error)") }
        switch error {
        case .keyNotFound(let key, let context):
            return .missingElement(path: FieldPath(codingPath: context.codingPath + [key]))
        case .valueNotFound(let type, let context):
            return .typeMismatch(path: FieldPath(codingPath: context.codingPath), expected: Self.jsonKind(of: type))
        case .typeMismatch(let type, let context):
            return .typeMismatch(path: FieldPath(codingPath: context.codingPath), expected: Self.jsonKind(of: type))
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty, context.underlyingError != nil || context.debugDescription.contains("JSON") {
                return .notJSON(detail: context.debugDescription)
            }
            return .invalidValue(
                path: FieldPath(codingPath: context.codingPath), code: "fhir.invalid",
                rule: context.debugDescription, offendingValue: nil)
        @unknown default:
            return .notJSON(detail: "\(error)")
        }
    }

    private static func jsonKind(of type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "a boolean"
        case is Int.Type, is Decimal.Type, is Double.Type: "a number"
        case is [Any].Type: "an array"
        default: "an object"
        }
    }
}

extension FieldPath {
    /// The JSON path of a decoder's coding path: `entry[2].resource.identifier[0].value`.
    init(codingPath: [any CodingKey]) {
        var text = ""
        for key in codingPath {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                if !text.isEmpty { text += "." }
                text += key.stringValue
            }
        }
        self.init(text)
    }
}
