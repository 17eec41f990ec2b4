import BrobyggerCore
import BrobyggerRelationalCoordination
import BrobyggerTesting
import Foundation
import Testing

@Suite struct MeetingAgreementEvaluationTests {
    let ids = SequentialIdentifierSource(seed: 9)

    func date(_ text: String) -> CalendarDate { try! CalendarDate(iso8601: text) }

    @Test func agreementsClosedAtOneMeetingAreReviewedAtTheNext() throws {
        let medication = try MeetingAgreement(
            id: .init(using: ids), text: "Team nurse reviews medication with the resident", responsible: "Team nurse")
        let housing = try MeetingAgreement(id: .init(using: ids), text: "Case worker applies for housing support")
        let visit = try MeetingAgreement(id: .init(using: ids), text: "Contact person joins the GP visit")
        let first = try NetworkMeetingRecord(
            id: .init(using: ids), date: date("2026-03-02"), reviewOfPrevious: [],
            agreementsMade: [medication, housing])
        let second = try NetworkMeetingRecord(
            id: .init(using: ids), date: date("2026-03-16"),
            reviewOfPrevious: [MeetingAgreementReview(agreement: medication.id, outcome: .done)],
            agreementsMade: [visit])
        let third = try NetworkMeetingRecord(
            id: .init(using: ids), date: date("2026-03-30"),
            reviewOfPrevious: [MeetingAgreementReview(agreement: visit.id, outcome: .partlyDone)], agreementsMade: [])
        let evaluation = MeetingAgreementEvaluation(meetings: [third, first, second])
        #expect(evaluation.meetings.map(\.date) == [date("2026-03-02"), date("2026-03-16"), date("2026-03-30")])
        #expect(evaluation.meetings[1].previousReviewed == (try .init(numerator: 1, denominator: 2)))
        #expect(evaluation.meetings[1].previousDone == (try .init(numerator: 1, denominator: 2)))
        #expect(evaluation.meetings[2].previousDone == (try .init(numerator: 0, denominator: 1)))
        #expect(evaluation.reviewed == (try .init(numerator: 2, denominator: 3)))
        #expect(evaluation.done.fraction == 1.0 / 3.0)
        let unreviewed = evaluation.findings.findings(withCode: "meeting.previous-agreements-not-reviewed")
        #expect(unreviewed.map(\.path) == ["meetings[1].reviewOfPrevious"])
        #expect(evaluation.findings.findings(withCode: "meeting.closed-without-agreements").count == 1)
        #expect(unreviewed.first?.source == .document(.vive2023, locator: "afsnit 5.1.2.3"))
    }

    @Test func aReviewOfAnAgreementThePreviousMeetingDidNotMakeIsAnError() throws {
        let stray = MeetingAgreement.ID(using: ids)
        let record = try NetworkMeetingRecord(
            id: .init(using: ids), date: date("2026-03-02"),
            reviewOfPrevious: [MeetingAgreementReview(agreement: stray, outcome: .notDone)],
            agreementsMade: [try MeetingAgreement(id: .init(using: ids), text: "Call the GP")])
        let evaluation = MeetingAgreementEvaluation(meetings: [record])
        #expect(evaluation.findings.findings(withCode: "meeting.review-of-unknown-agreement").first?.severity == .error)
    }

    @Test func unknownOutcomeCodesRoundTrip() throws {
        let review = MeetingAgreementReview(agreement: .init(using: ids), outcome: .init(code: "postponed"))
        let decoded = try JSONDecoder().decode(MeetingAgreementReview.self, from: JSONEncoder().encode(review))
        #expect(decoded.outcome == .unrecognized("postponed"))
        #expect(MeetingAgreementReview.Outcome(code: "partly-done") == .partlyDone)
    }
}
