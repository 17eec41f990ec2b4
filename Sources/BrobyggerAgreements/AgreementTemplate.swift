import BrobyggerCore

/// A template for collaboration agreements: ordered sections, typed parameters with defaults and allowed ranges,
/// the parties it expects, who signs, and placeholders for local supplements.
///
/// The library ships three templates: ``regionHovedstadenFacilityTeam`` (Region Hovedstaden's agreement between a
/// psychiatric centre and a *botilbud*, Erfaringsopsamling 2024, Bilag 2), ``crossSectorCollaborationModel`` (the
/// collaboration model of Region Hovedstaden's cross-sector project, Region Hovedstadens Psykiatri) and
/// ``citizenLevelCollaboration`` (VIVE's prototype for collaboration around one citizen, VIVE 2023). A region or team
/// can build its own with the same types. A template is versioned: an agreement keeps the exact template it was made
/// from, so a later template version never changes what was signed.
public struct AgreementTemplate: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Stable identifier of the template (for example `"region-hovedstaden.facility-team"`).
    public let identifier: String
    /// The template's version, from 1.
    public let version: Int
    /// The document title (for example "Samarbejdsaftale om botilbudsbetjening").
    public let title: LocalizedText
    /// Where the template comes from.
    public let source: SourceCitation
    /// The sections, in the order they are rendered.
    public let sections: [AgreementSection]
    /// The typed parameters.
    public let parameters: [TemplateParameter]
    /// Party roles that must each be held by exactly one party.
    public let requiredPartyRoles: [PartyRole]
    /// The least number of parties.
    public let minimumPartyCount: Int
    /// Who must sign.
    public let signatureRule: SignatureRule
    /// Kinds of local supplement the template invites, shown as placeholders on a blank form.
    public let supplementSlots: [LocalSupplementKind]

    /// Creates a template.
    ///
    /// - Throws: `ValidationError` when the version is below 1 (`template.version`), there are no sections
    ///   (`template.no-sections`), a section or parameter key repeats (`template.duplicate-key`), a parameter
    ///   belongs to a section the template does not have or a clause names an unknown parameter
    ///   (`template.unknown-reference`), or the minimum party count is below the required roles
    ///   (`template.party-count`).
    public init(
        identifier: String, version: Int, title: LocalizedText, source: SourceCitation,
        sections: [AgreementSection], parameters: [TemplateParameter], requiredPartyRoles: [PartyRole],
        minimumPartyCount: Int, signatureRule: SignatureRule, supplementSlots: [LocalSupplementKind]
    ) throws(ValidationError) {
        guard hasContent(identifier) else {
            throw ValidationError(
                field: "identifier", code: "template.identifier-empty", rule: "A template has an identifier",
                offendingValue: identifier)
        }
        guard version >= 1 else {
            throw ValidationError(
                field: "version", code: "template.version", rule: "A template version is at least 1",
                offendingValue: String(version))
        }
        guard !sections.isEmpty else {
            throw ValidationError(
                field: "sections", code: "template.no-sections", rule: "A template has at least one section",
                offendingValue: nil)
        }
        var sectionKeys = Set<SectionKey>()
        for (index, section) in sections.enumerated() where !sectionKeys.insert(section.key).inserted {
            throw ValidationError(
                field: FieldPath("sections").appending(index: index).appending("key"),
                code: "template.duplicate-key", rule: "Section keys are unique within a template",
                offendingValue: section.key.rawValue)
        }
        var parameterKeys = Set<ParameterKey>()
        for (index, parameter) in parameters.enumerated() {
            let path = FieldPath("parameters").appending(index: index)
            guard parameterKeys.insert(parameter.key).inserted else {
                throw ValidationError(
                    field: path.appending("key"), code: "template.duplicate-key",
                    rule: "Parameter keys are unique within a template", offendingValue: parameter.key.rawValue)
            }
            guard sectionKeys.contains(parameter.section) else {
                throw ValidationError(
                    field: path.appending("section"), code: "template.unknown-reference",
                    rule: "A parameter is shown in a section of its template",
                    offendingValue: parameter.section.rawValue)
            }
        }
        for (sectionIndex, section) in sections.enumerated() {
            for (clauseIndex, clause) in section.clauses.enumerated() {
                for language in AgreementLanguage.allCases {
                    for name in Placeholder.names(in: clause.text.text(in: language))
                    where ParameterKey(rawValue: name).map({ !parameterKeys.contains($0) }) ?? true {
                        throw ValidationError(
                            field: FieldPath("sections").appending(index: sectionIndex).appending("clauses")
                                .appending(index: clauseIndex),
                            code: "template.unknown-reference", rule: "A clause names only the template's parameters",
                            offendingValue: name)
                    }
                }
            }
        }
        guard minimumPartyCount >= max(requiredPartyRoles.count, 1) else {
            throw ValidationError(
                field: "minimumPartyCount", code: "template.party-count",
                rule: "The minimum party count is at least 1 and covers the required roles",
                offendingValue: String(minimumPartyCount))
        }
        self.identifier = identifier
        self.version = version
        self.title = title
        self.source = source
        self.sections = sections
        self.parameters = parameters
        self.requiredPartyRoles = requiredPartyRoles
        self.minimumPartyCount = minimumPartyCount
        self.signatureRule = signatureRule
        self.supplementSlots = supplementSlots
    }

    /// The identifier and version, for example `region-hovedstaden.facility-team v1`.
    public var description: String { "\(identifier) v\(version)" }

    /// The section with `key`, if the template has it.
    public func section(_ key: SectionKey) -> AgreementSection? {
        sections.first { $0.key == key }
    }

    /// The parameter with `key`, if the template has it.
    public func parameter(_ key: ParameterKey) -> TemplateParameter? {
        parameters.first { $0.key == key }
    }

    /// The value `terms` give parameter `key`, or the template's default when they give none.
    public func value(of key: ParameterKey, in terms: AgreementTerms) -> ParameterValue? {
        terms.parameterValues[key] ?? parameter(key)?.defaultValue
    }

    /// The notice period under `terms`: the `notice-months` parameter's value, when the template has it and the
    /// value is allowed; otherwise its default. `nil` for templates without notice.
    public func noticePeriod(for terms: AgreementTerms) -> NoticePeriod? {
        guard let parameter = parameter(.noticeMonths) else { return nil }
        let candidates = [terms.parameterValues[.noticeMonths], parameter.defaultValue].compactMap { $0 }
        for candidate in candidates where parameter.problem(with: candidate) == nil {
            if let months = candidate.integerValue, let period = try? NoticePeriod(months: months) {
                return period
            }
        }
        return nil
    }

    /// Whether the template uses the cross-sector collaboration model, that is requires agreed intensified-effort
    /// criteria (Region Hovedstadens Psykiatri, “A. Fælles beboeroverbliksmøder”).
    public var requiresIntensifiedEffortCriteria: Bool {
        sections.contains { $0.content == .intensifiedEffortCriteria && $0.requirement == .required }
    }

    /// Whether the template requires an agreed overview-meeting schedule (Region Hovedstadens Psykiatri, “A. Fælles
    /// beboeroverbliksmøder”).
    public var requiresOverviewMeeting: Bool {
        sections.contains { $0.content == .overviewMeeting && $0.requirement == .required }
    }

    /// Whether a party with `role` must sign agreements made from this template.
    public func requiresSignature(from role: PartyRole) -> Bool {
        signatureRule.requiresSignature(from: role)
    }

    /// The checklist of the template's core elements (or, for templates without them, its sections the parties
    /// must fill) with the status `terms` record for each.
    public func checklist(for terms: AgreementTerms) -> [ChecklistItem] {
        let elements = sections.filter { $0.guidance != nil }
        return (elements.isEmpty ? sections.filter(\.mustBeFilled) : elements).map { section in
            ChecklistItem(
                section: section.key, heading: section.heading, code: section.guidance?.code,
                status: terms.checklist[section.key] ?? .open, isFilled: hasContent(terms.sectionTexts[section.key]))
        }
    }

    private enum CodingKeys: String, CodingKey {
        case identifier
        case version
        case title
        case source
        case sections
        case parameters
        case requiredPartyRoles
        case minimumPartyCount
        case signatureRule
        case supplementSlots
    }

    /// Decodes a template through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let identifier = try container.decode(String.self, forKey: .identifier)
        let version = try container.decode(Int.self, forKey: .version)
        let title = try container.decode(LocalizedText.self, forKey: .title)
        let source = try container.decode(SourceCitation.self, forKey: .source)
        let sections = try container.decode([AgreementSection].self, forKey: .sections)
        let parameters = try container.decode([TemplateParameter].self, forKey: .parameters)
        let roles = try container.decode([PartyRole].self, forKey: .requiredPartyRoles)
        let minimumPartyCount = try container.decode(Int.self, forKey: .minimumPartyCount)
        let signatureRule = try container.decode(SignatureRule.self, forKey: .signatureRule)
        let slots = try container.decode([LocalSupplementKind].self, forKey: .supplementSlots)
        self = try decoder.validating { () throws(ValidationError) in
            try AgreementTemplate(
                identifier: identifier, version: version, title: title, source: source, sections: sections,
                parameters: parameters, requiredPartyRoles: roles, minimumPartyCount: minimumPartyCount,
                signatureRule: signatureRule, supplementSlots: slots)
        }
    }
}
