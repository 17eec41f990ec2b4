import BrobyggerCarePlans
import BrobyggerCore
import BrobyggerResidents
import BrobyggerTesting
import Foundation
import Testing

@Suite("Synthetic care plans")
struct CarePlanGeneratorTests {
    static let region: SyntheticRegion = {
        do {
            return try SyntheticRegion.generate(
                SyntheticRegionParameters(teams: 2, facilities: 12, residents: 200, days: 120))
        } catch {
            preconditionFailure("\(error)")
        }
    }()

    @Test func generationIsDeterministicAndHasTheProblemsFollowUpLooksFor() throws {
        let parameters = CarePlanGenerationParameters(count: 400)
        let plans = try Self.region.carePlans(parameters)
        #expect(plans == (try Self.region.carePlans(parameters)))
        #expect(plans.count == 400)
        #expect(Set(plans.map(\.id)).count == 400)
        let asOf = try #require(Self.region.period.end)
        let codes = plans.flatMap { $0.validate(on: asOf).findings.map(\.code) }
        for code in [
            CarePlanFindingCode.meetingOverdue, CarePlanFindingCode.effortResponsibleMissing,
            CarePlanFindingCode.approvalMissing, CarePlanFindingCode.nextMeetingMissing,
            CarePlanFindingCode.nextMeetingTooLate, CarePlanFindingCode.coordinatorMissing,
        ] {
            #expect(codes.contains(code), "\(code)")
        }
        // One plan per resident is current; earlier ones are closed.
        let open = plans.filter { !$0.status.isClosed }
        #expect(open.count == Self.region.residents.count)
        #expect(Set(open.map(\.resident)).count == open.count)
        // The majority are fine.
        let clean = open.filter { $0.validate(on: asOf).isClean }
        #expect(clean.count * 2 > open.count)
    }

    @Test func theFollowUpViewsWorkOnTheRegionsTeams() throws {
        let plans = try Self.region.carePlans()
        let asOf = try #require(Self.region.period.end)
        let followUp = CarePlanFollowUp(plans: plans)
        var listed = 0
        for team in Self.region.teams {
            let due = followUp.meetingsDue(in: .team(team.id), asOf: asOf)
            #expect(due.allSatisfy { entry in followUp.currentPlan(of: entry.resident)?.team == team.id })
            listed += due.count
        }
        #expect(listed > 0)
        // The resident view uses the board the Residents module builds for the team.
        let stays = Self.region.courseRegister().stays
        let records = Self.region.overviewRecords(stays: stays, asOf: asOf)
        let facility = try #require(Self.region.facilities.first { $0.outreachTeam != nil })
        let team = try #require(facility.outreachTeam)
        let board = records.board(
            facility: facility.id, team: team, week: asOf.isoWeek, viewer: Self.region.teamViewer(team),
            terms: Self.region.terms, asOf: asOf)
        for row in board.rows {
            let view = followUp.residentView(row.resident, board: board, asOf: asOf)
            #expect(view.boardRow == row)
            #expect(view.plan?.resident == row.resident)
        }
    }

    @Test func tenThousandPlansAreGeneratedAndFollowedUpInLinearTime() throws {
        let clock = ContinuousClock()
        var small: [CoordinatedCarePlan] = []
        let smallTime = try clock.measure {
            small = try Self.region.carePlans(CarePlanGenerationParameters(count: 1_000))
        }
        var large: [CoordinatedCarePlan] = []
        let largeTime = try clock.measure {
            large = try Self.region.carePlans(CarePlanGenerationParameters(count: 10_000))
        }
        #expect(small.count == 1_000)
        #expect(large.count == 10_000)
        // Ten times the plans should take about ten times as long; allow generous noise, but not quadratic growth.
        #expect(largeTime < smallTime * 40, "1,000: \(smallTime), 10,000: \(largeTime)")
        let asOf = try #require(Self.region.period.end)
        let followUp = CarePlanFollowUp(plans: large)
        let due = Self.region.teams.flatMap { followUp.meetingsDue(in: .team($0.id), asOf: asOf) }
        #expect(!due.isEmpty)
    }
}
