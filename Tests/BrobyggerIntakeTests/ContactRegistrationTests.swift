import BrobyggerCore
import BrobyggerResidents
import BrobyggerTesting
import Testing

@testable import BrobyggerIntake

/// Which teams register contacts in a compliance period: compared by instant against the period's Copenhagen
/// midnights, it must give what comparing each contact's Danish day with the period's days gives.
@Suite struct ContactRegistrationTests {
    @Test(
        "contacts a millisecond either side of the period's midnights, across clock changes, count as by their day",
        arguments: [
            ("2025-03-30", "2025-10-26"), ("2025-10-26", "2026-03-29"), ("2025-01-01", "2025-12-31"),
            ("2025-06-15", "2025-06-15"),
        ])
    func boundaries(_ start: String, _ end: String) throws {
        let resident = try ResidentBuilder().build()
        let period = try DayRange(start: try CalendarDate(iso8601: start), end: try CalendarDate(iso8601: end))
        var contacts: [TeamContact] = []
        for day in [period.start, period.start.adding(days: 1), try #require(period.end), period.end!.adding(days: 1)] {
            let midnight = try Instant(date: day)
            for shift: Int64 in [-3_600_001, -1, 0, 1, 3_600_000] {
                contacts.append(
                    TeamContact(
                        id: .random(), resident: resident.id, team: .random(), kind: .homeVisit, channel: .inPerson,
                        instant: Instant(millisecondsSince1970: midnight.millisecondsSince1970 + shift)))
            }
        }
        let record = try ResidentRecord(resident: resident, contacts: contacts)
        let registration = ContactRegistration(records: [record], facilities: [], period: period)
        let byDay = Set(contacts.filter { period.contains($0.instant.calendarDate) }.map(\.team))
        #expect(registration.teams == byDay)
        #expect(byDay.count > 5 && byDay.count < contacts.count)
    }
}
