import BrobyggerCore
import BrobyggerResidents

/// One disclosure of information under psykiatriloven §13c: necessary to make, or to supervise compliance with, a
/// specific discharge agreement or coordination plan.
///
/// §13c is a statutory basis separate from consent (§13c asks no consent). Every disclosure names the document, the
/// direction, sender and recipient, the purpose, why it was necessary, and what was disclosed: in words and as the
/// field groups it covers. The ``DischargeDisclosureRegister`` rejects one whose document it does not know or whose
/// direction disagrees with its sender and recipient, and gives the recipient access to what was disclosed, in the
/// agreement or plan it served, for the purpose and period recorded: nothing more.
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
    /// What was disclosed, in words (e.g. "the medication plan and the early signs").
    public let information: String
    /// The field groups the disclosed information belongs to: the agreement or plan's content
    /// (`FieldGroup.dischargeDocuments`) and/or purely private matters (`FieldGroup.privateMatters`). The recipient's
    /// §13c basis covers these groups only.
    public let disclosedGroups: Set<FieldGroup>
    /// When it was disclosed.
    public let disclosedAt: Instant
    /// The days the purpose is in force, during which the recipient has a §13c basis to read what was disclosed.
    public let inForce: DayRange

    /// The field groups a §13c disclosure can cover: the agreement or plan, and purely private matters
    /// (*rent private forhold*), psykiatriloven §13c.
    public static let disclosableGroups: Set<FieldGroup> = [.dischargeDocuments, .privateMatters]

    /// Creates a disclosure.
    ///
    /// - Throws: `ValidationError` `disclosure.necessity` when the necessity note is empty,
    ///   `disclosure.information` when what was disclosed is not stated, `disclosure.groups` when no field group is
    ///   given or one §13c does not cover (``disclosableGroups``), or `disclosure.same-party` when sender and
    ///   recipient are the same organisation. Whether the direction agrees with sender and recipient depends on the
    ///   document's department; ``DischargeDisclosureRegister/record(_:)`` checks it.
    public init(
        id: ID, resident: Resident.ID, document: DischargeDocumentReference, direction: Direction,
        sender: Organisation.ID, recipient: Organisation.ID, purpose: Purpose, necessity: String,
        information: String, disclosedGroups: Set<FieldGroup>, disclosedAt: Instant, inForce: DayRange
    ) throws(ValidationError) {
        try requireDischargeText(
            necessity, field: "necessity", code: "disclosure.necessity",
            rule: "A §13c disclosure states why it was necessary (psykiatriloven §13c)")
        try requireDischargeText(
            information, field: "information", code: "disclosure.information",
            rule: "A §13c disclosure records what was disclosed (psykiatriloven §13c)")
        guard !disclosedGroups.isEmpty, disclosedGroups.isSubset(of: Self.disclosableGroups) else {
            throw ValidationError(
                field: "disclosedGroups", code: "disclosure.groups",
                rule: "A §13c disclosure covers the agreement or plan and/or purely private matters "
                    + "(psykiatriloven §13c)",
                offendingValue: disclosedGroups.map(\.rawValue).sorted().joined(separator: ","))
        }
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
        self.information = information
        self.disclosedGroups = disclosedGroups
        self.disclosedAt = disclosedAt
        self.inForce = inForce
    }

    private enum CodingKeys: String, CodingKey {
        case id, resident, document, direction, sender, recipient, purpose, necessity, information, disclosedGroups
        case disclosedAt, inForce
    }

    /// Encodes the disclosure with its field groups in a fixed order.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(resident, forKey: .resident)
        try c.encode(document, forKey: .document)
        try c.encode(direction, forKey: .direction)
        try c.encode(sender, forKey: .sender)
        try c.encode(recipient, forKey: .recipient)
        try c.encode(purpose, forKey: .purpose)
        try c.encode(necessity, forKey: .necessity)
        try c.encode(information, forKey: .information)
        try c.encodeInStableOrder(disclosedGroups, forKey: .disclosedGroups)
        try c.encode(disclosedAt, forKey: .disclosedAt)
        try c.encode(inForce, forKey: .inForce)
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
        let information = try c.decode(String.self, forKey: .information)
        let groups = try c.decode(Set<FieldGroup>.self, forKey: .disclosedGroups)
        let at = try c.decode(Instant.self, forKey: .disclosedAt)
        let inForce = try c.decode(DayRange.self, forKey: .inForce)
        self = try decoder.validating {
            try DischargeDisclosure(
                id: id, resident: resident, document: document, direction: direction, sender: sender,
                recipient: recipient, purpose: purpose, necessity: necessity, information: information,
                disclosedGroups: groups, disclosedAt: at, inForce: inForce)
        }
    }
}
