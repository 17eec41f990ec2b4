import BrobyggerCore

/// The local choices a relational-coordination analysis depends on, with documented defaults.
///
/// None of these is fixed by law or by a published standard: the minimum cell size and the band
/// cut-offs are regional or local practice, and the missing-answer policy is an analysis choice. A report records
/// the configuration it was made with. Publish one configuration per round: two reports of the same answers with
/// different settings can be subtracted from each other, which suppression within one report cannot prevent.
public struct RelationalCoordinationConfiguration: Sendable, Hashable, Codable {
    /// The smallest number of respondents a published cell may rest on (*k*). Default 5; values below 3 are
    /// rejected.
    ///
    /// Relational Coordination Analytics' own rule was not found; 5 with a floor of 3 is the norm of survey
    /// platforms (Culture Amp 5, Lattice 5 with minimum 3, Tivian 5 with a remainder rule; the platforms' help
    /// pages on anonymity).
    public let minimumCellSize: Int
    /// When partly answered ratings count. Default ``RelationalCoordinationMissingAnswerPolicy/standard``.
    public let missingAnswerPolicy: RelationalCoordinationMissingAnswerPolicy
    /// The band cut-offs. Default ``RelationalCoordinationBands/practiceDefault`` (unconfirmed practice).
    public let bands: RelationalCoordinationBands
    /// Whether the whole-network score includes the within-group ties (the diagonal). Default `false`: within-group
    /// ties are reliably rated higher than between-group ties (Hustoft et al. 2018, PMID 30127693), so
    /// including them flatters the network; the within-group aggregate is reported on its own either way.
    public let networkIncludesWithinGroupTies: Bool

    /// The smallest *k* accepted.
    public static let minimumCellSizeFloor = 3

    /// The defaults: *k* = 5, 4 of 7 items, bands 3.5/4.0, network without within-group ties.
    public static let standard = try! RelationalCoordinationConfiguration()

    /// Creates a configuration.
    /// - Throws: `ValidationError` with code `rc.configuration.minimum-cell-size-too-small` when
    ///   `minimumCellSize` is below 3.
    public init(
        minimumCellSize: Int = 5,
        missingAnswerPolicy: RelationalCoordinationMissingAnswerPolicy = .standard,
        bands: RelationalCoordinationBands = .practiceDefault,
        networkIncludesWithinGroupTies: Bool = false
    ) throws(ValidationError) {
        guard minimumCellSize >= Self.minimumCellSizeFloor else {
            throw ValidationError(
                field: "minimumCellSize", code: "rc.configuration.minimum-cell-size-too-small",
                rule: "Cells must rest on at least 3 respondents (k ≥ 3)", offendingValue: String(minimumCellSize))
        }
        self.minimumCellSize = minimumCellSize
        self.missingAnswerPolicy = missingAnswerPolicy
        self.bands = bands
        self.networkIncludesWithinGroupTies = networkIncludesWithinGroupTies
    }

    private enum CodingKeys: String, CodingKey {
        case minimumCellSize
        case missingAnswerPolicy
        case bands
        case networkIncludesWithinGroupTies
    }

    /// Decodes a configuration through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let k = try container.decode(Int.self, forKey: .minimumCellSize)
        let policy = try container.decode(RelationalCoordinationMissingAnswerPolicy.self, forKey: .missingAnswerPolicy)
        let bands = try container.decode(RelationalCoordinationBands.self, forKey: .bands)
        let includeWithin = try container.decode(Bool.self, forKey: .networkIncludesWithinGroupTies)
        self = try decoder.validating { () throws(ValidationError) in
            try Self(
                minimumCellSize: k, missingAnswerPolicy: policy, bands: bands,
                networkIncludesWithinGroupTies: includeWithin)
        }
    }
}
