import BrobyggerCore

/// The design of a relational-coordination survey: the focal work process, the workgroups, who rates whom, the
/// instrument and the rounds.
///
/// The survey asks about one predefined shared task, filled in for the local context (VIVE 2023, afsnit 3.2.1.1), for
/// example "discharge of *botilbud* residents from the ward". All involved partners answer the seven items about
/// each other group.
public struct RelationalCoordinationSurvey: Sendable, Hashable, Codable, Identifiable {
    /// The typed identifier of a survey.
    public typealias ID = Identifier<RelationalCoordinationSurvey>

    /// The survey's identifier.
    public let id: ID
    /// The focal work process the items ask about (VIVE 2023, afsnit 3.2.1.1: *en specifik prædefineret opgave*).
    public let focalWorkProcess: String
    /// The instrument (option order and score map) the answers are scored with.
    public let instrument: RelationalCoordinationInstrument
    /// The workgroups, in the order reports show them.
    public let workgroups: [RelationalCoordinationWorkgroup]
    /// Who rates whom.
    public let ratingPlan: RelationalCoordinationRatingPlan
    /// The rounds, ordered by opening date.
    public let rounds: [RelationalCoordinationRound]

    /// Creates a survey design.
    /// - Throws: `ValidationError` when the focal work process is empty, there are fewer than two workgroups, group
    ///   or round identifiers repeat, there is no round, or an explicit plan names a group outside the survey.
    public init(
        id: ID,
        focalWorkProcess: String,
        instrument: RelationalCoordinationInstrument = .standard,
        workgroups: [RelationalCoordinationWorkgroup],
        ratingPlan: RelationalCoordinationRatingPlan = .everyGroupRatesEveryGroup(includingOwnGroup: true),
        rounds: [RelationalCoordinationRound]
    ) throws(ValidationError) {
        guard !focalWorkProcess.allSatisfy(\.isWhitespace) else {
            throw ValidationError(
                field: "focalWorkProcess", code: "rc.survey.empty-focal-process",
                rule: "A survey asks about a named focal work process", offendingValue: focalWorkProcess)
        }
        guard workgroups.count >= 2 else {
            throw ValidationError(
                field: "workgroups", code: "rc.survey.too-few-workgroups",
                rule: "Relational coordination is measured between at least two workgroups",
                offendingValue: String(workgroups.count))
        }
        var groupIDs = Set<RelationalCoordinationWorkgroup.ID>()
        for (index, group) in workgroups.enumerated() where !groupIDs.insert(group.id).inserted {
            throw ValidationError(
                field: FieldPath("workgroups").appending(index: index), code: "rc.survey.duplicate-workgroup",
                rule: "Workgroup identifiers are unique within a survey", offendingValue: group.id.description)
        }
        if case .explicit(let ties) = ratingPlan {
            guard !ties.isEmpty else {
                throw ValidationError(
                    field: "ratingPlan", code: "rc.survey.empty-plan", rule: "An explicit rating plan lists ties",
                    offendingValue: nil)
            }
            var seen = Set<RelationalCoordinationTie>()
            for (index, tie) in ties.enumerated() {
                let path = FieldPath("ratingPlan").appending(index: index)
                guard groupIDs.contains(tie.rater), groupIDs.contains(tie.rated) else {
                    throw ValidationError(
                        field: path, code: "rc.survey.plan-unknown-workgroup",
                        rule: "A rating plan names only the survey's workgroups",
                        offendingValue: "\(tie.rater)→\(tie.rated)")
                }
                guard seen.insert(tie).inserted else {
                    throw ValidationError(
                        field: path, code: "rc.survey.plan-duplicate-tie", rule: "A rating plan lists a tie once",
                        offendingValue: "\(tie.rater)→\(tie.rated)")
                }
            }
        }
        guard !rounds.isEmpty else {
            throw ValidationError(
                field: "rounds", code: "rc.survey.no-rounds", rule: "A survey has at least one round",
                offendingValue: nil)
        }
        var roundIDs = Set<RelationalCoordinationRound.ID>()
        for (index, round) in rounds.enumerated() where !roundIDs.insert(round.id).inserted {
            throw ValidationError(
                field: FieldPath("rounds").appending(index: index), code: "rc.survey.duplicate-round",
                rule: "Round identifiers are unique within a survey", offendingValue: round.id.description)
        }
        self.id = id
        self.focalWorkProcess = focalWorkProcess
        self.instrument = instrument
        self.workgroups = workgroups
        self.ratingPlan = ratingPlan
        self.rounds = rounds.sorted { ($0.opens, $0.closes) < ($1.opens, $1.closes) }
    }

    /// The workgroup with identifier `id`, if it takes part.
    public func workgroup(_ id: RelationalCoordinationWorkgroup.ID) -> RelationalCoordinationWorkgroup? {
        workgroups.first { $0.id == id }
    }

    /// The round with identifier `id`, if the survey has it.
    public func round(_ id: RelationalCoordinationRound.ID) -> RelationalCoordinationRound? {
        rounds.first { $0.id == id }
    }

    /// The ties the plan asks about, rater-major in workgroup order.
    public var plannedTies: [RelationalCoordinationTie] {
        workgroups.flatMap { rater in
            workgroups.compactMap { rated in
                let tie = RelationalCoordinationTie(rater: rater.id, rated: rated.id)
                return ratingPlan.includes(tie) ? tie : nil
            }
        }
    }

    private enum CodingKeys: String, CodingKey {
        case id
        case focalWorkProcess
        case instrument
        case workgroups
        case ratingPlan
        case rounds
    }

    /// Decodes a survey through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let id = try container.decode(ID.self, forKey: .id)
        let focalWorkProcess = try container.decode(String.self, forKey: .focalWorkProcess)
        let instrument = try container.decode(RelationalCoordinationInstrument.self, forKey: .instrument)
        let workgroups = try container.decode([RelationalCoordinationWorkgroup].self, forKey: .workgroups)
        let ratingPlan = try container.decode(RelationalCoordinationRatingPlan.self, forKey: .ratingPlan)
        let rounds = try container.decode([RelationalCoordinationRound].self, forKey: .rounds)
        self = try decoder.validating { () throws(ValidationError) in
            try Self(
                id: id, focalWorkProcess: focalWorkProcess, instrument: instrument, workgroups: workgroups,
                ratingPlan: ratingPlan, rounds: rounds)
        }
    }
}
