import BrobyggerCore
import Foundation
import Testing

/// Inputs the fuzz targets (Fuzz/README.md) found, kept as regression tests.
@Suite("Fuzz regressions: identifiers")
struct CoreFuzzRegressionTests {
    /// `identifiers` target: a CPR number given to another identifier's parser came back unmasked in its error
    /// ("a CVR number is 8 digits; got "0101801234""). Errors now mask every CPR-shaped number they quote.
    @Test(
        "a CPR number given to another identifier's parser is masked in its error",
        arguments: [
            "0101801234", "010180-1234", "010180 1234", "x0101801234", "0101801234x", "kode 0101801234 forkert",
        ])
    func otherParsersMaskCPR(text: String) {
        let parsers: [(String) throws -> Any] = [
            { try CVRNumber($0) }, { try SORCode($0) }, { try GLN($0) }, { try MunicipalityCode($0) },
            { try AuthorisationID($0) },
            { try ReplacementPersonNumber($0, kind: .xECPR) },
        ]
        for parse in parsers {
            do {
                _ = try parse(text)
                Issue.record("'\(PersonIdentifier.masking(text))' was accepted")
            } catch {
                let shown = "\(error) \(String(reflecting: error))"
                #expect(!shown.contains("0101801234") && !shown.contains("010180-1234"), "\(shown)")
                #expect(!shown.contains("010180 1234"), "\(shown)")
            }
        }
    }

    @Test(
        "maskingNumbers masks CPR-shaped numbers only",
        arguments: [
            ("0101801234", "010180-xxxx"), ("a 010180-1234, b 0202901111", "a 010180-xxxx, b 020290-xxxx"),
            ("010180 1234", "010180-xxxx"), ("12345678901", "12345678901"), ("5790001348120", "5790001348120"),
            ("123456789", "123456789"), ("010180-12345", "010180-12345"), ("Ærø 0101801234.", "Ærø 010180-xxxx."),
            ("", ""),
            // UUIDs are identifiers, never a person's number, and stay whole (a masked one names nothing).
            ("document 983956a0-be6f-471f-b780-dc7d35312345", "document 983956a0-be6f-471f-b780-dc7d35312345"),
            (
                "/tmp/e2e-85C545FD-4E47-4340-8840-EA6038311234/x.csv",
                "/tmp/e2e-85C545FD-4E47-4340-8840-EA6038311234/x.csv"
            ),
            ("ab123456-1234-4cde-8f00-0000000000aa", "ab123456-1234-4cde-8f00-0000000000aa"),
            (
                "983956a0-be6f-471f-b780-dc7d35312345 0101801234",
                "983956a0-be6f-471f-b780-dc7d35312345 010180-xxxx"
            ),
            ("0101801234-be6f-471f-b780-dc7d353", "010180-xxxx-be6f-471f-b780-dc7d353"),
        ])
    func maskingNumbers(text: String, expected: String) {
        #expect(PersonIdentifier.maskingNumbers(in: text) == expected)
    }

    @Test("a non-personal offending value is still shown")
    func nonPersonalValueShown() {
        #expect(throws: ValidationError.self) { try CVRNumber("1234567") }
        do {
            _ = try CVRNumber("1234567")
        } catch {
            #expect(error.offendingValue == "1234567")
        }
    }
}
