import BrobyggerCore

/// An observation that a resident meets one of the agreed criteria for intensified effort on a date, recorded by
/// facility or team staff. A resident who meets criteria appears on the board even before the intensity is
/// turned up (Region Hovedstadens Psykiatri, “A. Fælles beboeroverbliksmøder”: "hvilke fælles beboere der aktuelt
/// opfylder kriterier").
public struct CriterionObservation: Sendable, Hashable, Codable {
    /// The resident.
    public var resident: Resident.ID
    /// The criterion's agreed code (``IntensifiedEffortCriterion/id``).
    public var criterion: String
    /// The date observed.
    public var observedOn: CalendarDate
    /// The organisation whose staff observed it (for consent).
    public var recordedBy: Organisation.ID
    /// A short note.
    public var note: String?

    /// Creates an observation.
    public init(
        resident: Resident.ID, criterion: String, observedOn: CalendarDate, recordedBy: Organisation.ID,
        note: String? = nil
    ) {
        self.resident = resident
        self.criterion = criterion
        self.observedOn = observedOn
        self.recordedBy = recordedBy
        self.note = note
    }
}
