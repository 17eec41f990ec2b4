import BrobyggerCore
import BrobyggerResidents

/// The senior consultant's decision on compulsory follow-up after discharge (*tvungen opfølgning efter
/// udskrivning*), psykiatriloven §13d.
///
/// The decision is made before discharge (stk. 1: "inden patientens udskrivning") and can only order the patient to
/// attend medication in the psychiatric hospital system (stk. 2), which is the only ``Order`` there is. It starts on
/// the discharge day (Region Nordjylland's procedure). Duration and review interval come from
/// ``CompulsoryFollowUpTerms``, which has no default.
public struct CompulsoryFollowUpDecision: Identifiable, Sendable, Hashable, Codable {
    /// The identifier.
    public typealias ID = Identifier<CompulsoryFollowUpDecision>

    /// What the order may contain (§13d stk. 2): attending medication, nothing else.
    public enum Order: String, Sendable, Hashable, Codable, CaseIterable {
        /// Attend medication in the psychiatric hospital system (*møde op til medicinering i det psykiatriske
        /// sygehusvæsen*).
        case attendMedication = "attend_medication"
    }

    /// The identifier.
    public let id: ID
    /// The resident.
    public let resident: Resident.ID
    /// The stay.
    public let episode: EpisodeOfCareIdentifier
    /// When the decision was made.
    public let decidedAt: Instant
    /// The consultant.
    public let consultant: ResponsibleConsultant
    /// The order.
    public let order: Order
    /// Where the patient attends (the psychiatric department or outpatient clinic).
    public let attendAt: Organisation.ID?
    /// Duration and review interval.
    public let terms: CompulsoryFollowUpTerms

    /// Creates a decision.
    public init(
        id: ID, resident: Resident.ID, episode: EpisodeOfCareIdentifier, decidedAt: Instant,
        consultant: ResponsibleConsultant, order: Order = .attendMedication, attendAt: Organisation.ID? = nil,
        terms: CompulsoryFollowUpTerms
    ) {
        self.id = id
        self.resident = resident
        self.episode = episode
        self.decidedAt = decidedAt
        self.consultant = consultant
        self.order = order
        self.attendAt = attendAt
        self.terms = terms
    }

    /// The first day of the order: the discharge day, once discharged.
    public func startDate(stay: Stay) -> CalendarDate? { stay.dischargedAt?.calendarDate }

    /// The last day of the order under its terms, once discharged.
    public func endDate(stay: Stay) -> CalendarDate? {
        startDate(stay: stay).map { $0.adding(days: terms.maximumDays - 1) }
    }

    /// Checks the decision against the stay and the eligibility evaluation.
    ///
    /// Findings: `follow-up-order.after-discharge` (made after the discharge instant, §13d stk. 1),
    /// `follow-up-order.not-eligible` (a criterion not met, citing it), `follow-up-order.wrong-stay`.
    public func validate(stay: Stay, eligibility: CompulsoryFollowUpEligibility) -> ValidationReport {
        var report = ValidationReport()
        if stay.episode != episode || stay.resident != resident || eligibility.episode != episode {
            report.append(
                Finding(
                    code: "follow-up-order.wrong-stay", severity: .error, path: "episode",
                    message: "The decision, the stay and the eligibility evaluation are not about the same stay.",
                    source: .section13dStk1))
        }
        if decidedAt < stay.admittedAt {
            report.append(
                Finding(
                    code: "follow-up-order.before-admission", severity: .error, path: "decidedAt",
                    message: "The decision is dated before the current admission, on whose basis it must be made.",
                    source: .section13dStk1))
        }
        if let discharged = stay.endedAt, decidedAt > discharged {
            report.append(
                Finding(
                    code: "follow-up-order.after-discharge", severity: .error, path: "decidedAt",
                    message:
                        "The decision (\(decidedAt)) was made after the discharge (\(discharged)); it must be made "
                        + "before the patient is discharged.", source: .section13dStk1))
        }
        for verdict in eligibility.verdicts where !verdict.isMet {
            report.append(
                Finding(
                    code: "follow-up-order.not-eligible", severity: .error,
                    path: FieldPath("criteria").appending(verdict.criterion.rawValue),
                    message: "A criterion for compulsory follow-up is not met: "
                        + verdict.evidence.joined(separator: " "), source: verdict.criterion.citation))
        }
        return report
    }
}
