import BrobyggerCore

/// A collaboration agreement (*samarbejdsaftale*) between a psychiatric centre and a residential facility, or
/// between the actors around one citizen: an instance of an ``AgreementTemplate`` with a lifecycle.
///
/// The lifecycle follows the Region Hovedstaden template (Erfaringsopsamling 2024, Bilag 2): the parties prepare a
/// draft, both sign it, and it is in force from the agreed date for an unlimited period; it can be amended by a new
/// signed version; either party can terminate it with notice to the end of a month, after which it ends.
///
/// ```swift
/// var agreement = CollaborationAgreement(id: id, template: .regionHovedstadenFacilityTeam, terms: terms)
/// try agreement.sign(centreSignature)
/// try agreement.sign(facilitySignature)
/// try agreement.activate(provenance: provenance)          // version 1, in force from the last signature
/// try agreement.propose(amendedTerms, note: "To morgenmøder om ugen")
/// try agreement.sign(…); try agreement.sign(…)
/// try agreement.activate(effectiveFrom: firstOfMarch, provenance: provenance)   // version 2
/// try agreement.terminate(TerminationNotice(givenOn: date, givenBy: facility.id))
/// agreement.status(on: today)                              // .noticeGiven(version: 2, endsOn: …)
/// ```
///
/// Signed versions are immutable and kept in a `RevisionHistory`, so the agreement in force on any past day can be
/// read back, and two versions can be compared with ``changes(from:to:)``. The agreement keeps the exact template
/// it was made from.
public struct CollaborationAgreement: Identifiable, Sendable, Hashable, Codable {
    /// The agreement's identifier.
    public typealias ID = Identifier<CollaborationAgreement>

    /// The agreement's identifier.
    public let id: ID
    /// The template the agreement is made from, kept whole so later template versions never change it.
    public let template: AgreementTemplate
    /// The terms being prepared for signature: the first draft, or a proposed amendment. `nil` when none.
    public private(set) var draft: AgreementDraft?
    /// The signed versions, oldest first; `nil` until the agreement is first signed.
    public private(set) var history: RevisionHistory<AgreementVersion>?
    /// The notice of termination, once given.
    public private(set) var termination: TerminationNotice?

    /// Starts an agreement as an unsigned draft.
    public init(id: ID, template: AgreementTemplate, terms: AgreementTerms) {
        self.id = id
        self.template = template
        self.draft = AgreementDraft(terms: terms)
        self.history = nil
        self.termination = nil
    }

    /// Rebuilds an agreement from stored parts, checking that they form one.
    ///
    /// - Throws: `ValidationError` when there is neither a draft nor a signed version (`agreement.empty`), a
    ///   signature is not by a signing party or repeats one (`agreement.signature.not-a-party`,
    ///   `agreement.signature.duplicate`), a signed version lacks a required signature
    ///   (`agreement.signature.missing`) or took effect before it was signed (`agreement.effective-before-signature`),
    ///   versions take effect out of order (`agreement.effective-order`), or notice is given without a signed version
    ///   or by a non-party (`agreement.notice.invalid`).
    public init(
        id: ID, template: AgreementTemplate, draft: AgreementDraft?, history: RevisionHistory<AgreementVersion>?,
        termination: TerminationNotice?
    ) throws(ValidationError) {
        guard draft != nil || history != nil else {
            throw ValidationError(
                field: .root, code: "agreement.empty", rule: "An agreement has a draft or a signed version")
        }
        if let draft {
            do {
                try Self.checkSignatures(draft.signatures, on: draft.terms, template: template, complete: false)
            } catch {
                throw error.nested(under: "draft")
            }
        }
        if let history {
            for (index, revision) in history.versions.enumerated() {
                let version = revision.document
                let path = FieldPath("history.versions").appending(index: index).appending("document")
                do {
                    try Self.checkSignatures(version.signatures, on: version.terms, template: template, complete: true)
                } catch {
                    throw error.nested(under: path)
                }
                if let latest = version.signatures.map(\.date).max(), latest > version.effectiveFrom {
                    throw ValidationError(
                        field: path.appending("effectiveFrom"), code: "agreement.effective-before-signature",
                        rule: "A version takes effect no earlier than its last signature",
                        offendingValue: version.effectiveFrom.iso8601)
                }
                if index > 0, version.effectiveFrom < history.versions[index - 1].document.effectiveFrom {
                    throw ValidationError(
                        field: path.appending("effectiveFrom"), code: "agreement.effective-order",
                        rule: "A version takes effect no earlier than the version before it",
                        offendingValue: version.effectiveFrom.iso8601)
                }
            }
        }
        if let termination {
            guard let history else {
                throw ValidationError(
                    field: "termination", code: "agreement.notice.invalid",
                    rule: "Notice can only be given on a signed agreement")
            }
            guard history.versions.contains(where: { $0.document.terms.party(termination.givenBy) != nil }) else {
                throw ValidationError(
                    field: "termination.givenBy", code: "agreement.notice.invalid",
                    rule: "Notice is given by a party to the agreement", offendingValue: termination.givenBy.description
                )
            }
        }
        self.id = id
        self.template = template
        self.draft = draft
        self.history = history
        self.termination = termination
    }

