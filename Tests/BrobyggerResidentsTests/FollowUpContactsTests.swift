import BrobyggerCore
import BrobyggerResidents
import BrobyggerTesting
import Testing

/// Follow-ups judged against contacts grouped and ordered once give what judging against the array gives.
@Suite struct FollowUpContactsTests {
    static let region = try! SyntheticRegion.generate(
        SyntheticRegionParameters(teams: 3, facilities: 12, residents: 300))

    @Test("every stay of a synthetic region, for two policies: the same follow-up from both evaluations")
    func sameAsTheArray() throws {
        let stays = Self.region.courseRegister().stays
        let byResident = Dictionary(grouping: Self.region.contacts, by: \.resident)
        // Shuffled (deterministically), so the grouped contacts cannot lean on the order they were made in.
        var random = SyntheticRegionRandom(seed: 18)
        var contacts = Self.region.contacts
        for index in contacts.indices.reversed() {
            contacts.swapAt(index, Int(random.next() % UInt64(index + 1)))
        }
        let grouped = FollowUpContacts(contacts)
        // From records (each record's contacts in reverse, so they must be ordered): the same groups.
        let records = try Self.region.residentRecords().map { record in
            try ResidentRecord(
                resident: record.resident, placements: record.placements, events: record.events,
                contacts: record.contacts.reversed())
        }
        // Records keep each resident's contacts in the region's order, so ties fall the same way.
        #expect(FollowUpContacts(records: records) == FollowUpContacts(Self.region.contacts.reversed()))
        #expect(FollowUpContacts(records: try Self.region.residentRecords()) == FollowUpContacts(Self.region.contacts))
        let policies = [FollowUpPolicy.standard, try FollowUpPolicy(weekdays: 3, qualifyingChannels: [.video, .mail])]
        var met = 0
        for policy in policies {
            for stay in stays {
                let asOf = Self.region.period.end ?? Self.region.period.start
                let fromArray = FollowUpAfterDischarge.evaluate(
                    stay: stay, contacts: byResident[stay.resident] ?? [], asOf: asOf, policy: policy)
                let fromGroups = FollowUpAfterDischarge.evaluate(
                    stay: stay, contacts: grouped, asOf: asOf, policy: policy)
                #expect(fromArray == fromGroups)
                if fromGroups?.contact != nil { met += 1 }
            }
        }
        #expect(met > 100)
    }

    @Test("of contacts at one instant the first given is the one; a contact before the discharge does not count")
    func ties() throws {
        let resident = SyntheticRegionRandom.identifier(forKey: "tie-resident", Resident.self)
        let team = SyntheticRegionRandom.identifier(forKey: "tie-team", Organisation.self)
        let stay = try #require(
            try CourseTimeline(
                resident: resident,
                events: try CourseEventSequence(resident: resident)
                    .admitted("E", at: ResidentsFixtureTime.instant("2026-03-02", 10))
                    .discharged("E", at: ResidentsFixtureTime.instant("2026-03-06", 11))
                    .events
            ).stays.first)
        func contact(_ key: String, _ day: String, _ hour: Int, _ channel: ContactChannel) -> TeamContact {
            TeamContact(
                id: SyntheticRegionRandom.identifier(forKey: key, TeamContact.self), resident: resident, team: team,
                kind: .homeVisit, channel: channel, instant: ResidentsFixtureTime.instant(day, hour))
        }
        let contacts = [
            contact("later", "2026-03-09", 10, .inPerson), contact("mail", "2026-03-06", 12, .mail),
            contact("first", "2026-03-06", 12, .phone), contact("second", "2026-03-06", 12, .inPerson),
            contact("before", "2026-03-06", 10, .inPerson),
        ]
        let asOf = ResidentsFixtureTime.date("2026-04-01")
        let fromGroups = FollowUpAfterDischarge.evaluate(stay: stay, contacts: FollowUpContacts(contacts), asOf: asOf)
        #expect(fromGroups?.contact == contacts[2].id)
        #expect(fromGroups == FollowUpAfterDischarge.evaluate(stay: stay, contacts: contacts, asOf: asOf))
        #expect(
            FollowUpAfterDischarge.evaluate(stay: stay, contacts: FollowUpContacts([contacts[4]]), asOf: asOf)?.status
                == .overdue)
    }
}
