import BrobyggerCore
import Foundation
import Testing

@Suite("SOR, GLN, CVR and authorisation IDs")
struct NationalIdentifierTests {
    @Test("SOR codes are at least 11 digits", arguments: ["265161000016000", "953741000016009", "12345678901"])
    func sor(text: String) throws {
        #expect(try SORCode(text).value == text)
    }

    @Test("SOR rejects short or non-digit codes", arguments: ["1234567890", "26516100001600A", ""])
    func sorInvalid(text: String) {
        #expect(throws: ValidationError.self) { try SORCode(text) }
    }

    /// Location numbers from MedCom's hospital-notification examples.
    @Test("GLN accepts MedCom's location numbers", arguments: ["5790000209354", "5790001348120", "5790002003325"])
    func gln(text: String) throws {
        #expect(try GLN(text).value == text)
    }

    @Test("GLN rejects a wrong check digit and wrong lengths")
    func glnInvalid() {
        for text in ["5790000209355", "5790000209353", "579000020935", "57900002093540"] {
            #expect(throws: ValidationError.self) { try GLN(text) }
        }
        do {
            _ = try GLN("5790000209355")
        } catch {
            #expect(error.code == "gln.check-digit")
        }
    }

    @Test("computes the GS1 check digit")
    func glnCheckDigit() {
        #expect(GLN.checkDigit(of: [5, 7, 9, 0, 0, 0, 0, 2, 0, 9, 3, 5]) == 4)
        #expect(GLN.checkDigit(of: [5, 7, 9, 0, 0, 0, 1, 3, 4, 8, 1, 2]) == 0)
    }

    /// CVR numbers from the public CVR register.
    @Test("CVR accepts valid numbers", arguments: ["29190623", "29189846", "24256790", "55133018"])
    func cvr(text: String) throws {
        #expect(try CVRNumber(text).value == text)
    }

    @Test("CVR rejects a broken checksum or length", arguments: ["29190624", "2919062", "291906230", "2919062A"])
    func cvrInvalid(text: String) {
        #expect(throws: ValidationError.self) { try CVRNumber(text) }
    }

    @Test("authorisation IDs are five digits, consonants or Y")
    func authorisation() throws {
        #expect(try AuthorisationID("0c4bg").value == "0C4BG")
        #expect(try AuthorisationID("YX9Z1").value == "YX9Z1")
        for text in ["0C4B", "0C4BGX", "0A4BG", "0E4BG"] {
            #expect(throws: ValidationError.self) { try AuthorisationID(text) }
        }
    }

    @Test("each identifier carries its dk-core system")
    func systems() {
        #expect(CPRNumber.fhirSystem == "urn:oid:1.2.208.176.1.2")
        #expect(SORCode.fhirSystem == "urn:oid:1.2.208.176.1.1")
        #expect(GLN.fhirSystem == "http://www.gs1.org/gln")
        #expect(CVRNumber.fhirSystem == "http://cvr.dk")
        #expect(AuthorisationID.fhirSystem == "https://autregweb.sst.dk")
        #expect(MunicipalityCode.fhirSystem == "http://hl7.dk/fhir/core/CodeSystem/dk-core-municipality-codes")
        #expect(Region.fhirSystem == "urn:iso:std:iso:3166:-2")
    }

    @Test("decoding a broken identifier names the field")
    func decodingNamesField() throws {
        struct Holder: Codable { var gln: GLN }
        do {
            _ = try JSONDecoder().decode(Holder.self, from: Data(#"{"gln":"5790000209355"}"#.utf8))
            Issue.record("decoded an invalid GLN")
        } catch let DecodingError.dataCorrupted(context) {
            #expect(context.codingPath.map(\.stringValue) == ["gln"])
            #expect(context.debugDescription.contains("check digit"))
        }
    }
}

@Suite("Typed identifiers")
struct IdentifierTests {
    enum Thing {}

    @Test("encode as a plain UUID string and reject anything else")
    func coding() throws {
        let id = Identifier<Thing>(rawValue: UUID(uuidString: "6F9619FF-8B86-D011-B42D-00C04FC964FF")!)
        let data = try JSONEncoder().encode([id])
        #expect(String(decoding: data, as: UTF8.self) == #"["6f9619ff-8b86-d011-b42d-00c04fc964ff"]"#)
        #expect(try JSONDecoder().decode([Identifier<Thing>].self, from: data) == [id])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([Identifier<Thing>].self, from: Data(#"["t33cef33"]"#.utf8))
        }
    }
}
