import BrobyggerAgreements
import BrobyggerCore
import BrobyggerTesting
import Foundation
import Testing

struct TemplateParameterTests {
    static let template = AgreementTemplate.regionHovedstadenFacilityTeam

    struct Case: CustomTestStringConvertible, Sendable {
        let key: ParameterKey
        let value: ParameterValue
        let problem: String?
        var testDescription: String { "\(key) = \(value)" }
    }

    static let cases: [Case] = [
        Case(key: .onSiteDaysPerWeek, value: .integer(1), problem: nil),
        Case(key: .onSiteDaysPerWeek, value: .integer(5), problem: nil),
        Case(key: .onSiteDaysPerWeek, value: .integer(0), problem: AgreementFindingCode.parameterOutOfRange),
        Case(key: .onSiteDaysPerWeek, value: .integer(8), problem: AgreementFindingCode.parameterOutOfRange),
        Case(key: .morningMeetingsPerWeek, value: .integer(0), problem: AgreementFindingCode.parameterOutOfRange),
        Case(key: .morningMeetingsPerWeek, value: .text("hver dag"), problem: AgreementFindingCode.parameterWrongKind),
        Case(key: .noticeMonths, value: .integer(3), problem: nil),
        Case(key: .noticeMonths, value: .integer(13), problem: AgreementFindingCode.parameterOutOfRange),
        Case(key: .onSiteWeekday, value: .weekday(.thursday), problem: nil),
        Case(key: .onSiteWeekday, value: .integer(4), problem: AgreementFindingCode.parameterWrongKind),
        Case(key: .communicationChannel, value: .choice("secure-email"), problem: nil),
        Case(key: .communicationChannel, value: .choice("fax"), problem: AgreementFindingCode.parameterNotAnOption),
    ]

    @Test(arguments: cases)
    func checksValuesAgainstTheParameter(_ example: Case) throws {
        let parameter = try #require(Self.template.parameter(example.key))
        #expect(parameter.problem(with: example.value)?.code == example.problem)
    }

    @Test(arguments: [
        ParameterValue.integer(3), .weekday(.friday), .choice("medcom-correspondence"), .text("Aftalt"), .boolean(true),
    ])
    func valuesRoundTripAsOneKeyObjects(_ value: ParameterValue) throws {
        let data = try JSONEncoder().encode(value)
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect(object?.count == 1)
        #expect(try JSONDecoder().decode(ParameterValue.self, from: data) == value)
    }

    @Test func rejectsAValueWithTwoKinds() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(ParameterValue.self, from: Data(#"{"integer":1,"text":"x"}"#.utf8))
        }
    }

    @Test(arguments: ["on-site-days-per-week", "k1-right-actors", "a.b"])
    func acceptsWellFormedKeys(_ text: String) throws {
        #expect(try ParameterKey(text).rawValue == text)
    }

    @Test(arguments: ["", "On-Site", "on site", "dage/uge", "æble"])
    func rejectsMalformedKeys(_ text: String) {
        #expect(throws: ValidationError.self) { try SectionKey(text) }
        #expect(SectionKey(rawValue: text) == nil)
    }

    @Test func termsEncodeKeyedDictionariesAsObjects() throws {
        let terms = AgreementFixtures.regionHovedstadenTerms()
        let data = try JSONEncoder().encode(terms)
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let parameters = object?["parameterValues"] as? [String: Any]
        #expect(parameters?.keys.sorted() == ["management-meetings-per-year", "on-site-weekday"])
        #expect(try JSONDecoder().decode(AgreementTerms.self, from: data) == terms)
    }

    @Test func unknownSupplementKindsRoundTrip() throws {
        let supplement = try LocalSupplement(kind: LocalSupplementKind(code: "parking"), text: "Parkering i gården.")
        #expect(supplement.kind == .unrecognized("parking"))
        let decoded = try JSONDecoder().decode(LocalSupplement.self, from: JSONEncoder().encode(supplement))
        #expect(decoded == supplement)
        #expect(throws: ValidationError.self) { try LocalSupplement(kind: .facilityRules, text: "  ") }
    }
}
