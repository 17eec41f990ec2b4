import BrobyggerAgreements
import BrobyggerCarePlans
import BrobyggerCore
import BrobyggerDischarge
import BrobyggerFHIR
import BrobyggerRelationalCoordination
import BrobyggerResidents
import Foundation

/// Any storable Brobygger document the tool reads from JSON, tagged with its document kind.
///
/// In files the tag is explicit: `{"kind": "organisation", "document": {…}}`, or an array of such objects. A bare
/// document without the tag is recognised by trying each kind in turn.
public enum AnyDocument: Sendable {
    case organisation(Organisation)
    case facility(ResidentialFacility)
    case team(OutreachTeam)
    case residentRecord(ResidentRecord)
    case agreement(CollaborationAgreement)
    case carePlan(CoordinatedCarePlan)

    /// The document kinds the tool reads, in the order bare documents are tried.
    public static let kinds: [DocumentKind] = [
        ResidentRecord.documentKind, CoordinatedCarePlan.documentKind, CollaborationAgreement.documentKind,
        OutreachTeam.documentKind, ResidentialFacility.documentKind, Organisation.documentKind,
    ]

    /// Decodes a document of `kind` from JSON.
    public static func decode(kind: DocumentKind, from data: Data) throws -> AnyDocument {
        let decoder = JSONDecoder()
        switch kind {
        case Organisation.documentKind: return .organisation(try decoder.decode(Organisation.self, from: data))
        case ResidentialFacility.documentKind:
            return .facility(try decoder.decode(ResidentialFacility.self, from: data))
        case OutreachTeam.documentKind: return .team(try decoder.decode(OutreachTeam.self, from: data))
        case ResidentRecord.documentKind: return .residentRecord(try decoder.decode(ResidentRecord.self, from: data))
        case CollaborationAgreement.documentKind:
            return .agreement(try decoder.decode(CollaborationAgreement.self, from: data))
        case CoordinatedCarePlan.documentKind:
            return .carePlan(try decoder.decode(CoordinatedCarePlan.self, from: data))
        default:
            throw RowRule(
                "unknown document kind '\(kind)'; use one of: " + kinds.map(\.rawValue).joined(separator: ", "))
        }
    }

    /// Decodes a document of `kind` from `decoder`, through the document type's own validating initialiser.
    ///
    /// - Throws: ``RowRule`` for a kind that is not one of ``kinds``; the document type's `DecodingError`.
    static func decode(kind: DocumentKind, from decoder: any Decoder) throws -> AnyDocument {
        switch kind {
        case Organisation.documentKind: return .organisation(try Organisation(from: decoder))
        case ResidentialFacility.documentKind: return .facility(try ResidentialFacility(from: decoder))
        case OutreachTeam.documentKind: return .team(try OutreachTeam(from: decoder))
        case ResidentRecord.documentKind: return .residentRecord(try ResidentRecord(from: decoder))
        case CollaborationAgreement.documentKind: return .agreement(try CollaborationAgreement(from: decoder))
        case CoordinatedCarePlan.documentKind: return .carePlan(try CoordinatedCarePlan(from: decoder))
        default:
            throw RowRule(
                "unknown document kind '\(kind)'; use one of: " + kinds.map(\.rawValue).joined(separator: ", "))
        }
    }

    /// The document's kind.
    public var kind: DocumentKind {
        switch self {
        case .organisation: Organisation.documentKind
        case .facility: ResidentialFacility.documentKind
        case .team: OutreachTeam.documentKind
        case .residentRecord: ResidentRecord.documentKind
        case .agreement: CollaborationAgreement.documentKind
        case .carePlan: CoordinatedCarePlan.documentKind
        }
    }

    /// The document's identifier.
    public var id: String {
        switch self {
        case .organisation(let document): document.id.storageKey
        case .facility(let document): document.id.storageKey
        case .team(let document): document.id.storageKey
        case .residentRecord(let document): document.id.storageKey
        case .agreement(let document): document.id.storageKey
        case .carePlan(let document): document.id.storageKey
        }
    }

