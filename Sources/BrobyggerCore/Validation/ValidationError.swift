/// A broken invariant: a value that cannot be constructed because one of its fields breaks a rule.
///
/// Every validating initialiser in Brobygger throws this error, and decoding turns it into a `DecodingError` that
/// names the same field. The offending value is recorded *masked* wherever it may be personal data (a CPR number
/// shows as `DDMMYY-xxxx`), so errors are safe to log and to show.
public struct ValidationError: Error, Hashable, Sendable, Codable, CustomStringConvertible, CustomDebugStringConvertible
{
    /// The field that breaks the rule, relative to the value being constructed.
    public var field: FieldPath
    /// A stable, machine-readable code for the rule, such as `cpr.invalid-date`.
    public var code: String
    /// The rule in words, such as "the day must exist in the month".
    public var rule: String
    /// The offending value as it may be shown: masked where personal, `nil` where even a masked form says too much.
    public var offendingValue: String?

    /// Creates an error for `field` breaking the rule `code`.
    ///
    /// - Parameters:
    ///   - field: The offending field.
    ///   - code: A stable code for the rule.
    ///   - rule: The rule in words.
    ///   - offendingValue: The offending value, already masked where personal. Any number in it with the shape of
    ///     a CPR number is masked as well, so that a number given in the wrong field is not shown either, and control
    ///     characters are replaced (``SafeOutput/terminal(_:lineBreaks:)``), so that the error is safe to print.
    public init(field: FieldPath, code: String, rule: String, offendingValue: String? = nil) {
        self.field = field
        self.code = code
        self.rule = rule
        self.offendingValue = offendingValue.map { SafeOutput.terminal(Digits.maskPersonalNumbers(in: $0)) }
    }

    /// The same error seen from an enclosing value: `field` becomes `parent.field`.
    public func nested(under parent: FieldPath) -> ValidationError {
        var copy = self
        copy.field = parent.appending(field)
        return copy
    }

    /// A one-line explanation naming the field, the rule and the (masked) value.
    public var description: String {
        var text = "invalid \(field): \(rule) [\(code)]"
        if let offendingValue { text += "; got \"\(offendingValue)\"" }
        return text
    }

    /// The same as ``description``.
    public var debugDescription: String { "ValidationError(\(description))" }
}

extension Decoder {
    /// Runs a validating initialiser while decoding, turning a ``ValidationError`` into a `DecodingError` whose
    /// coding path ends at the offending field and whose description names the rule.
    ///
    /// Use it in `init(from:)` so that JSON can never build a value its initialiser would reject:
    /// ```swift
    /// public init(from decoder: any Decoder) throws {
    ///     let container = try decoder.container(keyedBy: CodingKeys.self)
    ///     self = try decoder.validating { () throws(ValidationError) in
    ///         try Self(score: container.decode(Int.self, forKey: .score))
    ///     }
    /// }
    /// ```
    public func validating<Value>(_ build: () throws -> Value) throws -> Value {
        do {
            return try build()
        } catch let error as ValidationError {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: codingPath + error.field.codingKeys, debugDescription: error.description)
            )
        }
    }
}
