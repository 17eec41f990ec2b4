import BrobyggerCore

/// A typed setting of an agreement template that each agreement gives a value, with a default and allowed values.
///
/// The Region Hovedstaden template fixes minimums ("at least one fixed day a week", Erfaringsopsamling 2024, Bilag 2,
/// “Ydelser”) and defaults ("three months' notice", Bilag 2, “Varighed”) that local agreements may raise or change.
/// Such rules vary by region and by team, so they are parameters of the template, never constants in the library's
/// logic: an agreement that leaves a parameter unset gets the default, and a value outside the allowed range is a
/// validation finding.
public struct TemplateParameter: Sendable, Hashable, Codable, Identifiable {
    /// Stable key, referenced from clause texts as `{key}`.
    public let key: ParameterKey
    /// How the parameter is named in the rendered agreement (for example "Faste dage på botilbuddet pr. uge").
    public let label: LocalizedText
    /// What kind of value the parameter takes, and which values are allowed.
    public let kind: Kind
    /// The value an agreement gets when it does not set one; `nil` when the parties must agree a value.
    public let defaultValue: ParameterValue?
    /// Whether an agreement must have a value (its own or the default) before it can be signed.
    public let isRequired: Bool
    /// The section in which the rendered agreement states the value.
    public let section: SectionKey
    /// Where the rule or default comes from.
    public let source: SourceCitation

    /// The parameter's key.
    public var id: ParameterKey { key }

    /// The kinds of value a parameter can take.
    public enum Kind: Sendable, Hashable, Codable {
        /// A whole number from `minimum` to `maximum` inclusive, counted in `unit`.
        case integer(minimum: Int, maximum: Int, unit: QuantityUnit?)
        /// A weekday.
        case weekday
        /// One of a fixed list of options.
        case choice(options: [ParameterOption])
        /// Free text.
        case text
        /// Yes or no.
        case boolean
    }

    /// Creates a parameter.
    ///
    /// - Throws: `ValidationError` when an integer range is empty (`template-parameter.empty-range`), a choice has
    ///   no options or repeats a code (`template-parameter.bad-options`), or the default is not an allowed value
    ///   (`template-parameter.default-not-allowed`).
    public init(
        key: ParameterKey, label: LocalizedText, kind: Kind, defaultValue: ParameterValue?, isRequired: Bool,
        section: SectionKey, source: SourceCitation
    ) throws(ValidationError) {
        switch kind {
        case .integer(let minimum, let maximum, _) where minimum > maximum:
            throw ValidationError(
                field: "kind", code: "template-parameter.empty-range",
                rule: "An integer parameter's minimum is at most its maximum", offendingValue: "\(minimum)…\(maximum)")
        case .choice(let options) where options.isEmpty || Set(options.map(\.code)).count != options.count:
            throw ValidationError(
                field: "kind", code: "template-parameter.bad-options",
                rule: "A choice parameter has at least one option and no repeated codes",
                offendingValue: options.map(\.code).joined(separator: ","))
        default:
            break
        }
        self.key = key
        self.label = label
        self.kind = kind
        self.defaultValue = defaultValue
        self.isRequired = isRequired
        self.section = section
        self.source = source
        if let defaultValue, let problem = self.problem(with: defaultValue) {
            throw ValidationError(
                field: "defaultValue", code: "template-parameter.default-not-allowed", rule: problem.rule,
                offendingValue: String(describing: defaultValue))
        }
    }

    /// Why `value` is not allowed for this parameter, or `nil` when it is.
    public func problem(with value: ParameterValue) -> ParameterProblem? {
        switch (kind, value) {
        case (.integer(let minimum, let maximum, _), .integer(let number)):
            guard (minimum...maximum).contains(number) else {
                return ParameterProblem(
                    code: AgreementFindingCode.parameterOutOfRange,
                    rule: "\(key) is a whole number from \(minimum) to \(maximum)")
            }
            return nil
        case (.choice(let options), .choice(let code)):
            guard options.contains(where: { $0.code == code }) else {
                return ParameterProblem(
                    code: AgreementFindingCode.parameterNotAnOption,
                    rule: "\(key) is one of " + options.map(\.code).joined(separator: ", "))
            }
            return nil
        case (.text, .text(let text)):
            guard hasContent(text) else {
                return ParameterProblem(
                    code: AgreementFindingCode.parameterMissing, rule: "\(key) is a non-empty text")
            }
            return nil
        case (.weekday, .weekday), (.boolean, .boolean):
            return nil
        default:
            return ParameterProblem(
                code: AgreementFindingCode.parameterWrongKind, rule: "\(key) takes a value of kind \(kind.name)")
        }
    }

    private enum CodingKeys: String, CodingKey {
        case key
        case label
        case kind
        case defaultValue
        case isRequired
        case section
        case source
    }

    /// Decodes a parameter through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let key = try container.decode(ParameterKey.self, forKey: .key)
        let label = try container.decode(LocalizedText.self, forKey: .label)
        let kind = try container.decode(Kind.self, forKey: .kind)
        let defaultValue = try container.decodeIfPresent(ParameterValue.self, forKey: .defaultValue)
        let isRequired = try container.decode(Bool.self, forKey: .isRequired)
        let section = try container.decode(SectionKey.self, forKey: .section)
        let source = try container.decode(SourceCitation.self, forKey: .source)
        self = try decoder.validating { () throws(ValidationError) in
            try TemplateParameter(
                key: key, label: label, kind: kind, defaultValue: defaultValue, isRequired: isRequired,
                section: section, source: source)
        }
    }
}

extension TemplateParameter.Kind {
    /// A short English name of the kind, for messages.
    var name: String {
        switch self {
        case .integer: "integer"
        case .weekday: "weekday"
        case .choice: "choice"
        case .text: "text"
        case .boolean: "boolean"
        }
    }
}
