/// One result of a domain check: something a person should know about a value, with the rule's source.
///
/// Findings are for rules that a value may break and still exist (a plan without its next meeting, a discharge
/// without an agreement). Broken invariants are ``ValidationError``s instead and stop construction.
public struct Finding: Hashable, Sendable, Codable, CustomStringConvertible {
    /// A stable code for the rule, such as `discharge.agreement-missing`; safe to match on in code.
    public var code: String
    /// How serious the finding is.
    public var severity: Severity
    /// The field the finding is about.
    public var path: FieldPath
    /// The finding in words, free of unmasked personal data.
    public var message: String
    /// The rule's source.
    public var source: SourceCitation

    /// Creates a finding.
    public init(code: String, severity: Severity, path: FieldPath = .root, message: String, source: SourceCitation) {
        self.code = code
        self.severity = severity
        self.path = path
        self.message = message
        self.source = source
    }

    /// The same finding seen from an enclosing value.
    public func nested(under parent: FieldPath) -> Finding {
        var copy = self
        copy.path = parent.appending(path)
        return copy
    }

    /// `severity code at path: message (source)`.
    public var description: String {
        "\(severity) \(code) at \(path): \(message) (\(source))"
    }
}