    // MARK: Lifecycle

    /// Replaces the draft with `terms`, or starts a proposed amendment of a signed agreement.
    ///
    /// Signatures already given on a draft are kept only if the terms are unchanged: a party signs what it read.
    ///
    /// - Throws: `ValidationError` with code `agreement.terminated` when notice has been given.
    public mutating func propose(_ terms: AgreementTerms, note: String? = nil) throws(ValidationError) {
        guard termination == nil else {
            throw ValidationError(
                field: "termination", code: "agreement.terminated",
                rule: "A terminated agreement cannot be changed; make a new agreement instead")
        }
        let kept = draft?.terms == terms ? draft?.signatures ?? [] : []
        draft = AgreementDraft(terms: terms, signatures: kept, note: note ?? draft?.note)
    }

    /// Withdraws a proposed amendment; the signed version in force is unaffected.
    ///
    /// - Throws: `ValidationError` with code `agreement.no-draft` when there is no proposed amendment (an unsigned
    ///   agreement's only draft cannot be withdrawn: discard the agreement instead).
    public mutating func withdrawDraft() throws(ValidationError) {
        guard draft != nil, history != nil else {
            throw ValidationError(
                field: "draft", code: "agreement.no-draft", rule: "Only a proposed amendment can be withdrawn")
        }
        draft = nil
    }

    /// Adds a party's signature to the draft.
    ///
    /// - Throws: `ValidationError` with code `agreement.no-draft` when there is nothing to sign,
    ///   `agreement.terminated` after notice, `agreement.signature.not-a-party` when the organisation is not a
    ///   signing party, or `agreement.signature.duplicate` when it has already signed.
    public mutating func sign(_ signature: AgreementSignature) throws(ValidationError) {
        guard termination == nil else {
            throw ValidationError(
                field: "termination", code: "agreement.terminated", rule: "A terminated agreement cannot be signed")
        }
        guard let draft else {
            throw ValidationError(field: "draft", code: "agreement.no-draft", rule: "Only a draft can be signed")
        }
        let signatures = draft.signatures + [signature]
        do {
            try Self.checkSignatures(signatures, on: draft.terms, template: template, complete: false)
        } catch {
            throw error.nested(under: "draft")
        }
        self.draft = AgreementDraft(terms: draft.terms, signatures: signatures, note: draft.note)
    }

