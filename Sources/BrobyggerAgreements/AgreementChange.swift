import BrobyggerCore
import BrobyggerResidents

/// One difference between two versions of an agreement, as listed when an amendment is reviewed or printed.
public enum AgreementChange: Sendable, Hashable, Codable {
    /// A party was added.
    case partyAdded(AgreementParty)
    /// A party was removed.
    case partyRemoved(AgreementParty)
    /// A party's role or organisation details changed.
    case partyChanged(from: AgreementParty, to: AgreementParty)
    /// A parameter's effective value (the agreed value, or the template's default) changed.
    case parameterChanged(ParameterKey, from: ParameterValue?, to: ParameterValue?)
    /// The parties' text in a section changed.
    case sectionTextChanged(SectionKey, from: String?, to: String?)
    /// A checklist status changed.
    case checklistChanged(SectionKey, from: ChecklistStatus?, to: ChecklistStatus?)
    /// A local supplement was added.
    case supplementAdded(LocalSupplement)
    /// A local supplement was removed.
    case supplementRemoved(LocalSupplement)
    /// A local supplement's text changed.
    case supplementChanged(from: LocalSupplement, to: LocalSupplement)
    /// An intensified-effort criterion was added.
    case criterionAdded(IntensifiedEffortCriterion)
    /// An intensified-effort criterion was removed.
    case criterionRemoved(IntensifiedEffortCriterion)
    /// An intensified-effort criterion was reworded or its acuity changed.
    case criterionChanged(from: IntensifiedEffortCriterion, to: IntensifiedEffortCriterion)
    /// The overview-meeting schedule changed.
    case overviewMeetingChanged(from: OverviewMeetingSchedule?, to: OverviewMeetingSchedule?)

    /// The differences from `old` to `new`, in template order: parties, parameters, sections, checklist, supplements,
    /// criteria, overview meeting.
    public static func differences(
        from old: AgreementTerms, to new: AgreementTerms, template: AgreementTemplate
    ) -> [AgreementChange] {
        var changes: [AgreementChange] = []
        for party in old.parties {
            if let updated = new.party(party.id) {
                if updated != party { changes.append(.partyChanged(from: party, to: updated)) }
            } else {
                changes.append(.partyRemoved(party))
            }
        }
        changes += new.parties.filter { old.party($0.id) == nil }.map(AgreementChange.partyAdded)
        let parameterKeys =
            template.parameters.map(\.key)
            + Set(old.parameterValues.keys).union(new.parameterValues.keys)
            .filter { template.parameter($0) == nil }.sorted()
        for key in parameterKeys {
            let before = template.value(of: key, in: old)
            let after = template.value(of: key, in: new)
            if before != after { changes.append(.parameterChanged(key, from: before, to: after)) }
        }
        let sectionKeys =
            template.sections.map(\.key)
            + Set(old.sectionTexts.keys).union(new.sectionTexts.keys).filter { template.section($0) == nil }.sorted()
        for key in sectionKeys where old.sectionTexts[key] != new.sectionTexts[key] {
            changes.append(.sectionTextChanged(key, from: old.sectionTexts[key], to: new.sectionTexts[key]))
        }
        for key in sectionKeys where old.checklist[key] != new.checklist[key] {
            changes.append(.checklistChanged(key, from: old.checklist[key], to: new.checklist[key]))
        }
        func identity(_ supplement: LocalSupplement) -> String { supplement.kind.code + "|" + (supplement.title ?? "") }
        for supplement in old.localSupplements {
            if let updated = new.localSupplements.first(where: { identity($0) == identity(supplement) }) {
                if updated != supplement { changes.append(.supplementChanged(from: supplement, to: updated)) }
            } else {
                changes.append(.supplementRemoved(supplement))
            }
        }
        changes += new.localSupplements.filter { added in
            !old.localSupplements.contains { identity($0) == identity(added) }
        }.map(AgreementChange.supplementAdded)
        for criterion in old.intensifiedEffortCriteria {
            if let updated = new.intensifiedEffortCriteria.first(where: { $0.id == criterion.id }) {
                if updated != criterion { changes.append(.criterionChanged(from: criterion, to: updated)) }
            } else {
                changes.append(.criterionRemoved(criterion))
            }
        }
        changes += new.intensifiedEffortCriteria.filter { added in
            !old.intensifiedEffortCriteria.contains { $0.id == added.id }
        }.map(AgreementChange.criterionAdded)
        if old.overviewMeeting != new.overviewMeeting {
            changes.append(.overviewMeetingChanged(from: old.overviewMeeting, to: new.overviewMeeting))
        }
        return changes
    }