    /// A short label for messages (never a CPR number).
    public var label: String {
        switch self {
        case .organisation(let document): document.name
        case .facility(let document): document.name
        case .team(let document): document.name
        case .residentRecord(let document): "resident \(document.resident.name)"
        case .agreement(let document): "agreement \(document.id) (\(document.template.title.danish))"
        case .carePlan(let document): "care plan \(document.id)"
        }
    }

    /// The tagged JSON object of the document, bound to the resident with CPR number `resident` when given.
    public func tagged(resident: String? = nil) throws -> [String: Any] {
        let data = try JSONEncoder().encode(TaggedDocument(document: self, resident: resident))
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    /// The domain findings of the document on `date`, each with its source.
    public func findings(on date: CalendarDate) -> ValidationReport {
        switch self {
        case .organisation, .facility, .team: return ValidationReport()
        case .residentRecord(let record):
            var register = CourseRegister(residents: [record.id])
            var report = ValidationReport()
            for error in register.record(contentsOf: record.events) {
                report.append(
                    Finding(
                        code: error.code, severity: .error, path: error.field, message: error.rule,
                        source: .practice("course events recorded in order")))
            }
            report.append(contentsOf: register.timeline(of: record.id)?.findings.findings ?? [])
            return report
        case .agreement(let agreement): return agreement.validate(on: date)
        case .carePlan(let plan): return plan.validate(on: date)
        }
    }

    /// Plans saving the document, as a new version of the stored one if there is one.
    public func plannedWrite(in store: any DocumentStore) async throws(StoreError) -> PlannedWrite? {
        switch self {
        case .organisation(let document): try await Self.write(document, store)
        case .facility(let document): try await Self.write(document, store)
        case .team(let document): try await Self.write(document, store)
        case .residentRecord(let document): try await Self.write(document, store)
        case .agreement(let document): try await Self.write(document, store)
        case .carePlan(let document): try await Self.write(document, store)
        }
    }

    /// Plans saving each of `documents`, as ``plannedWrite(in:)`` plans each, in their order: the stored versions
    /// are read together, one read of the store per kind (`DocumentStore.current(_:ids:)`), not one per document.
    public static func plannedWrites(_ documents: [AnyDocument], in store: any DocumentStore)
        async throws(StoreError) -> [PlannedWrite?]
    {
        var writes = [PlannedWrite?](repeating: nil, count: documents.count)
        /// Plans the documents of one kind, at their places in `documents`.
        func plan<Document: StorableDocument>(_ kind: [(place: Int, document: Document)]) async throws(StoreError) {
            guard !kind.isEmpty else { return }
            let existing = try await store.current(Document.self, ids: kind.map(\.document.id))
            for (entry, stored) in zip(kind, existing) {
                writes[entry.place] = PlannedWrite.saveIfChanged(entry.document, existing: stored)
            }
        }
        var organisations: [(place: Int, document: Organisation)] = []
        var facilities: [(place: Int, document: ResidentialFacility)] = []
        var teams: [(place: Int, document: OutreachTeam)] = []
        var records: [(place: Int, document: ResidentRecord)] = []
        var agreements: [(place: Int, document: CollaborationAgreement)] = []
        var carePlans: [(place: Int, document: CoordinatedCarePlan)] = []
        for (place, document) in documents.enumerated() {
            switch document {
            case .organisation(let document): organisations.append((place, document))
            case .facility(let document): facilities.append((place, document))
            case .team(let document): teams.append((place, document))
            case .residentRecord(let document): records.append((place, document))
            case .agreement(let document): agreements.append((place, document))
            case .carePlan(let document): carePlans.append((place, document))
            }
        }
        try await plan(organisations)
        try await plan(facilities)
        try await plan(teams)
        try await plan(records)
        try await plan(agreements)
        try await plan(carePlans)
        return writes
    }

    private static func write<Document: StorableDocument>(_ document: Document, _ store: any DocumentStore)
        async throws(StoreError) -> PlannedWrite?
    {
        PlannedWrite.saveIfChanged(document, existing: try await store.current(Document.self, id: document.id))
    }
}
