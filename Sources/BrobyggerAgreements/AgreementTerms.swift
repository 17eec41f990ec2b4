import BrobyggerCore
import BrobyggerResidents

/// The content of one version of a collaboration agreement: who the parties are and what they agree.
///
/// Terms are a working document: they can hold gaps and out-of-range values while being drafted, and
/// ``AgreementTemplate/validate(_:)`` reports what must be fixed before the parties sign. What the parties agree
/// about intensified effort and the overview meeting is kept as the residents' board's own types, so the board reads
/// exactly what was signed.
public struct AgreementTerms: Sendable, Hashable, Codable {
    /// The parties, each organisation once.
    public var parties: [AgreementParty]
    /// Values of the template's parameters; a parameter not set here takes the template's default.
    public var parameterValues: [ParameterKey: ParameterValue]
    /// Text the parties write into sections, by section key; added after the section's standard clauses.
    public var sectionTexts: [SectionKey: String]
    /// Checklist status by section key, for templates used as a checklist (VIVE's core elements).
    public var checklist: [SectionKey: ChecklistStatus]
    /// Local supplements: contact routines, visit schedule, points of attention, facility rules, medication
    /// ordering (Erfaringsopsamling 2024, Bilag 2).
    public var localSupplements: [LocalSupplement]
    /// The agreed criteria for joint intensified effort (Region Hovedstadens Psykiatri, “A. Fælles
    /// beboeroverbliksmøder”).
    public var intensifiedEffortCriteria: [IntensifiedEffortCriterion]
    /// The agreed resident-overview meeting schedule (Region Hovedstadens Psykiatri, “A. Fælles
    /// beboeroverbliksmøder”), if any.
    public var overviewMeeting: OverviewMeetingSchedule?

    /// Creates terms.
    public init(
        parties: [AgreementParty], parameterValues: [ParameterKey: ParameterValue] = [:],
        sectionTexts: [SectionKey: String] = [:], checklist: [SectionKey: ChecklistStatus] = [:],
        localSupplements: [LocalSupplement] = [], intensifiedEffortCriteria: [IntensifiedEffortCriterion] = [],
        overviewMeeting: OverviewMeetingSchedule? = nil
    ) {
        self.parties = parties
        self.parameterValues = parameterValues
        self.sectionTexts = sectionTexts
        self.checklist = checklist
        self.localSupplements = localSupplements
        self.intensifiedEffortCriteria = intensifiedEffortCriteria
        self.overviewMeeting = overviewMeeting
    }

    /// The party with `role`, when exactly one party has it.
    public func party(withRole role: PartyRole) -> AgreementParty? {
        let matches = parties.filter { $0.role == role }
        return matches.count == 1 ? matches[0] : nil
    }

    /// The party for the organisation `id`, if it is one.
    public func party(_ id: Organisation.ID) -> AgreementParty? {
        parties.first { $0.id == id }
    }
}
