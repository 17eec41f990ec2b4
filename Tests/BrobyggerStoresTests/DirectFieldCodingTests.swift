import BrobyggerCore
import BrobyggerDischarge
import BrobyggerIntake
import BrobyggerResidents
import BrobyggerTesting
import Foundation
import Testing

@testable import BrobyggerStores

/// Issue 18: team contacts and course events read and write their fields directly through the store's binary
/// coder (`DirectFieldDecodable`, `DirectFieldEncodable`) instead of through containers, and resident records read
/// theirs and their arrays so. Both paths must give the same bytes, the same values, and for damaged documents the
/// same errors, at the same coding paths.
@Suite("Direct field coding of contacts, events and records")
struct DirectFieldCodingTests {
    /// A key of any name.
    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// One field as the binary encoding holds it.
    indirect enum Field: Encodable {
        case uuid(UUID)
        case text(String)
        case instant(Instant)
        case bool(Bool)
        case int(Int)
        case date(CalendarDate)
        case null
        case array([Field])
        case object(Shape)
        case resident(Resident)

        func encode(to encoder: any Encoder) throws {
            switch self {
            case .array(let elements):
                var container = encoder.unkeyedContainer()
                for element in elements { try container.encode(element) }
                return
            case .object(let shape): return try shape.encode(to: encoder)
            case .resident(let resident): return try resident.encode(to: encoder)
            default: break
            }
            var container = encoder.singleValueContainer()
            switch self {
            case .uuid(let uuid): try container.encode(Identifier<Field>(rawValue: uuid))
            case .text(let text): try container.encode(text)
            case .instant(let instant): try container.encode(instant)
            case .bool(let value): try container.encode(value)
            case .int(let value): try container.encode(value)
            case .date(let date): try container.encode(date)
            case .null, .array, .object, .resident: try container.encodeNil()
            }
        }
    }

