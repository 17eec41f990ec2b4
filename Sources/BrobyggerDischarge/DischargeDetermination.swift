import BrobyggerCore
import BrobyggerResidents

/// Which group of psykiatriloven §13a a discharged or admitted patient is in, with the evidence and when the senior
/// consultant became aware of it.
///
/// A patient with a qualifying placement (DischargeDeterminationPolicy) active during the stay is in the mandatory
/// group of §13a stk. 1; otherwise a positive ``ConsultantAssessment`` puts them in the group of stk. 2; otherwise
/// the duty does not apply. The duty in stk. 1 rests on what the consultant *knows* ("som overlægen er bekendt
/// med"), so the determination records when the consultant became aware; Region Hovedstaden's agreement has the
/// centre ask about municipal support at admission.
public struct DischargeDetermination: Sendable, Hashable, Codable {
    /// One fact the determination rests on.
    public struct Evidence: Sendable, Hashable, Codable, CustomStringConvertible {
        /// What the fact is, in words.
        public var statement: String
        /// The placement behind it, if any.
        public var placement: Placement.ID?
        /// The rule it satisfies.
        public var source: SourceCitation

        /// Creates evidence.
        public init(statement: String, placement: Placement.ID? = nil, source: SourceCitation) {
            self.statement = statement
            self.placement = placement
            self.source = source
        }

        /// The statement and its source.
        public var description: String { "\(statement) (\(source))" }
    }

    /// The resident.
    public var resident: Resident.ID
    /// The stay the determination is for.
    public var episode: EpisodeOfCareIdentifier
    /// The group, or `nil` when §13a does not apply.
    public var basis: DischargeLegalBasis?
    /// The facts behind the determination.
    public var evidence: [Evidence]
    /// When the consultant became aware of the support (stk. 1) or made the assessment (stk. 2); `nil` when unknown.
    public var consultantAwareOn: CalendarDate?

    /// Creates a determination from its parts.
    public init(
        resident: Resident.ID, episode: EpisodeOfCareIdentifier, basis: DischargeLegalBasis?, evidence: [Evidence],
        consultantAwareOn: CalendarDate?
    ) {
        self.resident = resident
        self.episode = episode
        self.basis = basis
        self.evidence = evidence
        self.consultantAwareOn = consultantAwareOn
    }

    /// Whether an agreement (or, on refusal, a plan) is required before discharge.
    public var requiresDocument: Bool { basis != nil }

    /// Determines the group for a stay.
    ///
    /// - Parameters:
    ///   - stay: The stay.
    ///   - placements: The resident's placements (others are ignored).
    ///   - consultantAwareOn: When the consultant learnt of the support, if recorded.
    ///   - assessment: The consultant's stk. 2 assessment, if one was made.
    ///   - policy: Which placements qualify.
    public static func determine(
        stay: Stay, placements: [Placement], consultantAwareOn: CalendarDate? = nil,
        assessment: ConsultantAssessment? = nil, policy: DischargeDeterminationPolicy = .standard
    ) -> DischargeDetermination {
        let stayDays = days(of: stay)
        var evidence: [Evidence] = []
        for placement in placements where qualifies(placement, stay: stay, days: stayDays, policy: policy) {
            evidence.append(
                Evidence(
                    statement:
                        "Placement under \(placement.legalBasis.statute) (\(placement.legalBasis.danishName)) in force "
                        + "\(placement.period): support under serviceloven afsnit V.",
                    placement: placement.id, source: .section13aStk1))
        }
        if !evidence.isEmpty {
            return DischargeDetermination(
                resident: stay.resident, episode: stay.episode, basis: .mandatory, evidence: evidence,
                consultantAwareOn: consultantAwareOn)
        }
        if let assessment, assessment.willNotSeekNecessaryTreatment {
            return DischargeDetermination(
                resident: stay.resident, episode: stay.episode, basis: .consultantAssessment,
                evidence: [
                    Evidence(
                        statement:
                            "\(assessment.consultant) assessed on \(assessment.assessedOn) that the patient will not "
                            + "seek the necessary treatment or social offers: \(assessment.grounds)",
                        source: .section13aStk2)
                ], consultantAwareOn: assessment.assessedOn)
        }
        return DischargeDetermination(
            resident: stay.resident, episode: stay.episode, basis: nil,
            evidence: [
                Evidence(
                    statement: "No qualifying placement during the stay and no consultant's assessment under stk. 2.",
                    source: .section13aStk1)
            ], consultantAwareOn: nil)
    }

    /// The group ``determine(stay:placements:consultantAwareOn:assessment:policy:)`` finds, without the evidence's
    /// words: for reports over many stays, which need the group only.
    static func basis(
        stay: Stay, placements: [Placement], assessment: ConsultantAssessment?, policy: DischargeDeterminationPolicy
    ) -> DischargeLegalBasis? {
        let stayDays = days(of: stay)
        if placements.contains(where: { qualifies($0, stay: stay, days: stayDays, policy: policy) }) {
            return .mandatory
        }
        if let assessment, assessment.willNotSeekNecessaryTreatment { return .consultantAssessment }
        return nil
    }

    /// The days of a stay, from its admission to its discharge (to its admission while it goes on).
    private static func days(of stay: Stay) -> DayRange {
        let last = stay.endDate ?? stay.admissionDate
        return DayRange(uncheckedStart: stay.admissionDate, end: max(last, stay.admissionDate))
    }

    /// Whether a placement puts the stay in the mandatory group (psykiatriloven §13a stk. 1): it is the resident's,
    /// its basis qualifies under the policy and it is in force on a day of the stay.
    private static func qualifies(
        _ placement: Placement, stay: Stay, days: DayRange, policy: DischargeDeterminationPolicy
    ) -> Bool {
        placement.resident == stay.resident && policy.qualifyingPlacementBases.contains(placement.legalBasis)
            && placement.period.overlaps(days)
    }

    /// Findings about the determination: a mandatory-group patient whose consultant's awareness is not recorded, or
    /// was recorded only after the discharge.
    public func validate(dischargeDate: CalendarDate?) -> ValidationReport {
        guard basis == .mandatory else { return ValidationReport() }
        guard let aware = consultantAwareOn else {
            return ValidationReport([
                Finding(
                    code: "discharge.awareness-not-recorded", severity: .warning, path: "consultantAwareOn",
                    message:
                        "The patient receives support under serviceloven afsnit V, but when the senior consultant "
                        + "became aware of it is not recorded.", source: .section13aStk1)
            ])
        }
        if let dischargeDate, aware > dischargeDate {
            return ValidationReport([
                Finding(
                    code: "discharge.awareness-after-discharge", severity: .warning, path: "consultantAwareOn",
                    message:
                        "The senior consultant became aware of the support on \(aware), after the discharge on "
                        + "\(dischargeDate).", source: .section13aStk1)
            ])
        }
        return ValidationReport()
    }
}

extension DayRange {
    /// A range whose end is known not to precede its start.
    init(uncheckedStart start: CalendarDate, end: CalendarDate) {
        // The caller guarantees end >= start, so the validating initialiser cannot fail.
        self = (try? DayRange(start: start, end: end)) ?? DayRange(day: start)
    }
}
