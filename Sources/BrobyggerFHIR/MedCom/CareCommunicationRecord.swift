import BrobyggerCore
import BrobyggerResidents

/// A CareCommunication on a resident's record: a message the store's organisation sent (a §13a agreement or §13b
/// plan to the municipality or the facility) or received (new, reply, forward), with the acknowledgement that
/// answers it.
///
/// For a sent message the acknowledgement is the receiver's, once read back; for a received message it is the one
/// returned. Receiving the same message again finds this record and changes nothing. The message's clinical content
/// is in the `psychiatric_treatment` field group: a view without it keeps only the message id, the parties' side and
/// the acknowledgement. The CPR number is masked in every description.
public struct CareCommunicationRecord: AccessControlledDocument, CustomStringConvertible {
    /// The identifier.
    public typealias ID = Identifier<CareCommunicationRecord>
    /// The kind stores file it under.
    public static let documentKind: DocumentKind = "care-communication"

    /// Sent or received.
    public enum Direction: String, Hashable, Sendable, Codable {
        /// Sent by the store's organisation.
        case sent
        /// Received by the store's organisation.
        case received
    }

    /// The identifier (derived from the message id by whoever stores it).
    public let id: ID
    /// The resident the message is about.
    public let resident: Resident.ID
    /// Sent or received.
    public let direction: Direction
    /// The message id (the MessageHeader's id).
    public let messageID: FHIR.ID
    /// The message; `nil` only in a view without `FieldGroup.psychiatricTreatment`.
    public let message: CareCommunication?
    /// The §13a agreement or §13b plan the message sent, by its storage key.
    public let document: String?
    /// The acknowledgement: the receiver's for a sent message, the one returned for a received message.
    public let acknowledgement: MedComAcknowledgement?

    /// Creates a record.
    ///
    /// - Throws: `ValidationError` with code `carecommunication.acknowledgement-mismatch` when the acknowledgement
    ///   names another message.
    public init(
        id: ID, resident: Resident.ID, direction: Direction, message: CareCommunication, document: String? = nil,
        acknowledgement: MedComAcknowledgement? = nil
    ) throws(ValidationError) {
        try self.init(
            id: id, resident: resident, direction: direction, messageID: message.messageID, message: message,
            document: document, acknowledgement: acknowledgement)
    }

    init(
        id: ID, resident: Resident.ID, direction: Direction, messageID: FHIR.ID, message: CareCommunication?,
        document: String?, acknowledgement: MedComAcknowledgement?
    ) throws(ValidationError) {
        if let message, message.messageID != messageID {
            throw ValidationError(
                field: "messageID", code: "carecommunication.message-id-mismatch",
                rule: "the record's message id is the message's MessageHeader id")
        }
        if let acknowledgement, acknowledgement.acknowledgedMessage != messageID {
            throw ValidationError(
                field: "acknowledgement.acknowledgedMessage", code: "carecommunication.acknowledgement-mismatch",
                rule: "an acknowledgement names the message it acknowledges (MessageHeader.response.identifier)")
        }
        self.id = id
        self.resident = resident
        self.direction = direction
        self.messageID = messageID
        self.message = message
        self.document = document
        self.acknowledgement = acknowledgement
    }

    /// The record with the acknowledgement that answers the message.
    ///
    /// - Throws: `ValidationError` `carecommunication.acknowledgement-mismatch` for another message's acknowledgement.
    public func acknowledged(by acknowledgement: MedComAcknowledgement) throws(ValidationError)
        -> CareCommunicationRecord
    {
        try CareCommunicationRecord(
            id: id, resident: resident, direction: direction, messageID: messageID, message: message,
            document: document, acknowledgement: acknowledgement)
    }

    /// Listed by resident, direction, message id and, when the message has one, episode of care.
    public var indexKeys: [IndexKey] {
        var keys = [
            IndexKey("resident", resident), IndexKey("direction", direction.rawValue),
            IndexKey("message", messageID.rawValue),
        ]
        if let episode = message?.episodeOfCare { keys.append(IndexKey("episode", episode.value)) }
        return keys
    }

    /// The resident the message is about.
    public var accessSubject: AccessSubject { AccessSubject(resident: resident) }
    /// The message's content is clinical correspondence.
    public var fieldGroups: Set<FieldGroup> { [.psychiatricTreatment] }

    /// Without `FieldGroup.psychiatricTreatment` only the message id, the direction and the acknowledgement remain.
    public func redacted(to groups: Set<FieldGroup>) -> CareCommunicationRecord {
        guard !groups.contains(.psychiatricTreatment), message != nil else { return self }
        do {
            return try CareCommunicationRecord(
                id: id, resident: resident, direction: direction, messageID: messageID, message: nil,
                document: document, acknowledgement: acknowledgement)
        } catch {
            preconditionFailure("a view keeps the checked message id")
        }
    }

    private enum CodingKeys: String, CodingKey {
        case id, resident, direction, messageID, message, document, acknowledgement
    }

    /// Decodes through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let id = try c.decode(ID.self, forKey: .id)
        let resident = try c.decode(Resident.ID.self, forKey: .resident)
        let direction = try c.decode(Direction.self, forKey: .direction)
        let messageID = try c.decode(FHIR.ID.self, forKey: .messageID)
        let message = try c.decodeIfPresent(CareCommunication.self, forKey: .message)
        let document = try c.decodeIfPresent(String.self, forKey: .document)
        let acknowledgement = try c.decodeIfPresent(MedComAcknowledgement.self, forKey: .acknowledgement)
        self = try decoder.validating {
            try CareCommunicationRecord(
                id: id, resident: resident, direction: direction, messageID: messageID, message: message,
                document: document, acknowledgement: acknowledgement)
        }
    }

    /// Encodes the record's fields.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(resident, forKey: .resident)
        try c.encode(direction, forKey: .direction)
        try c.encode(messageID, forKey: .messageID)
        try c.encodeIfPresent(message, forKey: .message)
        try c.encodeIfPresent(document, forKey: .document)
        try c.encodeIfPresent(acknowledgement, forKey: .acknowledgement)
    }

    /// The direction, the message (CPR masked) and the acknowledgement's outcome.
    public var description: String {
        var text = "\(direction) \(message?.description ?? "CareCommunication \(messageID) (withheld)")"
        if let acknowledgement { text += "; acknowledged \(acknowledgement.code)" }
        return text
    }
}
