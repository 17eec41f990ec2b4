import BrobyggerCore
import Foundation

/// A MedCom Acknowledgement (*kvittering*, Acknowledgement IG): the message a receiver returns for every MedCom
/// message it receives, telling the sender whether the message arrived and validated (`ok`), could not be handled
/// now (`transient-error`) or was rejected (`fatal-error`).
///
/// A negative acknowledgement carries an OperationOutcome with at least one issue (medcom-acknowledgement-1); a
/// positive one may carry an `information` issue, as for a duplicate that is acknowledged again. Write one with
/// ``bundle(ids:)``, read one with ``init(bundle:)`` or ``init(json:)``, and match it to the sent message with
/// ``acknowledges(_:)``.
public struct MedComAcknowledgement: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The acknowledgement's own message id.
    public let messageID: FHIR.ID
    /// The bundle's id.
    public let bundleID: FHIR.ID?
    /// When the acknowledgement was created (`Bundle.timestamp`).
    public let timestamp: Instant
    /// When it was sent (its Provenance's `recorded`).
    public let sentAt: Instant
    /// The message acknowledged: its MessageHeader id (`MessageHeader.response.identifier`).
    public let acknowledgedMessage: FHIR.ID
    /// The outcome (`MessageHeader.response.code`).
    public let code: ResponseCode
    /// The issues (the OperationOutcome), required unless the code is `ok`.
    public let issues: [Issue]
    /// The receiver of the acknowledged message, which sends the acknowledgement.
    public let sender: HospitalNotification.Party
    /// The sender of the acknowledged message.
    public let receiver: HospitalNotification.Party

    /// Creates an acknowledgement.
    ///
    /// - Throws: `ValidationError` with code `medcom-acknowledgement-1` when the code is not `ok` and no issue says
    ///   why.
    public init(
        messageID: FHIR.ID, bundleID: FHIR.ID? = nil, timestamp: Instant, sentAt: Instant,
        acknowledgedMessage: FHIR.ID, code: ResponseCode, issues: [Issue], sender: HospitalNotification.Party,
        receiver: HospitalNotification.Party
    ) throws(ValidationError) {
        if code != .ok, issues.isEmpty {
            throw ValidationError(field: "issues", code: "medcom-acknowledgement-1", rule: Self.outcomeRule)
        }
        self.messageID = messageID
        self.bundleID = bundleID
        self.timestamp = timestamp
        self.sentAt = sentAt
        self.acknowledgedMessage = acknowledgedMessage
        self.code = code
        self.issues = issues
        self.sender = sender
        self.receiver = receiver
    }

    static let outcomeRule =
        "an acknowledgement whose response code is not ok includes an OperationOutcome (medcom-acknowledgement-1)"

    /// Whether the message was received and validated.
    public var isPositive: Bool { code == .ok }

    /// Whether this acknowledges `message`: it names the message's id and comes from its receiver (by SOR code or
    /// GLN) back to its sender.
    public func acknowledges(_ message: CareCommunication) -> Bool {
        acknowledgedMessage == message.messageID && Self.same(sender, message.receiver)
            && Self.same(receiver, message.sender)
    }

    static func same(_ a: HospitalNotification.Party, _ b: HospitalNotification.Party) -> Bool {
        (a.sor != nil && a.sor == b.sor) || (a.gln != nil && a.gln == b.gln)
    }

    private enum CodingKeys: String, CodingKey {
        case messageID, bundleID, timestamp, sentAt, acknowledgedMessage, code, issues, sender, receiver
    }

    /// Decodes through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let messageID = try c.decode(FHIR.ID.self, forKey: .messageID)
        let bundleID = try c.decodeIfPresent(FHIR.ID.self, forKey: .bundleID)
        let timestamp = try c.decode(Instant.self, forKey: .timestamp)
        let sentAt = try c.decode(Instant.self, forKey: .sentAt)
        let acknowledged = try c.decode(FHIR.ID.self, forKey: .acknowledgedMessage)
        let code = try c.decode(ResponseCode.self, forKey: .code)
        let issues = try c.decodeIfPresent([Issue].self, forKey: .issues) ?? []
        let sender = try c.decode(HospitalNotification.Party.self, forKey: .sender)
        let receiver = try c.decode(HospitalNotification.Party.self, forKey: .receiver)
        self = try decoder.validating {
            try MedComAcknowledgement(
                messageID: messageID, bundleID: bundleID, timestamp: timestamp, sentAt: sentAt,
                acknowledgedMessage: acknowledged, code: code, issues: issues, sender: sender, receiver: receiver)
        }
    }

    /// The outcome, the message acknowledged and the parties.
    public var description: String {
        var text =
            "\(code) acknowledgement \(messageID) of message \(acknowledgedMessage) from \(sender) to \(receiver)"
        if !issues.isEmpty { text += ": " + issues.map(\.description).joined(separator: "; ") }
        return text
    }
}

