import BrobyggerCore
import Foundation

/// Builds the block structure of one rendering: a blank form, a draft, or a signed version.
struct AgreementDocumentBuilder {
    enum Stage {
        case blank
        case draft
        case signed(version: Int, effectiveFrom: CalendarDate)
    }

    let template: AgreementTemplate
    let terms: AgreementTerms?
    let signatures: [AgreementSignature]
    let stage: Stage
    let termination: TerminationNotice?
    let endDate: CalendarDate?
    let words: RenderingWords

    private var language: AgreementLanguage { words.language }
    private var isBlank: Bool {
        if case .blank = stage { true } else { false }
    }
    private var isSigned: Bool {
        if case .signed = stage { true } else { false }
    }

    func build() -> [DocumentBlock] {
        var blocks: [DocumentBlock] = [.title(template.title.text(in: language)), .meta(metaLine)]
        let items = template.checklist(for: terms ?? AgreementTerms(parties: []))
        if template.sections.contains(where: { $0.guidance != nil }) {
            blocks.append(.heading(level: 2, words.pick("Tjekliste", "Checklist")))
            blocks.append(
                .checklist(
                    items.map { item in
                        let code = item.code.map { "\($0) " } ?? ""
                        return DocumentBlock.ChecklistLine(
                            checked: item.status == .agreed,
                            text: code + item.heading.text(in: language) + " (" + words.status(item.status) + ")")
                    }))
        }
        var number = 0
        var currentGroup: LocalizedText?
        for section in template.sections {
            if section.content == .signatures { blocks += supplementBlocks() }
            if section.group != currentGroup {
                currentGroup = section.group
                if let group = section.group { blocks.append(.heading(level: 2, group.text(in: language))) }
            }
            number += 1
            let code = section.guidance.map { "\($0.code). " } ?? "\(number). "
            blocks.append(.heading(level: currentGroup == nil ? 2 : 3, code + section.heading.text(in: language)))
            blocks += sectionBlocks(section)
        }
        return blocks
    }

    private var metaLine: String {
        let templateLine =
            words.pick("Skabelon", "Template") + ": \(template.identifier), " + words.pick("version", "version")
            + " \(template.version)"
        switch stage {
        case .blank:
            return words.pick("Blank skabelon til udfyldning", "Blank form") + ". " + templateLine + "."
        case .draft:
            return words.pick("Udkast, ikke i kraft", "Draft, not in force") + ". " + templateLine + "."
        case .signed(let version, let effectiveFrom):
            return words.pick("Aftaleversion", "Agreement version") + " \(version), "
                + words.pick("gældende fra", "in force from") + " \(words.date(effectiveFrom)). " + templateLine + "."
        }
    }

    private func sectionBlocks(_ section: AgreementSection) -> [DocumentBlock] {
        var blocks: [DocumentBlock] = []
        let text = terms?.sectionTexts[section.key]
        if let purpose = section.purpose, !isSigned, !hasContent(text) {
            blocks.append(.guidance(purpose.text(in: language)))
        }
        blocks += clauseBlocks(section.clauses.map { $0 })
        if let guidance = section.guidance {
            blocks.append(.paragraph(words.pick("Hvad: ", "What: ") + substitute(guidance.what.text(in: language))))
            blocks.append(.paragraph(words.pick("Hvorfor: ", "Why: ") + substitute(guidance.why.text(in: language))))
            blocks.append(.paragraph(words.pick("Hvordan:", "How:")))
            blocks.append(
                .list(guidance.how.map { .init(text: substitute($0.text(in: language)), nested: false) }))
        }
        blocks += parameterBlocks(section)
        switch section.content {
        case .parties: blocks += partyBlocks()
        case .intensifiedEffortCriteria: blocks += criteriaBlocks()
        case .overviewMeeting:
            blocks.append(
                .paragraph(
                    words.pick("Aftalt mødetidspunkt: ", "Agreed meeting time: ")
                        + (terms?.overviewMeeting.map { words.schedule($0) } ?? words.toBeAgreed)))
        case .duration: blocks += terminationBlocks()
        case .signatures: blocks += signatureBlocks()
        case .text: break
        }
        if hasContent(text), let text {
            if section.guidance != nil { blocks.append(.paragraph(words.pick("Aftalt:", "Agreed:"))) }
            blocks += paragraphs(text)
        } else if section.mustBeFilled {
            blocks.append(.paragraph(words.pick("[Udfyldes af parterne]", "[To be completed by the parties]")))
        }
        if section.guidance != nil, let terms {
            let status = terms.checklist[section.key] ?? .open
            blocks.append(.checklist([.init(checked: status == .agreed, text: words.status(status))]))
        }
        return blocks
    }

    private func clauseBlocks(_ clauses: [AgreementClause]) -> [DocumentBlock] {
        var blocks: [DocumentBlock] = []
        var items: [DocumentBlock.ListItem] = []
        for clause in clauses {
            let text = substitute(clause.text.text(in: language))
            switch clause.style {
            case .paragraph:
                if !items.isEmpty { blocks.append(.list(items)) }
                items = []
                blocks.append(.paragraph(text))
            case .bullet:
                items.append(.init(text: text, nested: false))
            case .subBullet:
                items.append(.init(text: text, nested: true))
            }
        }
        if !items.isEmpty { blocks.append(.list(items)) }
        return blocks
    }

