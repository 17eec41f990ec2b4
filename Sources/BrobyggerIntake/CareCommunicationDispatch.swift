import BrobyggerCore
import BrobyggerDischarge
import BrobyggerFHIR
import BrobyggerResidents
import Foundation

/// Prepares the MedCom CareCommunication messages that send a stored, concluded §13a discharge agreement or §13b
/// coordination plan from the ward to the municipality and the facility: one message per receiver, each with the
/// record the store keeps of it so that the receiver's acknowledgement and replies can be matched.
///
/// The sender is the document's ward; the receivers are the organisations given, else the document's municipality
/// and facility parties. The message text is signed by the responsible senior consultant (role `overlaege`) unless
/// another author is given, with the phone number given, else the ward's.
public enum CareCommunicationDispatch {
    /// One message to send.
    public struct Outgoing: Sendable {
        /// The receiving organisation.
        public var receiver: Organisation
        /// The message.
        public var message: CareCommunication
        /// The message bundle's JSON.
        public var json: Data
        /// The record to store of the sent message.
        public var record: CareCommunicationRecord
    }

    /// The messages for `document`, read with the store.
    ///
    /// - Parameters:
    ///   - document: The agreement or plan.
    ///   - store: The store with the resident, the ward and the receivers.
    ///   - receivers: The receiving organisations; `nil` takes the document's municipality and facility parties.
    ///   - author: The signature; `nil` takes the responsible consultant with role `overlaege`.
    ///   - phone: The phone number of the signature when `author` is `nil`; `nil` takes the ward's.
    ///   - attachesPDF: Whether to attach the PDF rendering.
    ///   - ids: The source of message and resource ids.
    ///   - now: When the messages are sent.
    /// - Throws: `RowRule` naming what is missing (the ward, a receiver, the signature), `FHIRError` from the
    ///   writer (a draft: `carecommunication.not-concluded`), or `StoreError`.
    public static func prepare<Document: DischargeDocument>(
        _ document: Document, store: any DocumentStore, receivers: [Organisation.ID]? = nil,
        author: CareCommunication.Author? = nil, phone: String? = nil, attachesPDF: Bool = true,
        ids: any IdentifierSource, now: Instant
    ) async throws -> [Outgoing] {
        guard let record = try await store.current(ResidentRecord.self, id: document.resident)?.document else {
            throw RowRule("the document's resident is not in the store")
        }
        let content = document.content
        guard let wardID = content.ward, let ward = try await store.current(Organisation.self, id: wardID)?.document
        else {
            throw RowRule("the document names no ward in the store: the ward is the message's sender")
        }
        let receiverIDs =
            receivers
            ?? content.parties.filter { $0.role == .municipality || $0.role == .residentialFacility }
            .compactMap(\.organisation)
        guard !receiverIDs.isEmpty else {
            throw RowRule(
                "no receiver: the document names no municipality or facility organisation; give the receivers")
        }
        var organisations: [Organisation] = []
        for id in receiverIDs where !organisations.contains(where: { $0.id == id }) {
            guard let organisation = try await store.current(Organisation.self, id: id)?.document else {
                throw RowRule("the receiver \(id) is not an organisation in the store")
            }
            organisations.append(organisation)
        }
        let signature =
            author
            ?? CareCommunication.Author(
                name: content.consultant?.name.formatted, role: "overlaege", phone: phone ?? ward.contact?.phone)
        guard signature.name != nil else {
            throw RowRule("the document names no responsible consultant to sign the message; give the author")
        }
        guard signature.phone != nil else {
            throw RowRule("the signature needs a phone number: give one, or add the ward's phone to the store")
        }
        let writer = CareCommunicationWriter(
            sender: party(ward), author: signature, attachesPDF: attachesPDF)
        var outgoing: [Outgoing] = []
        for organisation in organisations {
            guard let messageID = FHIR.ID(rawValue: ids.nextUUID().uuidString.lowercased()) else {
                preconditionFailure("a UUID is a valid FHIR id")
            }
            let message = try writer.message(
                for: document, resident: record.resident, to: party(organisation), messageID: messageID,
                sentAt: now, ids: ids)
            let json = try CareCommunicationWriter.json(
                for: message, patientName: record.resident.name, ids: ids, prettyPrinted: true)
            let stored = try CareCommunicationRecord(
                id: CareCommunicationImport.recordID(of: messageID), resident: record.id, direction: .sent,
                message: message, document: document.id.storageKey)
            outgoing.append(Outgoing(receiver: organisation, message: message, json: json, record: stored))
        }
        return outgoing
    }

    /// The MedCom messaging party of a stored organisation.
    public static func party(_ organisation: Organisation) -> HospitalNotification.Party {
        HospitalNotification.Party(
            name: organisation.name, sor: organisation.identifiers.sor, gln: organisation.identifiers.gln)
    }
}