    /// Makes the signed draft the agreement's next version, in force from `effectiveFrom` (by default the date of
    /// the last signature).
    ///
    /// - Throws: `ValidationError` with code `agreement.no-draft`, `agreement.terminated`, `agreement.not-ready`
    ///   (the draft has validation errors, including missing signatures: ``validate(on:)`` lists them),
    ///   `agreement.effective-before-signature` or `agreement.effective-order` (before the version now in force).
    public mutating func activate(effectiveFrom: CalendarDate? = nil, provenance: Provenance) throws(ValidationError) {
        guard termination == nil else {
            throw ValidationError(
                field: "termination", code: "agreement.terminated", rule: "A terminated agreement cannot be amended")
        }
        guard let draft else {
            throw ValidationError(field: "draft", code: "agreement.no-draft", rule: "Only a draft can be activated")
        }
        let report = draftFindings(draft)
        guard !report.hasErrors else {
            throw ValidationError(
                field: "draft", code: "agreement.not-ready",
                rule: "A draft is signed by every signing party and has no validation errors before it takes effect",
                offendingValue: report.errors.map(\.code).joined(separator: ", "))
        }
        let lastSignature = draft.signatures.map(\.date).max()
        let start = effectiveFrom ?? lastSignature ?? provenance.instant.calendarDate
        if let lastSignature, start < lastSignature {
            throw ValidationError(
                field: "effectiveFrom", code: "agreement.effective-before-signature",
                rule: "A version takes effect no earlier than its last signature", offendingValue: start.iso8601)
        }
        if let current = history?.current.document, start < current.effectiveFrom {
            throw ValidationError(
                field: "effectiveFrom", code: "agreement.effective-order",
                rule: "An amendment takes effect no earlier than the version before it", offendingValue: start.iso8601)
        }
        let version = AgreementVersion(
            terms: draft.terms, signatures: draft.signatures, effectiveFrom: start, note: draft.note)
        if let history {
            self.history = try history.appending(version, provenance: provenance)
        } else {
            self.history = RevisionHistory(initial: version, provenance: provenance)
        }
        self.draft = nil
    }

    /// Records notice of termination given by a party.
    ///
    /// A notice is recorded as given, even when its dates are wrong; ``validate(on:)`` reports a notice dated before
    /// the agreement took effect or an end date the notice period does not allow, and ``endDate`` is always the
    /// lawful one. A pending amendment is withdrawn.
    ///
    /// - Throws: `ValidationError` with code `agreement.not-active` when the agreement has never been signed,
    ///   `agreement.terminated` when notice was already given, or `agreement.notice.invalid` when the organisation
    ///   is not a party.
    public mutating func terminate(_ notice: TerminationNotice) throws(ValidationError) {
        guard let history else {
            throw ValidationError(
                field: "history", code: "agreement.not-active", rule: "Only a signed agreement can be terminated")
        }
        guard termination == nil else {
            throw ValidationError(
                field: "termination", code: "agreement.terminated", rule: "Notice can be given only once")
        }
        let terms = (version(inForceOn: notice.givenOn) ?? history.versions[0]).document.terms
        guard terms.party(notice.givenBy) != nil else {
            throw ValidationError(
                field: "termination.givenBy", code: "agreement.notice.invalid",
                rule: "Notice is given by a party to the agreement", offendingValue: notice.givenBy.description)
        }
        termination = notice
        if draft != nil { draft = nil }
    }

    // MARK: Reading

    /// The signed version in force on `date`: the newest whose start date is on or before it, as long as the
    /// agreement has not ended. `nil` before the first version takes effect and after the agreement ends.
    public func version(inForceOn date: CalendarDate) -> Revision<AgreementVersion>? {
        guard let history else { return nil }
        if let endDate, date > endDate { return nil }
        return history.versions.last { $0.document.effectiveFrom <= date }
    }

    /// The terms in force on `date`, if any.
    public func terms(inForceOn date: CalendarDate) -> AgreementTerms? {
        version(inForceOn: date)?.document.terms
    }

    /// The agreement's status on `date`.
    public func status(on date: CalendarDate) -> AgreementStatus {
        if let endDate, date > endDate {
            return .ended(endedOn: endDate)
        }
        guard let revision = version(inForceOn: date) else { return .draft }
        if let termination, let endDate, date >= termination.givenOn {
            return .noticeGiven(version: revision.number, endsOn: endDate)
        }
        return .active(version: revision.number)
    }

