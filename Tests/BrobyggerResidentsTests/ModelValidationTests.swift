import BrobyggerCore
import BrobyggerResidents
import BrobyggerTesting
import Foundation
import Testing

@Suite struct ModelValidationTests {
    @Test(arguments: [
        ("DF20", "DF20", "F20"), ("F20.0", "DF200", "F20"), ("df122", "DF122", "F12"), ("DC509", "DC509", "C50"),
        ("D509", "DD509", "D50"),
    ])
    func diagnosisCodesNormaliseToSKS(_ input: String, _ code: String, _ category: String) throws {
        let parsed = try DiagnosisCode(input)
        #expect(parsed.code == code)
        #expect(parsed.category == category)
    }

    @Test(arguments: ["", "F2", "20F", "DF2X", "DFXX0", "F20.0.0.0.0", "Ø20"])
    func invalidDiagnosisCodesAreRejected(_ input: String) {
        #expect(throws: ValidationError.self) { try DiagnosisCode(input) }
    }

    @Test func diagnosisGroupsFollowICD10Blocks() throws {
        #expect(try DiagnosisCode("DF122").isSubstanceUseDisorder)
        #expect(try DiagnosisCode("DF209").isSchizophreniaSpectrum)
        #expect(try !DiagnosisCode("DF309").isSchizophreniaSpectrum)
        #expect(try DiagnosisCode("DW190").isAccident)
        #expect(try !DiagnosisCode("DS060").isAccident)
        #expect(try !DiagnosisCode("DX700").isAccident)
        #expect(try !DiagnosisCode("DY099").isAccident)
        #expect(try DiagnosisCode("DC509").isCancer)
        #expect(try DiagnosisCode("DF841").isAutismSpectrum)
    }

    @Test(arguments: [0, 101, -5])
    func gafOutsideOneToHundredIsRejected(_ value: Int) throws {
        do {
            _ = try GAFScore(value: value, assessedOn: ResidentsFixtureTime.date("2026-01-01"))
            Issue.record("GAF \(value) was accepted")
        } catch {
            #expect(error.code == "gaf.out-of-range")
            #expect(error.field == "value")
        }
        let json = Data(#"{"value":\#(value),"assessedOn":"2026-01-01"}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(GAFScore.self, from: json) }
    }

    @Test func gafBelowFortyFlagsMajorImpairment() throws {
        #expect(
            try GAFScore(value: 39, assessedOn: ResidentsFixtureTime.date("2026-01-01"))
                .indicatesMajorFunctionalImpairment)
        #expect(
            try !GAFScore(value: 40, assessedOn: ResidentsFixtureTime.date("2026-01-01"))
                .indicatesMajorFunctionalImpairment)
    }

    @Test func criteriaNeedACodeAndATitleAndDecodeThroughValidation() throws {
        #expect(throws: ValidationError.self) { try IntensifiedEffortCriterion(id: "", title: "x", acuity: .acute) }
        #expect(throws: ValidationError.self) { try IntensifiedEffortCriterion(id: "x", title: " ", acuity: .acute) }
        let criterion = try IntensifiedEffortCriterion(
            id: "medicinsvigt", title: "Tager ikke sin medicin", details: nil, acuity: .subacute)
        let data = try JSONEncoder().encode(criterion)
        #expect(try JSONDecoder().decode(IntensifiedEffortCriterion.self, from: data) == criterion)
        let bad = Data(#"{"id":"","title":"x","acuity":"acute"}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(IntensifiedEffortCriterion.self, from: bad) }
        #expect(IntensifiedEffortCriterion.Acuity.allCases.map(\.danishName) == ["akut", "subakut"])
        #expect(throws: ValidationError.self) { try OverviewMeetingSchedule(weekday: .monday, meetingsPerWeek: 0) }
    }

    @Test func residentsMaskTheCPRNumberEverywhere() throws {
        let resident = try ResidentBuilder("masked").cpr("0101801235").named("Preben", "Hansen").build()
        var dumped = ""
        dump(resident, to: &dumped)
        for text in [String(describing: resident), String(reflecting: resident), dumped] {
            #expect(!text.contains("1235"))
        }
        #expect(resident.person.masked == "010180-xxxx")
    }

    @Test func residentInvariants() throws {
        #expect(throws: ValidationError.self) {
            try ResidentBuilder().diagnosis("DF200", on: "2020-01-01").diagnosis("DF200", on: "2020-01-01").build()
        }
        #expect(throws: ValidationError.self) {
            try ResidentBuilder().diagnosis("DF200", on: "2020-01-01").diagnosis("DF312", on: "2020-01-01").build()
        }
        #expect(throws: ValidationError.self) {
            try ResidentBuilder().proxy(.random(), designatedOn: "2020-01-01").build()
        }
        #expect(throws: ValidationError.self) { try ResidentBuilder().actingMunicipality("9999").build() }
        let resident = try ResidentBuilder().diagnosis("DF200", on: "2015-01-01").diagnosis(
            "DF122", rank: .secondary, on: "2019-01-01"
        )
        .gaf(35, on: "2025-01-01").gaf(45, on: "2024-01-01").build()
        #expect(resident.primaryDiagnosis(on: ResidentsFixtureTime.date("2026-01-01"))?.code.code == "DF200")
        #expect(resident.latestGAF(on: ResidentsFixtureTime.date("2026-01-01"))?.value == 35)
        let decoded = try JSONDecoder().decode(Resident.self, from: JSONEncoder().encode(resident))
        #expect(decoded == resident)
    }

    @Test func facilitiesAndTeamsValidate() throws {
        #expect(throws: ValidationError.self) { try FacilityBuilder().capacity(0).build() }
        #expect(throws: ValidationError.self) { try FacilityBuilder().approvedFor([]).build() }
        #expect(throws: ValidationError.self) {
            try OutreachTeam.ServedFacility(facility: .random(), onSiteWeekdays: [])
        }
        let facility = try FacilityBuilder("f").build()
        let team = try TeamBuilder("t").serving(facility.id, on: [.tuesday, .thursday]).build()
        #expect(team.onSiteWeekdays(at: facility.id) == [.tuesday, .thursday])
        #expect(team.validate().isClean)
        let nurseOnly = try TeamBuilder("n").members([.init(professional: .random(), profession: .nurse)]).build()
        #expect(nurseOnly.validate().findings(withCode: "team.no-psychiatrist").count == 1)
        let data = try JSONEncoder().encode(team)
        #expect(try JSONDecoder().decode(OutreachTeam.self, from: data) == team)
        #expect(TargetGroup(rawValue: "homeless") == .unrecognized("homeless"))
    }

    @Test func facilityDecodingRejectsAnEmptyApproval() throws {
        let facility = try FacilityBuilder("json").build()
        var object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(facility)) as! [String: Any]
        object["approvedTargetGroups"] = [String]()
        let data = try JSONSerialization.data(withJSONObject: object)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ResidentialFacility.self, from: data) }
    }
}
