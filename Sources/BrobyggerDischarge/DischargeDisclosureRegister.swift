import BrobyggerCore
import BrobyggerResidents

/// The register of §13c disclosures, and the access bases they give.
///
/// A disclosure is recorded only when the agreement or plan it serves is known to the register, and is about the
/// same resident: §13c allows disclosure only "af hensyn til indgåelse af og tilsyn med overholdelse af en
/// udskrivningsaftale eller en koordinationsplan". As an `AccessBasisProvider` it gives the recipient
/// organisation the basis `.statute(psykiatriloven §13c, purpose:)` to read the resident's discharge documents and
/// purely private matters while the disclosure's purpose is in force.
public struct DischargeDisclosureRegister: Sendable, Hashable, Codable, AccessBasisProvider {
    /// The agreements and plans disclosures may serve, with their resident.
    public private(set) var documents: [DischargeDocumentReference: Resident.ID]
    /// The disclosures, in the order recorded.
    public private(set) var disclosures: [DischargeDisclosure]

    /// Creates an empty register.
    public init() {
        documents = [:]
        disclosures = []
    }

    /// Encodes the register with its documents in a fixed order (by reference).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeInStableOrder(documents, forKey: .documents)
        try container.encode(disclosures, forKey: .disclosures)
    }

    /// Makes a document known, so disclosures may serve it.
    public mutating func register<Document: DischargeDocument>(_ document: Document) {
        documents[document.reference] = document.resident
    }

    /// Records a disclosure.
    ///
    /// - Throws: `ValidationError` `disclosure.no-document` when the agreement or plan is not known,
    ///   `disclosure.wrong-resident` when it is about another resident, `disclosure.duplicate` when the identifier
    ///   is already recorded. The register is unchanged after an error.
    public mutating func record(_ disclosure: DischargeDisclosure) throws(ValidationError) {
        guard let resident = documents[disclosure.document] else {
            throw ValidationError(
                field: "document", code: "disclosure.no-document",
                rule:
                    "A §13c disclosure serves a recorded discharge agreement or coordination plan (psykiatriloven §13c)",
                offendingValue: disclosure.document.description)
        }
        guard resident == disclosure.resident else {
            throw ValidationError(
                field: "resident", code: "disclosure.wrong-resident",
                rule: "A disclosure is about the resident of the agreement or plan it serves",
                offendingValue: disclosure.document.description)
        }
        guard !disclosures.contains(where: { $0.id == disclosure.id }) else {
            throw ValidationError(
                field: "id", code: "disclosure.duplicate", rule: "Each disclosure is recorded once",
                offendingValue: disclosure.id.description)
        }
        disclosures.append(disclosure)
    }

    /// The disclosures serving a document.
    public func disclosures(for document: DischargeDocumentReference) -> [DischargeDisclosure] {
        disclosures.filter { $0.document == document }
    }

    /// The field groups a §13c basis opens.
    public static let groups: Set<FieldGroup> = [.dischargeDocuments, .privateMatters]

    /// The §13c bases of the accessor's organisation for the subject on a day: one per purpose in force.
    public func bases(for accessor: Accessor, subject: AccessSubject, group: FieldGroup, on date: CalendarDate)
        -> [AccessBasis]
    {
        guard Self.groups.contains(group), let organisation = accessor.organisation, let key = subject.resident else {
            return []
        }
        var purposes: Set<DischargeDisclosure.Purpose> = []
        for disclosure in disclosures
        where disclosure.recipient == organisation && disclosure.resident.storageKey == key
            && disclosure.inForce.contains(date)
        {
            purposes.insert(disclosure.purpose)
        }
        return purposes.sorted { $0.rawValue < $1.rawValue }.map {
            .statute(.section13c, purpose: $0.rawValue)
        }
    }
}
