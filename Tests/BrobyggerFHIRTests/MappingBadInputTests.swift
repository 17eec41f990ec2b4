import BrobyggerCore
import BrobyggerDischarge
import BrobyggerFHIR
import BrobyggerResidents
import BrobyggerTesting
import Foundation
import Testing

/// A mapped resource broken in one place, and the error reading it must give.
struct BrokenMapping: CustomTestStringConvertible, Sendable {
    enum Target: Sendable {
        case patient
        case encounter
        case dischargeAgreement
    }

    let name: String
    let target: Target
    let path: [JSONStep]
    let value: JSONValue?
    let code: String
    let errorPath: String

    var testDescription: String { name }
}

@Suite("Domain ↔ FHIR mappings: bad input")
struct MappingBadInputTests {
    static let broken: [BrokenMapping] = [
        .init(
            name: "a Patient whose id is not a UUID", target: .patient, path: ["id"], value: .string("t33cef33"),
            code: "brobygger.id-not-uuid", errorPath: "id"),
        .init(
            name: "a Patient without the acting municipality", target: .patient, path: ["extension"], value: nil,
            code: "brobygger.acting-municipality-missing", errorPath: "extension"),
        .init(
            name: "a Patient with an impossible CPR number", target: .patient, path: ["identifier", 0, "value"],
            value: .string("3213479989"), code: "cpr.invalid-date", errorPath: "identifier[0].value"),
        .init(
            name: "a Patient without a name", target: .patient, path: ["name"], value: nil,
            code: "fhir.missing-element", errorPath: "name"),
        .init(
            name: "a relative whose contact id is not a UUID", target: .patient, path: ["contact", 0, "id"],
            value: .string("mother"), code: "brobygger.id-not-uuid", errorPath: "contact[0].id"),
        .init(
            name: "a Patient that is an Encounter", target: .patient, path: ["resourceType"],
            value: .string("Encounter"), code: "fhir.wrong-resource-type", errorPath: ""),
        .init(
            name: "an Encounter without the course event's kind", target: .encounter, path: ["type"], value: nil,
            code: "brobygger.course-event-kind-missing", errorPath: "type"),
        .init(
            name: "an Encounter whose subject is not a Brobygger patient", target: .encounter,
            path: ["subject", "reference"], value: .string("Patient/t33cef33"), code: "brobygger.reference",
            errorPath: "subject.reference"),
        .init(
            name: "a discharge Encounter without its end", target: .encounter, path: ["period"], value: nil,
            code: "fhir.missing-element", errorPath: "period.end"),
        .init(
            name: "an Encounter with a malformed dateTime", target: .encounter, path: ["period", "end"],
            value: .string("2026-13-01T10:00:00+01:00"), code: "fhir.date-time", errorPath: "period.end"),
        .init(
            name: "an Encounter without an episode of care", target: .encounter, path: ["episodeOfCare"], value: nil,
            code: "fhir.missing-element", errorPath: "episodeOfCare[0].identifier.value"),
        .init(
            name: "a discharge CarePlan without its legal basis", target: .dischargeAgreement, path: ["category", 1],
            value: nil, code: "brobygger.discharge-legal-basis-missing", errorPath: "category"),
        .init(
            name: "a discharge CarePlan without its patient", target: .dischargeAgreement, path: ["subject"],
            value: nil, code: "fhir.missing-element", errorPath: "subject"),
    ]

    static func tree(_ target: BrokenMapping.Target) throws -> JSONValue {
        let data: Data
        switch target {
        case .patient:
            let resident = try #require(try MappingGenerators.residents(seed: 9).first { !$0.relatives.isEmpty })
            data = try FHIR.encode(FHIR.Patient(resident))
        case .encounter:
            let event = try #require(MappingGenerators.region.events.first { $0.kind == .discharge })
            data = try FHIR.encode(FHIR.Encounter(event))
        case .dischargeAgreement:
            let agreement = try #require(DischargeMappingRoundTripTests.documents?.agreements.first)
            data = try FHIR.encode(FHIR.CarePlan(agreement))
        }
        return try JSONDecoder().decode(JSONValue.self, from: data)
    }

    static func read(_ target: BrokenMapping.Target, _ data: Data) throws(FHIRError) {
        switch target {
        case .patient: _ = try Resident(FHIR.decode(FHIR.Patient.self, from: data))
        case .encounter: _ = try CourseEvent(FHIR.decode(FHIR.Encounter.self, from: data))
        case .dischargeAgreement: _ = try DischargeAgreement(FHIR.decode(FHIR.CarePlan.self, from: data))
        }
    }

    @Test(
        "The intact resources read back",
        arguments: [.patient, .encounter, .dischargeAgreement] as [BrokenMapping.Target])
    func intact(target: BrokenMapping.Target) throws {
        try Self.read(target, Self.tree(target).data())
    }

    @Test("A broken resource gives a typed error naming its JSON path", arguments: broken)
    func brokenResource(broken: BrokenMapping) throws {
        let data = try Self.tree(broken.target).setting(broken.path, to: broken.value).data()
        let error = #expect(throws: FHIRError.self) { try Self.read(broken.target, data) }
        #expect(error?.code == broken.code)
        #expect(error?.path?.rawValue == broken.errorPath)
        #expect(!(error?.description.contains("3213479989") ?? true))
    }
}
