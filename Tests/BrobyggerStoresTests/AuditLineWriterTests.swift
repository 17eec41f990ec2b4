import BrobyggerCore
import BrobyggerTesting
import Foundation
import Testing

@testable import BrobyggerStores

/// The file store writes a batch's audit lines without `JSONEncoder` per entry (`AuditLineWriter`): each line must be
/// the encoder's bytes exactly, and an entry it cannot write directly goes through the encoder.
@Suite("Audit lines of a batch")
struct AuditLineWriterTests {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static let accessors = [
        Accessor(role: .administrator),
        Accessor(
            role: .administrator, organisation: .init(rawValue: SequentialIdentifierSource.uuid(seed: 3, value: 1)),
            professional: .init(rawValue: SequentialIdentifierSource.uuid(seed: 3, value: 2))),
    ]

    /// Entries of the shapes a batch writes: either action, with and without a resident, keys of several forms,
    /// versions from 1 up, random identifiers.
    static func entries(accessor: Accessor, instant: Instant, outcome: AuditEntry.Outcome) -> [AuditEntry] {
        var entries: [AuditEntry] = []
        let keys = [
            UUID().uuidString.lowercased(), "R-2026_001", "care-plan:42", "a.b=c", "x/y", "~", " leading space",
        ]
        let kinds: [DocumentKind] = ["resident-record", "organisation", "discharge-register-entry", "care-plan"]
        for (index, key) in keys.enumerated() {
            for kind in kinds {
                for version in [1, 2, 9, 10, 999, 1_000_000] {
                    entries.append(
                        AuditEntry(
                            id: .random(), instant: instant, accessor: accessor,
                            action: version == 1 ? .create : .update, documentKind: kind, documentID: key,
                            version: version,
                            subject: index % 2 == 0
                                ? AccessSubject(residentKey: keys[(index + 1) % keys.count]) : .none,
                            outcome: outcome))
                }
            }
        }
        return entries
    }

    @Test("each line written directly is the encoder's line byte for byte")
    func sameBytesAsEncoder() throws {
        let encoder = Self.encoder()
        let outcome = AuditEntry.Outcome.allowed(bases: [], groups: [])
        for accessor in Self.accessors {
            for instant in [Instant(millisecondsSince1970: 1_765_000_000_123), Instant(secondsSince1970: 0)] {
                let writer = AuditLineWriter(accessor: accessor, instant: instant, outcome: outcome, encoder: encoder)
                var direct = 0
                for entry in Self.entries(accessor: accessor, instant: instant, outcome: outcome) {
                    let expected = Array(try encoder.encode(entry))
                    guard let written = writer.direct(entry) else {
                        Issue.record("an entry of the batch's shape was not written directly: \(expected)")
                        continue
                    }
                    #expect(written == expected, "\(String(decoding: written, as: UTF8.self))")
                    direct += 1
                }
                #expect(direct == 168)
            }
        }
    }

    @Test("an entry of another shape, or with a text to escape, goes through the encoder, and every line is the same")
    func othersThroughEncoder() throws {
        let encoder = Self.encoder()
        let instant = Instant(millisecondsSince1970: 1_765_000_000_123)
        let accessor = Self.accessors[0]
        let outcome = AuditEntry.Outcome.allowed(bases: [], groups: [])
        var writer = AuditLineWriter(accessor: accessor, instant: instant, outcome: outcome, encoder: encoder)
        func entry(
            key: String? = "k1", kind: DocumentKind = "resident-record", version: Int? = 1,
            subject: AccessSubject = .none, by other: Accessor? = nil, at when: Instant? = nil,
            outcome otherOutcome: AuditEntry.Outcome? = nil
        ) -> AuditEntry {
            AuditEntry(
                id: .random(), instant: when ?? instant, accessor: other ?? accessor, action: .update,
                documentKind: kind, documentID: key, version: version, subject: subject,
                outcome: otherOutcome ?? outcome)
        }
        let others = [
            entry(key: "quote\"d"), entry(key: "back\\slash"), entry(key: "tab\there"), entry(key: "Køge"),
            entry(kind: "odd\"kind"), entry(subject: AccessSubject(residentKey: "new\nline")), entry(key: nil),
            entry(version: nil), entry(by: Self.accessors[1]), entry(at: Instant(secondsSince1970: 5)),
            entry(
                outcome: .denied([AccessDenial(role: .administrator, group: .identity, operation: .read, missing: "x")])
            ),
        ]
        var lines: [UInt8] = []
        var expected: [UInt8] = []
        for other in others {
            #expect(writer.direct(other) == nil, "\(other)")
            try writer.append(other, to: &lines)
            expected += try encoder.encode(other)
        }
        // Entries of the batch's shape after them are written directly, and the lines are still the encoder's.
        for plain in Self.entries(accessor: accessor, instant: instant, outcome: outcome) {
            try writer.append(plain, to: &lines)
            expected += try encoder.encode(plain)
        }
        #expect(lines == expected)
    }

    @Test("a batch's identifiers are random version 4 UUIDs, all different")
    func randomIdentifiers() {
        let ids = AuditLineWriter.randomIdentifiers(5_000)
        #expect(ids.count == 5_000)
        #expect(Set(ids).count == 5_000)
        for id in ids {
            let text = id.rawValue.uuidString
            #expect(Array(text)[14] == "4", "version 4: \(text)")
            #expect("89AB".contains(Array(text)[19]), "RFC 9562 variant: \(text)")
        }
        // Every bit outside the version and variant varies: no byte is the same in every identifier.
        for byte in [0, 3, 5, 7, 9, 15] {
            #expect(Set(ids.map { withUnsafeBytes(of: $0.rawValue.uuid) { $0[byte] } }).count > 200)
        }
        #expect(AuditLineWriter.randomIdentifiers(0).isEmpty)
    }

    @Test("a batch's audit lines read back as the entries of its versions")
    func batchReadsBack() async throws {
        let store = try FileDocumentStore(directory: ScratchDirectory.make("audit-lines"))
        let author = Author(name: try PersonName(given: "Audit", family: "Lines"))
        let provenance = Provenance(author: author, instant: Instant(millisecondsSince1970: 1_765_000_000_456))
        var writes: [DocumentWrite] = []
        for n in UInt64(1)...300 {
            writes.append(
                DocumentWrite(
                    ConformanceDocument(
                        id: .init(rawValue: SequentialIdentifierSource.uuid(seed: 8, value: n)), resident: "r\(n % 5)",
                        facility: "f1", status: "active", socialNotes: [], diagnoses: []),
                    expecting: .new))
        }
        _ = try await store.save(writes, provenance: provenance)
        let entries = try await store.auditEntries(matching: AuditQuery())
        #expect(entries.count == 300)
        #expect(Set(entries.map(\.id)).count == 300)
        #expect(entries.allSatisfy { $0.action == .create && $0.version == 1 && $0.instant == provenance.instant })
        #expect(
            entries.map(\.documentID)
                == (UInt64(1)...300).map { SequentialIdentifierSource.uuid(seed: 8, value: $0).uuidString.lowercased() }
        )
        #expect(entries.map(\.subject.resident) == (1...300).map { "r\($0 % 5)" })
        await store.close()
    }
}