extension MedComAcknowledgement {
    /// The outcome of receiving a message (FHIR `ResponseType`, `MessageHeader.response.code`).
    public enum ResponseCode: Hashable, Sendable, Codable, CustomStringConvertible {
        /// `ok`: received and validated.
        case ok
        /// `transient-error`: not handled now; the sender may send it again unchanged.
        case transientError
        /// `fatal-error`: rejected; sending it again unchanged will fail again.
        case fatalError
        /// Another code.
        case unrecognized(String)

        /// The code's value.
        public init(code: String) {
            switch code {
            case "ok": self = .ok
            case "transient-error": self = .transientError
            case "fatal-error": self = .fatalError
            default: self = .unrecognized(code)
            }
        }

        /// The code.
        public var code: String {
            switch self {
            case .ok: "ok"
            case .transientError: "transient-error"
            case .fatalError: "fatal-error"
            case .unrecognized(let code): code
            }
        }

        /// The code.
        public var description: String { code }

        /// Decodes the code.
        public init(from decoder: any Decoder) throws {
            self.init(code: try decoder.singleValueContainer().decode(String.self))
        }

        /// Encodes the code.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(code)
        }
    }

    /// One issue of the OperationOutcome (MedComAcknowledgementOperationOutcome): its severity, FHIR issue type,
    /// a detail code from MedCom's or HL7's list, and a text that names the element.
    public struct Issue: Hashable, Sendable, Codable, CustomStringConvertible {
        /// `fatal`, `error`, `warning` or `information`.
        public let severity: String
        /// The FHIR issue type, such as `structure`, `required`, `not-found`, `duplicate`, `informational`.
        public let type: String
        /// The detail code's system, such as HL7's operation-outcome codes or MedCom's error codes.
        public let detailSystem: String?
        /// The detail code, such as `MSG_DUPLICATE_ID` or `MSG_Receiver_Identifier_UNKNOWN`.
        public let detailCode: String?
        /// A text for people: which element and which rule. Never holds a CPR number.
        public let text: String?

        /// HL7's operation-outcome codes (`MSG_DUPLICATE_ID`, `MSG_NO_EXIST` …), part of MedCom's value set.
        public static let hl7System = "http://terminology.hl7.org/CodeSystem/operation-outcome"
        /// MedCom's acknowledgement error codes (`MSG_Receiver_Identifier_UNKNOWN` …).
        public static let medcomSystem =
            "http://medcomfhir.dk/ig/terminology/CodeSystem/medcom-acknowledgement-error-codes"

        /// Creates an issue.
        public init(
            severity: String, type: String, detailSystem: String? = nil, detailCode: String? = nil, text: String?
        ) {
            self.severity = severity
            self.type = type
            self.detailSystem = detailSystem
            self.detailCode = detailCode
            self.text = text
        }

        /// Severity, type, code and text.
        public var description: String {
            var parts = ["\(severity) \(type)"]
            if let detailCode { parts.append(detailCode) }
            if let text { parts.append(text) }
            return parts.joined(separator: " ")
        }
    }
}