    /// A keyed value with the fields given, in the order given: a document as a damaged or foreign store may hold it.
    struct Shape: Encodable {
        var fields: [(String, Field)]

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AnyKey.self)
            for (name, value) in fields { try container.encode(value, forKey: AnyKey(name)) }
        }

        func replacing(_ name: String, with value: Field?) -> Shape {
            var copy = self
            if let index = copy.fields.firstIndex(where: { $0.0 == name }) {
                if let value { copy.fields[index].1 = value } else { copy.fields.remove(at: index) }
            } else if let value {
                copy.fields.append((name, value))
            }
            return copy
        }
    }

    static func uuid(_ value: UInt64) -> UUID { SequentialIdentifierSource.uuid(seed: 181, value: value) }

    static let resident = uuid(1)
    static let at = Instant(millisecondsSince1970: 1_736_000_000_000)

    static let contact = Shape(fields: [
        ("id", .uuid(uuid(10))), ("resident", .uuid(resident)), ("team", .uuid(uuid(3))),
        ("kind", .text("acute_outpatient_contact")), ("channel", .text("in_person")), ("instant", .instant(at)),
        ("professional", .uuid(uuid(4))),
    ])

    static let event = Shape(fields: [
        ("id", .uuid(uuid(20))), ("resident", .uuid(resident)), ("episode", .text("EP2026-1")),
        ("kind", .text("discharge")), ("instant", .instant(at)), ("ward", .uuid(uuid(5))),
        ("wardType", .text("psychiatric")),
    ])

    static let placement = Shape(fields: [
        ("id", .uuid(uuid(30))), ("resident", .uuid(resident)), ("facility", .uuid(uuid(6))),
        ("legalBasis", .text("sel108")),
        ("period", .object(Shape(fields: [("start", .date(CalendarDate(daysSinceEpoch: 19_000)))]))),
        ("exceptionalUnapprovedExtension", .bool(false)),
    ])

    static let registerRow = Shape(fields: [
        ("documentID", .text("EP2026-1-agreement")), ("resident", .text("2902004001")), ("episode", .text("EP2026-1")),
        ("kind", .text("agreement")), ("basis", .text("13a1")),
        ("agreedOn", .date(CalendarDate(daysSinceEpoch: 20_400))),
        ("refusedOn", .null), ("treatmentOffers", .int(2)), ("socialOffers", .int(1)), ("parties", .int(3)),
        ("consultant", .text("Mette Friis")),
    ])

    static let admission = Shape(fields: [
        ("legalStatus", .text("compulsory")), ("startedAcutely", .bool(false)), ("initialDiagnosis", .text("DF200")),
        ("contactReason", .text("1")),
    ])

    /// The outcome of decoding: the value, or the error's kind, coding path and description.
    enum Outcome<Value: Equatable>: Equatable {
        case value(Value)
        case failure(kind: String, path: [String], description: String)
    }

    func decode<Value: Decodable & Equatable>(_ type: Value.Type, _ bytes: [UInt8], directly: Bool) -> Outcome<Value> {
        do {
            return .value(try StoredDocumentDecoder(readsFieldsDirectly: directly).decode(type, from: bytes))
        } catch let error as DecodingError {
            switch error {
            case .keyNotFound(let key, let context):
                return .failure(
                    kind: "keyNotFound \(key.stringValue)", path: context.codingPath.map(\.stringValue),
                    description: context.debugDescription)
            case .dataCorrupted(let context):
                return .failure(
                    kind: "dataCorrupted", path: context.codingPath.map(\.stringValue),
                    description: context.debugDescription)
            case .typeMismatch(_, let context):
                return .failure(
                    kind: "typeMismatch", path: context.codingPath.map(\.stringValue),
                    description: context.debugDescription)
            case .valueNotFound(_, let context):
                return .failure(
                    kind: "valueNotFound", path: context.codingPath.map(\.stringValue),
                    description: context.debugDescription)
            @unknown default:
                return .failure(kind: "unknown", path: [], description: "\(error)")
            }
        } catch {
            return .failure(kind: "not a DecodingError", path: [], description: "\(error)")
        }
    }

    /// Decodes `shape` both ways, as itself and inside an array, and expects one outcome.
    @discardableResult
    func bothWays<Value: Decodable & Equatable>(_ type: Value.Type, _ shape: Shape) throws -> Outcome<Value> {
        let bytes = try StoredDocumentEncoder().encode(shape)
        let direct = decode(type, bytes, directly: true)
        #expect(direct == decode(type, bytes, directly: false))
        let array = try StoredDocumentEncoder().encode([shape, shape])
        #expect(decode([Value].self, array, directly: true) == decode([Value].self, array, directly: false))
        return direct
    }

    /// Expects `shape` with `field` replaced by `value` (removed when `nil`) to be refused alike both ways, at a
    /// coding path that starts with `field` when the field is there.
    func expectRefused<Value: Decodable & Equatable>(
        _ type: Value.Type, _ shape: Shape, _ field: String, _ value: Field?
    ) throws {
        guard case .failure(_, let path, _) = try bothWays(type, shape.replacing(field, with: value)) else {
            Issue.record("\(field) damaged still decoded")
            return
        }
        if value != nil { #expect(path.first == field) }
    }

    /// An emergency admission event holding `admission` as its details.
    static func admitted(_ admission: Shape) -> Shape {
        event.replacing("kind", with: .text("admit_emergency")).replacing("admission", with: .object(admission))
    }

    @Test("the records of a region and hand-made variants: the same bytes and the same values either way")
    func sameBytesAndValues() throws {
        let region = try SyntheticRegion.generate(
            SyntheticRegionParameters(seed: 181, teams: 2, facilities: 6, residents: 60))
        var records = try region.residentRecords()
        let owner = try #require(records.first { !$0.events.isEmpty && !$0.contacts.isEmpty })
        let admitted = try CourseEvent(
            id: .init(rawValue: Self.uuid(30)), resident: owner.id, episode: EpisodeOfCareIdentifier("EP-V-1"),
            kind: .admitEmergency, instant: Self.at, ward: nil, wardType: .somatic,
            admission: AdmissionDetails(legalStatus: .voluntary, startedAcutely: true))
        let corrected = try CourseEvent(
            id: .init(rawValue: Self.uuid(31)), resident: owner.id, episode: EpisodeOfCareIdentifier("EP-V-1"),
            kind: .admitEmergency, instant: Self.at, admission: AdmissionDetails(),
            amendment: .correction(of: admitted.id))
        let cancelled = try CourseEvent(
            id: .init(rawValue: Self.uuid(32)), resident: owner.id, episode: EpisodeOfCareIdentifier("EP-V-1"),
            kind: .unrecognized("XYZ"), instant: Self.at, amendment: .cancellation(of: corrected.id))
        let anonymous = TeamContact(
            id: .init(rawValue: Self.uuid(33)), resident: owner.id, team: .init(rawValue: Self.uuid(3)),
            kind: .acuteOutpatientContact, channel: .phone, instant: Self.at, professional: nil)
        records.append(
            try ResidentRecord(
                resident: owner.resident, placements: owner.placements,
                events: owner.events + [admitted, corrected, cancelled], contacts: owner.contacts + [anonymous]))
        var contacts = 0
        var events = 0
        for record in records {
            let direct = try StoredDocumentEncoder().encode(record)
            #expect(direct == (try StoredDocumentEncoder(castsEveryValue: true).encode(record)))
            #expect(try StoredDocumentDecoder().decode(ResidentRecord.self, from: direct) == record)
            #expect(
                try StoredDocumentDecoder(readsFieldsDirectly: false).decode(ResidentRecord.self, from: direct)
                    == record)
            contacts += record.contacts.count
            events += record.events.count
        }
        // The region gives both paths real work: many contacts and events, of every shape above.
        #expect(contacts > 100 && events > 50)
    }

    @Test("a valid contact and event, with text identifiers and a null professional, decode alike")
    func validShapes() throws {
        guard case .value(let contact) = try bothWays(TeamContact.self, Self.contact) else {
            Issue.record("the contact did not decode")
            return
        }
        #expect(contact.professional == Professional.ID(rawValue: Self.uuid(4)))
        #expect(contact.channel == .inPerson)
        let texts = Self.contact.replacing("id", with: .text(Self.uuid(10).uuidString))
            .replacing("professional", with: .null)
        #expect(
            try bothWays(TeamContact.self, texts)
                == .value(
                    TeamContact(
                        id: contact.id, resident: contact.resident, team: contact.team, kind: contact.kind,
                        channel: contact.channel, instant: contact.instant, professional: nil)))
        let reordered = Shape(fields: Self.event.fields.reversed())
        guard case .value(let event) = try bothWays(CourseEvent.self, reordered) else {
            Issue.record("the event did not decode")
            return
        }
        #expect(event.kind == .discharge)
        #expect(try bothWays(CourseEvent.self, Self.event.replacing("wardType", with: nil)) == .value(event))
        #expect(
            try bothWays(CourseEvent.self, Self.event.replacing("kind", with: .text("SLHJ-X")))
                != .value(event))
    }

    @Test(
        "a damaged contact gives the container's error at the container's path",
        arguments: [
            ("team", nil), ("instant", nil), ("id", .null),
            ("channel", .text("carrier_pigeon")), ("kind", .text("")), ("id", .text("not-a-uuid")),
            ("resident", .instant(at)), ("instant", .text("yesterday")), ("instant", .uuid(uuid(9))),
            ("professional", .text("nobody")), ("kind", .null), ("kind", .uuid(uuid(9))), ("channel", .instant(at)),
            ("channel", .text("IN_PERSON")), ("channel", .text("in_person ")), ("kind", .text("acute_outpatient")),
            ("channel", .text("in_pers\u{00F6}n")), ("channel", .bool(true)),
        ] as [(String, Field?)])
    func damagedContacts(field: String, value: Field?) throws {
        try expectRefused(TeamContact.self, Self.contact, field, value)
    }

    @Test("every kind and channel of a contact, found by its bytes, is the case its text names, either way")
    func everyCase() throws {
        for kind in ContactRegistrationKind.allCases {
            for channel in ContactChannel.allCases {
                let shape = Self.contact.replacing("kind", with: .text(kind.rawValue))
                    .replacing("channel", with: .text(channel.rawValue))
                guard case .value(let contact) = try bothWays(TeamContact.self, shape) else {
                    Issue.record("\(kind) \(channel) did not decode")
                    continue
                }
                #expect(contact.kind == kind && contact.channel == channel)
            }
        }
        for basis in FacilityLegalBasis.allCases {
            let shape = Self.placement.replacing("legalBasis", with: .text(basis.rawValue))
            guard case .value(let placement) = try bothWays(Placement.self, shape) else {
                Issue.record("\(basis) did not decode")
                continue
            }
            #expect(placement.legalBasis == basis)
        }
        for wardType in WardType.allCases {
            guard
                case .value(let event) = try bothWays(
                    CourseEvent.self, Self.event.replacing("wardType", with: .text(wardType.rawValue)))
            else {
                Issue.record("\(wardType) did not decode")
                continue
            }
            #expect(event.wardType == wardType)
        }
    }

    @Test(
        "a damaged event gives the container's error at the container's path",
        arguments: [
            ("episode", nil), ("kind", nil), ("episode", .text("")), ("episode", .text("EP\u{7}1")),
            ("kind", .text("dis\u{202E}charge")), ("wardType", .text("orbital")), ("ward", .text("ward 4")),
            ("kind", .text("admit_inpatient")), ("instant", .text("")),
        ] as [(String, Field?)])
    func damagedEvents(field: String, value: Field?) throws {
        let outcome = try bothWays(CourseEvent.self, Self.event.replacing(field, with: value))
        guard case .failure = outcome else {
            Issue.record("\(field) damaged still decoded")
            return
        }
    }

    @Test("a damaged record, or a damaged contact in its array, gives the container's error at the container's path")
    func damagedRecords() throws {
        let region = try SyntheticRegion.generate(
            SyntheticRegionParameters(seed: 181, teams: 1, facilities: 2, residents: 4))
        let resident = try #require(region.residentRecords().first).resident
        let contact = Self.contact.replacing("resident", with: .uuid(resident.id.rawValue))
        let record = Shape(fields: [
            ("resident", .resident(resident)), ("placements", .array([])), ("events", .null),
            ("contacts", .array([.object(contact), .object(contact.replacing("id", with: .uuid(Self.uuid(11))))])),
        ])
        guard case .value(let decoded) = try bothWays(ResidentRecord.self, record) else {
            Issue.record("the record did not decode")
            return
        }
        #expect(decoded.contacts.count == 2 && decoded.events.isEmpty)
        let damaged: [(String, Field?)] = [
            ("resident", nil), ("resident", .null), ("contacts", .text("none")), ("contacts", .object(contact)),
            ("contacts", .array([.object(contact), .text("x")])),
            ("contacts", .array([.object(contact.replacing("channel", with: .text("smoke")))])),
            ("contacts", .array([.object(contact.replacing("team", with: nil))])),
            ("contacts", .array([.object(Self.contact)])),
            ("placements", .array([.null])),
        ]
        for (field, value) in damaged {
            guard case .failure = try bothWays(ResidentRecord.self, record.replacing(field, with: value)) else {
                Issue.record("\(field) damaged still decoded")
                continue
            }
        }
    }

    @Test("admission details, whole, partial or with nulls, decode alike, inside an event too")
    func admissions() throws {
        guard case .value(let details) = try bothWays(AdmissionDetails.self, Self.admission) else {
            Issue.record("the admission details did not decode")
            return
        }
        #expect(details.legalStatus == .compulsory && details.startedAcutely == false)
        #expect(details.initialDiagnosis == (try DiagnosisCode("DF200")))
        let minimal = Shape(fields: [("legalStatus", .text("voluntary"))])
        #expect(try bothWays(AdmissionDetails.self, minimal) == .value(AdmissionDetails(legalStatus: .voluntary)))
        let nulls = Self.admission.replacing("startedAcutely", with: .null).replacing("initialDiagnosis", with: .null)
            .replacing("contactReason", with: .null)
        #expect(try bothWays(AdmissionDetails.self, nulls) == .value(AdmissionDetails(legalStatus: .compulsory)))
        guard case .value(let event) = try bothWays(CourseEvent.self, Self.admitted(Self.admission)) else {
            Issue.record("the admission event did not decode")
            return
        }
        #expect(event.admission == details)
    }

    @Test(
        "damaged admission details give the container's error at the container's path",
        arguments: [
            ("legalStatus", nil), ("legalStatus", .null), ("legalStatus", .text("sideways")),
            ("startedAcutely", .text("yes")), ("initialDiagnosis", .text("not a code")),
            ("initialDiagnosis", .bool(true)), ("contactReason", .bool(true)), ("legalStatus", .bool(false)),
        ] as [(String, Field?)])
    func damagedAdmissions(field: String, value: Field?) throws {
        try expectRefused(AdmissionDetails.self, Self.admission, field, value)
        guard
            case .failure = try bothWays(CourseEvent.self, Self.admitted(Self.admission.replacing(field, with: value)))
        else {
            Issue.record("\(field) damaged still decoded in an event")
            return
        }
    }

    @Test("a placement, closed or open, decodes alike; a damaged one gives the container's error at its path")
    func placements() throws {
        guard case .value(let open) = try bothWays(Placement.self, Self.placement) else {
            Issue.record("the placement did not decode")
            return
        }
        #expect(open.legalBasis == .longTermStay && open.period.isOpen)
        let closed = Self.placement.replacing(
            "period",
            with: .object(
                Shape(fields: [
                    ("start", .date(CalendarDate(daysSinceEpoch: 19_000))),
                    ("end", .date(CalendarDate(daysSinceEpoch: 19_100))),
                ])))
        guard case .value(let ended) = try bothWays(Placement.self, closed) else {
            Issue.record("the closed placement did not decode")
            return
        }
        #expect(ended.period.end == CalendarDate(daysSinceEpoch: 19_100))
        let damaged: [(String, Field?)] = [
            ("legalBasis", .text("sel999")), ("legalBasis", nil), ("facility", .null), ("period", .text("always")),
            ("period", .object(Shape(fields: [("end", .date(CalendarDate(daysSinceEpoch: 19_000)))]))),
            (
                "period",
                .object(
                    Shape(fields: [
                        ("start", .date(CalendarDate(daysSinceEpoch: 19_100))),
                        ("end", .date(CalendarDate(daysSinceEpoch: 19_000))),
                    ]))
            ),
            ("exceptionalUnapprovedExtension", nil), ("exceptionalUnapprovedExtension", .text("no")),
        ]
        for (field, value) in damaged { try expectRefused(Placement.self, Self.placement, field, value) }
    }

    @Test("a register row, whole, without its optional fields, or stored as an entry, decodes alike")
    func registerRows() throws {
        guard case .value(let row) = try bothWays(DischargeDocumentRecord.self, Self.registerRow) else {
            Issue.record("the register row did not decode")
            return
        }
        #expect(row.kind == .agreement && row.basis == .mandatory && row.treatmentOffers == 2 && row.parties == 3)
        #expect(row.agreedOn == CalendarDate(daysSinceEpoch: 20_400) && row.refusedOn == nil)
        #expect(row.resident == .cpr(try CPRNumber("290200-4001")) && row.consultant == "Mette Friis")
        let bare = Self.registerRow.replacing("agreedOn", with: nil).replacing("refusedOn", with: nil)
            .replacing("consultant", with: nil)
        guard case .value(let plain) = try bothWays(DischargeDocumentRecord.self, bare) else {
            Issue.record("the row without its optional fields did not decode")
            return
        }
        #expect(plain.agreedOn == nil && plain.consultant == nil && plain.documentID == row.documentID)
        let entry = Shape(fields: [("record", .object(Self.registerRow))])
        #expect(try bothWays(DischargeRegisterEntry.self, entry) == .value(DischargeRegisterEntry(record: row)))
    }

    @Test(
        "a damaged register row gives the container's error at its path, also inside an entry",
        arguments: [
            ("kind", .text("letter")), ("kind", nil), ("basis", .text("13c")), ("basis", .null),
            ("resident", .text("0000000000")), ("resident", nil), ("episode", .text("  ")), ("documentID", .int(7)),
            ("agreedOn", .text("someday")), ("treatmentOffers", .text("two")), ("socialOffers", nil),
            ("parties", .null), ("consultant", .bool(true)),
        ] as [(String, Field?)])
    func damagedRegisterRows(field: String, value: Field?) throws {
        try expectRefused(DischargeDocumentRecord.self, Self.registerRow, field, value)
        let entry = Shape(fields: [("record", .object(Self.registerRow.replacing(field, with: value)))])
        guard case .failure(_, let path, _) = try bothWays(DischargeRegisterEntry.self, entry) else {
            Issue.record("\(field) damaged still decoded in an entry")
            return
        }
        #expect(path.first == "record")
    }
}
