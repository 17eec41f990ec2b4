import BrobyggerCore

/// The content rules a discharge agreement or coordination plan is checked against.
///
/// ``statutory`` holds the rules the statute itself fixes (psykiatriloven §13a–§13b). The
/// guidance's content list could not be retrieved, so it is not built in: add its items with ``adding(_:)`` or decode
/// a whole rule set from JSON. Rule identifiers are unique within a set.
public struct DischargeContentRuleSet: Sendable, Hashable, Codable {
    /// The rules, in order.
    public let rules: [DischargeContentRule]

    /// Creates a rule set.
    ///
    /// - Throws: `ValidationError` `discharge.duplicate-rule` when two rules share an identifier.
    public init(rules: [DischargeContentRule]) throws(ValidationError) {
        var seen: Set<String> = []
        for (index, rule) in rules.enumerated() where !seen.insert(rule.id).inserted {
            throw ValidationError(
                field: FieldPath("rules").appending(index: index).appending("id"), code: "discharge.duplicate-rule",
                rule: "Rule identifiers are unique within a rule set", offendingValue: rule.id)
        }
        self.rules = rules
    }

    /// The set with more rules.
    ///
    /// - Throws: `ValidationError` `discharge.duplicate-rule` when an identifier is already used.
    public func adding(_ more: [DischargeContentRule]) throws(ValidationError) -> DischargeContentRuleSet {
        try DischargeContentRuleSet(rules: rules + more)
    }

    /// The rule with an identifier.
    public func rule(_ id: String) -> DischargeContentRule? { rules.first { $0.id == id } }

    /// The identifiers of the rules a document fails.
    public func failedRules(_ facts: DischargeDocumentFacts) -> [DischargeContentRule] {
        rules.filter { $0.outcome(for: facts) == .fails }
    }

    /// The findings for a document's facts, one per failed rule.
    public func evaluate(_ facts: DischargeDocumentFacts) -> ValidationReport {
        ValidationReport(failedRules(facts).map { $0.finding(for: facts) })
    }

    /// The findings for the current version of a document, given the discharge date when known.
    public func evaluate<Document: DischargeDocument>(_ document: Document, dischargeDate: CalendarDate?)
        -> ValidationReport
    {
        evaluate(DischargeDocumentFacts(kind: Document.kind, content: document.content, dischargeDate: dischargeDate))
            .nested(under: "content")
    }

    private enum CodingKeys: String, CodingKey {
        case rules
    }

    /// Decodes through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let rules = try c.decode([DischargeContentRule].self, forKey: .rules)
        self = try decoder.validating { try DischargeContentRuleSet(rules: rules) }
    }

    /// The rules psykiatriloven §13a–§13b fix.
    ///
    /// - `content.treatment-offers`, `content.social-offers`: "om de behandlingsmæssige og sociale tilbud" (§13a
    ///   stk. 1; §13b for plans): both kinds.
    /// - `content.authority-party`: "samt de relevante myndigheder, privatpraktiserende sundhedspersoner m.fl.": at
    ///   least one besides the patient and the department.
    /// - `content.responsible-consultant`: "Overlægen har ansvaret": the consultant is named.
    /// - `timing.agreement-before-discharge`: "inden udskrivning": concluded no later than the discharge day.
    /// - `timing.plan-before-discharge`: the same for plans, as a warning: §13b inherits the §13a context but does
    ///   not say "inden udskrivning" itself (whether the guidance requires it is unconfirmed).
    /// - `content.refusal-recorded`, `content.plan-after-refusal`: a plan only when the patient "ikke vil medvirke"
    ///   (§13b), so the refusal is recorded and the plan made on or after it.
    public static let statutory: DischargeContentRuleSet = {
        let both = Set(DischargeDocumentKind.allCases)
        let specs:
            [(
                String, Severity, DischargeContentRule.Category, Set<DischargeDocumentKind>,
                DischargeContentRule.Requirement, SourceCitation, String
            )] = [
                (
                    "content.treatment-offers", .error, .content, both, .atLeast(field: .treatmentOffers, count: 1),
                    .section13aStk1, "The document states the treatment offers to the patient."
                ),
                (
                    "content.social-offers", .error, .content, both, .atLeast(field: .socialOffers, count: 1),
                    .section13aStk1, "The document states the social offers to the patient."
                ),
                (
                    "content.authority-party", .error, .content, both, .atLeast(field: .authorityParties, count: 1),
                    .section13aStk1,
                    "At least one relevant authority or private practitioner (municipality, GP, facility …) is a party."
                ),
                (
                    "content.responsible-consultant", .error, .content, both,
                    .atLeast(field: .responsibleConsultant, count: 1), .section13aStk1,
                    "The responsible senior consultant is named."
                ),
                (
                    "timing.agreement-before-discharge", .error, .timing, [.agreement],
                    .notAfter(field: .concludedOn, limit: .dischargeDate), .section13aStk1,
                    "The agreement is concluded no later than the discharge."
                ),
                (
                    "timing.plan-before-discharge", .warning, .timing, [.coordinationPlan],
                    .notAfter(field: .concludedOn, limit: .dischargeDate), .section13b,
                    "The coordination plan is made no later than the discharge."
                ),
                (
                    "content.refusal-recorded", .error, .content, [.coordinationPlan], .dateRecorded(field: .refusedOn),
                    .section13b,
                    "A coordination plan records the date the patient refused to take part in an agreement."
                ),
                (
                    "content.plan-after-refusal", .error, .content, [.coordinationPlan],
                    .notBefore(field: .concludedOn, limit: .refusedOn), .section13b,
                    "A coordination plan is made only after the patient's refusal is recorded."
                ),
            ]
        var rules: [DischargeContentRule] = []
        for (id, severity, category, kinds, requirement, source, message) in specs {
            // The specifications above are fixed and valid; a failure here is a programming error caught by tests.
            if let rule = try? DischargeContentRule(
                id: id, severity: severity, category: category, kinds: kinds, requirement: requirement, source: source,
                message: message)
            {
                rules.append(rule)
            }
        }
        return (try? DischargeContentRuleSet(rules: rules)) ?? DischargeContentRuleSet(unchecked: rules)
    }()

    private init(unchecked rules: [DischargeContentRule]) {
        self.rules = rules
    }
}
