import BrobyggerCore

extension AgreementTemplate {
    /// Checks `terms` against the template: parties, parameters, required sections, the collaboration model's
    /// criteria and overview meeting, and checklist statuses. Signatures and notice are checked by
    /// ``CollaborationAgreement/validate(on:)``, which knows the agreement's lifecycle.
    ///
    /// Findings are paths into the terms (for example `sectionTexts.personal-data`), each with a stable code from
    /// ``AgreementFindingCode``, a severity and the source of the rule.
    ///
    /// Every value the agreement's text needs is required: a parameter without a value or default is an error when
    /// the template requires it or names it in a clause (the rendering would say "[aftales]"), like an empty section
    /// the parties must fill. ``openPoints(in:)`` lists these gaps.
    public func validate(_ terms: AgreementTerms) -> ValidationReport {
        ValidationReport(check(terms).findings)
    }

    /// What the parties still have to agree in `terms` before the agreement can be signed, in the order of the
    /// findings of ``validate(_:)``: required party roles, values the text needs (each rendered "[aftales]"),
    /// sections to fill, and the collaboration model's criteria and overview meeting. Signatures are the agreement's
    /// (``CollaborationAgreement/openPoints``).
    public func openPoints(in terms: AgreementTerms) -> [AgreementOpenPoint] {
        check(terms).openPoints
    }

    /// Whether an agreement must give parameter `key` a value (its own or the default) before it is signed: the
    /// template requires it, or a clause or core-element text of the template names it as `{key}`, so the signed
    /// text would otherwise say "[aftales]".
    public func requiresValue(for key: ParameterKey) -> Bool {
        guard let parameter = parameter(key) else { return false }
        return parameter.isRequired || placeholderKeys.contains(key.rawValue)
    }

    /// The parameter names the template's texts use as placeholders, in either language.
    private var placeholderKeys: Set<String> {
        var texts: [LocalizedText] = []
        for section in sections {
            texts += section.clauses.map(\.text)
            if let guidance = section.guidance { texts += [guidance.what, guidance.why] + guidance.how }
        }
        return Set(texts.flatMap { Placeholder.names(in: $0.danish) + Placeholder.names(in: $0.english) })
    }

    /// The findings of `terms` in order, and the open points among them.
    private func check(_ terms: AgreementTerms) -> TermsCheck {
        var check = TermsCheck()
        partyFindings(terms, into: &check)
        parameterFindings(terms, into: &check)
        sectionFindings(terms, into: &check)
        collaborationModelFindings(terms, into: &check)
        return check
    }

    private func partyFindings(_ terms: AgreementTerms, into check: inout TermsCheck) {
        var findings: [Finding] = []
        var seen = Set<Organisation.ID>()
        for (index, party) in terms.parties.enumerated() where !seen.insert(party.id).inserted {
            findings.append(
                Finding(
                    code: AgreementFindingCode.partyDuplicate, severity: .error,
                    path: FieldPath("parties").appending(index: index),
                    message: "\(party.organisation.name) is listed as a party more than once.",
                    source: source))
        }
        check.findings += findings
        findings = []
        for role in requiredPartyRoles {
            let count = terms.parties.filter { $0.role == role }.count
            if count != 1 {
                check.open(
                    .party(role),
                    LocalizedText(danish: role.name(in: .danish), english: role.name(in: .english)),
                    Finding(
                        code: AgreementFindingCode.partyRoleMissing, severity: .error, path: "parties",
                        message: count == 0
                            ? "The agreement has no party in the role \(role.rawValue)."
                            : "The agreement has \(count) parties in the role \(role.rawValue); the template expects one.",
                        source: section(.parties)?.source ?? source))
            }
        }
        if terms.parties.count < minimumPartyCount {
            findings.append(
                Finding(
                    code: AgreementFindingCode.partyTooFew, severity: .error, path: "parties",
                    message: "The agreement has \(terms.parties.count) parties; the template needs at least "
                        + "\(minimumPartyCount).",
                    source: section(.parties)?.source ?? source))
        }
        let feedsBoard =
            requiresIntensifiedEffortCriteria || requiresOverviewMeeting || !terms.intensifiedEffortCriteria.isEmpty
            || terms.overviewMeeting != nil
        if feedsBoard && !terms.parties.contains(where: { $0.role == .outreachTeam }) {
            findings.append(
                Finding(
                    code: AgreementFindingCode.partyTeamMissing, severity: .warning, path: "parties",
                    message: "No outreach team is named, so the resident-overview board cannot find the agreed "
                        + "criteria and meeting schedule for this facility and team.",
                    source: .document(.regionHovedstadenCrossSectorNote, locator: "“A. Fælles beboeroverbliksmøder”")))
        }
        check.findings += findings
    }

    private func parameterFindings(_ terms: AgreementTerms, into check: inout TermsCheck) {
        var findings: [Finding] = []
        let named = placeholderKeys
        for parameter in parameters {
            let path = FieldPath("parameterValues").appending(parameter.key.rawValue)
            guard let value = terms.parameterValues[parameter.key] ?? parameter.defaultValue else {
                if parameter.isRequired || named.contains(parameter.key.rawValue) {
                    check.findings += findings
                    findings = []
                    check.open(
                        .parameter(parameter.key), parameter.label,
                        Finding(
                            code: AgreementFindingCode.parameterMissing, severity: .error, path: path,
                            message: "\(parameter.label.english) must be agreed: the template has no default"
                                + (parameter.isRequired ? "." : ", and the agreement's text names it."),
                            source: parameter.source))
                }
                continue
            }
            if let problem = parameter.problem(with: value) {
                findings.append(
                    Finding(
                        code: problem.code, severity: .error, path: path,
                        message: "\(parameter.label.english): \(value.summary) is not allowed (\(problem.rule)).",
                        source: parameter.source))
            }
        }
        for key in terms.parameterValues.keys.sorted() where parameter(key) == nil {
            findings.append(
                Finding(
                    code: AgreementFindingCode.parameterUnknown, severity: .warning,
                    path: FieldPath("parameterValues").appending(key.rawValue),
                    message: "The template \(identifier) has no parameter \(key); the value is ignored.",
                    source: source))
        }
        check.findings += findings
    }

