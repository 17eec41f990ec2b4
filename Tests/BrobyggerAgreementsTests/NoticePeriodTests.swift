import BrobyggerAgreements
import BrobyggerCore
import BrobyggerTesting
import Foundation
import Testing

/// "Three months' notice to the end of a month" (Erfaringsopsamling 2024, Bilag 2, “Varighed”): the agreement ends on
/// the last day of the month in which the notice period expires.
struct NoticePeriodTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let givenOn: String
        let months: Int
        let expiry: String
        let endsOn: String
        var testDescription: String { "\(givenOn) + \(months) months → \(endsOn)" }
    }

    static let cases: [Case] = [
        // Mid-month notice: expires mid-month, ends at that month's end.
        Case(givenOn: "2026-01-15", months: 3, expiry: "2026-04-15", endsOn: "2026-04-30"),
        // First and last day of a month end the agreement on the same day.
        Case(givenOn: "2026-01-01", months: 3, expiry: "2026-04-01", endsOn: "2026-04-30"),
        Case(givenOn: "2026-01-31", months: 3, expiry: "2026-04-30", endsOn: "2026-04-30"),
        // The day is clamped to a shorter month without leaving it.
        Case(givenOn: "2026-08-31", months: 3, expiry: "2026-11-30", endsOn: "2026-11-30"),
        Case(givenOn: "2026-03-31", months: 3, expiry: "2026-06-30", endsOn: "2026-06-30"),
        // Over the turn of the year.
        Case(givenOn: "2026-12-15", months: 3, expiry: "2027-03-15", endsOn: "2027-03-31"),
        Case(givenOn: "2026-10-01", months: 3, expiry: "2027-01-01", endsOn: "2027-01-31"),
        // Into February: 28 days in a common year, 29 in a leap year.
        Case(givenOn: "2026-11-30", months: 3, expiry: "2027-02-28", endsOn: "2027-02-28"),
        Case(givenOn: "2027-11-30", months: 3, expiry: "2028-02-29", endsOn: "2028-02-29"),
        Case(givenOn: "2027-11-29", months: 3, expiry: "2028-02-29", endsOn: "2028-02-29"),
        Case(givenOn: "2099-11-30", months: 3, expiry: "2100-02-28", endsOn: "2100-02-28"),
        // From a leap day.
        Case(givenOn: "2028-02-29", months: 3, expiry: "2028-05-29", endsOn: "2028-05-31"),
        // Other agreed notice lengths.
        Case(givenOn: "2026-05-20", months: 1, expiry: "2026-06-20", endsOn: "2026-06-30"),
        Case(givenOn: "2026-01-31", months: 1, expiry: "2026-02-28", endsOn: "2026-02-28"),
        Case(givenOn: "2026-07-10", months: 6, expiry: "2027-01-10", endsOn: "2027-01-31"),
        Case(givenOn: "2026-02-28", months: 12, expiry: "2027-02-28", endsOn: "2027-02-28"),
    ]

    @Test(arguments: cases)
    func endsOnTheLastDayOfTheMonthInWhichNoticeExpires(_ example: Case) throws {
        let period = try NoticePeriod(months: example.months)
        let given = AgreementFixtures.date(example.givenOn)
        #expect(period.expiry(noticeGivenOn: given) == AgreementFixtures.date(example.expiry))
        #expect(period.earliestEndDate(noticeGivenOn: given) == AgreementFixtures.date(example.endsOn))
    }

    @Test(arguments: ["2026-01-01", "2026-01-13", "2026-01-31"])
    func everyNoticeGivenInAMonthEndsOnTheSameDay(_ day: String) throws {
        let period = try NoticePeriod(months: 3)
        #expect(
            period.earliestEndDate(noticeGivenOn: AgreementFixtures.date(day)) == AgreementFixtures.date("2026-04-30"))
    }

    @Test(arguments: [0, -1, -12])
    func rejectsNoticeShorterThanAMonth(_ months: Int) {
        #expect(throws: ValidationError.self) { try NoticePeriod(months: months) }
    }

    @Test func decodesThroughTheValidatingInitialiser() throws {
        let decoder = JSONDecoder()
        #expect(try decoder.decode(NoticePeriod.self, from: Data(#"{"months":3}"#.utf8)).months == 3)
        #expect(throws: DecodingError.self) { try decoder.decode(NoticePeriod.self, from: Data(#"{"months":0}"#.utf8)) }
    }

    @Test func templatesDefaultToThreeMonths() throws {
        let terms = AgreementFixtures.regionHovedstadenTerms()
        #expect(AgreementTemplate.regionHovedstadenFacilityTeam.noticePeriod(for: terms)?.months == 3)
        #expect(AgreementTemplate.crossSectorCollaborationModel.noticePeriod(for: terms)?.months == 3)
        #expect(AgreementTemplate.citizenLevelCollaboration.noticePeriod(for: terms) == nil)
        var agreed = terms
        agreed.parameterValues[.noticeMonths] = .integer(6)
        #expect(AgreementTemplate.regionHovedstadenFacilityTeam.noticePeriod(for: agreed)?.months == 6)
        // An out-of-range value does not shorten the notice: the default applies and validation reports it.
        agreed.parameterValues[.noticeMonths] = .integer(0)
        #expect(AgreementTemplate.regionHovedstadenFacilityTeam.noticePeriod(for: agreed)?.months == 3)
    }
}
