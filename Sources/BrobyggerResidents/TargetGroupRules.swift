import BrobyggerCore

/// The regional rules for target groups: which diagnoses put a resident in which facility target group, which
/// residents the outreach team serves, and how long an unapproved offer may be used.
///
/// These vary by region (Erfaringsopsamling 2024, Bilag 1): Region Hovedstaden's teams serve residents
/// with any current or previous psychiatric course; Region Nordjylland's F-ACT teams only psychosis; Region
/// Midtjylland's only psychosis, depression and anxiety. They are configuration with documented defaults, never
/// constants.
public struct TargetGroupRules: Sendable, Hashable, Codable {
    /// Diagnoses that place a resident in the substance-use target group. Default: F10–F19.
    public let substanceUseDiagnoses: [DiagnosisCategoryRange]
    /// Diagnoses that place a resident in the developmental-disability target group. Default: F70–F79, F84.
    public let developmentalDisabilityDiagnoses: [DiagnosisCategoryRange]
    /// Diagnoses that place a resident in the psychiatric target group. Default: every F diagnosis not listed above.
    /// Never empty.
    public let psychiatricDiagnoses: [DiagnosisCategoryRange]
    /// Diagnoses that make a resident eligible for the outreach team; `nil` means any psychiatric diagnosis
    /// (Region Hovedstaden's "current or previous course in psychiatry", Erfaringsopsamling 2024, afsnit 3.1). Never an empty list.
    public let teamEligibleDiagnoses: [DiagnosisCategoryRange]?
    /// How many days an offer not approved for the resident's target group may be used in acute need: 21
    /// (serviceloven §4 stk. 4, three weeks). 0–365.
    public let unapprovedOfferMaximumDays: Int
    /// The further days allowed in exceptional cases: 21 (serviceloven §4 stk. 4, plus three weeks). 0–365.
    public let unapprovedOfferExceptionalExtensionDays: Int

    /// Creates rules; every parameter defaults to Region Hovedstaden's practice.
    ///
    /// - Throws: `ValidationError` naming the field: `target-group-rules.no-diagnoses` when the psychiatric list or a
    ///   given team list is empty (nobody would qualify), `target-group-rules.out-of-range` when a day limit is not
    ///   0–365.
    public init(
        substanceUseDiagnoses: [DiagnosisCategoryRange] = [.substanceUse],
        developmentalDisabilityDiagnoses: [DiagnosisCategoryRange] = [.intellectualDisability, .autismSpectrum],
        psychiatricDiagnoses: [DiagnosisCategoryRange] = [.mentalAndBehavioural],
        teamEligibleDiagnoses: [DiagnosisCategoryRange]? = nil,
        unapprovedOfferMaximumDays: Int = 21,
        unapprovedOfferExceptionalExtensionDays: Int = 21
    ) throws(ValidationError) {
        guard !psychiatricDiagnoses.isEmpty else {
            throw ValidationError(
                field: "psychiatricDiagnoses", code: "target-group-rules.no-diagnoses",
                rule: "The psychiatric target group has at least one diagnosis range", offendingValue: nil)
        }
        if let teamEligibleDiagnoses, teamEligibleDiagnoses.isEmpty {
            throw ValidationError(
                field: "teamEligibleDiagnoses", code: "target-group-rules.no-diagnoses",
                rule: "A team's target group has at least one diagnosis range (leave it out for any psychiatric one)",
                offendingValue: nil)
        }
        for (field, days) in [
            ("unapprovedOfferMaximumDays", unapprovedOfferMaximumDays),
            ("unapprovedOfferExceptionalExtensionDays", unapprovedOfferExceptionalExtensionDays),
        ] where !(0...365).contains(days) {
            throw ValidationError(
                field: FieldPath(field), code: "target-group-rules.out-of-range", rule: "\(field) is 0–365 days",
                offendingValue: String(days))
        }
        self.substanceUseDiagnoses = substanceUseDiagnoses
        self.developmentalDisabilityDiagnoses = developmentalDisabilityDiagnoses
        self.psychiatricDiagnoses = psychiatricDiagnoses
        self.teamEligibleDiagnoses = teamEligibleDiagnoses
        self.unapprovedOfferMaximumDays = unapprovedOfferMaximumDays
        self.unapprovedOfferExceptionalExtensionDays = unapprovedOfferExceptionalExtensionDays
    }