    /// The notice period that applies to a notice given on `date`, taken from the version in force then.
    public func noticePeriod(forNoticeGivenOn date: CalendarDate) -> NoticePeriod? {
        guard let history else { return nil }
        let revision = history.versions.last { $0.document.effectiveFrom <= date } ?? history.versions[0]
        return template.noticePeriod(for: revision.document.terms)
    }

    /// The earliest day the agreement can end under the notice given: the last day of the month in which the notice
    /// period expires (Erfaringsopsamling 2024, Bilag 2, “Varighed”). `nil` without notice, or when the template has
    /// no notice period.
    public var earliestEndDate: CalendarDate? {
        guard let termination, let period = noticePeriod(forNoticeGivenOn: termination.givenOn) else { return nil }
        return period.earliestEndDate(noticeGivenOn: termination.givenOn)
    }

    /// The last day the agreement is in force after notice: the requested end date carried to the end of its
    /// month, but never before ``earliestEndDate``. For templates without a notice period, the requested end date
    /// or else the day notice was given. `nil` while no notice is given.
    public var endDate: CalendarDate? {
        guard let termination else { return nil }
        guard let earliest = earliestEndDate else { return termination.requestedEndDate ?? termination.givenOn }
        guard let requested = termination.requestedEndDate else { return earliest }
        return max(requested.lastDayOfMonth, earliest)
    }

    // MARK: Validation

    /// Everything that needs attention on `date`: the draft's gaps and missing signatures, problems in the version
    /// in force, and wrong notice dates.
    public func validate(on date: CalendarDate) -> ValidationReport {
        var report = ValidationReport()
        if let draft {
            report.append(contentsOf: draftFindings(draft).nested(under: "draft"))
        }
        if let revision = version(inForceOn: date) ?? history?.current {
            report.append(
                contentsOf: template.validate(revision.document.terms).nested(
                    under: FieldPath("history.versions").appending(index: revision.number - 1).appending(
                        "document.terms")))
        }
        report.append(contentsOf: noticeFindings(on: date))
        return report
    }

    /// What the parties still have to agree or do before the pending draft can take effect: the open points of its
    /// terms (``AgreementTemplate/openPoints(in:)``: values rendered "[aftales]", sections to fill, required parties,
    /// the collaboration model's criteria and meeting), then each signing party that has not signed. Paths start at
    /// the agreement (`draft.terms.…`, `draft.signatures`). Empty when no draft is pending.
    ///
    /// Each open point is an error of ``validate(on:)``, so ``activate(effectiveFrom:provenance:)`` refuses a draft
    /// with any.
    public var openPoints: [AgreementOpenPoint] {
        guard let draft else { return [] }
        let terms = template.openPoints(in: draft.terms).map { point in
            AgreementOpenPoint(kind: point.kind, label: point.label, finding: point.finding.nested(under: "terms"))
        }
        return (terms + signatureOpenPoints(draft)).map { point in
            AgreementOpenPoint(kind: point.kind, label: point.label, finding: point.finding.nested(under: "draft"))
        }
    }

    private func signatureOpenPoints(_ draft: AgreementDraft) -> [AgreementOpenPoint] {
        let signed = Set(draft.signatures.map(\.party))
        let signatureSource = template.section(.signatures)?.source ?? template.source
        return draft.terms.parties.filter { template.requiresSignature(from: $0.role) && !signed.contains($0.id) }.map {
            party in
            AgreementOpenPoint(
                kind: .signature(party.id),
                label: LocalizedText(
                    danish: "Underskrift for \(party.organisation.name)",
                    english: "Signature for \(party.organisation.name)"),
                finding: Finding(
                    code: AgreementFindingCode.signatureMissing, severity: .error, path: "signatures",
                    message: "\(party.organisation.name) has not signed.", source: signatureSource))
        }
    }

