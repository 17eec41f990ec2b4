import BrobyggerCore
import BrobyggerResidents

/// A discharge agreement (*udskrivningsaftale*, psykiatriloven §13a) pre-filled from what is known about a stay, with
/// the list of what the ward must still add before it is complete.
///
/// Rigsrevisionen found none of the sampled agreements met the content requirements (beretning 17/2022); a draft that
/// starts from the store's facts and names the gaps by the content rules (``DischargeContentRuleSet``) is the ward's
/// shortest way to a complete one. What is pre-filled, and from where:
/// - the parties: the patient; the ward as the psychiatric department; the resident's facility, its outreach team,
///   the acting municipality and the GP where known;
/// - the legal basis with its evidence: the placement and its paragraph (§13a stk. 1), or the consultant's
///   assessment (stk. 2); without either the basis is stk. 2 and the assessment is listed as missing;
/// - a follow-up appointment: the outreach team's visit or call within the follow-up policy's weekdays after
///   discharge (`FollowUpPolicy`, default 5 weekdays, Erfaringsopsamling 2024, afsnit 4.3.2), on the team's fixed
///   on-site weekday at the facility when one falls in that window, else on the window's last weekday.
///
/// The responsible senior consultant is the ward's *overlæge* (§13a stk. 1: "Overlægen har ansvaret"); the draft
/// names the role, not a person, and lists the name as missing. Offers are never guessed: the treatment and the social
/// offers are what the parties agree.
public struct DischargeAgreementDraft: Sendable, Hashable, Codable {
    /// One pre-filled value and where it came from.
    public struct Prefilled: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The content field, e.g. `parties` or `legalBasis`.
        public var field: String
        /// The value, in words.
        public var value: String
        /// Where the value came from (the store's document, a rule).
        public var origin: String

        /// Creates a pre-filled item.
        public init(field: String, value: String, origin: String) {
            self.field = field
            self.value = value
            self.origin = origin
        }

