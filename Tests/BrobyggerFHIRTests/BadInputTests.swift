import BrobyggerCore
import BrobyggerFHIR
import Foundation
import Testing

/// A broken variant of MedCom's STIN example and the error it must give.
struct BrokenMessage: CustomTestStringConvertible, Sendable {
    let name: String
    let change: @Sendable (JSONValue) -> JSONValue
    let expected: FHIRError

    var testDescription: String { name }
}

@Suite("Bad input gives typed errors naming the JSON path")
struct BadInputTests {
    static let base = "HospitalNotification_Ex_STIN_A"

    static let broken: [BrokenMessage] = [
        .init(
            name: "first entry is not a MessageHeader",
            change: { $0.setting(["entry", 0], to: $0.value(at: ["entry", 1])) },
            expected: .wrongResourceType(path: "entry[0].resource", expected: "MessageHeader", found: "Patient")),
        .init(
            name: "Encounter status missing",
            change: { $0.setting(["entry", 2, "resource", "status"], to: nil) },
            expected: .missingElement(path: "entry[2].resource.status")),
        .init(
            name: "Encounter class missing",
            change: { $0.setting(["entry", 2, "resource", "class"], to: nil) },
            expected: .missingElement(path: "entry[2].resource.class")),
        .init(
            name: "Encounter period start missing",
            change: { $0.setting(["entry", 2, "resource", "period", "start"], to: nil) },
            expected: .missingElement(path: "entry[2].resource.period.start")),
        .init(
            name: "Encounter episode of care missing",
            change: { $0.setting(["entry", 2, "resource", "episodeOfCare"], to: nil) },
            expected: .missingElement(path: "entry[2].resource.episodeOfCare")),
        .init(
            name: "Provenance agent missing",
            change: { $0.setting(["entry", 5, "resource", "agent"], to: nil) },
            expected: .missingElement(path: "entry[5].resource.agent")),
        .init(
            name: "MessageHeader source missing",
            change: { $0.setting(["entry", 0, "resource", "source"], to: nil) },
            expected: .missingElement(path: "entry[0].resource.source")),
        .init(
            name: "bundle type missing",
            change: { $0.setting(["type"], to: nil) },
            expected: .missingElement(path: "type")),
        .init(
            name: "Encounter subject points nowhere",
            change: { $0.setting(["entry", 2, "resource", "subject", "reference"], to: .string("Patient/nobody")) },
            expected: .brokenReference(path: "entry[2].resource.subject.reference", reference: "Patient/nobody")),
        .init(
            name: "MessageHeader sender points nowhere",
            change: { $0.setting(["entry", 0, "resource", "sender", "reference"], to: .string("Organization/x")) },
            expected: .brokenReference(path: "entry[0].resource.sender.reference", reference: "Organization/x")),
        .init(
            name: "MessageHeader focus points at the patient",
            change: {
                $0.setting(
                    ["entry", 0, "resource", "focus", 0, "reference"],
                    to: .string("Patient/t33cef33-3626-422b-955d-d506aaa65fe1"))
            },
            expected: .wrongResourceType(path: "entry[1].resource", expected: "Encounter", found: "Patient")),
        .init(
            name: "CPR number with an impossible date",
            change: { $0.setting(["entry", 1, "resource", "identifier", 0, "value"], to: .string("3209479989")) },
            expected: .invalidValue(
                path: "entry[1].resource.identifier[0].value", code: "cpr.invalid-date",
                rule: "", offendingValue: nil)),
        .init(
            name: "CPR number of nine digits",
            change: { $0.setting(["entry", 1, "resource", "identifier", 0, "value"], to: .string("250947998")) },
            expected: .invalidValue(
                path: "entry[1].resource.identifier[0].value", code: "cpr.format", rule: "", offendingValue: nil)),
        .init(
            name: "patient with a replacement number only",
            change: {
                $0.setting(
                    ["entry", 1, "resource", "identifier", 0],
                    to: .object([
                        "system": .string("urn:oid:1.2.208.176.1.6.1.1"), "value": .string("0101901AB2"),
                    ]))
            },
            expected: .profileViolation(
                path: "entry[1].resource.identifier", code: "medcom-hospitalNotification-4", rule: "")),
        .init(
            name: "GLN with a wrong check digit",
            change: { $0.setting(["entry", 4, "resource", "identifier", 0, "value"], to: .string("5790000209355")) },
            expected: .invalidValue(
                path: "entry[4].resource.identifier[0].value", code: "gln.check-digit", rule: "", offendingValue: nil)),
        .init(
            name: "SOR code too short",
            change: { $0.setting(["entry", 3, "resource", "identifier", 1, "value"], to: .string("9537410")) },
            expected: .invalidValue(
                path: "entry[3].resource.identifier[1].value", code: "sor.format", rule: "", offendingValue: nil)),
        .init(
            name: "receiver without EAN",
            change: { $0.setting(["entry", 3, "resource", "identifier", 0], to: nil) },
            expected: .profileViolation(
                path: "entry[3].resource.identifier", code: "medcom-messaging-organization", rule: "")),
        .init(
            name: "resource id that is not a FHIR id",
            change: { $0.setting(["entry", 1, "resource", "id"], to: .string("t33cef33_3626")) },
            expected: .invalidValue(path: "entry[1].resource.id", code: "fhir.id", rule: "", offendingValue: nil)),
        .init(
            name: "period start that is not a dateTime",
            change: { $0.setting(["entry", 2, "resource", "period", "start"], to: .string("1. marts 2023")) },
            expected: .invalidValue(
                path: "entry[2].resource.period.start", code: "fhir.date-time", rule: "", offendingValue: nil)),
        .init(
            name: "status written as a number",
            change: { $0.setting(["entry", 2, "resource", "status"], to: .number(3)) },
            expected: .typeMismatch(path: "entry[2].resource.status", expected: "")),
        .init(
            name: "resource without resourceType",
            change: { $0.setting(["entry", 2, "resource", "resourceType"], to: nil) },
            expected: .wrongResourceType(path: "entry[2].resource", expected: "", found: nil)),
        .init(
            name: "onleave without a leave period",
            change: { $0.setting(["entry", 2, "resource", "status"], to: .string("onleave")) },
            expected: .profileViolation(
                path: "entry[2].resource.extension", code: "medcom-hospitalNotification-6", rule: "")),
        .init(
            name: "two patients",
            change: { $0.setting(["entry", 6], to: $0.value(at: ["entry", 1])) },
            expected: .profileViolation(path: "entry", code: "medcom-hospitalNotification-2", rule: "")),
        .init(
            name: "a carbon-copy destination",
            change: {
                $0.setting(
                    ["entry", 0, "resource", "destination", 1],
                    to: $0.value(at: ["entry", 0, "resource", "destination", 0]))
            },
            expected: .profileViolation(
                path: "entry[0].resource.destination", code: "medcom-hospitalNotification-5", rule: "")),
        .init(
            name: "no Provenance for the message",
            change: { $0.setting(["entry", 5], to: nil) },
            expected: .profileViolation(path: "entry", code: "medcom-messaging.provenance", rule: "")),
        .init(
            name: "a correction that names no earlier message",
            change: {
                $0.setting(
                    ["entry", 5, "resource", "activity", "coding", 0, "code"], to: .string("revise-admit-inpatient"))
            },
            expected: .profileViolation(
                path: "entry[5].resource.entity", code: "hospital-notification.predecessor-missing", rule: "")),
        .init(
            name: "discharge before admission",
            change: {
                $0.setting(["entry", 2, "resource", "period", "end"], to: .string("2023-02-01T12:00:00+01:00"))
            },
            expected: .profileViolation(path: "entry[2].resource.period", code: "per-1", rule: "")),
        .init(
            name: "leave that ends before it starts",
            change: {
                $0.setting(
                    ["entry", 2, "resource", "extension"],
                    to: .array([
                        .object([
                            "url": .string(HospitalNotification.leavePeriodExtension),
                            "valuePeriod": .object([
                                "start": .string("2023-03-03T14:00:00+01:00"),
                                "end": .string("2023-03-02T14:00:00+01:00"),
                            ]),
                        ])
                    ]))
            },
            expected: .profileViolation(path: "entry[2].resource.extension", code: "per-1", rule: "")),
        .init(
            name: "not a message bundle",
            change: { $0.setting(["type"], to: .string("collection")) },
            expected: .profileViolation(path: "type", code: "medcom-messaging.bundle-type", rule: "")),
    ]

