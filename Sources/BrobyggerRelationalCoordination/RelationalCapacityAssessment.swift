import BrobyggerCore

/// One actor's answers to the short relational-capacity survey on one occasion.
///
/// The survey is repeated ("continuous collection of knowledge about the relations' use and strength", VIVE 2023,
/// afsnit 3.2.2; three questionnaires during one development process in Bergen, Bilag 5), so each assessment is
/// dated and the analysis follows each relation over the occasions.
public struct RelationalCapacityAssessment: Sendable, Hashable, Codable {
    /// The actor who answered.
    public let respondent: RelationalCapacityActor.ID
    /// The day of the occasion; assessments on the same day form one occasion.
    public let date: CalendarDate
    /// The relations scored.
    public let ratings: [RelationalCapacityRating]

    /// Creates an assessment.
    public init(respondent: RelationalCapacityActor.ID, date: CalendarDate, ratings: [RelationalCapacityRating]) {
        self.respondent = respondent
        self.date = date
        self.ratings = ratings
    }
}