    private func parameterBlocks(_ section: AgreementSection) -> [DocumentBlock] {
        let mentioned = Set(
            section.clauses.flatMap { Placeholder.names(in: $0.text.danish) }
                + (section.guidance?.how.flatMap { Placeholder.names(in: $0.danish) } ?? []))
        let shown = template.parameters.filter { $0.section == section.key && !mentioned.contains($0.key.rawValue) }
        guard !shown.isEmpty else { return [] }
        return [
            .list(
                shown.map { parameter in
                    let value = terms.flatMap { template.value(of: parameter.key, in: $0) } ?? parameter.defaultValue
                    return .init(
                        text: parameter.label.text(in: language) + ": " + words.value(value, of: parameter),
                        nested: false)
                })
        ]
    }

    private func substitute(_ text: String) -> String {
        Placeholder.replacing(in: text) { name in
            guard let key = ParameterKey(rawValue: name), let parameter = template.parameter(key) else {
                return "{\(name)}"
            }
            let value = terms.flatMap { template.value(of: key, in: $0) } ?? parameter.defaultValue
            return words.value(value, of: parameter)
        }
    }

    private func partyBlocks() -> [DocumentBlock] {
        guard let terms, !terms.parties.isEmpty else {
            let roles = template.requiredPartyRoles.isEmpty ? [PartyRole.other, .other] : template.requiredPartyRoles
            return roles.map { role in
                .address([
                    role.name(in: language) + ": " + words.pick("[navn]", "[name]"),
                    words.pick("[vejnavn og nr.]", "[street and number]"),
                    words.pick("[postnr. og by]", "[postcode and town]"),
                ])
            }
        }
        return terms.parties.map { party in
            let organisation = party.organisation
            var lines = [organisation.name + " (" + party.role.name(in: language).lowercased() + ")"]
            if let address = organisation.address {
                lines += address.lines
                lines.append("\(address.postalCode) \(address.city)")
            }
            var identifiers: [String] = []
            if let sor = organisation.identifiers.sor { identifiers.append("SOR \(sor.value)") }
            if let gln = organisation.identifiers.gln { identifiers.append("GLN \(gln.value)") }
            if let cvr = organisation.identifiers.cvr { identifiers.append("CVR \(cvr.value)") }
            if !identifiers.isEmpty { lines.append(identifiers.joined(separator: ", ")) }
            return .address(lines)
        }
    }

    private func criteriaBlocks() -> [DocumentBlock] {
        guard let criteria = terms?.intensifiedEffortCriteria, !criteria.isEmpty else {
            return [
                .paragraph(words.pick("[Kriterierne aftales af parterne]", "[Criteria to be agreed by the parties]"))
            ]
        }
        return [
            .list(
                criteria.map { criterion in
                    let details = criterion.details.map { ": \($0)" } ?? ""
                    let acuity = words.acuity(criterion.acuity)
                    return .init(
                        text: acuity.prefix(1).uppercased() + acuity.dropFirst() + ". " + criterion.title + details,
                        nested: false)
                })
        ]
    }

    private func terminationBlocks() -> [DocumentBlock] {
        guard isSigned, let termination, let endDate else { return [] }
        let party = terms?.party(termination.givenBy)?.organisation.name ?? termination.givenBy.description
        var text =
            words.pick("Aftalen er opsagt af ", "The agreement was terminated by ") + party
            + words.pick(" den ", " on ") + words.date(termination.givenOn) + ". "
            + words.pick("Den gælder til og med ", "It remains in force up to and including ") + words.date(endDate)
            + "."
        if let reason = termination.reason, hasContent(reason) {
            text += " " + words.pick("Begrundelse: ", "Reason: ") + reason
        }
        return [.paragraph(text)]
    }

    private func signatureBlocks() -> [DocumentBlock] {
        let dateLabel = words.pick("Dato:", "Date:")
        let onBehalf = words.pick("For ", "For ")
        guard let terms, !terms.parties.isEmpty else {
            let roles = template.requiredPartyRoles.isEmpty ? [PartyRole.other, .other] : template.requiredPartyRoles
            return roles.map { role in
                .signature(
                    .init(
                        dateLabel: dateLabel, date: nil,
                        onBehalfOf: onBehalf + role.name(in: language).lowercased() + " "
                            + words.pick("[navn]", "[name]"),
                        signedBy: nil))
            }
        }
        return terms.parties.filter { template.requiresSignature(from: $0.role) }.map { party in
            let signature = signatures.first { $0.party == party.id }
            let signedBy = signature.map { signature in
                signature.signatory.formatted + (signature.position.map { ", \($0)" } ?? "")
            }
            return .signature(
                .init(
                    dateLabel: dateLabel, date: signature.map { words.date($0.date) },
                    onBehalfOf: onBehalf + party.organisation.name, signedBy: signedBy))
        }
    }

    private func supplementBlocks() -> [DocumentBlock] {
        let supplements = terms?.localSupplements ?? []
        guard !supplements.isEmpty || (!isSigned && !template.supplementSlots.isEmpty) else { return [] }
        var blocks: [DocumentBlock] = [.heading(level: 2, words.pick("Lokale tillæg", "Local supplements"))]
        if supplements.isEmpty {
            blocks.append(
                .guidance(
                    words.pick(
                        "Parterne kan supplere aftalen med konkrete beskrivelser af:",
                        "The parties may add concrete descriptions of:")))
            blocks.append(
                .list(template.supplementSlots.map { .init(text: $0.name(in: language), nested: false) }))
            return blocks
        }
        for supplement in supplements {
            blocks.append(.heading(level: 3, supplement.title ?? supplement.kind.name(in: language)))
            blocks += paragraphs(supplement.text)
        }
        return blocks
    }

    private func paragraphs(_ text: String) -> [DocumentBlock] {
        text.components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
            .map { .paragraph($0) }
    }
}
