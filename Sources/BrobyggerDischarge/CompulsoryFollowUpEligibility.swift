import BrobyggerCore
import BrobyggerResidents

/// Whether a patient may be ordered to compulsory follow-up after discharge (psykiatriloven §13d stk. 1), with each
/// of the five cumulative criteria judged separately and explained by its evidence.
///
/// Windows, counted in Europe/Copenhagen calendar days: "the last 3 years before the current admission" runs from
/// the same calendar day 3 years before the admission date (inclusive) to the day before the admission;
/// "the last half year" likewise from the same day 6 months before. An admission exactly 3 years before counts; one
/// a day earlier does not.
public struct CompulsoryFollowUpEligibility: Sendable, Hashable, Codable {
    /// The verdict on one criterion.
    public struct Verdict: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The criterion.
        public var criterion: CompulsoryFollowUpCriterion
        /// Whether it is met.
        public var isMet: Bool
        /// The facts behind the verdict, in words.
        public var evidence: [String]

        /// Creates a verdict.
        public init(criterion: CompulsoryFollowUpCriterion, isMet: Bool, evidence: [String]) {
            self.criterion = criterion
            self.isMet = isMet
            self.evidence = evidence
        }

        /// `criterion: met|not met — evidence (source)`.
        public var description: String {
            "\(criterion): \(isMet ? "met" : "not met") — \(evidence.joined(separator: "; ")) (\(criterion.citation))"
        }
    }

    /// The stay the evaluation is for.
    public var episode: EpisodeOfCareIdentifier
    /// The five verdicts, in the order of the criteria (`CompulsoryFollowUpCriterion.allCases`).
    public var verdicts: [Verdict]

    /// Creates an evaluation from its verdicts.
    public init(episode: EpisodeOfCareIdentifier, verdicts: [Verdict]) {
        self.episode = episode
        self.verdicts = verdicts
    }

    /// Whether all five criteria are met.
    public var isEligible: Bool {
        verdicts.count == CompulsoryFollowUpCriterion.allCases.count && verdicts.allSatisfy(\.isMet)
    }

    /// The verdict on a criterion.
    public func verdict(_ criterion: CompulsoryFollowUpCriterion) -> Verdict? {
        verdicts.first { $0.criterion == criterion }
    }

    /// The criteria not met.
    public var unmetCriteria: [CompulsoryFollowUpCriterion] { verdicts.filter { !$0.isMet }.map(\.criterion) }

    /// Findings, one per criterion not met, each citing its paragraph.
    public var findings: ValidationReport {
        ValidationReport(
            verdicts.filter { !$0.isMet }.map {
                Finding(
                    code: "follow-up-order.criterion-not-met", severity: .information,
                    path: FieldPath("verdicts").appending($0.criterion.rawValue),
                    message: $0.evidence.joined(separator: " "), source: $0.criterion.citation)
            })
    }

    /// Evaluates the criteria for a stay.
    ///
    /// - Parameters:
    ///   - stay: The current admission.
    ///   - history: The resident's other stays (the current one and other residents' are ignored).
    ///   - adherence: Non-adherence events to agreements and plans.
    ///   - outreach: Outreach treatment prescriptions.
    ///   - risk: The consultant's risk assessment, if made.
    public static func evaluate(
        stay: Stay, history: [Stay], adherence: [AdherenceEvent], outreach: [OutreachTreatmentPrescription],
        risk: RiskAssessment?
    ) -> CompulsoryFollowUpEligibility {
        let admission = stay.admissionDate
        let threeYearsBefore = admission.adding(years: -3)
        let halfYearBefore = admission.adding(months: -6)
        let dayBefore = admission.adding(days: -1)
        let window = "\(threeYearsBefore)–\(dayBefore)"
        var verdicts: [Verdict] = []

        // Risk condition.
        if let risk {
            let day = risk.assessedAt.calendarDate
            let inStay = risk.assessedAt >= stay.admittedAt && (stay.endedAt.map { risk.assessedAt <= $0 } ?? true)
            let met = risk.wellFoundedImminentRisk && inStay
            var evidence = [
                "\(risk.consultant) assessed on \(day): "
                    + (risk.wellFoundedImminentRisk ? "well-founded, imminent risk" : "no such risk")
                    + " (\(risk.grounds))."
            ]
            if !inStay { evidence.append("The assessment was not made during the current admission.") }
            verdicts.append(Verdict(criterion: .riskOfStoppingTreatment, isMet: met, evidence: evidence))
        } else {
            verdicts.append(
                Verdict(
                    criterion: .riskOfStoppingTreatment, isMet: false,
                    evidence: ["No risk assessment by the senior consultant is recorded."]))
        }

        // Nr. 1: at least 3 compulsory admissions in the 3 years before.
        let compulsory = history.filter {
            $0.resident == stay.resident && $0.episode != stay.episode && $0.isCompulsoryAdmission
                && $0.admissionDate >= threeYearsBefore && $0.admissionDate < admission
        }.sorted { $0.admittedAt < $1.admittedAt }
        verdicts.append(
            Verdict(
                criterion: .threeCompulsoryAdmissions, isMet: compulsory.count >= 3,
                evidence: [
                    "\(compulsory.count) compulsory admission(s) in \(window)"
                        + (compulsory.isEmpty
                            ? "."
                            : ": " + compulsory.map { "\($0.admissionDate) (\($0.episode))" }.joined(separator: ", ")
                                + ".")
                ]))

        // Nr. 2: at least one non-adherence in those 3 years.
        let missed = adherence.filter {
            $0.resident == stay.resident && $0.date >= threeYearsBefore && $0.date < admission
        }.sorted { $0.date < $1.date }
        verdicts.append(
            Verdict(
                criterion: .nonAdherenceToAgreementOrPlan, isMet: !missed.isEmpty,
                evidence: [
                    "\(missed.count) failure(s) to follow an agreement or plan in \(window)"
                        + (missed.isEmpty
                            ? "." : ": " + missed.map { "\($0.date) (\($0.document))" }.joined(separator: ", ") + ".")
                ]))

        // Nr. 3: compulsory admission or detention in this stay.
        verdicts.append(
            Verdict(
                criterion: .coercionInCurrentAdmission, isMet: stay.legalStatus.involvesCoercion,
                evidence: ["The current admission on \(admission) is \(stay.legalStatus.rawValue)."]))

        // Nr. 4: outreach prescribed in the last half year, medication not followed in it.
        let halfYear = "\(halfYearBefore)–\(dayBefore)"
        var outreachEvidence: [String] = []
        var outreachMet = false
        for prescription in outreach where prescription.resident == stay.resident {
            let overlaps =
                prescription.period.start < admission
                && (prescription.period.end.map { $0 >= halfYearBefore } ?? true)
            guard overlaps else { continue }
            let days = prescription.medicationNotFollowedOn.filter {
                $0 >= halfYearBefore && $0 < admission && prescription.period.contains($0)
            }
            outreachEvidence.append(
                "Outreach treatment prescribed \(prescription.period); medication not followed on "
                    + (days.isEmpty ? "no day in \(halfYear)." : days.map(\.description).joined(separator: ", ") + "."))
            if !days.isEmpty { outreachMet = true }
        }
        if outreachEvidence.isEmpty {
            outreachEvidence = ["No outreach treatment prescribed in \(halfYear)."]
        }
        verdicts.append(
            Verdict(criterion: .outreachMedicationNotFollowed, isMet: outreachMet, evidence: outreachEvidence))

        return CompulsoryFollowUpEligibility(episode: stay.episode, verdicts: verdicts)
    }
}
