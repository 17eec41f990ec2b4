import BrobyggerCore

/// The scored result of one survey round: every tie, every group, the within-group, between-group and network
/// aggregates, reliability, what was withheld for privacy, and the data-quality findings.
///
/// A report holds only what may be shown: withheld cells carry no scores and no *n*, and respondent pseudonyms are
/// never included. Render it with ``RelationalCoordinationMarkdownRenderer`` or ``RelationalCoordinationHeatMap``.
public struct RelationalCoordinationReport: Sendable, Hashable, Codable {
    /// The survey scored.
    public let surveyID: RelationalCoordinationSurvey.ID
    /// The focal work process asked about.
    public let focalWorkProcess: String
    /// The round scored.
    public let round: RelationalCoordinationRound
    /// The workgroups in report order.
    public let workgroups: [RelationalCoordinationWorkgroup]
    /// The identifier of the instrument the answers were scored with.
    public let instrumentID: String
    /// The version of the instrument's score map.
    public let instrumentVersion: String
    /// The configuration the report was made with (*k*, missing-answer policy, band cut-offs).
    public let configuration: RelationalCoordinationConfiguration
    /// One result per planned tie, rater-major in workgroup order.
    public let ties: [RelationalCoordinationTieResult]
    /// One result per workgroup, in workgroup order.
    public let groups: [RelationalCoordinationGroupResult]
    /// All within-group ties pooled (the diagonal).
    public let withinGroup: RelationalCoordinationCell
    /// All between-group ties pooled (everything off the diagonal).
    public let betweenGroup: RelationalCoordinationCell
    /// The whole network: the between-group ties, plus the within-group ties when the configuration says so.
    public let network: RelationalCoordinationCell
    /// Cronbach's α of the seven items.
    public let reliability: RelationalCoordinationReliability
    /// What was withheld.
    public let suppression: RelationalCoordinationSuppressionSummary
    /// Problems found in the responses (unknown groups, options out of range, duplicates); affected answers are
    /// left out of the scores.
    public let dataQuality: ValidationReport

    /// Creates a report; normally made by ``RelationalCoordinationScorer``.
    public init(
        surveyID: RelationalCoordinationSurvey.ID,
        focalWorkProcess: String,
        round: RelationalCoordinationRound,
        workgroups: [RelationalCoordinationWorkgroup],
        instrumentID: String,
        instrumentVersion: String,
        configuration: RelationalCoordinationConfiguration,
        ties: [RelationalCoordinationTieResult],
        groups: [RelationalCoordinationGroupResult],
        withinGroup: RelationalCoordinationCell,
        betweenGroup: RelationalCoordinationCell,
        network: RelationalCoordinationCell,
        reliability: RelationalCoordinationReliability,
        suppression: RelationalCoordinationSuppressionSummary,
        dataQuality: ValidationReport
    ) {
        self.surveyID = surveyID
        self.focalWorkProcess = focalWorkProcess
        self.round = round
        self.workgroups = workgroups
        self.instrumentID = instrumentID
        self.instrumentVersion = instrumentVersion
        self.configuration = configuration
        self.ties = ties
        self.groups = groups
        self.withinGroup = withinGroup
        self.betweenGroup = betweenGroup
        self.network = network
        self.reliability = reliability
        self.suppression = suppression
        self.dataQuality = dataQuality
    }

    /// The result for the tie `rater` → `rated`, or `nil` when the plan does not ask it.
    public func tie(
        from rater: RelationalCoordinationWorkgroup.ID, to rated: RelationalCoordinationWorkgroup.ID
    ) -> RelationalCoordinationTieResult? {
        ties.first { $0.tie.rater == rater && $0.tie.rated == rated }
    }

    /// The result for workgroup `id`.
    public func group(_ id: RelationalCoordinationWorkgroup.ID) -> RelationalCoordinationGroupResult? {
        groups.first { $0.workgroup == id }
    }

    /// The name of workgroup `id`, for renderings.
    public func name(of id: RelationalCoordinationWorkgroup.ID) -> String {
        workgroups.first { $0.id == id }?.name ?? id.description
    }
}