    private func draftFindings(_ draft: AgreementDraft) -> ValidationReport {
        var report = template.validate(draft.terms).nested(under: "terms")
        report.append(contentsOf: signatureOpenPoints(draft).map(\.finding))
        return report
    }

    private func noticeFindings(on date: CalendarDate) -> [Finding] {
        guard let termination, let history else { return [] }
        var findings: [Finding] = []
        let durationSource = template.section(.duration)?.source ?? template.source
        let start = history.versions[0].document.effectiveFrom
        if termination.givenOn < start {
            findings.append(
                Finding(
                    code: AgreementFindingCode.noticeBeforeStart, severity: .error, path: "termination.givenOn",
                    message: "Notice is dated \(termination.givenOn.iso8601), before the agreement took effect on "
                        + "\(start.iso8601).",
                    source: durationSource))
        }
        if termination.givenOn > date {
            findings.append(
                Finding(
                    code: AgreementFindingCode.noticeInFuture, severity: .warning, path: "termination.givenOn",
                    message: "Notice is dated \(termination.givenOn.iso8601), after \(date.iso8601); a notice is "
                        + "recorded when it is given.",
                    source: durationSource))
        }
        if let requested = termination.requestedEndDate, let earliest = earliestEndDate {
            if requested < earliest {
                findings.append(
                    Finding(
                        code: AgreementFindingCode.noticeEndTooEarly, severity: .error,
                        path: "termination.requestedEndDate",
                        message: "The requested end date \(requested.iso8601) is earlier than the notice period "
                            + "allows; the agreement runs until \(earliest.iso8601).",
                        source: durationSource))
            }
            if requested != requested.lastDayOfMonth {
                findings.append(
                    Finding(
                        code: AgreementFindingCode.noticeEndNotMonthEnd, severity: .error,
                        path: "termination.requestedEndDate",
                        message: "The requested end date \(requested.iso8601) is not the last day of a month; notice "
                            + "runs to the end of a month.",
                        source: durationSource))
            }
        }
        return findings
    }

    private static func checkSignatures(
        _ signatures: [AgreementSignature], on terms: AgreementTerms, template: AgreementTemplate, complete: Bool
    ) throws(ValidationError) {
        var seen = Set<Organisation.ID>()
        for (index, signature) in signatures.enumerated() {
            let path = FieldPath("signatures").appending(index: index)
            guard let party = terms.party(signature.party), template.requiresSignature(from: party.role) else {
                throw ValidationError(
                    field: path.appending("party"), code: "agreement.signature.not-a-party",
                    rule: "Signatures are given by the agreement's signing parties",
                    offendingValue: signature.party.description)
            }
            guard seen.insert(signature.party).inserted else {
                throw ValidationError(
                    field: path.appending("party"), code: "agreement.signature.duplicate",
                    rule: "Each party signs a version once", offendingValue: party.organisation.name)
            }
        }
        if complete {
            for party in terms.parties
            where template.requiresSignature(from: party.role) && !seen.contains(party.id) {
                throw ValidationError(
                    field: "signatures", code: "agreement.signature.missing",
                    rule: "A signed version is signed by every signing party", offendingValue: party.organisation.name)
            }
        }
    }

    private enum CodingKeys: String, CodingKey {
        case id
        case template
        case draft
        case history
        case termination
    }

    /// Decodes an agreement through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let id = try container.decode(ID.self, forKey: .id)
        let template = try container.decode(AgreementTemplate.self, forKey: .template)
        let draft = try container.decodeIfPresent(AgreementDraft.self, forKey: .draft)
        let history = try container.decodeIfPresent(RevisionHistory<AgreementVersion>.self, forKey: .history)
        let termination = try container.decodeIfPresent(TerminationNotice.self, forKey: .termination)
        self = try decoder.validating { () throws(ValidationError) in
            try CollaborationAgreement(
                id: id, template: template, draft: draft, history: history, termination: termination)
        }
    }
}
