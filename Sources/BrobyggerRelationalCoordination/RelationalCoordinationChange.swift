import BrobyggerCore

/// The change between two scored rounds of the same survey, per tie, per group and for the network.
///
/// Typical use is a before/after design around an intervention such as joint competence development of facility
/// and outreach-team staff, which aims at the seven dimensions (Region Hovedstadens Psykiatri, “B. Fælles
/// kompetenceudviklingsaktiviteter”). "Before/after measurements cannot stand alone" (VIVE 2023, Bilag 1; afsnit
/// 3.2.1.3): present the change with the qualitative evaluation.
public struct RelationalCoordinationChange: Sendable, Hashable, Codable {
    /// The change of one tie.
    public struct TieChange: Sendable, Hashable, Codable {
        /// The tie.
        public let tie: RelationalCoordinationTie
        /// Its change.
        public let change: RelationalCoordinationScoreChange
    }

    /// The change of one workgroup's aggregates.
    public struct GroupChange: Sendable, Hashable, Codable {
        /// The workgroup.
        public let workgroup: RelationalCoordinationWorkgroup.ID
        /// The change of how the other groups rate it.
        public let ratedByOthers: RelationalCoordinationScoreChange
        /// The change of how it rates the other groups.
        public let ratingOthers: RelationalCoordinationScoreChange
    }

    /// The earlier round.
    public let before: RelationalCoordinationRound
    /// The later round.
    public let after: RelationalCoordinationRound
    /// One change per tie present in both reports, in the later report's order.
    public let ties: [TieChange]
    /// One change per workgroup present in both reports.
    public let groups: [GroupChange]
    /// The change of the within-group aggregate.
    public let withinGroup: RelationalCoordinationScoreChange
    /// The change of the between-group aggregate.
    public let betweenGroup: RelationalCoordinationScoreChange
    /// The change of the whole network.
    public let network: RelationalCoordinationScoreChange

    /// Compares two reports of the same survey.
    /// - Throws: `ValidationError` when the reports belong to different surveys, are the same round, or were made
    ///   with different configurations (different *k*, policy or bands make values incomparable).
    public init(from before: RelationalCoordinationReport, to after: RelationalCoordinationReport)
        throws(ValidationError)
    {
        guard before.surveyID == after.surveyID else {
            throw ValidationError(
                field: "after.surveyID", code: "rc.change.different-surveys",
                rule: "Change is measured between rounds of the same survey", offendingValue: after.surveyID.description
            )
        }
        guard before.round.id != after.round.id else {
            throw ValidationError(
                field: "after.round", code: "rc.change.same-round", rule: "Change is measured between two rounds",
                offendingValue: after.round.label)
        }
        guard before.configuration == after.configuration, before.instrumentVersion == after.instrumentVersion else {
            throw ValidationError(
                field: "after.configuration", code: "rc.change.different-configuration",
                rule: "Rounds compared must be scored with the same configuration and instrument version",
                offendingValue: nil)
        }
        self.before = before.round
        self.after = after.round
        ties = after.ties.compactMap { tie in
            before.tie(from: tie.tie.rater, to: tie.tie.rated).map {
                TieChange(tie: tie.tie, change: RelationalCoordinationScoreChange(before: $0.cell, after: tie.cell))
            }
        }
        groups = after.groups.compactMap { group in
            before.group(group.workgroup).map {
                GroupChange(
                    workgroup: group.workgroup,
                    ratedByOthers: RelationalCoordinationScoreChange(
                        before: $0.ratedByOthers, after: group.ratedByOthers),
                    ratingOthers: RelationalCoordinationScoreChange(before: $0.ratingOthers, after: group.ratingOthers))
            }
        }
        withinGroup = RelationalCoordinationScoreChange(before: before.withinGroup, after: after.withinGroup)
        betweenGroup = RelationalCoordinationScoreChange(before: before.betweenGroup, after: after.betweenGroup)
        network = RelationalCoordinationScoreChange(before: before.network, after: after.network)
    }

    /// The change of the tie `rater` → `rated`, if both reports have it.
    public func tie(
        from rater: RelationalCoordinationWorkgroup.ID, to rated: RelationalCoordinationWorkgroup.ID
    ) -> RelationalCoordinationScoreChange? {
        ties.first { $0.tie.rater == rater && $0.tie.rated == rated }?.change
    }
}
