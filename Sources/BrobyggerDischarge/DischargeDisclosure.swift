import BrobyggerCore
import BrobyggerResidents

/// One disclosure of information under psykiatriloven §13c: necessary to make, or to supervise compliance with, a
/// specific discharge agreement or coordination plan.
///
/// §13c is a statutory basis separate from consent (DOMAIN.md §10). Every disclosure names the document, the
/// direction, sender and recipient, the purpose and why it was necessary; the ``DischargeDisclosureRegister``
/// rejects one whose document it does not know.
public struct DischargeDisclosure: Identifiable, Sendable, Hashable, Codable {
    /// The identifier.
    public typealias ID = Identifier<DischargeDisclosure>

    /// Which way the information flows.
    public enum Direction: String, Sendable, Hashable, Codable, CaseIterable {
        /// From the psychiatric department to an authority or practitioner (§13c 1st sentence).
        case fromDepartment = "from_department"
        /// From an authority or practitioner to the department or another party (§13c 2nd sentence).
        case toDepartmentOrParty = "to_department_or_party"
    }

    /// Why: the only two purposes §13c allows.
    public enum Purpose: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
        /// Making the agreement or plan (*indgåelse*).
        case making
        /// Supervising compliance with it (*tilsyn med overholdelse*).
        case supervisingCompliance = "supervising_compliance"

        /// The raw value.
        public var description: String { rawValue }
    }

    /// The identifier.
    public let id: ID
    /// The resident the information is about.
    public let resident: Resident.ID
    /// The agreement or plan the disclosure serves.
    public let document: DischargeDocumentReference
    /// Which way the information flows.
    public let direction: Direction
    /// Who discloses.
    public let sender: Organisation.ID
    /// Who receives.
    public let recipient: Organisation.ID
    /// Why.
    public let purpose: Purpose
    /// Why the disclosure was necessary for that purpose.
    public let necessity: String
    /// When it was disclosed.
    public let disclosedAt: Instant
    /// The days the purpose is in force, during which the recipient has a §13c basis to read the document.
    public let inForce: DayRange

    /// Creates a disclosure.
    ///
    /// - Throws: `ValidationError` `disclosure.necessity` when the necessity note is empty, or
    ///   `disclosure.same-party` when sender and recipient are the same organisation.
    public init(
        id: ID, resident: Resident.ID, document: DischargeDocumentReference, direction: Direction,
        sender: Organisation.ID, recipient: Organisation.ID, purpose: Purpose, necessity: String,
        disclosedAt: Instant, inForce: DayRange
    ) throws(ValidationError) {
        try requireDischargeText(
            necessity, field: "necessity", code: "disclosure.necessity",
            rule: "A §13c disclosure states why it was necessary (psykiatriloven §13c)")
        guard sender != recipient else {
            throw ValidationError(
                field: "recipient", code: "disclosure.same-party",
                rule: "A disclosure goes to another authority or practitioner", offendingValue: recipient.description)
        }
        self.id = id
        self.resident = resident
        self.document = document
        self.direction = direction
        self.sender = sender
        self.recipient = recipient
        self.purpose = purpose
        self.necessity = necessity
        self.disclosedAt = disclosedAt
        self.inForce = inForce
    }

    private enum CodingKeys: String, CodingKey {
        case id, resident, document, direction, sender, recipient, purpose, necessity, disclosedAt, inForce
    }

    /// Decodes through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let id = try c.decode(ID.self, forKey: .id)
        let resident = try c.decode(Resident.ID.self, forKey: .resident)
        let document = try c.decode(DischargeDocumentReference.self, forKey: .document)
        let direction = try c.decode(Direction.self, forKey: .direction)
        let sender = try c.decode(Organisation.ID.self, forKey: .sender)
        let recipient = try c.decode(Organisation.ID.self, forKey: .recipient)
        let purpose = try c.decode(Purpose.self, forKey: .purpose)
        let necessity = try c.decode(String.self, forKey: .necessity)
        let at = try c.decode(Instant.self, forKey: .disclosedAt)
        let inForce = try c.decode(DayRange.self, forKey: .inForce)
        self = try decoder.validating {
            try DischargeDisclosure(
                id: id, resident: resident, document: document, direction: direction, sender: sender,
                recipient: recipient, purpose: purpose, necessity: necessity, disclosedAt: at, inForce: inForce)
        }
    }
}
