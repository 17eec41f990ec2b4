import BrobyggerCarePlans
import BrobyggerCore
import BrobyggerResidents
import BrobyggerTesting
import Foundation
import Testing

@Suite("Care plan follow-up and deadlines")
struct CarePlanFollowUpTests {
    static let team = SyntheticRegionRandom.identifier(forKey: "team-a", Organisation.self)
    static let coordinatorID = SyntheticRegionRandom.identifier(forKey: "nurse-a", Professional.self)
    static let coordinator: CarePlanParty = {
        do {
            return .professional(
                coordinatorID, name: try PersonName(given: "Ida", family: "Holm"),
                organisation: try CarePlanOrganisation(id: team, kind: .outreachTeam, name: "Botilbudsteam Nord"))
        } catch {
            preconditionFailure("\(error)")
        }
    }()

    static func plan(_ key: String, next: String?, status: CarePlanStatus = .active) throws -> CoordinatedCarePlan {
        try CarePlanBuilder(key).servedBy(team: team, facility: nil).coordinator(coordinator).status(status)
            .meeting(on: "2026-01-12", approval: .givenAtMeeting).nextMeeting(next).build()
    }

    struct EasterCase: Sendable {
        let within: Int
        let expectedDue: Bool
    }

    // Monday 30 March 2026 → Friday 10 April 2026 spans Maundy Thursday, Good Friday and Easter Monday: 6 working
    // days, though 9 weekdays.
    @Test(arguments: [EasterCase(within: 5, expectedDue: false), EasterCase(within: 6, expectedDue: true)])
    func dueSoonCountsDanishWorkingDaysAcrossEaster(_ testCase: EasterCase) throws {
        let followUp = CarePlanFollowUp(plans: [try Self.plan("easter", next: "2026-04-10")])
        let due = followUp.meetingsDue(
            in: .team(Self.team), asOf: ResidentsFixtureTime.date("2026-03-30"), withinWorkingDays: testCase.within)
        #expect(due.count == (testCase.expectedDue ? 1 : 0))
        if testCase.expectedDue { #expect(due.first?.state == .dueSoon(workingDays: 6)) }
    }

    @Test func extraClosedDaysFromTheCalendarConfigurationCount() throws {
        // 24 December is no public holiday; an agreement that closes it counts one working day fewer (22, 23, 24 and
        // 28 December; 25 and 26 are holidays).
        let plan = try Self.plan("christmas", next: "2026-12-28")
        let standard = CarePlanFollowUp(plans: [plan])
        let closed = CarePlanFollowUp(
            plans: [plan],
            policy: try CarePlanPolicy(
                calendar: DanishCalendar(configuration: try .init(extraClosedDays: [.christmasEve])))
        )
        let asOf = ResidentsFixtureTime.date("2026-12-21")
        #expect(standard.meetingsDue(in: .team(Self.team), asOf: asOf).first?.state == .dueSoon(workingDays: 4))
        #expect(closed.meetingsDue(in: .team(Self.team), asOf: asOf).first?.state == .dueSoon(workingDays: 3))
    }

    @Test func meetingsAreListedMostUrgentFirstForTheCoordinatorAndTeam() throws {
        let plans = [
            try Self.plan("later", next: "2026-06-01"),
            try Self.plan("soon", next: "2026-03-04"),
            try Self.plan("overdue-short", next: "2026-02-27"),
            try Self.plan("missing", next: nil),
            try Self.plan("overdue-long", next: "2026-02-02"),
            try Self.plan("draft", next: "2026-02-02", status: .draft),
            try Self.plan(
                "closed", next: "2026-02-02",
                status: .closed(on: ResidentsFixtureTime.date("2026-02-20"), reason: .goalsReached)),
        ]
        let followUp = CarePlanFollowUp(plans: plans)
        let asOf = ResidentsFixtureTime.date("2026-03-02")
        let due = followUp.meetingsDue(in: .coordinator(Self.coordinatorID), asOf: asOf)
        #expect(due.map(\.state) == [.missing, .overdue(days: 28), .overdue(days: 3), .dueSoon(workingDays: 2)])
        #expect(due.map(\.plan) == ["missing", "overdue-long", "overdue-short", "soon"].map { CarePlanBuilder($0).id })
        #expect(followUp.meetingsDue(in: .team(Self.team), asOf: asOf) == due)
        #expect(followUp.meetingsDue(in: .coordinatingOrganisation(Self.team), asOf: asOf) == due)
        #expect(followUp.meetingsDue(in: .facility(Self.team), asOf: asOf).isEmpty)
        #expect(followUp.openPlans.count == 6)
    }

    @Test func overdueEffortsCountCalendarAndWorkingDays() throws {
        let plan = try CarePlanBuilder("efforts").servedBy(team: Self.team, facility: nil).coordinator(Self.coordinator)
            .status(.active).meeting(on: "2026-01-12", approval: .givenAtMeeting).nextMeeting("2026-06-01")
            .effort("Medicinopfølgning", responsible: [Self.coordinator], due: "2026-03-27")
            .effort("Budget", responsible: [.resident], due: "2026-04-01")
            .effort("Færdig", responsible: [.resident], due: "2026-03-01", status: .completed)
            .effort("Ikke forfalden", responsible: [.resident], due: "2026-04-20")
            .build()
        let followUp = CarePlanFollowUp(plans: [plan])
        let overdue = followUp.overdueEfforts(in: .team(Self.team), asOf: ResidentsFixtureTime.date("2026-04-07"))
        #expect(overdue.map(\.effort.title) == ["Medicinopfølgning", "Budget"])
        #expect(overdue.map(\.daysOverdue) == [11, 6])
        // 30 and 31 March, 1 April, 7 April are working days after 27 March; Easter closes 2, 3 and 6 April.
        #expect(overdue.map(\.workingDaysOverdue) == [4, 1])
        let mine = followUp.overdueEfforts(responsible: Self.coordinator, asOf: ResidentsFixtureTime.date("2026-04-07"))
        #expect(mine.map(\.effort.title) == ["Medicinopfølgning"])
    }

    @Test func theResidentViewMergesThePlanWithTheBoardRow() throws {
        let peter = CarePlanPeterCase()
        var plan = peter.planAtFirstMeeting()
        plan.status = .active
        var older = try CarePlanBuilder("older").resident(peter.resident.id).status(.active)
            .meeting(on: "2025-06-01", approval: .givenAtMeeting).nextMeeting("2025-09-01").build()
        older.status = .closed(on: ResidentsFixtureTime.date("2025-12-01"), reason: .replacedByOtherPlan)
        let followUp = CarePlanFollowUp(plans: [older, plan])
        #expect(followUp.currentPlan(of: peter.resident.id)?.id == peter.planID)

        // Boards are built by the Residents module; a row as it arrives from an integration, decoded.
        let json = """
            {"resident": "\(peter.resident.id)", "name": {"given": "Peter", "family": "Hansen"},
             "intensity": "intensified", "criteria": [],
             "goalsAndWishes": ["Jeg vil ud af mit misbrug.", "Gå en tur hver dag"],
             "socialPsychiatricInterventions": [], "withheld": ["psychiatric_treatment"]}
            """
        let row = try JSONDecoder().decode(ResidentOverviewBoard.Row.self, from: Data(json.utf8))
        let view = CarePlanResidentView(
            resident: peter.resident.id, plan: followUp.currentPlan(of: peter.resident.id), boardRow: row,
            on: ResidentsFixtureTime.date("2026-03-02"))
        #expect(
            view.goalsAndWishes == [
                "Jeg vil have noget at stå op til.", "Jeg vil ud af mit misbrug.",
                "Jeg vil tilbage på arbejdsmarkedet.",
                "Gå en tur hver dag",
            ])
        #expect(view.openEfforts.count == 3)
        #expect(view.findings.isClean)
        #expect(view.boardRow?.intensity == .intensified)
    }
}