        /// `field: value (origin)`.
        public var description: String { "\(field): \(value) (\(origin))" }
    }

    /// The draft's content; `concludedOn` is `nil`.
    public var content: DischargeContent
    /// Who is responsible, as a role: the ward's senior consultant.
    public var consultantRole: String
    /// What was pre-filled, in the order of the content.
    public var prefilled: [Prefilled]
    /// What the ward must still add: one finding per failed content or timing rule, and the stk. 2 assessment when
    /// no placement qualifies.
    public var missing: [Finding]

    /// Creates a draft from its parts.
    public init(content: DischargeContent, consultantRole: String, prefilled: [Prefilled], missing: [Finding]) {
        self.content = content
        self.consultantRole = consultantRole
        self.prefilled = prefilled
        self.missing = missing
    }

    /// Whether the draft already meets every rule of error severity (it never does before it is concluded).
    public var isComplete: Bool { !missing.contains { $0.severity == .error } }

    /// The draft as a new discharge agreement document, to be saved and completed.
    ///
    /// - Throws: `ValidationError` when the content breaks an invariant of ``DischargeAgreement``.
    public func agreement(id: DischargeAgreement.ID, provenance: Provenance) throws(ValidationError)
        -> DischargeAgreement
    {
        try DischargeAgreement(id: id, content: content, provenance: provenance)
    }

    /// Pre-fills a draft for a stay from domain values.
    ///
    /// - Parameters:
    ///   - stay: The stay the agreement is for.
    ///   - resident: The patient.
    ///   - placements: The resident's placements.
    ///   - asOf: The day of the draft: the facility is the one the resident is placed on then (else the latest
    ///     qualifying placement), and the follow-up window starts from it when `expectedDischarge` is unknown.
    ///   - ward: The ward the patient is on, if known.
    ///   - facility: The facility, if known.
    ///   - team: The facility's outreach team document (for its on-site weekdays), if known.
    ///   - teamName: The team's name, when the team document is not known.
    ///   - municipality: The acting municipality's organisation, if the store has one; else it is named from the
    ///     municipality code.
    ///   - generalPractitioner: The resident's GP as a party, where known (e.g. from an earlier agreement).
    ///   - assessment: The consultant's assessment under stk. 2, if made.
    ///   - expectedDischarge: The planned discharge day, if known.
    ///   - rules: The content rules. Default: the statutory rules.
    ///   - followUp: The follow-up rule. Default: 5 weekdays.
    ///   - calendar: The working-day calendar.
    ///   - determination: Which placements qualify.
    /// - Throws: `ValidationError` when a name in the store cannot be a party's name.
    public static func prefill(
        stay: Stay, resident: Resident, placements: [Placement], asOf: CalendarDate, ward: Organisation? = nil,
        facility: ResidentialFacility? = nil, team: OutreachTeam? = nil, teamName: String? = nil,
        municipality: Organisation? = nil, generalPractitioner: DischargeParty? = nil,
        assessment: ConsultantAssessment? = nil, expectedDischarge: CalendarDate? = nil,
        rules: DischargeContentRuleSet = .statutory, followUp: FollowUpPolicy = .standard,
        calendar: DanishCalendar = .standard, determination: DischargeDeterminationPolicy = .standard
    ) throws(ValidationError) -> DischargeAgreementDraft {
        var prefilled: [Prefilled] = []
        var missing: [Finding] = []
        let policy = try DischargeWorklistPolicy(
            determination: determination, attentionAfterDays: 0)
        let lookup = DischargeWorklistInputs(
            placements: placements, residents: [resident], facilities: facility.map { [$0] } ?? [],
            assessments: assessment.map { [stay.episode: $0] } ?? [:]
        ).lookup(policy)
        let instant = (try? Instant(date: asOf, hour: 12)) ?? stay.admittedAt
        let entry = lookup.entry(for: stay, asOf: max(instant, stay.admittedAt))

        var parties = [try DischargeParty(role: .patient, name: resident.name.formatted)]
        prefilled.append(Prefilled(field: "parties", value: "patient", origin: "the resident record"))
        if let ward {
            parties.append(try DischargeParty(role: .psychiatricDepartment, name: ward.name, organisation: ward.id))
            prefilled.append(Prefilled(field: "parties", value: ward.name, origin: "the ward of the stay"))
        }
        if let facility {
            parties.append(
                try DischargeParty(role: .residentialFacility, name: facility.name, organisation: facility.id))
            prefilled.append(Prefilled(field: "parties", value: facility.name, origin: "the resident's placement"))
        }
        let outreachName = team?.name ?? teamName
        if let outreachName {
            parties.append(
                try DischargeParty(role: .outreachTeam, name: outreachName, organisation: facility?.outreachTeam))
            prefilled.append(Prefilled(field: "parties", value: outreachName, origin: "the facility's outreach team"))
        }
        let code = resident.actingMunicipality
        let municipalityName = municipality?.name ?? "\(code.name) Kommune"
        parties.append(try DischargeParty(role: .municipality, name: municipalityName, organisation: municipality?.id))
        prefilled.append(
            Prefilled(field: "parties", value: municipalityName, origin: "the acting municipality \(code.value)"))
        if let generalPractitioner {
            parties.append(generalPractitioner)
            prefilled.append(
                Prefilled(field: "parties", value: generalPractitioner.name, origin: "an earlier agreement or plan"))
        }

        let basis = entry?.basis ?? .consultantAssessment
        let evidence = entry?.evidence.map(\.description) ?? []
        prefilled.append(
            Prefilled(
                field: "legalBasis", value: basis.description,
                origin: evidence.isEmpty ? "no qualifying placement or assessment" : evidence.joined(separator: "; ")))
        if entry == nil {
            missing.append(
                Finding(
                    code: "draft.basis-assessment", severity: .error, path: "legalBasis",
                    message:
                        "No placement puts the patient in the mandatory group; record the senior consultant's "
                        + "assessment that the patient will not seek the necessary treatment or social offers.",
                    source: .section13aStk2))
        }

        var appointments: [FollowUpAppointment] = []
        if outreachName != nil {
            let base = expectedDischarge ?? asOf
            let deadline = calendar.adding(workingDays: followUp.weekdays, to: base)
            let onSite = facility.flatMap { facility in team?.onSiteWeekdays(at: facility.id) } ?? []
            var slot: CalendarDate?
            var day = base.adding(days: 1)
            while day <= deadline, slot == nil {
                if calendar.isWorkingDay(day), onSite.contains(day.weekday) { slot = day }
                day = day.adding(days: 1)
            }
            let summary =
                slot != nil
                ? "Botilbudsteamet følger op på teamets faste dag på botilbuddet (besøg eller opkald)"
                : "Botilbudsteamet følger op (besøg eller opkald) senest \(followUp.weekdays) hverdage efter udskrivning"
            appointments.append(FollowUpAppointment(date: slot ?? deadline, summary: summary, with: .outreachTeam))
            prefilled.append(
                Prefilled(
                    field: "followUpAppointments", value: (slot ?? deadline).iso8601,
                    origin:
                        "follow-up within \(followUp.weekdays) weekdays after "
                        + (expectedDischarge == nil ? "today" : "the planned discharge") + " (\(followUp.source))"
                        + (slot != nil ? ", on the team's on-site weekday" : "")))
        }

        let content = try DischargeContent(
            resident: resident.id, episode: stay.episode, ward: ward?.id, consultant: nil, legalBasis: basis,
            basisEvidence: evidence, parties: parties, offers: [], followUpAppointments: appointments,
            concludedOn: nil)
        let facts = DischargeDocumentFacts(
            kind: .agreement, content: content, dischargeDate: stay.dischargedAt?.calendarDate)
        missing += rules.failedRules(facts).map { $0.finding(for: facts) }
        let role =
            "Overlægen på \(ward?.name ?? "det psykiatriske afsnit") har ansvaret for aftalen "
            + "(\(DischargeLegalBasis.mandatory.citation.reference))"
        return DischargeAgreementDraft(content: content, consultantRole: role, prefilled: prefilled, missing: missing)
    }
}
