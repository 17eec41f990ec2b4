import BrobyggerCore
import BrobyggerFHIR
import Foundation
import Testing

@Suite("Unknown content in every MedCom example")
struct UnknownContentTests {
    static let vendorExtension: JSONValue = .object([
        "url": .string("https://example.org/fhir/StructureDefinition/vendor-note"),
        "valueAnnotation": .object(["text": .string("kept verbatim")]),
        "extension": .array([.object(["url": .string("nested"), "valueString": .string("inner")])]),
    ])

    /// The example with, in every entry's resource, a vendor extension appended, an element of a later release, a
    /// modifier extension-free primitive extension on `id`, and an unknown member on the entry itself.
    static func enriched(_ name: String) throws -> JSONValue {
        var tree = try MedComExamples.tree(name)
        guard case .array(let entries)? = tree.value(at: ["entry"]) else { return tree }
        for index in entries.indices {
            let existing: [JSONValue]
            if case .array(let items)? = tree.value(at: ["entry", .index(index), "resource", "extension"]) {
                existing = items
            } else {
                existing = []
            }
            tree =
                tree
                .setting(["entry", .index(index), "resource", "extension"], to: .array(existing + [vendorExtension]))
                .setting(["entry", .index(index), "resource", "laterReleaseElement"], to: .object(["n": .number(1)]))
                .setting(
                    ["entry", .index(index), "resource", "_id"],
                    to: .object(["extension": .array([vendorExtension])])
                )
                .setting(["entry", .index(index), "vendorEntryFlag"], to: .bool(true))
        }
        return tree.setting(["_timestamp"], to: .object(["id": .string("ts")]))
    }

    @Test(
        "Decode → encode keeps every unknown element and extension of every example, and the message still ingests",
        arguments: MedComExamples.names)
    func preserved(name: String) throws {
        let data = try Self.enriched(name).data()
        let bundle = try FHIR.decode(FHIR.Bundle.self, from: data)
        let differences = try JSONTree(data).differences(from: JSONTree(FHIR.encode(bundle)))
        #expect(differences.isEmpty, "\(differences)")
        #expect(try HospitalNotification(bundle: bundle) == MedComExamples.notification(name))
        for entry in bundle.entry {
            #expect(entry.additionalElements["vendorEntryFlag"] == .bool(true))
        }
    }
}
