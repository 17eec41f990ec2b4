import BrobyggerCore
import BrobyggerFHIR
import Foundation
import Testing

@Suite("FHIR JSON round trips")
struct RoundTripTests {
    @Test("Every MedCom example decodes and encodes to the same JSON tree", arguments: MedComExamples.names)
    func exampleRoundTrip(name: String) throws {
        let data = try MedComExamples.data(name)
        let bundle = try FHIR.decode(FHIR.Bundle.self, from: data)
        let encoded = try FHIR.encode(bundle)
        let differences = try JSONTree(data).differences(from: JSONTree(encoded))
        #expect(differences.isEmpty, "\(differences.prefix(10))")
        #expect(try FHIR.decode(FHIR.Bundle.self, from: encoded) == bundle)
    }

    @Test("The fast reader and JSONDecoder read every example to the same value", arguments: MedComExamples.names)
    func readersAgree(name: String) throws {
        let data = try MedComExamples.data(name)
        #expect(try FHIR.decode(FHIR.Bundle.self, from: data) == JSONDecoder().decode(FHIR.Bundle.self, from: data))
        #expect(try FHIR.decode(FHIR.Resource.self, from: data) == JSONDecoder().decode(FHIR.Resource.self, from: data))
    }

    @Test("The fast reader and JSONDecoder report the same errors at the same paths")
    func readersAgreeOnErrors() throws {
        let base = try MedComExamples.tree("HospitalNotification_Ex_STIN_A")
        let broken: [JSONValue] = [
            base.setting(["entry", 2, "resource", "status"], to: nil),
            base.setting(["entry", 2, "resource", "status"], to: .number(3)),
            base.setting(["entry", 1, "resource", "id"], to: .string("a_b")),
            base.setting(["entry", 2, "resource", "period", "start"], to: .string("2023-03-01T12:00")),
            base.setting(["entry", 5, "resource", "resourceType"], to: .number(1)),
            base.setting(["entry", 3, "resource", "identifier", 0, "value"], to: .bool(true)),
            base.setting(["entry", 0, "resource", "eventCoding"], to: nil),
        ]
        for tree in broken {
            let data = try tree.data()
            let fast = #expect(throws: FHIRError.self) { try FHIR.decode(FHIR.Bundle.self, from: data) }
            var slow: FHIRError?
            do {
                _ = try JSONDecoder().decode(FHIR.Bundle.self, from: data)
            } catch {
                slow = FHIRError(decoding: error)
            }
            #expect(fast?.path == slow?.path)
            #expect(fast?.code == slow?.code)
        }
    }

    @Test("Every MedCom example is read into typed resources, none left as raw JSON", arguments: MedComExamples.names)
    func typedEntries(name: String) throws {
        let bundle = try FHIR.decode(FHIR.Bundle.self, from: MedComExamples.data(name))
        #expect(bundle.type == .message)
        #expect(!bundle.entry.isEmpty)
        for entry in bundle.entry {
            guard case .other(let resourceType, _)? = entry.resource else { continue }
            Issue.record("\(resourceType) was kept as raw JSON")
        }
        #expect(bundle.entry.first?.resource?.messageHeader != nil)
    }

