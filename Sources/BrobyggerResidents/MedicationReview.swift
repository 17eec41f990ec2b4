import BrobyggerCore

/// A medication review (*medicingennemgang*) of a resident, typically by the team's pharmacist (Erfaringsopsamling
/// 2024, afsnit 3.2.4 og 4.1.2). The indicator counts residents reviewed (Erfaringsopsamling 2024, Bilag 3,
/// “Medicingennemgang”).
public struct MedicationReview: Sendable, Hashable, Codable {
    /// The resident.
    public var resident: Resident.ID
    /// The date.
    public var date: CalendarDate
    /// Who reviewed, if recorded.
    public var reviewedBy: Professional.ID?

    /// Creates a review.
    public init(resident: Resident.ID, date: CalendarDate, reviewedBy: Professional.ID? = nil) {
        self.resident = resident
        self.date = date
        self.reviewedBy = reviewedBy
    }
}
