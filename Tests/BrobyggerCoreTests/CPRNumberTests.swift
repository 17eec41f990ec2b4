import BrobyggerCore
import BrobyggerTesting
import Foundation
import Testing

@Suite("CPR numbers")
struct CPRNumberTests {
    @Test("accepts the number with and without hyphen", arguments: ["0707614285", "070761-4285"])
    func parsesBothForms(text: String) throws {
        let number = try CPRNumber(text)
        #expect(number.unmaskedValue == "0707614285")
        #expect(number.unmaskedFormatted == "070761-4285")
    }

    /// The century table of CPR-kontoret, one row per seventh digit and side of the boundary.
    @Test(
        "resolves the century from the seventh digit",
        arguments: [
            ("0101000000", 1900), ("0101993999", 1999), ("0101364000", 2036), ("0101374000", 1937),
            ("0101369000", 2036), ("0101379000", 1937), ("0101575000", 2057), ("0101585000", 1858),
            ("0101998000", 1899), ("0101006000", 2000), ("0101577000", 2057), ("0101597000", 1859),
        ])
    func century(text: String, year: Int) throws {
        #expect(try CPRNumber(text).birthDate.year == year)
    }

    @Test("29 February only in leap years of the resolved century")
    func leapDays() throws {
        // YY = 00 with 7th digit 4 is 2000 (a leap year); with 0 it is 1900 (not a leap year).
        #expect(try CPRNumber("290200-4001").birthDate == CalendarDate(year: 2000, month: 2, day: 29))
        #expect(throws: ValidationError.self) { try CPRNumber("290200-0001") }
        // 1858–1899 via digits 5–8: 1896 was a leap year, 1858 was not.
        #expect(try CPRNumber("290296-5001").birthDate.year == 1896)
        #expect(throws: ValidationError.self) { try CPRNumber("290258-8001") }
        // 2056 is a leap year, reached with digit 5.
        #expect(try CPRNumber("290256-5001").birthDate.year == 2056)
    }

    @Test(
        "rejects malformed numbers with a masked message",
        arguments: [
            "", "123", "07076142851", "0707-614285", "07076l4285", "320161-4285", "001361-4285", "311161-4285",
            // Eleven bytes with the hyphen as the seventh, but fewer than seven characters before it.
            "\u{FFFD}\u{FFFD}-\u{FFFD}3", "070\u{E6}1-4285", "ø7076-4285",
        ])
    func rejects(text: String) {
        do {
            _ = try CPRNumber(text)
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.code.hasPrefix("cpr."))
            if text.count >= 10 { #expect(!error.description.contains(String(text.suffix(4)))) }
        }
    }

    @Test("does not apply the modulus-11 check dropped in 2007")
    func noModulus11() throws {
        // 0101011234 fails modulus 11 (weights 4,3,2,7,6,5,4,3,2,1 give 97) yet is a valid CPR number.
        let digits = [0, 1, 0, 1, 0, 1, 1, 2, 3, 4]
        let sum = zip(digits, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]).reduce(0) { $0 + $1.0 * $1.1 }
        #expect(sum % 11 != 0)
        #expect(throws: Never.self) { try CPRNumber("0101011234") }
    }

    @Test("reads the administrative sex from the last digit")
    func sex() throws {
        #expect(try CPRNumber("0707614285").administrativeSex == .male)
        #expect(try CPRNumber("0707614286").administrativeSex == .female)
    }

    @Test("every rendering masks the serial digits")
    func masking() throws {
        let number = try CPRNumber("070761-4285")
        var dumped = ""
        dump(number, to: &dumped)
        let person = PersonIdentifier.cpr(number)
        var dumpedPerson = ""
        dump(person, to: &dumpedPerson)
        for text in [
            number.description, number.debugDescription, String(describing: number), String(reflecting: number),
            "\(number)", dumped, person.description, String(reflecting: person), dumpedPerson,
        ] {
            #expect(!text.contains("4285"), "unmasked in \(text)")
            #expect(text.contains("070761-xxxx"), "masked form missing in \(text)")
        }
    }

    @Test("computes age on a date")
    func age() throws {
        let number = try CPRNumber("0707614285")
        #expect(number.age(on: try CalendarDate(year: 2026, month: 7, day: 6)) == 64)
        #expect(number.age(on: try CalendarDate(year: 2026, month: 7, day: 7)) == 65)
    }

    @Test("encodes the full number and decodes through validation")
    func coding() throws {
        let number = try CPRNumber("0707614285")
        let data = try JSONEncoder().encode([number])
        #expect(String(decoding: data, as: UTF8.self) == #"["0707614285"]"#)
        #expect(try JSONDecoder().decode([CPRNumber].self, from: data) == [number])
        do {
            _ = try JSONDecoder().decode([CPRNumber].self, from: Data(#"["290200-0001"]"#.utf8))
            Issue.record("decoded an invalid number")
        } catch let DecodingError.dataCorrupted(context) {
            #expect(context.debugDescription.contains("cpr.invalid-date"))
            #expect(!context.debugDescription.contains("0001"))
        }
    }

    @Test("generated sample numbers are valid, distinct and carry the requested sex")
    func samples() {
        let numbers = SampleCPRNumbers.adults(2_000, seed: 3)
        #expect(Set(numbers).count == 2_000)
        for (index, number) in numbers.enumerated() {
            #expect(number.administrativeSex == (index % 2 == 0 ? .female : .male))
            #expect((1940...2004).contains(number.birthDate.year))
        }
    }
}

@Suite("Replacement person numbers")
struct ReplacementPersonNumberTests {
    @Test("X-eCPR: DDMMYY, 1 or 7, two capitals, a digit", arguments: ["0101011AB2", "3112997ZZ9"])
    func validX(text: String) throws {
        let number = try ReplacementPersonNumber(text, kind: .xECPR)
        #expect(number.fhirSystem == "urn:oid:1.2.208.176.1.6.1.1")
        #expect(number.description.hasSuffix("-xxxx"))
    }

    @Test("X-eCPR rejects other shapes", arguments: ["0101010AB2", "0101011ab2", "3102011AB2", "0101011AB"])
    func invalidX(text: String) {
        #expect(throws: ValidationError.self) { try ReplacementPersonNumber(text, kind: .xECPR) }
    }

    @Test("D-eCPR names the issuing region in its system")
    func dECPR() throws {
        let number = try ReplacementPersonNumber("2902005QX1", kind: .dECPR(issuer: .sjaelland))
        #expect(number.fhirSystem == "urn:oid:1.2.208.176.1.6.1.3.177")
        #expect(ReplacementPersonNumber.kind(forSystem: number.fhirSystem) == .dECPR(issuer: .sjaelland))
        #expect(throws: ValidationError.self) { try ReplacementPersonNumber("2902001QX1", kind: .dECPR(issuer: nil)) }
        let decoded = try JSONDecoder().decode(
            PersonIdentifier.self, from: JSONEncoder().encode(PersonIdentifier.replacement(number)))
        #expect(decoded == .replacement(number))
    }
}
