import BrobyggerCore

/// One content rule for discharge agreements and coordination plans: an identifier, a severity, the source it comes
/// from, the kinds of document it applies to, and a declarative requirement over ``DischargeContentField``s.
///
/// Rules are data (`Codable`), so the guidance's item-by-item content list (VEJ nr. 9257 of 19 March 2023, not
/// retrieved) can be added as JSON without code changes:
/// ```json
/// {"id": "guidance.early-signs", "severity": "warning", "kinds": ["agreement", "coordination_plan"],
///  "requirement": {"atLeast": {"field": "early_signs", "count": 1}},
///  "source": {"kind": "nationalGuideline", "reference": "VEJ nr. 9257 af 19. marts 2023"},
///  "message": "The agreement names early signs and what to do."}
/// ```
public struct DischargeContentRule: Sendable, Hashable, Codable, Identifiable {
    /// What the rule demands.
    public enum Requirement: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The count field is at least `count`.
        case atLeast(field: DischargeContentField, count: Int)
        /// The date field is recorded.
        case dateRecorded(field: DischargeContentField)
        /// `field` is on or before `limit`; holds while `limit` is absent (not yet discharged), fails while `field`
        /// is absent.
        case notAfter(field: DischargeContentField, limit: DischargeContentField)
        /// `field` is on or after `limit`; fails while either is absent.
        case notBefore(field: DischargeContentField, limit: DischargeContentField)

        /// The field the requirement is about, for the finding's path.
        public var field: DischargeContentField {
            switch self {
            case .atLeast(let field, _), .dateRecorded(let field), .notAfter(let field, _),
                .notBefore(let field, _):
                field
            }
        }

        /// The requirement in words.
        public var description: String {
            switch self {
            case .atLeast(let field, let count): "\(field) ≥ \(count)"
            case .dateRecorded(let field): "\(field) recorded"
            case .notAfter(let field, let limit): "\(field) ≤ \(limit)"
            case .notBefore(let field, let limit): "\(field) ≥ \(limit)"
            }
        }
    }

    /// What a rule is about, so reports can count timing apart from content.
    public enum Category: String, Sendable, Hashable, Codable, CaseIterable {
        /// What the document says.
        case content
        /// When it was made relative to the discharge.
        case timing
    }

    /// The outcome of testing one document.
    public enum Outcome: Sendable, Hashable {
        /// The rule holds.
        case holds
        /// The rule is broken.
        case fails
        /// A fact the rule needs is unknown.
        case notEvaluable
    }

    /// The stable identifier, used as the finding's code (e.g. `content.social-offers`).
    public var id: String
    /// The severity of a failure.
    public var severity: Severity
    /// Content or timing.
    public var category: Category
    /// The kinds of document the rule applies to.
    public var kinds: Set<DischargeDocumentKind>
    /// What the rule demands.
    public var requirement: Requirement
    /// The rule's source: a statute paragraph, the guidance, a seed line.
    public var source: SourceCitation
    /// The rule in words, shown when it fails.
    public var message: String

    /// Creates a rule.
    ///
    /// - Throws: `ValidationError` `discharge.rule-id` for an empty identifier, `discharge.rule-kinds` when it
    ///   applies to no kind, `discharge.rule-field` when a count requirement names a date field or the reverse.
    public init(
        id: String, severity: Severity, category: Category = .content,
        kinds: Set<DischargeDocumentKind> = Set(DischargeDocumentKind.allCases), requirement: Requirement,
        source: SourceCitation, message: String
    ) throws(ValidationError) {
        try requireDischargeText(id, field: "id", code: "discharge.rule-id", rule: "A rule has an identifier")
        guard !kinds.isEmpty else {
            throw ValidationError(
                field: "kinds", code: "discharge.rule-kinds", rule: "A rule applies to at least one kind",
                offendingValue: id)
        }
        let fieldsAreRight: Bool =
            switch requirement {
            case .atLeast(let field, _): !field.isDate
            case .dateRecorded(let field): field.isDate
            case .notAfter(let field, let limit), .notBefore(let field, let limit): field.isDate && limit.isDate
            }
        guard fieldsAreRight else {
            throw ValidationError(
                field: "requirement", code: "discharge.rule-field",
                rule: "Counts are compared with numbers and dates with dates", offendingValue: id)
        }
        self.id = id
        self.severity = severity
        self.category = category
        self.kinds = kinds
        self.requirement = requirement
        self.source = source
        self.message = message
    }

    /// Tests the rule on a document's facts.
    public func outcome(for facts: DischargeDocumentFacts) -> Outcome {
        guard kinds.contains(facts.kind) else { return .holds }
        return requirement.outcome(for: facts)
    }
}

extension DischargeContentRule.Requirement {
    /// Tests the requirement on a document's facts, whatever its kind.
    func outcome(for facts: DischargeDocumentFacts) -> DischargeContentRule.Outcome {
        switch self {
        case .atLeast(let field, let count):
            guard let value = facts.count(field) else { return .notEvaluable }
            return value >= count ? .holds : .fails
        case .dateRecorded(let field):
            guard let value = facts.date(field) else { return .notEvaluable }
            return value == nil ? .fails : .holds
        case .notAfter(let field, let limit):
            guard let value = facts.date(field), let bound = facts.date(limit) else { return .notEvaluable }
            guard let value else { return .fails }
            guard let bound else { return .holds }
            return value <= bound ? .holds : .fails
        case .notBefore(let field, let limit):
            guard let value = facts.date(field), let bound = facts.date(limit) else { return .notEvaluable }
            guard let value, let bound else { return .fails }
            return value >= bound ? .holds : .fails
        }
    }

}

extension DischargeContentRule {
    /// The finding for a failure.
    public func finding(for facts: DischargeDocumentFacts) -> Finding {
        var text = message
        if case .notAfter(let field, let limit) = requirement, case .some(.some(let value)) = facts.date(field),
            case .some(.some(let bound)) = facts.date(limit)
        {
            text += " (\(field) \(value), \(limit) \(bound))"
        }
        return Finding(
            code: id, severity: severity, path: FieldPath(requirement.field.rawValue), message: text, source: source)
    }

    private enum CodingKeys: String, CodingKey {
        case id, severity, category, kinds, requirement, source, message
    }

    /// Decodes through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let id = try c.decode(String.self, forKey: .id)
        let severity = try c.decode(Severity.self, forKey: .severity)
        let category = try c.decodeIfPresent(Category.self, forKey: .category) ?? .content
        let kinds = try c.decodeIfPresent(Set<DischargeDocumentKind>.self, forKey: .kinds)
        let requirement = try c.decode(Requirement.self, forKey: .requirement)
        let source = try c.decode(SourceCitation.self, forKey: .source)
        let message = try c.decode(String.self, forKey: .message)
        self = try decoder.validating {
            try DischargeContentRule(
                id: id, severity: severity, category: category,
                kinds: kinds ?? Set(DischargeDocumentKind.allCases), requirement: requirement, source: source,
                message: message)
        }
    }

    /// Encodes the rule.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(severity, forKey: .severity)
        try c.encode(category, forKey: .category)
        try c.encode(kinds.sorted { $0.rawValue < $1.rawValue }, forKey: .kinds)
        try c.encode(requirement, forKey: .requirement)
        try c.encode(source, forKey: .source)
        try c.encode(message, forKey: .message)
    }
}