extension MedComAcknowledgement {
    /// MedCom's event code of the acknowledgement message header.
    public static let messageEventCode = "acknowledgement-message"
    /// MedCom's activity code of an acknowledgement's Provenance.
    public static let activityCode = "acknowledgement"
    /// The MedCom profile of the acknowledgement bundle.
    public static let bundleProfile =
        "http://medcomfhir.dk/ig/acknowledgement/StructureDefinition/medcom-messaging-acknowledgement"
    /// The MedCom profile of the acknowledgement's MessageHeader.
    public static let messageHeaderProfile =
        "http://medcomfhir.dk/ig/acknowledgement/StructureDefinition/medcom-messaging-acknowledgementHeader"
    /// The MedCom profile of the OperationOutcome.
    public static let operationOutcomeProfile =
        "http://medcomfhir.dk/ig/acknowledgement/StructureDefinition/medcom-acknowledgement-operationoutcome"
    /// The MedCom messaging profile of the acknowledgement's Provenance.
    public static let provenanceProfile = HospitalNotificationWriter.provenanceProfile

    /// The acknowledgement a receiver returns for a message: from the message's receiver back to its sender.
    ///
    /// - Throws: `ValidationError` `medcom-acknowledgement-1` for a negative code without issues.
    public static func acknowledging(
        _ message: FHIR.ID, from receiver: HospitalNotification.Party, to sender: HospitalNotification.Party,
        code: ResponseCode, issues: [Issue] = [], messageID: FHIR.ID, sentAt: Instant
    ) throws(ValidationError) -> MedComAcknowledgement {
        try MedComAcknowledgement(
            messageID: messageID, timestamp: sentAt, sentAt: sentAt, acknowledgedMessage: message, code: code,
            issues: issues, sender: receiver, receiver: sender)
    }

    /// Reads an acknowledgement from the JSON of its message bundle.
    ///
    /// - Throws: ``FHIRError`` naming the JSON path: see ``init(bundle:)``.
    public init(json data: Data) throws(FHIRError) {
        try self.init(bundle: FHIR.Bundle(node: JSONParser.parse(data)))
    }

    /// Reads an acknowledgement from its message bundle: a `message` whose MessageHeader has the event
    /// `acknowledgement-message`, a `response` with the acknowledged message's id and a code, the sender and the one
    /// receiver with SOR and GLN codes, and, unless the code is `ok`, the OperationOutcome it names.
    ///
    /// - Throws: ``FHIRError`` with the JSON path of the offending element (`.missingElement`, `.brokenReference`,
    ///   `.profileViolation` with `medcom-acknowledgement-1` …).
    public init(bundle: FHIR.Bundle) throws(FHIRError) {
        let reader = MedComBundleReader(bundle: bundle)
        let (header, messageID) = try reader.header(
            event: Self.messageEventCode, profileRule: "medcom-acknowledgement-2")
        let headerPath = MedComBundleReader.resourcePath(0)
        let timestamp = try reader.instant(bundle.timestamp, at: "timestamp")
        let (sender, receiver) = try reader.parties(of: header, ruleCode: "medcom-acknowledgement-2")
        guard let response = header.response else { throw .missingElement(path: headerPath.appending("response")) }
        guard let acknowledged = FHIR.ID(rawValue: response.identifier) else {
            throw .invalidValue(
                path: headerPath.appending("response.identifier"), code: "fhir.id",
                rule: "the acknowledged message is named by its MessageHeader id", offendingValue: response.identifier)
        }
        let code = ResponseCode(code: response.code)
        var issues: [Issue] = []
        if let details = response.details {
            guard let reference = details.reference, let position = reader.index.entryIndex(for: reference) else {
                throw .brokenReference(
                    path: headerPath.appending("response.details.reference"), reference: details.reference ?? "")
            }
            guard case .other("OperationOutcome", let json)? = bundle.entry[position].resource else {
                throw .wrongResourceType(
                    path: MedComBundleReader.resourcePath(position), expected: "OperationOutcome",
                    found: bundle.entry[position].resource?.resourceType)
            }
            issues = try Self.issues(json, at: MedComBundleReader.resourcePath(position))
        }
        let (current, _) = try reader.provenances(of: messageID)
        do {
            try self.init(
                messageID: messageID, bundleID: bundle.id, timestamp: timestamp, sentAt: current.recorded,
                acknowledgedMessage: acknowledged, code: code, issues: issues, sender: sender, receiver: receiver)
        } catch {
            throw .profileViolation(path: headerPath.appending("response.details"), code: error.code, rule: error.rule)
        }
    }

