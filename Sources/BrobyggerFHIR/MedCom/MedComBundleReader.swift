import BrobyggerCore
import Foundation

/// Reads the parts every MedCom message bundle shares (MedCom Messaging IG: MedComMessagingMessage,
/// MedComMessagingMessageHeader, MedComMessagingOrganization, MedComMessagingProvenance), with the JSON path of
/// every error.
struct MedComBundleReader {
    let bundle: FHIR.Bundle
    let index: FHIR.Bundle.ReferenceIndex

    init(bundle: FHIR.Bundle) {
        self.bundle = bundle
        self.index = FHIR.Bundle.ReferenceIndex(bundle)
    }

    static func resourcePath(_ entry: Int) -> FieldPath {
        FieldPath("entry").appending(index: entry).appending("resource")
    }

    /// The message header (the first entry) of a bundle of type `message`, with its id and event code checked.
    func header(event: String, profileRule code: String) throws(FHIRError) -> (FHIR.MessageHeader, FHIR.ID) {
        guard bundle.type == .message else {
            throw .profileViolation(
                path: "type", code: "medcom-messaging.bundle-type", rule: "a MedCom message is a bundle of type message"
            )
        }
        guard let first = bundle.entry.first else { throw .missingElement(path: "entry") }
        guard case .messageHeader(let header)? = first.resource else {
            throw .wrongResourceType(
                path: Self.resourcePath(0), expected: "MessageHeader", found: first.resource?.resourceType)
        }
        guard let id = header.id else { throw .missingElement(path: Self.resourcePath(0).appending("id")) }
        guard case .coding(let coding) = header.event, coding.code == event else {
            throw .profileViolation(
                path: Self.resourcePath(0).appending("eventCoding"), code: code,
                rule: "the message header's event is \(event)")
        }
        return (header, id)
    }

    /// The entry a reference resolves to, checked for its type.
    func resolve(_ reference: FHIR.Reference?, at path: FieldPath, expecting type: String) throws(FHIRError) -> Int {
        guard let reference else { throw .missingElement(path: path) }
        guard let literal = reference.reference else { throw .missingElement(path: path.appending("reference")) }
        guard let position = index.entryIndex(for: literal) else {
            throw .brokenReference(path: path.appending("reference"), reference: literal)
        }
        let found = bundle.entry[position].resource?.resourceType
        guard found == type else {
            throw .wrongResourceType(path: Self.resourcePath(position), expected: type, found: found)
        }
        return position
    }

    /// A MedCom timestamp: full date and time with offset; `code` names the rule in the error.
    func instant(
        _ value: FHIR.DateTime?, at path: FieldPath, code: String = "medcom-messaging.time-precision"
    ) throws(FHIRError) -> Instant {
        guard let value else { throw .missingElement(path: path) }
        guard let instant = value.instant else {
            throw .invalidValue(
                path: path, code: code,
                rule: "MedCom's timestamps are full date and time with offset", offendingValue: value.rawValue)
        }
        return instant
    }

    /// The id of the MessageHeader a reference names, by `MessageHeader/<id>` (relative or absolute) or by the
    /// `fullUrl` of the header's entry.
    func messageID(of reference: String) -> FHIR.ID? {
        if let position = index.entryIndex(for: reference),
            case .messageHeader(let header)? = bundle.entry[position].resource,
            let id = header.id
        {
            return id
        }
        if reference.hasPrefix("urn:uuid:") { return FHIR.ID(rawValue: String(reference.dropFirst(9))) }
        let parts = reference.split(separator: "/", omittingEmptySubsequences: false)
        guard let position = parts.lastIndex(of: "MessageHeader"), position + 1 < parts.count else { return nil }
        return FHIR.ID(rawValue: String(parts[position + 1]))
    }

    /// A MedCom messaging organisation, which needs both a SOR code and a GLN/EAN number.
    func party(entry position: Int, endpoint: String?) throws(FHIRError) -> HospitalNotification.Party {
        let path = Self.resourcePath(position)
        guard case .organization(let organization)? = bundle.entry[position].resource else {
            throw .wrongResourceType(
                path: path, expected: "Organization", found: bundle.entry[position].resource?.resourceType)
        }
        let identifiers: OrganisationIdentifiers
        do {
            identifiers = try organization.organisationIdentifiers()
        } catch {
            throw error.nested(under: path)
        }
        if identifiers.sor == nil || identifiers.gln == nil {
            throw .profileViolation(
                path: path.appending("identifier"), code: "medcom-messaging-organization",
                rule: "a MedCom messaging organisation has both a SOR and an EAN/GLN identifier")
        }
        return HospitalNotification.Party(
            name: organization.name, sor: identifiers.sor, gln: identifiers.gln, endpoint: endpoint)
    }

    /// The sender (`MessageHeader.sender`) and the one primary receiver (`destination`, no carbon copies).
    func parties(of header: FHIR.MessageHeader, ruleCode: String) throws(FHIRError) -> (
        sender: HospitalNotification.Party, receiver: HospitalNotification.Party
    ) {
        let headerPath = Self.resourcePath(0)
        let senderPosition = try resolve(header.sender, at: headerPath.appending("sender"), expecting: "Organization")
        let sender = try party(entry: senderPosition, endpoint: header.source.endpoint)
        guard let destination = header.destination.first else {
            throw .missingElement(path: headerPath.appending("destination"))
        }
        guard header.destination.count == 1 else {
            throw .profileViolation(
                path: headerPath.appending("destination"), code: ruleCode,
                rule: "the message has one primary receiver and no carbon-copy receivers")
        }
        let receiverPosition = try resolve(
            destination.receiver, at: headerPath.appending("destination[0].receiver"), expecting: "Organization")
        let receiver = try party(entry: receiverPosition, endpoint: destination.endpoint)
        return (sender, receiver)
    }

