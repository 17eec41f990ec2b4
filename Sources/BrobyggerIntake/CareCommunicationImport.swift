import BrobyggerCore
import BrobyggerFHIR
import BrobyggerResidents
import Foundation

/// Receives MedCom CareCommunication messages and acknowledgements onto the residents' records, and gives the
/// acknowledgement to return for every message (MedCom Acknowledgement IG: every received message is acknowledged).
///
/// A message is checked by `CareCommunication(bundle:)`, then against the store: its receiver and sender are
/// stored organisations (by SOR code or GLN), its patient a stored resident (by CPR number), and a reply answers a
/// message the store sent or received (a forward may continue a thread between other organisations). A valid
/// message becomes a `CareCommunicationRecord` with a positive acknowledgement. A message received again with
/// the same content changes nothing and is acknowledged again (`ok`, with an information issue `MSG_DUPLICATE_ID`);
/// the same id with other content, an unknown receiver, sender or patient, a reply to an unknown message and a
/// message missing a required element are problems naming the element, answered with a negative acknowledgement
/// (`fatal-error`; `transient-error` for a reply that may have overtaken the message it answers), and store
/// nothing. An acknowledgement of a message the store sent is recorded on that message's record.
public enum CareCommunicationImport {
    /// What receiving a batch gives: the saves and problems, and the acknowledgements to return by file.
    public struct Result: Sendable {
        /// The saves, problems and unchanged count, applied like any import.
        public var plan = ImportPlan()
        /// The acknowledgements to return, with the file of the message each answers, in the order received.
        public var acknowledgements: [(file: String, acknowledgement: MedComAcknowledgement)] = []
    }

    /// The storage identifier of the record of a message.
    public static func recordID(of messageID: FHIR.ID) -> CareCommunicationRecord.ID {
        StableIdentifier.make(messageID.rawValue, kind: "care-communication", as: CareCommunicationRecord.self)
    }

    /// Reads the stored records and the snapshot and receives `files`.
    ///
    /// - Throws: `StoreError` when the store cannot be read.
    public static func receive(
        _ files: [(String, Data)], store: any DocumentStore, ids: any IdentifierSource, now: Instant
    ) async throws(StoreError) -> Result {
        let snapshot = try await StoreSnapshot.load(store, for: .medcom)
        let records = try await store.list(CareCommunicationRecord.self, matching: .all)
        return receive(files, snapshot: snapshot, records: records, ids: ids, now: now)
    }

    /// Checks every file against the snapshot and the stored records and plans the saves and acknowledgements.
    ///
    /// - Parameters:
    ///   - files: The message bundles' JSON, by file name.
    ///   - snapshot: The organisations and resident records.
    ///   - records: The stored CareCommunication records.
    ///   - ids: The source of the acknowledgements' ids.
    ///   - now: When the acknowledgements are sent.
    public static func receive(
        _ files: [(String, Data)], snapshot: StoreSnapshot, records: [Revision<CareCommunicationRecord>],
        ids: any IdentifierSource, now: Instant
    ) -> Result {
        var state = State(snapshot: snapshot, ids: ids, now: now)
        for revision in records { state.known[revision.document.messageID] = revision }
        var messages: [(file: String, message: CareCommunication, data: Data)] = []
        for (file, data) in files {
            state.result.plan.rows += 1
            // The JSON is parsed once: the envelope tells an acknowledgement from a message and addresses a
            // negative acknowledgement; the same bundle is then read as what it is.
            let bundle = try? FHIR.decode(FHIR.Bundle.self, from: data)
            let envelope = bundle.flatMap(MedComEnvelope.init(bundle:))
            if envelope?.event == MedComAcknowledgement.messageEventCode, let bundle {
                state.receiveAcknowledgement(file: file, bundle: bundle)
                continue
            }
            do throws(FHIRError) {
                let message: CareCommunication
                if let bundle {
                    message = try CareCommunication(bundle: bundle)
                } else {
                    message = try CareCommunication(json: data)
                }
                messages.append((file, message, data))
            } catch {
                let field = error.path.map { $0.isRoot ? "bundle" : $0.rawValue }
                state.reject(
                    file: file, envelope: envelope, field: field, rule: "\(error) [\(error.code)]",
                    issue: .init(
                        severity: "error", type: error.code == "fhir.missing-element" ? "required" : "structure",
                        detailSystem: MedComAcknowledgement.Issue.hl7System, detailCode: "MSG_BAD_FORMAT",
                        text: "\(field ?? "bundle"): \(error)"))
            }
        }
        // Replies in the order they were sent, so a reply finds a message of the same batch that it answers.
        messages.sort { ($0.message.sentAt, $0.file) < ($1.message.sentAt, $1.file) }
        for item in messages { state.receive(item.message, file: item.file) }
        return state.result
    }

