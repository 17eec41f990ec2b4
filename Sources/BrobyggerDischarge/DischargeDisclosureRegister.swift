import BrobyggerCore
import BrobyggerResidents

/// The register of §13c disclosures, and the access bases they give.
///
/// A disclosure is recorded only when the agreement or plan it serves is known to the register, is about the same
/// resident, and its direction agrees with its sender and recipient: §13c allows disclosure only "af hensyn til
/// indgåelse af og tilsyn med overholdelse af en udskrivningsaftale eller en koordinationsplan", from the psychiatric
/// department to other authorities and practitioners (1st sentence) or from them to the department and each other
/// (2nd sentence). The department is the document's ward and the organisations of its `psychiatricDepartment`
/// parties, so a document that names none cannot carry a disclosure.
///
/// As an `AccessBasisProvider` it gives the recipient organisation the basis `.statute(psykiatriloven §13c,
/// purpose:)` for what was disclosed (the disclosure's field groups), in the agreement or plan it served (never in
/// the resident's other documents), while the disclosure's purpose is in force. Without a document named, it gives
/// no basis.
public struct DischargeDisclosureRegister: Sendable, Hashable, Codable, AccessBasisProvider {
    /// What the register knows of an agreement or plan: its resident and who is the psychiatric department.
    public struct RegisteredDocument: Sendable, Hashable, Codable {
        /// The resident.
        public var resident: Resident.ID
        /// The psychiatric department's organisations: the ward and the `psychiatricDepartment` parties'
        /// organisations.
        public var department: Set<Organisation.ID>

        /// Creates an entry.
        public init(resident: Resident.ID, department: Set<Organisation.ID>) {
            self.resident = resident
            self.department = department
        }

        /// Encodes the entry with the department's organisations in a fixed order.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(resident, forKey: .resident)
            try container.encode(department.sorted { $0.uuidString < $1.uuidString }, forKey: .department)
        }
    }

    /// The agreements and plans disclosures may serve.
    public private(set) var documents: [DischargeDocumentReference: RegisteredDocument]
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

    /// Makes a document known, so disclosures may serve it; registering it again takes its current version's ward
    /// and parties.
    public mutating func register<Document: DischargeDocument>(_ document: Document) {
        var department = Set(document.content.ward.map { [$0] } ?? [])
        for party in document.content.parties where party.role == .psychiatricDepartment {
            if let organisation = party.organisation { department.insert(organisation) }
        }
        documents[document.reference] = RegisteredDocument(resident: document.resident, department: department)
    }

    /// Records a disclosure.
    ///
    /// - Throws: `ValidationError` `disclosure.no-document` when the agreement or plan is not known,
    ///   `disclosure.wrong-resident` when it is about another resident, `disclosure.department-unknown` when the
    ///   document names no organisation of its psychiatric department (the direction cannot be checked),
    ///   `disclosure.direction` when the direction disagrees with sender and recipient (from the department: the
    ///   sender is the department and the recipient is not; to the department or another party: the sender is not
    ///   the department), or `disclosure.duplicate` when the identifier is already recorded. The register is
    ///   unchanged after an error.
    public mutating func record(_ disclosure: DischargeDisclosure) throws(ValidationError) {
        guard let document = documents[disclosure.document] else {
            throw ValidationError(
                field: "document", code: "disclosure.no-document",
                rule:
                    "A §13c disclosure serves a recorded discharge agreement or coordination plan (psykiatriloven §13c)",
                offendingValue: disclosure.document.description)
        }
        guard document.resident == disclosure.resident else {
            throw ValidationError(
                field: "resident", code: "disclosure.wrong-resident",
                rule: "A disclosure is about the resident of the agreement or plan it serves",
                offendingValue: disclosure.document.description)
        }
        guard !document.department.isEmpty else {
            throw ValidationError(
                field: "document", code: "disclosure.department-unknown",
                rule: "The agreement or plan names its psychiatric department (ward), so that the direction of a "
                    + "§13c disclosure can be checked (psykiatriloven §13c)",
                offendingValue: disclosure.document.description)
        }
        let senderIsDepartment = document.department.contains(disclosure.sender)
        let recipientIsDepartment = document.department.contains(disclosure.recipient)
        switch disclosure.direction {
        case .fromDepartment:
            guard senderIsDepartment else {
                throw ValidationError(
                    field: "sender", code: "disclosure.direction",
                    rule: "A disclosure from the department is sent by the psychiatric department of the agreement "
                        + "or plan (psykiatriloven §13c 1st sentence)", offendingValue: disclosure.sender.description)
            }
            guard !recipientIsDepartment else {
                throw ValidationError(
                    field: "recipient", code: "disclosure.direction",
                    rule: "A disclosure from the department goes to another authority or practitioner "
                        + "(psykiatriloven §13c 1st sentence)", offendingValue: disclosure.recipient.description)
            }
        case .toDepartmentOrParty:
            guard !senderIsDepartment else {
                throw ValidationError(
                    field: "sender", code: "disclosure.direction",
                    rule: "A disclosure to the department or another party is sent by an authority or practitioner, "
                        + "not by the department (psykiatriloven §13c 2nd sentence)",
                    offendingValue: disclosure.sender.description)
            }
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

    /// The field groups a §13c basis can open: ``DischargeDisclosure/disclosableGroups``.
    public static let groups: Set<FieldGroup> = DischargeDisclosure.disclosableGroups

    /// No basis: a §13c disclosure entitles its recipient to the agreement or plan it served only, so without a
    /// document there is nothing it opens.
    public func bases(for accessor: Accessor, subject: AccessSubject, group: FieldGroup, on date: CalendarDate)
        -> [AccessBasis]
    {
        []
    }

    /// The §13c bases of the accessor's organisation for a group of a document on a day: one per purpose of the
    /// disclosures to that organisation that served this agreement or plan, disclosed this group, and are in force
    /// on the day.
    public func bases(
        for accessor: Accessor, subject: AccessSubject, document: AccessedDocument?, group: FieldGroup,
        on date: CalendarDate
    ) -> [AccessBasis] {
        guard Self.groups.contains(group), let organisation = accessor.organisation, let key = subject.resident,
            let document
        else { return [] }
        var purposes: Set<DischargeDisclosure.Purpose> = []
        for disclosure in disclosures
        where disclosure.recipient == organisation && disclosure.resident.storageKey == key
            && disclosure.disclosedGroups.contains(group) && disclosure.inForce.contains(date)
            && disclosure.document.accessedDocument == document
        {
            purposes.insert(disclosure.purpose)
        }
        return purposes.sorted { $0.rawValue < $1.rawValue }.map {
            .statute(.section13c, purpose: $0.rawValue)
        }
    }
}