    private func sectionFindings(_ terms: AgreementTerms, into check: inout TermsCheck) {
        var findings: [Finding] = []
        for section in sections where section.mustBeFilled && !hasContent(terms.sectionTexts[section.key]) {
            if terms.checklist[section.key] == .notRelevant { continue }
            check.open(
                .section(section.key), section.heading,
                Finding(
                    code: AgreementFindingCode.sectionRequiredEmpty, severity: .error,
                    path: FieldPath("sectionTexts").appending(section.key.rawValue),
                    message: "The section \"\(section.heading.danish)\" (\(section.heading.english)) must be filled "
                        + "in before the agreement is signed.",
                    source: section.source))
        }
        for key in terms.sectionTexts.keys.sorted() where section(key) == nil {
            findings.append(
                Finding(
                    code: AgreementFindingCode.sectionUnknown, severity: .warning,
                    path: FieldPath("sectionTexts").appending(key.rawValue),
                    message: "The template \(identifier) has no section \(key); its text would not be rendered.",
                    source: source))
        }
        for (key, status) in terms.checklist.sorted(by: { $0.key < $1.key }) {
            let path = FieldPath("checklist").appending(key.rawValue)
            guard let section = section(key) else {
                findings.append(
                    Finding(
                        code: AgreementFindingCode.sectionUnknown, severity: .warning, path: path,
                        message: "The template \(identifier) has no section \(key) to check off.", source: source))
                continue
            }
            switch status {
            case .notRelevant:
                findings.append(
                    Finding(
                        code: AgreementFindingCode.checklistElementSkipped, severity: .warning, path: path,
                        message: "\"\(section.heading.danish)\" is marked as not relevant; every core element is "
                            + "expected to be relevant whatever form the collaboration takes.",
                        source: .document(.vive2023, locator: "kapitel 5")))
            case .agreed where section.mustBeFilled && !hasContent(terms.sectionTexts[key]):
                findings.append(
                    Finding(
                        code: AgreementFindingCode.checklistAgreedWithoutText, severity: .warning, path: path,
                        message: "\"\(section.heading.danish)\" is marked as agreed but says nothing about what was "
                            + "agreed.",
                        source: section.source))
            default:
                break
            }
        }
        check.findings += findings
    }

    private func collaborationModelFindings(_ terms: AgreementTerms, into check: inout TermsCheck) {
        var findings: [Finding] = []
        if requiresIntensifiedEffortCriteria && terms.intensifiedEffortCriteria.isEmpty {
            check.open(
                .intensifiedEffortCriteria,
                sections.first { $0.content == .intensifiedEffortCriteria }?.heading
                    ?? LocalizedText(
                        danish: "Kriterier for fælles intensiveret indsats",
                        english: "Criteria for joint intensified effort"),
                Finding(
                    code: AgreementFindingCode.criteriaMissing, severity: .error, path: "intensifiedEffortCriteria",
                    message: "The collaboration model is used, but no criteria for joint intensified effort are "
                        + "agreed: the overview meeting cannot tell which residents need it.",
                    source: .document(.regionHovedstadenCrossSectorNote, locator: "“A. Fælles beboeroverbliksmøder”")))
        }
        var seen = Set<String>()
        for (index, criterion) in terms.intensifiedEffortCriteria.enumerated()
        where !seen.insert(criterion.id).inserted {
            findings.append(
                Finding(
                    code: AgreementFindingCode.criteriaDuplicateIdentifier, severity: .error,
                    path: FieldPath("intensifiedEffortCriteria").appending(index: index).appending("id"),
                    message: "Two criteria share the identifier \"\(criterion.id)\"; the board could not tell them "
                        + "apart.",
                    source: .document(.regionHovedstadenCrossSectorNote, locator: "“A. Fælles beboeroverbliksmøder”")))
        }
        if requiresOverviewMeeting && terms.overviewMeeting == nil {
            check.findings += findings
            findings = []
            check.open(
                .overviewMeeting,
                sections.first { $0.content == .overviewMeeting }?.heading
                    ?? LocalizedText(danish: "Beboeroverbliksmøde", english: "Resident-overview meeting"),
                Finding(
                    code: AgreementFindingCode.overviewMeetingMissing, severity: .error, path: "overviewMeeting",
                    message: "The collaboration model is used, but no weekday is agreed for the weekly "
                        + "resident-overview meeting.",
                    source: .document(.regionHovedstadenCrossSectorNote, locator: "“A. Fælles beboeroverbliksmøder”")))
        }
        check.findings += findings
    }
}

/// The findings of a check of terms, in order, and the open points among them.
private struct TermsCheck {
    var findings: [Finding] = []
    var openPoints: [AgreementOpenPoint] = []

    /// Records an open point and its finding.
    mutating func open(_ kind: AgreementOpenPoint.Kind, _ label: LocalizedText, _ finding: Finding) {
        findings.append(finding)
        openPoints.append(AgreementOpenPoint(kind: kind, label: label, finding: finding))
    }
}

extension ParameterValue {
    /// A short, language-neutral rendering for messages.
    var summary: String {
        switch self {
        case .integer(let value): String(value)
        case .weekday(let value): value.name
        case .choice(let value): value
        case .text(let value): "\"\(value)\""
        case .boolean(let value): value ? "yes" : "no"
        }
    }
}