    @Test("Unknown extensions, unknown elements and primitive extensions survive a round trip")
    func unknownContentSurvives() throws {
        let vendorExtension: JSONValue = .object([
            "url": .string("https://example.org/fhir/StructureDefinition/ward-colour"),
            "valueRange": .object(["low": .object(["value": .number(1)])]),
            "extension": .array([.object(["url": .string("nested"), "valueInteger": .number(7)])]),
        ])
        let tree = try MedComExamples.tree("HospitalNotification_Ex_STIN_A")
            .setting(["entry", 1, "resource", "extension"], to: .array([vendorExtension]))
            .setting(["entry", 1, "resource", "birthDate"], to: .string("1947-09-25"))
            .setting(
                ["entry", 1, "resource", "_birthDate"],
                to: .object([
                    "extension": .array([
                        .object(["url": .string("https://example.org/precision"), "valueCode": .string("day")])
                    ])
                ])
            )
            .setting(["entry", 1, "resource", "futureElement"], to: .object(["answer": .number(42)]))
            .setting(["entry", 2, "resource", "class", "userSelected"], to: .bool(true))
            .setting(["entry", 2, "resource", "status"], to: .string("some-future-status"))
            .setting(["entry", 4, "resource", "identifier", 0, "_value"], to: .object(["id": .string("ean")]))
        let data = try tree.data()
        let bundle = try FHIR.decode(FHIR.Bundle.self, from: data)

        let patient = try #require(bundle.entry[1].resource?.patient)
        #expect(patient.extension.first?.url == "https://example.org/fhir/StructureDefinition/ward-colour")
        #expect(patient.extension.first?.value == nil)
        #expect(patient.extension.first?.additionalElements["valueRange"] != nil)
        #expect(patient.extension.first?.extension.first?.value == .integer(7))
        #expect(patient.additionalElements["futureElement"] == .object(["answer": .number(42)]))
        #expect(patient.birthDate?.calendarDate == (try CalendarDate(year: 1947, month: 9, day: 25)))
        let birthDateElement = try #require(try patient.primitiveElement(of: "birthDate"))
        #expect(birthDateElement.extension.first?.value == .code("day"))
        let encounter = try #require(bundle.entry[2].resource?.encounter)
        #expect(encounter.status == .unrecognized("some-future-status"))

        let differences = try JSONTree(data).differences(from: JSONTree(FHIR.encode(bundle)))
        #expect(differences.isEmpty, "\(differences)")
    }

    @Test("A resource type this module does not model is kept as raw JSON and round-trips")
    func unknownResourceType() throws {
        let observation: JSONValue = .object([
            "resourceType": .string("Observation"), "id": .string("obs-1"), "status": .string("final"),
            "valueQuantity": .object(["value": .number(Decimal(string: "36.6")!), "unit": .string("Cel")]),
        ])
        let tree = try MedComExamples.tree("HospitalNotification_Ex_STAA_D")
            .setting(["entry", 6], to: .object(["fullUrl": .string("Observation/obs-1"), "resource": observation]))
        let data = try tree.data()
        let bundle = try FHIR.decode(FHIR.Bundle.self, from: data)
        let resource = try #require(bundle.entry[6].resource)
        #expect(resource.resourceType == "Observation")
        #expect(resource.id?.rawValue == "obs-1")
        #expect(bundle.resolve("Observation/obs-1")?.resource == resource)
        #expect(try JSONTree(data) == JSONTree(FHIR.encode(bundle)))
    }

    @Test("Constructed resources of every modelled type survive encode → decode", arguments: SampleResources.all)
    func constructedResources(resource: FHIR.Resource) throws {
        let data = try FHIR.encode(resource)
        #expect(try FHIR.decode(FHIR.Resource.self, from: data) == resource)
    }

    @Test("Codes keep unknown values and know their known ones")
    func openCodes() throws {
        #expect(FHIR.EncounterStatus(rawValue: "onleave") == .onleave)
        #expect(FHIR.EncounterStatus(rawValue: "discharged") == .unrecognized("discharged"))
        #expect(FHIR.EncounterStatus.unrecognized("discharged").rawValue == "discharged")
        #expect(FHIR.EpisodeOfCareStatus.onhold.danishDisplay == "Pauseret")
        #expect(FHIR.RequestStatus.revoked.danishDisplay == "Annulleret")
        #expect(FHIR.ConsentState.draft.danishDisplay == "Under udarbejdelse")
        #expect(FHIR.CareTeamStatus.unrecognized("x").danishDisplay == nil)
        for code in FHIR.QuestionnaireItemOperator.knownCases {
            #expect(FHIR.QuestionnaireItemOperator(rawValue: code.rawValue) == code)
        }
        #expect(FHIR.QuestionnaireItemOperator(rawValue: "<=") == .lessThanOrEqual)
        #expect(FHIR.HTTPVerb(rawValue: "POST") == .post)
    }
}
