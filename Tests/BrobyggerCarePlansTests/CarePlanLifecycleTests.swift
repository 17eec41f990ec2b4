import BrobyggerCarePlans
import BrobyggerCore
import BrobyggerTesting
import Foundation
import Testing

@Suite("Care plan lifecycle")
struct CarePlanLifecycleTests {
    let peter = CarePlanPeterCase()

    func provenance(_ day: String, _ hour: Int = 12, by author: Author? = nil, _ reason: String? = nil) -> Provenance {
        Provenance(
            author: author ?? peter.socialWorkerAuthor, instant: ResidentsFixtureTime.instant(day, hour),
            reason: reason)
    }

    func peterHistory() throws -> CarePlanHistory {
        try CarePlanHistory(starting: peter.draft(), provenance: provenance("2026-02-05"))
            .appending(peter.preparedDraft(), provenance: provenance("2026-02-09"))
            .activating(peter.planAtFirstMeeting(), provenance: provenance("2026-02-16", 15))
            .revising(peter.planAtFollowUp(), provenance: provenance("2026-05-13", by: peter.caseWorkerAuthor))
    }

    @Test func draftBecomesActiveThenRevisedThenClosed() throws {
        let history = try peterHistory()
        #expect(history.versions.map(\.document.status.key) == ["draft", "draft", "active", "revised"])
        #expect(history.versions.map(\.number) == [1, 2, 3, 4])
        #expect(history.versions[3].provenance.author == peter.caseWorkerAuthor)
        let closed = try history.closing(
            on: ResidentsFixtureTime.date("2026-12-01"), reason: .goalsReached,
            provenance: provenance("2026-12-01", by: peter.caseWorkerAuthor, "Målene er nået"))
        #expect(closed.current.status == .closed(on: ResidentsFixtureTime.date("2026-12-01"), reason: .goalsReached))
        #expect(closed.versions.count == 5)
        // Earlier versions are untouched.
        #expect(closed.versions[2].document == history.versions[2].document)
        #expect(closed.history.version(at: ResidentsFixtureTime.instant("2026-03-01", 0))?.number == 3)
    }

    @Test(arguments: [
        (CarePlanStatus.active, CarePlanStatus.draft),
        (CarePlanStatus.revised, CarePlanStatus.active),
        (CarePlanStatus.draft, CarePlanStatus.revised),
        (CarePlanStatus.closed(on: CalendarDate(daysSinceEpoch: 20_500), reason: .residentDeclined), .revised),
        (CarePlanStatus.closed(on: CalendarDate(daysSinceEpoch: 20_500), reason: .residentMoved), .active),
    ])
    func forbiddenTransitionsAreRefused(from: CarePlanStatus, to: CarePlanStatus) throws {
        var first = peter.planAtFirstMeeting()
        first.status = from
        var next = first
        next.status = to
        let history = CarePlanHistory(starting: first, provenance: provenance("2026-02-16"))
        #expect(throws: ValidationError.self) { try history.appending(next, provenance: provenance("2026-02-17")) }
        do {
            _ = try history.appending(next, provenance: provenance("2026-02-17"))
        } catch {
            #expect(error.code == "careplan.transition")
        }
    }

    @Test func revisingADraftIsRefusedAndActivatingTwiceIsRefused() throws {
        let history = CarePlanHistory(starting: peter.draft(), provenance: provenance("2026-02-05"))
        #expect(throws: ValidationError.self) {
            try history.revising(peter.planAtFirstMeeting(), provenance: provenance("2026-02-16"))
        }
        let active = try history.activating(peter.planAtFirstMeeting(), provenance: provenance("2026-02-16"))
        #expect(throws: ValidationError.self) {
            try active.activating(peter.planAtFollowUp(), provenance: provenance("2026-05-11"))
        }
    }

    @Test func aVersionOfAnotherPlanOrEarlierInstantIsRefused() throws {
        let history = CarePlanHistory(starting: peter.draft(), provenance: provenance("2026-02-05"))
        let other = try CarePlanBuilder("other").build()
        do {
            _ = try history.appending(other, provenance: provenance("2026-02-06"))
            Issue.record("another plan was accepted")
        } catch {
            #expect(error.code == "careplan.identity-changed")
        }
        do {
            _ = try history.appending(peter.preparedDraft(), provenance: provenance("2026-02-04"))
            Issue.record("an earlier instant was accepted")
        } catch {
            #expect(error.code == "history.time-order")
        }
    }

    @Test func historyRoundTripsThroughJSONAndRejectsABrokenLifecycle() throws {
        let history = try peterHistory()
        let data = try JSONEncoder().encode(history)
        #expect(try JSONDecoder().decode(CarePlanHistory.self, from: data) == history)

        // A stored history where a revised plan went back to draft is rejected on decoding.
        var draftAgain = peter.planAtFollowUp()
        draftAgain.status = .draft
        let broken = try history.history.appending(draftAgain, provenance: provenance("2026-06-01"))
        let brokenData = try JSONEncoder().encode(["history": broken])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(CarePlanHistory.self, from: brokenData) }
    }
}
