import BrobyggerCore
import BrobyggerResidents
import BrobyggerTesting
import Foundation
import Testing

@Suite struct FollowUpTests {
    let resident = SyntheticRegionRandom.identifier(forKey: "follow-up-resident", Resident.self)
    let team = SyntheticRegionRandom.identifier(forKey: "follow-up-team", Organisation.self)

    func stay(dischargedOn day: String, _ hour: Int = 11) throws -> Stay {
        try CourseTimeline(
            resident: resident,
            events: try CourseEventSequence(resident: resident)
                .admitted("E", at: try Instant(date: ResidentsFixtureTime.date(day).adding(days: -4), hour: 10))
                .discharged("E", at: ResidentsFixtureTime.instant(day, hour))
                .events
        ).stays.first!
    }

    func contact(_ day: String, _ channel: ContactChannel = .inPerson) -> TeamContact {
        TeamContact(
            id: .random(), resident: resident, team: team, kind: .homeVisit, channel: channel,
            instant: ResidentsFixtureTime.instant(day, 10))
    }

    @Test(arguments: [
        // discharge date, due date (5 weekdays later, skipping weekends and public holidays)
        ("2026-03-06", "2026-03-13"),  // Friday → next Friday
        ("2026-03-30", "2026-04-09"),  // Monday before Easter: Maundy Thursday, Good Friday, Easter Monday skipped
        ("2026-12-23", "2026-12-31"),  // Christmas Day skipped; 24 and 31 December are ordinary weekdays
        ("2026-12-29", "2027-01-06"),  // New Year's Day skipped
        ("2023-05-01", "2023-05-09"),  // General Prayer Day (5 May) still a holiday in 2023
        ("2024-04-22", "2024-04-29"),  // and abolished from 2024
    ])
    func dueDateIsFiveWeekdaysAfterDischarge(_ discharge: String, _ due: String) throws {
        let followUp = try #require(
            FollowUpAfterDischarge.evaluate(
                stay: try stay(dischargedOn: discharge), contacts: [], asOf: ResidentsFixtureTime.date(discharge)))
        #expect(followUp.dueDate == ResidentsFixtureTime.date(due))
        #expect(followUp.status == .open)
    }

    @Test func aVisitOrACallMeetsIt() throws {
        let discharged = try stay(dischargedOn: "2026-03-06", 19)
        let asOf = ResidentsFixtureTime.date("2026-04-01")
        let byPhone = FollowUpAfterDischarge.evaluate(
            stay: discharged, contacts: [contact("2026-03-10", .phone)], asOf: asOf)
        #expect(byPhone?.status == .met(on: ResidentsFixtureTime.date("2026-03-10")))
        let byMail = FollowUpAfterDischarge.evaluate(
            stay: discharged, contacts: [contact("2026-03-10", .mail)], asOf: asOf)
        #expect(byMail?.status == .overdue)
        #expect(byMail?.finding()?.code == "follow-up.overdue")
        let late = FollowUpAfterDischarge.evaluate(stay: discharged, contacts: [contact("2026-03-16")], asOf: asOf)
        #expect(late?.status == .metLate(on: ResidentsFixtureTime.date("2026-03-16")))
        #expect(late?.finding()?.code == "follow-up.late")
        let before = FollowUpAfterDischarge.evaluate(stay: discharged, contacts: [contact("2026-03-05")], asOf: asOf)
        #expect(before?.status == .overdue)
    }

    @Test("the earliest qualifying contact counts, the first of several at the same instant, whatever comes before")
    func theEarliestQualifyingContactCounts() throws {
        let discharged = try stay(dischargedOn: "2026-03-06", 19)
        let asOf = ResidentsFixtureTime.date("2026-04-01")
        let mail = contact("2026-03-09", .mail)
        let first = contact("2026-03-10", .phone)
        let tied = contact("2026-03-10", .inPerson)
        let later = contact("2026-03-11", .inPerson)
        let before = contact("2026-03-05", .inPerson)
        let stranger = TeamContact(
            id: .random(), resident: Resident.ID(rawValue: UUID()), team: team, kind: .homeVisit, channel: .inPerson,
            instant: ResidentsFixtureTime.instant("2026-03-07", 10))
        for contacts in [
            [later, tied, mail, first, before, stranger], [before, first, tied, later, mail, stranger],
            [stranger, mail, later, first, tied],
        ] {
            let followUp = FollowUpAfterDischarge.evaluate(stay: discharged, contacts: contacts, asOf: asOf)
            // Of the two contacts on 10 March, the one earlier in the list counts.
            let expected = contacts.firstIndex(of: first)! < contacts.firstIndex(of: tied)! ? first : tied
            #expect(followUp?.contact == expected.id)
            #expect(followUp?.status == .met(on: ResidentsFixtureTime.date("2026-03-10")))
            let grouped = FollowUpAfterDischarge.evaluate(
                stay: discharged, contacts: FollowUpContacts(contacts), asOf: asOf)
            #expect(grouped?.status == followUp?.status)
        }
    }

    @Test func thePolicyIsConfigurable() throws {
        let policy = try FollowUpPolicy(weekdays: 2, qualifyingChannels: [.inPerson, .phone, .video])
        let followUp = FollowUpAfterDischarge.evaluate(
            stay: try stay(dischargedOn: "2026-03-06"), contacts: [contact("2026-03-09", .video)],
            asOf: ResidentsFixtureTime.date("2026-03-20"), policy: policy)
        #expect(followUp?.dueDate == ResidentsFixtureTime.date("2026-03-10"))
        #expect(followUp?.status == .met(on: ResidentsFixtureTime.date("2026-03-09")))
        #expect(throws: ValidationError.self) { try FollowUpPolicy(weekdays: 0) }
        #expect(throws: ValidationError.self) { try FollowUpPolicy(qualifyingChannels: []) }
    }

    @Test func noFollowUpForOngoingStaysOrDeath() throws {
        let events = try CourseEventSequence(resident: resident)
            .admitted("E", at: ResidentsFixtureTime.instant("2026-02-20", 10))
            .died("E", at: ResidentsFixtureTime.instant("2026-02-22", 10))
            .events
        let died = try CourseTimeline(resident: resident, events: events).stays[0]
        #expect(
            FollowUpAfterDischarge.evaluate(stay: died, contacts: [], asOf: ResidentsFixtureTime.date("2026-03-01"))
                == nil)
    }
}