    private struct State {
        let snapshot: StoreSnapshot
        let ids: any IdentifierSource
        let now: Instant
        var known: [FHIR.ID: Revision<CareCommunicationRecord>] = [:]
        var batch: [FHIR.ID: CareCommunicationRecord] = [:]
        var result = Result()
        /// The stored organisations by SOR code and by GLN, built once for the batch.
        let bySOR: [SORCode: Organisation]
        let byGLN: [GLN: Organisation]

        init(snapshot: StoreSnapshot, ids: any IdentifierSource, now: Instant) {
            self.snapshot = snapshot
            self.ids = ids
            self.now = now
            var bySOR: [SORCode: Organisation] = [:]
            var byGLN: [GLN: Organisation] = [:]
            for organisation in snapshot.organisations.values.map(\.document).sorted(by: { $0.id < $1.id }) {
                if let sor = organisation.identifiers.sor, bySOR[sor] == nil { bySOR[sor] = organisation }
                if let gln = organisation.identifiers.gln, byGLN[gln] == nil { byGLN[gln] = organisation }
            }
            self.bySOR = bySOR
            self.byGLN = byGLN
        }

        func nextID() -> FHIR.ID {
            guard let id = FHIR.ID(rawValue: ids.nextUUID().uuidString.lowercased()) else {
                preconditionFailure("a UUID is a valid FHIR id")
            }
            return id
        }

        func organisation(_ party: HospitalNotification.Party) -> Organisation? {
            party.sor.flatMap { bySOR[$0] } ?? party.gln.flatMap { byGLN[$0] }
        }

        mutating func acknowledge(
            file: String, message: FHIR.ID, from receiver: HospitalNotification.Party,
            to sender: HospitalNotification.Party, code: MedComAcknowledgement.ResponseCode,
            issues: [MedComAcknowledgement.Issue]
        ) -> MedComAcknowledgement? {
            guard
                let acknowledgement = try? MedComAcknowledgement.acknowledging(
                    message, from: receiver, to: sender, code: code, issues: issues, messageID: nextID(), sentAt: now)
            else { return nil }
            result.acknowledgements.append((file, acknowledgement))
            return acknowledgement
        }

        /// A problem, and the negative acknowledgement when the message's addressing can be read.
        mutating func reject(
            file: String, envelope: MedComEnvelope?, field: String?, rule: String,
            issue: MedComAcknowledgement.Issue, code: MedComAcknowledgement.ResponseCode = .fatalError
        ) {
            result.plan.problems.append(InputProblem(file: file, line: nil, field: field, rule: rule))
            guard let envelope, let sender = envelope.sender, let receiver = envelope.receiver else { return }
            _ = acknowledge(
                file: file, message: envelope.messageID, from: receiver, to: sender, code: code, issues: [issue])
        }

