import BrobyggerCore
import BrobyggerResidents

/// A discharge from a psychiatric ward with the §13a group it falls in: the unit of a compliance report.
public struct DischargeCase: Sendable, Hashable, Codable {
    /// The stay.
    public var stay: Stay
    /// The §13a group, or `nil` when no agreement is required.
    public var basis: DischargeLegalBasis?

    /// Creates a case.
    public init(stay: Stay, basis: DischargeLegalBasis?) {
        self.stay = stay
        self.basis = basis
    }

    /// The cases of the stays discharged alive from a psychiatric ward, with the group determined from the
    /// placements (grouped once, so linear in stays and placements). `assessments` adds §13a stk. 2 groups by episode.
    public static func cases(
        stays: [Stay], placements: [Placement], assessments: [EpisodeOfCareIdentifier: ConsultantAssessment] = [:],
        policy: DischargeDeterminationPolicy = .standard
    ) -> [DischargeCase] {
        let byResident = Dictionary(grouping: placements, by: \.resident)
        var result: [DischargeCase] = []
        result.reserveCapacity(stays.count)
        for stay in stays where stay.dischargedAt != nil && stay.wardType == .psychiatric {
            // The group only, by the determination's rules: its evidence, in words, is not needed here.
            let basis = DischargeDetermination.basis(
                stay: stay, placements: byResident[stay.resident] ?? [],
                assessment: assessments.isEmpty ? nil : assessments[stay.episode], policy: policy)
            result.append(DischargeCase(stay: stay, basis: basis))
        }
        return result
    }
}
