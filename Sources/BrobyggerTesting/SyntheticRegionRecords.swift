import BrobyggerCore
import BrobyggerResidents

extension SyntheticRegion {
    /// One `ResidentRecord` per resident, holding that resident's placements, events, contacts, intensity history and
    /// goals, in the order of ``residents``. Linear in the size of the region.
    public func residentRecords() throws(ValidationError) -> [ResidentRecord] {
        var placementsByResident: [Resident.ID: [Placement]] = [:]
        for placement in placements { placementsByResident[placement.resident, default: []].append(placement) }
        var eventsByResident: [Resident.ID: [CourseEvent]] = [:]
        for event in events { eventsByResident[event.resident, default: []].append(event) }
        var contactsByResident: [Resident.ID: [TeamContact]] = [:]
        for contact in contacts { contactsByResident[contact.resident, default: []].append(contact) }
        var intensityByResident: [Resident.ID: EffortIntensityHistory] = [:]
        for history in intensity { intensityByResident[history.resident] = history }
        var goalsByResident: [Resident.ID: ResidentGoals] = [:]
        for goal in goals { goalsByResident[goal.resident] = goal }
        var records: [ResidentRecord] = []
        records.reserveCapacity(residents.count)
        for resident in residents {
            records.append(
                try ResidentRecord(
                    resident: resident, placements: placementsByResident[resident.id] ?? [],
                    events: eventsByResident[resident.id] ?? [], contacts: contactsByResident[resident.id] ?? [],
                    intensity: intensityByResident[resident.id], goals: goalsByResident[resident.id]))
        }
        return records
    }
}
