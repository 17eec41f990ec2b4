import BrobyggerCore
import BrobyggerResidents

/// Outreach treatment by a psychiatric outreach team (*opsøgende behandling ved et udgående psykiatriteam*) that a
/// patient was prescribed, with the days the prescribed medication was not followed; the evidence for criterion 4
/// of psykiatriloven §13d stk. 1.
public struct OutreachTreatmentPrescription: Sendable, Hashable, Codable {
    /// The resident.
    public var resident: Resident.ID
    /// The team.
    public var team: Organisation.ID
    /// The period the outreach treatment was prescribed for (end open while ongoing).
    public var period: DayRange
    /// The days the patient did not follow the prescribed medication.
    public var medicationNotFollowedOn: [CalendarDate]

    /// Creates a prescription record.
    public init(
        resident: Resident.ID, team: Organisation.ID, period: DayRange, medicationNotFollowedOn: [CalendarDate] = []
    ) {
        self.resident = resident
        self.team = team
        self.period = period
        self.medicationNotFollowedOn = medicationNotFollowedOn.sorted()
    }
}