        mutating func receive(_ message: CareCommunication, file: String) {
            let envelope = MedComEnvelope(
                messageID: message.messageID, sender: message.sender, receiver: message.receiver)
            func fail(
                _ field: String, _ rule: String, type: String, detail: (String, String)? = nil,
                code: MedComAcknowledgement.ResponseCode = .fatalError
            ) {
                reject(
                    file: file, envelope: envelope, field: field, rule: rule,
                    issue: .init(
                        severity: "error", type: type, detailSystem: detail?.0, detailCode: detail?.1,
                        text: "\(field): \(rule)"),
                    code: code)
            }
            guard organisation(message.receiver) != nil else {
                fail(
                    "MessageHeader.destination.receiver",
                    "the receiver (\(message.receiver)) is no organisation in the store", type: "not-found",
                    detail: (MedComAcknowledgement.Issue.medcomSystem, "MSG_Receiver_Identifier_UNKNOWN"))
                return
            }
            guard organisation(message.sender) != nil else {
                fail(
                    "MessageHeader.sender", "the sender (\(message.sender)) is no organisation in the store",
                    type: "not-found", detail: (MedComAcknowledgement.Issue.hl7System, "MSG_NO_EXIST"))
                return
            }
            guard case .cpr(let cpr) = message.patient, let resident = snapshot.record(of: cpr)?.document else {
                fail(
                    "Communication.subject", "no resident with this CPR number in the store", type: "not-found",
                    detail: (MedComAcknowledgement.Issue.hl7System, "MSG_NO_EXIST"))
                return
            }
            let earlier = batch[message.messageID] ?? known[message.messageID]?.document
            if let earlier {
                guard earlier.direction == .received, earlier.message == nil || earlier.message == message else {
                    fail(
                        "MessageHeader.id", "a message with this id was received before with other content",
                        type: "duplicate", detail: (MedComAcknowledgement.Issue.hl7System, "MSG_DUPLICATE_ID"))
                    return
                }
                result.plan.unchanged += 1
                _ = acknowledge(
                    file: file, message: message.messageID, from: message.receiver, to: message.sender, code: .ok,
                    issues: [
                        .init(
                            severity: "information", type: "duplicate",
                            detailSystem: MedComAcknowledgement.Issue.hl7System, detailCode: "MSG_DUPLICATE_ID",
                            text: "the message was received before; nothing changed")
                    ])
                return
            }
            if message.activity == .reply, case .message(let answered)? = message.predecessor,
                batch[answered] == nil, known[answered] == nil
            {
                fail(
                    "Provenance.entity",
                    "the reply answers message \(answered), which the store has not sent or received",
                    type: "not-found", detail: (MedComAcknowledgement.Issue.hl7System, "MSG_NO_EXIST"),
                    code: .transientError)
                return
            }
            guard
                let acknowledgement = acknowledge(
                    file: file, message: message.messageID, from: message.receiver, to: message.sender, code: .ok,
                    issues: [])
            else { return }
            do {
                let record = try CareCommunicationRecord(
                    id: CareCommunicationImport.recordID(of: message.messageID), resident: resident.id,
                    direction: .received, message: message, acknowledgement: acknowledgement)
                batch[message.messageID] = record
                result.plan.writes.append(PlannedWrite.save(record, expecting: .new))
            } catch {
                result.plan.problems.append(
                    InputProblem(
                        file: file, line: nil, field: error.field.rawValue, rule: "\(error.rule) [\(error.code)]"))
            }
        }

        mutating func receiveAcknowledgement(file: String, bundle: FHIR.Bundle) {
            let acknowledgement: MedComAcknowledgement
            do {
                acknowledgement = try MedComAcknowledgement(bundle: bundle)
            } catch {
                result.plan.problems.append(
                    InputProblem(
                        file: file, line: nil, field: error.path.map { $0.isRoot ? "bundle" : $0.rawValue },
                        rule: "\(error) [\(error.code)]"))
                return
            }
            guard let revision = known[acknowledgement.acknowledgedMessage], revision.document.direction == .sent
            else {
                result.plan.problems.append(
                    InputProblem(
                        file: file, line: nil, field: "MessageHeader.response.identifier",
                        rule: "the acknowledgement names message \(acknowledgement.acknowledgedMessage), which the "
                            + "store has not sent"))
                return
            }
            if let message = revision.document.message, !acknowledgement.acknowledges(message) {
                result.plan.problems.append(
                    InputProblem(
                        file: file, line: nil, field: "MessageHeader.sender",
                        rule: "the acknowledgement does not come from the message's receiver"))
                return
            }
            if revision.document.acknowledgement == acknowledgement {
                result.plan.unchanged += 1
                return
            }
            do {
                let updated = try revision.document.acknowledged(by: acknowledgement)
                result.plan.writes.append(PlannedWrite.save(updated, expecting: .version(revision.number)))
            } catch {
                result.plan.problems.append(
                    InputProblem(
                        file: file, line: nil, field: error.field.rawValue, rule: "\(error.rule) [\(error.code)]"))
            }
        }
    }
}