    static func issues(_ json: JSONObject, at path: FieldPath) throws(FHIRError) -> [Issue] {
        guard case .array(let items)? = json["issue"], !items.isEmpty else {
            throw .missingElement(path: path.appending("issue"))
        }
        var issues: [Issue] = []
        for (offset, item) in items.enumerated() {
            let itemPath = path.appending("issue").appending(index: offset)
            guard let severity = item["severity"]?.stringValue else {
                throw .missingElement(path: itemPath.appending("severity"))
            }
            guard let type = item["code"]?.stringValue else { throw .missingElement(path: itemPath.appending("code")) }
            var coding: JSONValue?
            if case .array(let codings)? = item["details"]?["coding"] { coding = codings.first }
            issues.append(
                Issue(
                    severity: severity, type: type, detailSystem: coding?["system"]?.stringValue,
                    detailCode: coding?["code"]?.stringValue, text: item["details"]?["text"]?.stringValue))
        }
        return issues
    }

    /// The acknowledgement's message bundle: the MessageHeader with the response, the sender's and receiver's
    /// Organizations, the Provenance (activity `acknowledgement`, naming the acknowledged message), and the
    /// OperationOutcome when there are issues. Every resource has a narrative.
    ///
    /// - Throws: ``FHIRError`` with code `medcom-messaging-organization` when a party lacks a SOR code or GLN.
    public func bundle(ids: any IdentifierSource) throws(FHIRError) -> FHIR.Bundle {
        try CareCommunicationWriter.requireAddresses(sender, path: "sender")
        try CareCommunicationWriter.requireAddresses(receiver, path: "receiver")
        func nextID() -> FHIR.ID {
            guard let id = FHIR.ID(rawValue: ids.nextUUID().uuidString.lowercased()) else {
                preconditionFailure("a UUID is a valid FHIR id")
            }
            return id
        }
        let senderID = nextID()
        let receiverID = nextID()
        let provenanceID = nextID()
        let outcomeID: FHIR.ID? = issues.isEmpty ? nil : nextID()
        let senderReference = FHIR.Reference(reference: "Organization/\(senderID.rawValue)")
        func narrative(_ text: String) -> FHIR.Narrative {
            FHIR.Narrative(
                status: .generated, div: "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>\(Self.escape(text))</p></div>"
            )
        }
        func organization(_ party: HospitalNotification.Party, _ id: FHIR.ID) -> FHIR.Organization {
            FHIR.Organization(
                id: id,
                identifier: [
                    party.gln.map { FHIR.Identifier(system: GLN.alternativeFHIRSystem, value: $0.value) },
                    party.sor.map { FHIR.Identifier(system: SORCode.fhirSystem, value: $0.value) },
                ].compactMap { $0 }, name: party.name,
                meta: FHIR.Meta(profile: [HospitalNotificationWriter.organizationProfile]),
                text: narrative(party.description))
        }
        let header = FHIR.MessageHeader(
            id: messageID,
            event: .coding(
                FHIR.Coding(system: HospitalNotificationWriter.eventCodeSystem, code: Self.messageEventCode)),
            destination: [
                FHIR.MessageHeader.Destination(
                    endpoint: HospitalNotificationWriter.endpoint(of: receiver) ?? "",
                    receiver: FHIR.Reference(reference: "Organization/\(receiverID.rawValue)"),
                    extension: [
                        FHIR.Extension(
                            url: HospitalNotification.destinationUseExtension,
                            value: .coding(
                                FHIR.Coding(system: HospitalNotificationWriter.destinationUseSystem, code: "primary")))
                    ])
            ],
            sender: senderReference,
            source: FHIR.MessageHeader.Source(endpoint: HospitalNotificationWriter.endpoint(of: sender) ?? ""),
            response: FHIR.MessageHeader.Response(
                identifier: acknowledgedMessage.rawValue, code: code.code,
                details: outcomeID.map { FHIR.Reference(reference: "OperationOutcome/\($0.rawValue)") }),
            meta: FHIR.Meta(profile: [Self.messageHeaderProfile]),
            text: narrative("Kvittering (\(code.code)) for meddelelse \(acknowledgedMessage.rawValue)"))
        let provenance = FHIR.Provenance(
            id: provenanceID, target: [FHIR.Reference(reference: "MessageHeader/\(messageID.rawValue)")],
            occurred: .dateTime(FHIR.DateTime(sentAt)), recorded: FHIR.DateTime(sentAt),
            activity: FHIR.CodeableConcept(coding: [
                FHIR.Coding(system: HospitalNotification.activityCodeSystem, code: Self.activityCode)
            ]),
            agent: [FHIR.Provenance.Agent(who: senderReference)],
            entity: [
                FHIR.Provenance.Entity(
                    role: .revision, what: FHIR.Reference(reference: "MessageHeader/\(acknowledgedMessage.rawValue)"))
            ],
            meta: FHIR.Meta(profile: [Self.provenanceProfile]),
            text: narrative("Kvittering sendt \(sentAt.iso8601)"))
        var entries: [FHIR.Bundle.Entry] = [
            .init(fullUrl: "MessageHeader/\(messageID.rawValue)", resource: .messageHeader(header)),
            .init(
                fullUrl: "Organization/\(senderID.rawValue)", resource: .organization(organization(sender, senderID))),
            .init(
                fullUrl: "Organization/\(receiverID.rawValue)",
                resource: .organization(organization(receiver, receiverID))),
            .init(fullUrl: "Provenance/\(provenanceID.rawValue)", resource: .provenance(provenance)),
        ]
        if let outcomeID {
            var issueValues: [JSONValue] = []
            for issue in issues {
                var item: JSONObject = ["severity": .string(issue.severity), "code": .string(issue.type)]
                var details: JSONObject = [:]
                if let code = issue.detailCode {
                    var coding: JSONObject = ["code": .string(code)]
                    if let system = issue.detailSystem { coding["system"] = .string(system) }
                    details["coding"] = .array([.object(coding)])
                }
                if let text = issue.text { details["text"] = .string(text) }
                if !details.isEmpty { item["details"] = .object(details) }
                issueValues.append(.object(item))
            }
            let outcome: JSONObject = [
                "resourceType": .string("OperationOutcome"), "id": .string(outcomeID.rawValue),
                "meta": .object(["profile": .array([.string(Self.operationOutcomeProfile)])]),
                "text": .object([
                    "status": .string("generated"),
                    "div": .string(
                        "<div xmlns=\"http://www.w3.org/1999/xhtml\">"
                            + issues.map { "<p>\(Self.escape($0.description))</p>" }.joined() + "</div>"),
                ]),
                "issue": .array(issueValues),
            ]
            entries.append(
                .init(
                    fullUrl: "OperationOutcome/\(outcomeID.rawValue)",
                    resource: .other(resourceType: "OperationOutcome", json: outcome)))
        }
        return FHIR.Bundle(
            id: bundleID ?? nextID(), type: .message, timestamp: FHIR.DateTime(timestamp), entry: entries,
            meta: FHIR.Meta(profile: [Self.bundleProfile]))
    }

    /// The JSON of ``bundle(ids:)``.
    ///
    /// - Throws: ``FHIRError`` as the bundle does.
    public func json(ids: any IdentifierSource, prettyPrinted: Bool = false) throws(FHIRError) -> Data {
        try FHIR.encode(bundle(ids: ids), prettyPrinted: prettyPrinted)
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