    /// The change as one readable sentence in `language`, using the template's headings and labels.
    public func summary(in language: AgreementLanguage, template: AgreementTemplate) -> String {
        let words = RenderingWords(language: language)
        switch self {
        case .partyAdded(let party):
            return words.pick("Part tilføjet", "Party added") + ": \(party.organisation.name)"
        case .partyRemoved(let party):
            return words.pick("Part fjernet", "Party removed") + ": \(party.organisation.name)"
        case .partyChanged(_, let party):
            return words.pick("Oplysninger om part ændret", "Party details changed") + ": \(party.organisation.name)"
        case .parameterChanged(let key, let before, let after):
            let parameter = template.parameter(key)
            let label = parameter?.label.text(in: language) ?? key.rawValue
            return "\(label): \(words.value(before, of: parameter)) → \(words.value(after, of: parameter))"
        case .sectionTextChanged(let key, let before, let after):
            let heading = template.section(key)?.heading.text(in: language) ?? key.rawValue
            let what =
                before == nil
                ? words.pick("tekst tilføjet", "text added")
                : after == nil
                    ? words.pick("tekst fjernet", "text removed") : words.pick("tekst ændret", "text changed")
            return "\(heading): \(what)"
        case .checklistChanged(let key, let before, let after):
            let heading = template.section(key)?.heading.text(in: language) ?? key.rawValue
            return "\(heading): \(words.status(before ?? .open)) → \(words.status(after ?? .open))"
        case .supplementAdded(let supplement):
            return words.pick("Lokalt tillæg tilføjet", "Local supplement added") + ": "
                + (supplement.title ?? supplement.kind.name(in: language))
        case .supplementRemoved(let supplement):
            return words.pick("Lokalt tillæg fjernet", "Local supplement removed") + ": "
                + (supplement.title ?? supplement.kind.name(in: language))
        case .supplementChanged(_, let supplement):
            return words.pick("Lokalt tillæg ændret", "Local supplement changed") + ": "
                + (supplement.title ?? supplement.kind.name(in: language))
        case .criterionAdded(let criterion):
            return words.pick("Kriterie tilføjet", "Criterion added") + ": \(criterion.title) ("
                + words.acuity(criterion.acuity) + ")"
        case .criterionRemoved(let criterion):
            return words.pick("Kriterie fjernet", "Criterion removed") + ": \(criterion.title)"
        case .criterionChanged(let before, let after):
            return words.pick("Kriterie ændret", "Criterion changed") + ": \(before.title) ("
                + words.acuity(before.acuity) + ") → \(after.title) (" + words.acuity(after.acuity) + ")"
        case .overviewMeetingChanged(let before, let after):
            return words.pick("Beboeroverbliksmøde", "Resident-overview meeting") + ": "
                + words.schedule(before) + " → " + words.schedule(after)
        }
    }
}

extension CollaborationAgreement {
    /// The differences between two signed versions, or `nil` when either version does not exist.
    public func changes(from oldVersion: Int, to newVersion: Int) -> [AgreementChange]? {
        guard let old = history?.version(oldVersion)?.document.terms,
            let new = history?.version(newVersion)?.document.terms
        else { return nil }
        return AgreementChange.differences(from: old, to: new, template: template)
    }

    /// The differences the pending draft makes to the current signed version, or `nil` without both.
    public var proposedChanges: [AgreementChange]? {
        guard let draft, let current = history?.current.document.terms else { return nil }
        return AgreementChange.differences(from: current, to: draft.terms, template: template)
    }
}
