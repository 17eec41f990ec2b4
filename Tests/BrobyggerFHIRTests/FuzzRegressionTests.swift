import BrobyggerFHIR
import Foundation
import Testing

/// Inputs the fuzz targets (Fuzz/README.md) found, kept as regression tests.
@Suite("Fuzz regressions: FHIR")
struct FHIRFuzzRegressionTests {
    /// `fhir` target: with a member named twice, the reader kept the last value and `JSONDecoder` the first, so the
    /// two readers behind `FHIR.decode` read different resources. The reader now rejects duplicate names.
    @Test(
        "an object with a member named twice is not JSON the reader accepts",
        arguments: [
            #"{"resourceType":"Patient","id":"a","id":"b"}"#,
            #"{"resourceType":"Patient","id":"a","resourceType":"Patient"}"#,
            #"{"resourceType":"Patient","extension":[{"url":"u","valueString":"x","url":"v"}]}"#,
            "{\"resourceType\":\"Basic\"," + (0..<20).map { "\"m\($0)\":\($0)," }.joined() + "\"m7\":0}",
        ])
    func duplicateMembers(json: String) {
        #expect {
            _ = try FHIR.decode(FHIR.Resource.self, from: Data(json.utf8))
        } throws: { error in
            guard case .notJSON(let detail) = error as? FHIRError else { return false }
            return detail.hasPrefix("duplicate member name")
        }
    }

    @Test("members with distinct names are still read, however many")
    func distinctMembers() throws {
        let json = "{\"resourceType\":\"Basic\"," + (0..<40).map { "\"m\($0)\":\($0)" }.joined(separator: ",") + "}"
        let resource = try FHIR.decode(FHIR.Resource.self, from: Data(json.utf8))
        #expect(try FHIR.decode(FHIR.Resource.self, from: FHIR.encode(resource)) == resource)
    }

    /// `fhir` target: a MedCom bundle with a comma before a closing brace was read by `JSONDecoder`, which skips
    /// trailing commas, and rejected by the reader. Strict JSON has no trailing commas; the reader keeps rejecting
    /// them and names where, and `FHIR.decode` documents the difference.
    @Test(
        "a trailing comma is not JSON the reader accepts, and the error names its byte",
        arguments: [
            (#"{"resourceType":"Patient","id":"a",}"#, 35),
            (#"{"resourceType":"Patient","name":[{"family":"B"},]}"#, 49),
            ("{\"resourceType\":\"Patient\",\"id\":\"a\"\n  ,    }", 42),
        ])
    func trailingComma(json: String, byte: Int) {
        #expect {
            _ = try FHIR.decode(FHIR.Resource.self, from: Data(json.utf8))
        } throws: { error in
            guard case .notJSON(let detail) = error as? FHIRError else { return false }
            return detail.hasSuffix("at byte \(byte)")
        }
    }
}