    @Test("Broken messages give the expected error at the expected path", arguments: broken)
    func brokenMessage(message: BrokenMessage) throws {
        let data = try message.change(MedComExamples.tree(Self.base)).data()
        let error = #expect(throws: FHIRError.self) { try HospitalNotification(json: data) }
        #expect(error?.path == message.expected.path)
        #expect(error?.code == message.expected.code)
        switch (error, message.expected) {
        case (.wrongResourceType(_, let expected, let found)?, .wrongResourceType(_, let wanted, let wantedFound)):
            if !wanted.isEmpty { #expect(expected == wanted) }
            #expect(found == wantedFound)
        case (.brokenReference(_, let reference)?, .brokenReference(_, let wanted)):
            #expect(reference == wanted)
        default:
            break
        }
    }

    @Test("Errors about personal identifiers mask the value")
    func maskedErrors() throws {
        let data = try MedComExamples.tree(Self.base)
            .setting(["entry", 1, "resource", "identifier", 0, "value"], to: .string("3209479989"))
            .data()
        let error = #expect(throws: FHIRError.self) { try HospitalNotification(json: data) }
        let text = try #require(error).description
        #expect(!text.contains("3209479989"))
        #expect(text.contains("entry[1].resource.identifier[0].value"))
    }

    @Test(
        "Bytes that are not JSON are reported as such",
        arguments: ["", "not json", "{\"resourceType\": \"Bundle\"", "[1, 2", "\u{FEFF}{]"])
    func notJSON(text: String) {
        let error = #expect(throws: FHIRError.self) { try HospitalNotification(json: Data(text.utf8)) }
        #expect(error?.code == "fhir.not-json")
        #expect(error?.path == nil)
    }

    @Test("Deeply nested extensions are read; absurd nesting is rejected, not a stack overflow")
    func nesting() throws {
        var extensionTree: JSONValue = .object(["url": .string("leaf"), "valueString": .string("x")])
        for level in 0..<100 {
            extensionTree = .object(["url": .string("level-\(level)"), "extension": .array([extensionTree])])
        }
        let patient: JSONValue = .object(["resourceType": .string("Patient"), "extension": .array([extensionTree])])
        let decoded = try FHIR.decode(FHIR.Patient.self, from: patient.data())
        var depth = 0
        var current = decoded.extension.first
        while let next = current?.extension.first {
            depth += 1
            current = next
        }
        #expect(depth == 100)
        #expect(current?.value == .string("x"))

        let absurd = Data((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)
        let error = #expect(throws: FHIRError.self) { try FHIR.decode(FHIR.Patient.self, from: absurd) }
        #expect(error?.code == "fhir.not-json")
    }

    @Test("JSON of the wrong resource type is reported at the root")
    func wrongRootType() throws {
        let organization = try #require(MedComExamples.tree(Self.base).value(at: ["entry", 3, "resource"]))
        let error = #expect(throws: FHIRError.self) {
            try FHIR.decode(FHIR.Patient.self, from: organization.data())
        }
        #expect(error == .wrongResourceType(path: .root, expected: "Patient", found: "Organization"))
        let bundleError = #expect(throws: FHIRError.self) {
            try HospitalNotification(json: organization.data())
        }
        #expect(bundleError == .wrongResourceType(path: .root, expected: "Bundle", found: "Organization"))
    }

    @Test("Truncated and corrupted messages never crash", arguments: MedComExamples.names)
    func neverCrash(name: String) throws {
        let data = try MedComExamples.data(name)
        var outcomes = 0
        for cut in stride(from: 0, to: data.count, by: 733) {
            #expect(throws: FHIRError.self) { try HospitalNotification(json: data.prefix(cut)) }
            outcomes += 1
        }
        // Overwrite single bytes with characters that break strings, numbers and structure.
        for (step, position) in stride(from: 17, to: data.count, by: 211).enumerated() {
            var corrupted = data
            corrupted[corrupted.startIndex + position] = [UInt8(ascii: "\""), UInt8(ascii: "}"), 0x80, 0x30][step % 4]
            do {
                _ = try HospitalNotification(json: corrupted)
            } catch {
                outcomes += 1
            }
        }
        #expect(outcomes > 0)
    }
}
