import BrobyggerCore
import Foundation
import Testing

@Suite("Municipalities and regions")
struct MunicipalityAndRegionTests {
    @Test("the closed list has 98 municipalities, 29/17/22/19/11 by region")
    func split() {
        #expect(MunicipalityCode.all.count == 98)
        #expect(Region.hovedstaden.municipalities.count == 29)
        #expect(Region.sjaelland.municipalities.count == 17)
        #expect(Region.syddanmark.municipalities.count == 22)
        #expect(Region.midtjylland.municipalities.count == 19)
        #expect(Region.nordjylland.municipalities.count == 11)
        #expect(Set(MunicipalityCode.all.map(\.value)).count == 98)
    }

    @Test("every code parses back to itself with its name and region")
    func everyCode() throws {
        for municipality in MunicipalityCode.all {
            let parsed = try MunicipalityCode(municipality.value)
            #expect(parsed == municipality)
            #expect(parsed.name == municipality.name)
            #expect(parsed.region == municipality.region)
            #expect(municipality.value.count == 4)
        }
    }

    @Test(
        "known codes",
        arguments: [
            ("0101", "København", Region.hovedstaden), ("0147", "Frederiksberg", .hovedstaden),
            ("0851", "Aalborg", .nordjylland), ("0751", "Aarhus", .midtjylland), ("0461", "Odense", .syddanmark),
            ("0265", "Roskilde", .sjaelland), ("0360", "Lolland", .sjaelland), ("0400", "Bornholm", .hovedstaden),
        ])
    func known(code: String, name: String, region: Region) throws {
        let municipality = try MunicipalityCode(code)
        #expect(municipality.name == name)
        #expect(municipality.region == region)
    }

    @Test("Christiansø and unknown codes are rejected")
    func unknown() {
        for code in ["0411", "0102", "9999", "0000"] {
            do {
                _ = try MunicipalityCode(code)
                Issue.record("accepted \(code)")
            } catch {
                #expect(error.code == "municipality.unknown")
            }
        }
        #expect(throws: ValidationError.self) { try MunicipalityCode("01a1") }
        #expect(throws: ValidationError.self) { try MunicipalityCode("01011") }
    }

    @Test("a leading zero may be missing")
    func leadingZero() throws {
        #expect(try MunicipalityCode("101").value == "0101")
    }

    @Test("regions have codes 1081–1085, ISO codes and Danish names")
    func regions() throws {
        #expect(Region.allCases.map(\.code) == [1081, 1082, 1083, 1084, 1085])
        #expect(Region.allCases.map(\.isoCode) == ["DK-81", "DK-82", "DK-83", "DK-84", "DK-85"])
        #expect(Region.sjaelland.danishName == "Region Sjælland")
        #expect(try Region(code: 1084) == .hovedstaden)
        #expect(try Region(isoCode: "DK-81") == .nordjylland)
        #expect(throws: ValidationError.self) { try Region(code: 1086) }
    }

    @Test("municipalities encode as their code")
    func coding() throws {
        let data = try JSONEncoder().encode([try MunicipalityCode("0360")])
        #expect(String(decoding: data, as: UTF8.self) == #"["0360"]"#)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([MunicipalityCode].self, from: Data(#"["0411"]"#.utf8))
        }
    }
}
