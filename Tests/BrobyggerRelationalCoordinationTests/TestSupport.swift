import BrobyggerCore
import BrobyggerRelationalCoordination
import BrobyggerTesting
import Foundation

/// Whether two doubles agree to `tolerance`.
func close(_ a: Double?, _ b: Double, tolerance: Double = 1e-9) -> Bool {
    guard let a else { return false }
    return abs(a - b) <= tolerance
}

/// A two-group survey (facility staff rating the outreach team's nurses) with one round, as in the DocC article.
struct TwoGroupFixture {
    let survey: RelationalCoordinationSurvey
    let facility: RelationalCoordinationWorkgroup.ID
    let nurses: RelationalCoordinationWorkgroup.ID
    let round: RelationalCoordinationRound.ID
    let builder: RelationalCoordinationResponseBuilder

    init(
        plan: ((RelationalCoordinationWorkgroup.ID, RelationalCoordinationWorkgroup.ID)) ->
            RelationalCoordinationRatingPlan
    ) {
        var design = RelationalCoordinationSurveyBuilder(focalWorkProcess: "Discharge of botilbud residents", seed: 7)
        let facility = design.addWorkgroup("Facility staff", role: .facilityStaff)
        let nurses = design.addWorkgroup("Outreach team nurses", role: .outreachTeamNurses)
        let round = design.addRound("Baseline", opens: "2026-03-02", closes: "2026-03-20")
        design.ratingPlan = plan((facility, nurses))
        survey = try! design.build()
        self.facility = facility
        self.nurses = nurses
        self.round = round
        builder = RelationalCoordinationResponseBuilder(survey: survey)
    }

    /// The article's four facility-staff ratings of the nurses.
    static let articleScores: [[Int?]] = [
        [5, 4, 4, 3, 4, 4, 5],
        [3, 3, 4, 4, nil, 3, 4],
        [4, 3, 3, 2, 3, 3, 4],
        [5, 5, 4, 4, 4, 5, 5],
    ]
}
