import BrobyggerCore

/// The patient's refusal to take part in a discharge agreement, which makes the ward make a coordination plan
/// instead (psykiatriloven §13b).
public struct PatientRefusal: Sendable, Hashable, Codable {
    /// The day the patient refused.
    public var refusedOn: CalendarDate
    /// Who recorded it.
    public var recordedBy: Author?
    /// The patient's reasons or the circumstances, if recorded.
    public var note: String?

    /// Creates a refusal.
    public init(refusedOn: CalendarDate, recordedBy: Author? = nil, note: String? = nil) {
        self.refusedOn = refusedOn
        self.recordedBy = recordedBy
        self.note = note
    }
}
