import BrobyggerCore

/// The regional rules for target groups: which diagnoses put a resident in which facility target group, which
/// residents the outreach team serves, and how long an unapproved offer may be used.
///
/// These vary by region (DOMAIN.md §4, Erfaringsopsamling 2024, Bilag 1): Region Hovedstaden's teams serve residents
/// with any current or previous psychiatric course; Region Nordjylland's F-ACT teams only psychosis; Region
/// Midtjylland's only psychosis, depression and anxiety. They are configuration with documented defaults, never
/// constants.
public struct TargetGroupRules: Sendable, Hashable, Codable {
    /// Diagnoses that place a resident in the substance-use target group. Default: F10–F19.
    public var substanceUseDiagnoses: [DiagnosisCategoryRange]
    /// Diagnoses that place a resident in the developmental-disability target group. Default: F70–F79, F84.
    public var developmentalDisabilityDiagnoses: [DiagnosisCategoryRange]
    /// Diagnoses that place a resident in the psychiatric target group. Default: every F diagnosis not listed above.
    public var psychiatricDiagnoses: [DiagnosisCategoryRange]
    /// Diagnoses that make a resident eligible for the outreach team; `nil` means any psychiatric diagnosis
    /// (Region Hovedstaden's "current or previous course in psychiatry", Erfaringsopsamling 2024, afsnit 3.1).
    public var teamEligibleDiagnoses: [DiagnosisCategoryRange]?
    /// How many days an offer not approved for the resident's target group may be used in acute need: 21
    /// (serviceloven §4 stk. 4, three weeks).
    public var unapprovedOfferMaximumDays: Int
    /// The further days allowed in exceptional cases: 21 (serviceloven §4 stk. 4, plus three weeks).
    public var unapprovedOfferExceptionalExtensionDays: Int

    /// Creates rules; every parameter defaults to Region Hovedstaden's practice.
    public init(
        substanceUseDiagnoses: [DiagnosisCategoryRange] = [.substanceUse],
        developmentalDisabilityDiagnoses: [DiagnosisCategoryRange] = [.intellectualDisability, .autismSpectrum],
        psychiatricDiagnoses: [DiagnosisCategoryRange] = [.mentalAndBehavioural],
        teamEligibleDiagnoses: [DiagnosisCategoryRange]? = nil,
        unapprovedOfferMaximumDays: Int = 21,
        unapprovedOfferExceptionalExtensionDays: Int = 21
    ) {
        self.substanceUseDiagnoses = substanceUseDiagnoses
        self.developmentalDisabilityDiagnoses = developmentalDisabilityDiagnoses
        self.psychiatricDiagnoses = psychiatricDiagnoses
        self.teamEligibleDiagnoses = teamEligibleDiagnoses
        self.unapprovedOfferMaximumDays = unapprovedOfferMaximumDays
        self.unapprovedOfferExceptionalExtensionDays = unapprovedOfferExceptionalExtensionDays
    }

    /// Region Hovedstaden: every resident with a psychiatric course is in the team's target group (the default).
    public static let hovedstaden = TargetGroupRules()
    /// Region Sjælland uses the same model as Region Hovedstaden (Erfaringsopsamling 2024, Bilag 1).
    public static let sjaelland = TargetGroupRules()
    /// Region Nordjylland: F-ACT teams serve only citizens with a psychotic illness, F20–F29 (Erfaringsopsamling 2024,
    /// Bilag 1).
    public static let nordjylland = TargetGroupRules(teamEligibleDiagnoses: [.schizophreniaSpectrum])
    /// Region Midtjylland: psychosis, depression and anxiety only (Erfaringsopsamling 2024, afsnit 4.3.2; Bilag 1).
    public static let midtjylland = TargetGroupRules(teamEligibleDiagnoses: [
        .schizophreniaSpectrum, .depression, .anxiety,
    ])

    /// The facility target groups a set of diagnoses places a resident in.
    ///
    /// A diagnosis in a substance-use or developmental range counts only there; any other diagnosis in the
    /// psychiatric ranges counts as psychiatric. A resident with `DF20` and `DF12` is therefore in both the
    /// psychiatric and the substance-use group (dual diagnosis).
    public func targetGroups(for diagnoses: some Sequence<DiagnosisCode>) -> Set<TargetGroup> {
        var groups: Set<TargetGroup> = []
        for code in diagnoses {
            if substanceUseDiagnoses.contains(where: { $0.contains(code) }) {
                groups.insert(.substanceUse)
            } else if developmentalDisabilityDiagnoses.contains(where: { $0.contains(code) }) {
                groups.insert(.developmentalDisability)
            } else if psychiatricDiagnoses.contains(where: { $0.contains(code) }) {
                groups.insert(.psychiatric)
            }
        }
        return groups
    }

    /// The target groups of a resident from the diagnoses given on or before a date.
    public func targetGroups(of resident: Resident, on date: CalendarDate) -> Set<TargetGroup> {
        targetGroups(for: resident.diagnoses.lazy.filter { $0.date <= date }.map(\.code))
    }

    /// Whether a resident belongs to the outreach team's target group: lives on a §107/§108/ABL §105 facility and
    /// has a current or previous psychiatric course in the diagnoses this region's teams serve (DOMAIN.md §4).
    public func isInTeamTargetGroup(_ resident: Resident, livingOn facility: ResidentialFacility, on date: CalendarDate)
        -> Bool
    {
        let codes = resident.diagnoses.lazy.filter { $0.date <= date }.map(\.code)
        if let eligible = teamEligibleDiagnoses {
            return codes.contains { code in eligible.contains { $0.contains(code) } }
        }
        return codes.contains { code in
            psychiatricDiagnoses.contains { $0.contains(code) }
                && !substanceUseDiagnoses.contains { $0.contains(code) }
        }
    }
}
