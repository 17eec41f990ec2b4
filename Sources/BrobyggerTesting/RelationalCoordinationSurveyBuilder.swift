import BrobyggerCore
import BrobyggerRelationalCoordination
import Foundation

/// Builds relational-coordination survey designs with deterministic identifiers, for tests and examples.
public struct RelationalCoordinationSurveyBuilder: Sendable {
    /// The focal work process the survey asks about.
    public var focalWorkProcess: String
    /// The instrument. Default `RelationalCoordinationInstrument.standard`.
    public var instrument: RelationalCoordinationInstrument = .standard
    /// Who rates whom. Default every group rates every group, its own included.
    public var ratingPlan: RelationalCoordinationRatingPlan = .everyGroupRatesEveryGroup(includingOwnGroup: true)
    /// The workgroups added so far.
    public private(set) var workgroups: [RelationalCoordinationWorkgroup] = []
    /// The rounds added so far.
    public private(set) var rounds: [RelationalCoordinationRound] = []
    private var random: RelationalCoordinationRandomSource
    private let surveyID: RelationalCoordinationSurvey.ID

    /// Creates a builder; the same seed gives the same identifiers.
    public init(
        focalWorkProcess: String = "Discharge of botilbud residents from the psychiatric ward", seed: UInt64 = 1
    ) {
        self.focalWorkProcess = focalWorkProcess
        random = RelationalCoordinationRandomSource(seed: seed)
        surveyID = RelationalCoordinationSurvey.ID(rawValue: random.uuid())
    }

    /// Adds a workgroup and returns its identifier.
    @discardableResult
    public mutating func addWorkgroup(_ name: String, role: RelationalCoordinationWorkgroup.Role? = nil)
        -> RelationalCoordinationWorkgroup.ID
    {
        let id = RelationalCoordinationWorkgroup.ID(rawValue: random.uuid())
        workgroups.append(try! RelationalCoordinationWorkgroup(id: id, name: name, role: role))
        return id
    }

    /// Adds a round open from `opens` to `closes` (ISO 8601 dates) and returns its identifier.
    @discardableResult
    public mutating func addRound(_ label: String, opens: String, closes: String) -> RelationalCoordinationRound.ID {
        let id = RelationalCoordinationRound.ID(rawValue: random.uuid())
        rounds.append(
            try! RelationalCoordinationRound(
                id: id, label: label, opens: try! CalendarDate(iso8601: opens),
                closes: try! CalendarDate(iso8601: closes)))
        return id
    }

    /// The survey design.
    /// - Throws: `ValidationError` when the design is invalid (for example fewer than two workgroups).
    public func build() throws(ValidationError) -> RelationalCoordinationSurvey {
        try RelationalCoordinationSurvey(
            id: surveyID, focalWorkProcess: focalWorkProcess, instrument: instrument, workgroups: workgroups,
            ratingPlan: ratingPlan, rounds: rounds)
    }
}