    private static func known(teamEligibleDiagnoses: [DiagnosisCategoryRange]? = nil) -> TargetGroupRules {
        do {
            return try TargetGroupRules(teamEligibleDiagnoses: teamEligibleDiagnoses)
        } catch {
            preconditionFailure("Built-in target-group rules are invalid: \(error)")
        }
    }

    /// Region Hovedstaden: every resident with a psychiatric course is in the team's target group (the default).
    public static let hovedstaden = known()
    /// Region Sjælland uses the same model as Region Hovedstaden (Erfaringsopsamling 2024, Bilag 1).
    public static let sjaelland = known()
    /// Region Nordjylland: F-ACT teams serve only citizens with a psychotic illness, F20–F29
    /// (Erfaringsopsamling 2024, Bilag 1).
    public static let nordjylland = known(teamEligibleDiagnoses: [.schizophreniaSpectrum])
    /// Region Midtjylland: psychosis, depression and anxiety only (Erfaringsopsamling 2024, afsnit 4.3.2; Bilag 1).
    public static let midtjylland = known(teamEligibleDiagnoses: [.schizophreniaSpectrum, .depression, .anxiety])

    private enum CodingKeys: String, CodingKey {
        case substanceUseDiagnoses, developmentalDisabilityDiagnoses, psychiatricDiagnoses, teamEligibleDiagnoses
        case unapprovedOfferMaximumDays, unapprovedOfferExceptionalExtensionDays
    }

    /// Decodes rules through the validating initialiser; a missing value takes its default.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let standard = Self.hovedstaden
        let substance = try c.decodeIfPresent([DiagnosisCategoryRange].self, forKey: .substanceUseDiagnoses)
        let developmental = try c.decodeIfPresent(
            [DiagnosisCategoryRange].self, forKey: .developmentalDisabilityDiagnoses)
        let psychiatric = try c.decodeIfPresent([DiagnosisCategoryRange].self, forKey: .psychiatricDiagnoses)
        let team = try c.decodeIfPresent([DiagnosisCategoryRange].self, forKey: .teamEligibleDiagnoses)
        let maximum = try c.decodeIfPresent(Int.self, forKey: .unapprovedOfferMaximumDays)
        let exceptional = try c.decodeIfPresent(Int.self, forKey: .unapprovedOfferExceptionalExtensionDays)
        self = try decoder.validating {
            try TargetGroupRules(
                substanceUseDiagnoses: substance ?? standard.substanceUseDiagnoses,
                developmentalDisabilityDiagnoses: developmental ?? standard.developmentalDisabilityDiagnoses,
                psychiatricDiagnoses: psychiatric ?? standard.psychiatricDiagnoses, teamEligibleDiagnoses: team,
                unapprovedOfferMaximumDays: maximum ?? standard.unapprovedOfferMaximumDays,
                unapprovedOfferExceptionalExtensionDays: exceptional ?? standard.unapprovedOfferExceptionalExtensionDays
            )
        }
    }

    /// Encodes the rules.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(substanceUseDiagnoses, forKey: .substanceUseDiagnoses)
        try c.encode(developmentalDisabilityDiagnoses, forKey: .developmentalDisabilityDiagnoses)
        try c.encode(psychiatricDiagnoses, forKey: .psychiatricDiagnoses)
        try c.encodeIfPresent(teamEligibleDiagnoses, forKey: .teamEligibleDiagnoses)
        try c.encode(unapprovedOfferMaximumDays, forKey: .unapprovedOfferMaximumDays)
        try c.encode(unapprovedOfferExceptionalExtensionDays, forKey: .unapprovedOfferExceptionalExtensionDays)
    }

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
    /// has a current or previous psychiatric course in the diagnoses this region's teams serve (Erfaringsopsamling
    /// 2024, afsnit 3.1; the §105 housing: Region Hovedstadens Psykiatri, “Målgruppe”).
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
