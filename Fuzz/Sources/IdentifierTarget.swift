import Brobygger
import Foundation

/// CPR, replacement-number, person-identifier, SOR, GLN, CVR, authorisation-ID and municipality parsing.
///
/// Properties: an accepted identifier formats and parses back to itself and survives a JSON round trip; the check
/// digits hold; a CPR or replacement number never renders unmasked; no error shows a CPR number of the input.
enum IdentifierTarget {
    static func run(_ bytes: [UInt8]) {
        guard let selector = bytes.first else { return }
        let input = Array(bytes.dropFirst())
        let text = String(decoding: input, as: UTF8.self)
        let personal = PersonalNumbers(in: input)
        func parse<Value>(_ name: String, _ make: () throws -> Value) -> Value? {
            do {
                return try make()
            } catch {
                personal.requireMasked(error: error, in: "the \(name) error")
                return nil
            }
        }
        switch selector % 10 {
        case 0: if let number = parse("CPR", { try CPRNumber(text) }) { check(number) }
        case 1: if let number = parse("X-eCPR", { try ReplacementPersonNumber(text, kind: .xECPR) }) { check(number) }
        case 2:
            let issuers: [Region?] = [nil] + Region.allCases
            let issuer = issuers[Int(selector / 10) % issuers.count]
            if let number = parse("D-eCPR", { try ReplacementPersonNumber(text, kind: .dECPR(issuer: issuer)) }) {
                check(number)
            }
        case 3:
            if let identifier = parse(
                "person identifier", { try JSONDecoder().decode(PersonIdentifier.self, from: Data(input)) })
            {
                requireJSONRoundTrip(identifier, "person identifier")
                requireMaskedRendering(identifier, unmasked: identifier.unmaskedValue)
                if case .cpr(let number) = identifier { check(number) }
                if case .replacement(let number) = identifier { check(number) }
            }
        case 4:
            if let code = parse("SOR", { try SORCode(text) }) {
                require(try! SORCode(code.value) == code, "a SOR code does not parse back from its value")
                requireJSONRoundTrip(code, "SOR code")
            }
        case 5:
            if let gln = parse("GLN", { try GLN(text) }) {
                let digits = gln.value.utf8.map { Int($0) - 48 }
                require(digits.count == 13 && GLN.checkDigit(of: digits.prefix(12)) == digits[12], "GLN check digit")
                require(try! GLN(gln.value) == gln, "a GLN does not parse back from its value")
                requireJSONRoundTrip(gln, "GLN")
            }
        case 6:
            if let cvr = parse("CVR", { try CVRNumber(text) }) {
                let digits = cvr.value.utf8.map { Int($0) - 48 }
                let sum = zip(digits, CVRNumber.weights).reduce(0) { $0 + $1.0 * $1.1 }
                require(digits.count == 8 && sum % 11 == 0, "CVR modulus 11")
                require(try! CVRNumber(cvr.value) == cvr, "a CVR number does not parse back from its value")
                requireJSONRoundTrip(cvr, "CVR number")
            }
        case 7:
            if let id = parse("authorisation ID", { try AuthorisationID(text) }) {
                require(id.value == id.value.uppercased() && id.value.utf8.count == 5, "authorisation ID form")
                require(try! AuthorisationID(id.value.lowercased()) == id, "an authorisation ID ignores case")
                requireJSONRoundTrip(id, "authorisation ID")
            }
        case 8:
            if let municipality = parse("municipality", { try MunicipalityCode(text) }) { check(municipality) }
        default:
            if let municipality = MunicipalityCode.named(text) { check(municipality) }
        }
    }

    static func check(_ number: CPRNumber) {
        let digits = number.unmaskedValue
        require(digits.utf8.count == 10 && digits.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }, "CPR digits")
        require(try! CPRNumber(digits) == number, "a CPR number does not parse back from its digits")
        require(try! CPRNumber(number.unmaskedFormatted) == number, "a CPR number does not parse back formatted")
        require(number.masked == "\(digits.prefix(6))-xxxx", "CPR masked form")
        requireMaskedRendering(number, unmasked: digits)
        requireMaskedRendering(PersonIdentifier.cpr(number), unmasked: digits)
        requireJSONRoundTrip(number, "CPR number")
        requireJSONRoundTrip(PersonIdentifier.cpr(number), "person identifier")
        let values = digits.utf8.map { Int($0) - 48 }
        let birth = number.birthDate.components
        require(
            birth.day == values[0] * 10 + values[1] && birth.month == values[2] * 10 + values[3]
                && birth.year % 100 == values[4] * 10 + values[5] && (1858...2057).contains(birth.year),
            "the birth date of a CPR number is its first six digits")
        require(number.age(on: number.birthDate) == 0, "age on the birth date")
        require((number.administrativeSex == .male) == (values[9] % 2 == 1), "sex follows the last digit")
    }

    static func check(_ number: ReplacementPersonNumber) {
        require(try! ReplacementPersonNumber(number.unmaskedValue, kind: number.kind) == number, "eCPR parses back")
        require(ReplacementPersonNumber.kind(forSystem: number.fhirSystem) == number.kind, "eCPR system names its kind")
        requireMaskedRendering(number, unmasked: number.unmaskedValue)
        requireMaskedRendering(PersonIdentifier.replacement(number), unmasked: number.unmaskedValue)
        requireJSONRoundTrip(number, "replacement number")
        requireJSONRoundTrip(PersonIdentifier.replacement(number), "person identifier")
    }

    static func check(_ municipality: MunicipalityCode) {
        require(municipality.value.utf8.count == 4, "a municipality code has four digits")
        require(try! MunicipalityCode(municipality.value) == municipality, "a municipality code parses back")
        require(MunicipalityCode.named(municipality.name) == municipality, "a municipality is found by its name")
        require(MunicipalityCode.all.contains(municipality), "a municipality is one of the 98")
        requireJSONRoundTrip(municipality, "municipality code")
    }

    /// A personal number's renderings show at most its first six characters.
    static func requireMaskedRendering(_ value: Any, unmasked: String) {
        let text = rendered(value)
        require(!text.contains(unmasked), "a personal number renders unmasked: \(type(of: value))")
    }
}
