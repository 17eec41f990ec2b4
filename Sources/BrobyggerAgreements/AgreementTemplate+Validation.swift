import BrobyggerCore

extension AgreementTemplate {
    /// Checks `terms` against the template: parties, parameters, required sections, the collaboration model's
    /// criteria and overview meeting, and checklist statuses. Signatures and notice are checked by
    /// ``CollaborationAgreement/validate(on:)``, which knows the agreement's lifecycle.
    ///
    /// Findings are paths into the terms (for example `sectionTexts.personal-data`), each with a stable code from
    /// ``AgreementFindingCode``, a severity and the source of the rule.
    public func validate(_ terms: AgreementTerms) -> ValidationReport {
        var report = ValidationReport()
        report.append(contentsOf: partyFindings(terms))
        report.append(contentsOf: parameterFindings(terms))
        report.append(contentsOf: sectionFindings(terms))
        report.append(contentsOf: collaborationModelFindings(terms))
        return report
    }

    private func partyFindings(_ terms: AgreementTerms) -> [Finding] {
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
        for role in requiredPartyRoles {
            let count = terms.parties.filter { $0.role == role }.count
            if count != 1 {
                findings.append(
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
        return findings
    }

    private func parameterFindings(_ terms: AgreementTerms) -> [Finding] {
        var findings: [Finding] = []
        for parameter in parameters {
            let path = FieldPath("parameterValues").appending(parameter.key.rawValue)
            guard let value = terms.parameterValues[parameter.key] ?? parameter.defaultValue else {
                if parameter.isRequired {
                    findings.append(
                        Finding(
                            code: AgreementFindingCode.parameterMissing, severity: .error, path: path,
                            message: "\(parameter.label.english) must be agreed: the template has no default.",
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
        return findings
    }

    private func sectionFindings(_ terms: AgreementTerms) -> [Finding] {
        var findings: [Finding] = []
        for section in sections where section.mustBeFilled && !hasContent(terms.sectionTexts[section.key]) {
            if terms.checklist[section.key] == .notRelevant { continue }
            findings.append(
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
        return findings
    }

    private func collaborationModelFindings(_ terms: AgreementTerms) -> [Finding] {
        var findings: [Finding] = []
        if requiresIntensifiedEffortCriteria && terms.intensifiedEffortCriteria.isEmpty {
            findings.append(
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
            findings.append(
                Finding(
                    code: AgreementFindingCode.overviewMeetingMissing, severity: .error, path: "overviewMeeting",
                    message: "The collaboration model is used, but no weekday is agreed for the weekly "
                        + "resident-overview meeting.",
                    source: .document(.regionHovedstadenCrossSectorNote, locator: "“A. Fælles beboeroverbliksmøder”")))
        }
        return findings
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