    /// A Provenance's target message, activity code, time and entities.
    struct ProvenanceParts {
        let position: Int
        let message: HospitalNotification.MessageReference
        let activityCode: String?
        let recorded: Instant
        let predecessor: HospitalNotification.Predecessor?
        let sources: [String]
    }

    func provenanceParts(_ provenance: FHIR.Provenance, entry position: Int) throws(FHIRError) -> ProvenanceParts {
        let path = Self.resourcePath(position)
        guard let target = provenance.target.first?.reference else {
            throw .missingElement(path: path.appending("target[0].reference"))
        }
        let message: HospitalNotification.MessageReference =
            messageID(of: target).map { .message($0) } ?? .legacy(target)
        let activity =
            provenance.activity?.coding.first { $0.system == HospitalNotification.activityCodeSystem }
            ?? provenance.activity?.coding.first
        var predecessor: HospitalNotification.Predecessor?
        var sources: [String] = []
        for (offset, entity) in provenance.entity.enumerated() {
            let entityPath = path.appending("entity").appending(index: offset)
            switch entity.role {
            case .revision, .removal:
                guard predecessor == nil else { continue }
                if let reference = entity.what.reference {
                    predecessor = HospitalNotification.Predecessor(
                        message: messageID(of: reference).map { .message($0) } ?? .legacy(reference),
                        role: entity.role)
                } else if let identifier = entity.what.identifier?.value {
                    predecessor = HospitalNotification.Predecessor(message: .legacy(identifier), role: entity.role)
                } else {
                    throw .missingElement(path: entityPath.appending("what.reference"))
                }
            case .source:
                guard let identifier = entity.what.identifier?.value else {
                    throw .missingElement(path: entityPath.appending("what.identifier.value"))
                }
                sources.append(identifier)
            default: continue
            }
        }
        return ProvenanceParts(
            position: position, message: message, activityCode: activity?.code,
            recorded: try instant(provenance.recorded, at: path.appending("recorded")), predecessor: predecessor,
            sources: sources)
    }

    /// The Provenance about message `messageID` and the history of the earlier messages, oldest first.
    func provenances(of messageID: FHIR.ID) throws(FHIRError) -> (
        current: ProvenanceParts, history: [HospitalNotification.HistoryRecord]
    ) {
        var current: ProvenanceParts?
        var history: [HospitalNotification.HistoryRecord] = []
        for (position, entry) in bundle.entry.enumerated() {
            guard case .provenance(let provenance)? = entry.resource else { continue }
            let parts = try provenanceParts(provenance, entry: position)
            if parts.message == .message(messageID) {
                guard current == nil else {
                    throw .profileViolation(
                        path: Self.resourcePath(position).appending("target"), code: "medcom-messaging.provenance",
                        rule: "exactly one Provenance has the message's header as target")
                }
                current = parts
            } else {
                history.append(
                    .init(
                        message: parts.message, activityCode: parts.activityCode, recorded: parts.recorded,
                        predecessor: parts.predecessor))
            }
        }
        guard let current else {
            throw .profileViolation(
                path: "entry", code: "medcom-messaging.provenance",
                rule: "exactly one Provenance has the message's header (MessageHeader/\(messageID)) as target")
        }
        // Oldest first; messages sent at the same instant keep the bundle's order.
        history = history.enumerated().sorted { ($0.element.recorded, $0.offset) < ($1.element.recorded, $1.offset) }
            .map(\.element)
        return (current, history)
    }
}

/// The addressing of a MedCom message read without validating its content: the message id, the event and the
/// sender and receiver, so that a receiver can return a negative acknowledgement for a message whose content it
/// rejects (MedCom Acknowledgement IG: every received message is acknowledged).
public struct MedComEnvelope: Hashable, Sendable {
    /// The MessageHeader's id.
    public let messageID: FHIR.ID
    /// The event code, such as `care-communication-message` or `acknowledgement-message`.
    public let event: String?
    /// The sender, when its Organization resolves with a SOR code and a GLN.
    public let sender: HospitalNotification.Party?
    /// The primary receiver, when its Organization resolves with a SOR code and a GLN.
    public let receiver: HospitalNotification.Party?

    /// Creates an envelope.
    public init(
        messageID: FHIR.ID, event: String? = nil, sender: HospitalNotification.Party?,
        receiver: HospitalNotification.Party?
    ) {
        self.messageID = messageID
        self.event = event
        self.sender = sender
        self.receiver = receiver
    }

    /// Reads the envelope of a message bundle's JSON; `nil` when the JSON is no bundle with a MessageHeader id.
    public init?(json data: Data) {
        guard let node = try? JSONParser.parse(data), let bundle = try? FHIR.Bundle(node: node) else { return nil }
        self.init(bundle: bundle)
    }

    /// Reads the envelope of a message bundle; `nil` when its first entry is no MessageHeader with an id.
    public init?(bundle: FHIR.Bundle) {
        guard case .messageHeader(let header)? = bundle.entry.first?.resource, let id = header.id else { return nil }
        let reader = MedComBundleReader(bundle: bundle)
        messageID = id
        if case .coding(let coding) = header.event { event = coding.code } else { event = nil }
        let headerPath = MedComBundleReader.resourcePath(0)
        sender = try? reader.party(
            entry: reader.resolve(header.sender, at: headerPath, expecting: "Organization"),
            endpoint: header.source.endpoint)
        receiver = try? header.destination.first.map { (destination) throws(FHIRError) in
            try reader.party(
                entry: reader.resolve(destination.receiver, at: headerPath, expecting: "Organization"),
                endpoint: destination.endpoint)
        }
    }
}
