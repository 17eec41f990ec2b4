import BrobyggerCore

/// A medication review (*medicingennemgang*) of a resident, typically by the team's pharmacist (seed 001
/// l.455–456, l.596–607). The indicator counts residents reviewed (seed 001 l.2219–2250).
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
