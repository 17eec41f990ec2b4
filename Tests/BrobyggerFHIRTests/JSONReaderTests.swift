import BrobyggerFHIR
import Foundation
import Testing

/// The fast reader behind `FHIR.decode` must accept exactly the JSON that `JSONSerialization` accepts, and read it to
/// the same values.
@Suite("The FHIR JSON reader")
struct JSONReaderTests {
    static func extensionJSON(_ member: String) -> Data {
        Data(#"{"resourceType":"Patient","extension":[{"url":"u",\#(member)}]}"#.utf8)
    }

    @Test(
        "Strings with escapes and non-ASCII text",
        arguments: [
            (#""valueString":"plain""#, "plain"),
            (#""valueString":"Ærø \u00e6\u00F8\u00e5""#, "Ærø æøå"),
            (#""valueString":"\ud83d\ude00 ok""#, "😀 ok"),
            (
                #""valueString":"quote \" backslash \\ slash \/ \b\f\n\r\t""#,
                "quote \" backslash \\ slash / \u{8}\u{C}\n\r\t"
            ),
            (#""valueString":"""#, ""),
        ])
    func strings(member: String, expected: String) throws {
        let patient = try FHIR.decode(FHIR.Patient.self, from: Self.extensionJSON(member))
        #expect(patient.extension.first?.value == .string(expected))
        #expect((try? JSONSerialization.jsonObject(with: Self.extensionJSON(member))) != nil)
    }

    @Test(
        "Numbers",
        arguments: [
            (#""valueDecimal":1.50e2"#, "150"), (#""valueDecimal":-0"#, "0"), (#""valueDecimal":0.1"#, "0.1"),
            (#""valueDecimal":12345678901234567890.5"#, "12345678901234567890.5"), (#""valueInteger":-42"#, "-42"),
        ])
    func numbers(member: String, expected: String) throws {
        let patient = try FHIR.decode(FHIR.Patient.self, from: Self.extensionJSON(member))
        switch patient.extension.first?.value {
        case .decimal(let value)?: #expect(value == Decimal(string: expected))
        case .integer(let value)?: #expect(value == Int(expected))
        default: Issue.record("not a number")
        }
    }

    @Test(
        "Invalid JSON is rejected as JSONSerialization rejects it",
        arguments: [
            #""valueString":"\ud83d""#, #""valueString":"\x""#, "\"valueString\":\"tab\there\"", #""valueDecimal":01"#,
            #""valueDecimal":1."#, #""valueDecimal":.5"#, #""valueDecimal":1e"#, #""valueBoolean":tru"#,
            #""valueString":"open"#, #""valueString":"a",}"#, #""valueString" "a""#,
        ])
    func invalid(member: String) {
        let data = Self.extensionJSON(member)
        #expect((try? JSONSerialization.jsonObject(with: data)) == nil)
        let error = #expect(throws: FHIRError.self) { try FHIR.decode(FHIR.Patient.self, from: data) }
        #expect(error?.code == "fhir.not-json")
    }

    @Test("Invalid UTF-8 is rejected")
    func invalidUTF8() {
        var data = Data(#"{"resourceType":"Patient","id":"#.utf8)
        data.append(contentsOf: [0x22, 0xC3, 0x28, 0x22, 0x7D])
        let error = #expect(throws: FHIRError.self) { try FHIR.decode(FHIR.Patient.self, from: data) }
        #expect(error?.code == "fhir.not-json")
    }

    @Test("Content after the document is rejected; surrounding white space is not")
    func trailing() throws {
        #expect(throws: FHIRError.self) {
            try FHIR.decode(FHIR.Patient.self, from: Data(#"{"resourceType":"Patient"} {}"#.utf8))
        }
        let patient = try FHIR.decode(FHIR.Patient.self, from: Data(" \n\t{\"resourceType\" : \"Patient\"}\r\n ".utf8))
        #expect(patient == FHIR.Patient())
    }
}
