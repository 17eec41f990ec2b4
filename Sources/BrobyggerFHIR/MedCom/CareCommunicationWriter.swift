import BrobyggerCore
import BrobyggerDischarge
import BrobyggerResidents
import Foundation

/// Writes MedCom CareCommunication messages (*korrespondancemeddelelse*, CareCommunication IG 5.0): a concluded §13a
/// discharge agreement or §13b coordination plan sent from the ward to the municipality and to the facility, one
/// message per receiver (a CareCommunication has one primary receiver and no carbon copies,
/// MedComCareCommunicationMessageHeader).
///
/// The document travels as the message text (``DischargeMessageText``, plain text with `\n` line breaks) signed by
/// the ``author`` with a phone number, and, when ``attachesPDF`` is set, as a PDF rendering of the same text: PDF is
/// the one document format MedCom allows for an attachment (MedComCoreAttachmentMimeTypes); Markdown and HTML are
/// not. The Communication carries the stay's episode-of-care identifier in an Encounter, the category (`discharge`
/// by default) and a topic naming the document and its paragraph. Every resource carries a narrative, as MedCom
/// requires the narrative text in every message.
///
/// The writer is the reverse of ``CareCommunication/init(bundle:)``: every bundle it writes reads back to the value
/// it was written from. Time and identifiers come in through parameters.
public struct CareCommunicationWriter: Hashable, Sendable {
    /// The MedCom profile of the message bundle.
    public static let bundleProfile =
        "http://medcomfhir.dk/ig/carecommunication/StructureDefinition/medcom-careCommunication-message"
    /// The MedCom profile of the MessageHeader.
    public static let messageHeaderProfile =
        "http://medcomfhir.dk/ig/carecommunication/StructureDefinition/medcom-careCommunication-messageHeader"
    /// The MedCom profile of the Communication.
    public static let communicationProfile =
        "http://medcomfhir.dk/ig/carecommunication/StructureDefinition/medcom-careCommunication-communication"
    /// The MedCom profile of the Provenance.
    public static let provenanceProfile =
        "http://medcomfhir.dk/ig/carecommunication/StructureDefinition/medcom-careCommunication-provenance"
    /// The MedCom core profile of the Encounter with the episode-of-care identifier.
    public static let encounterProfile = "http://medcomfhir.dk/ig/core/StructureDefinition/medcom-core-encounter"
    /// The MedCom core profile of an author.
    public static let practitionerProfile = "http://medcomfhir.dk/ig/core/StructureDefinition/medcom-core-practitioner"
    /// The MedCom core profile of an author's role.
    public static let practitionerRoleProfile =
        "http://medcomfhir.dk/ig/core/StructureDefinition/medcom-core-practitionerrole"
    /// The message definition a CareCommunication 5 message names (medcom-carecommunication-definition-url).
    public static let messageDefinition =
        "http://medcomfhir.dk/ig/messagedefinitions/MessageDefinition/MedComCareCommunicationMessageDefinition|5.0"
    /// MedCom's code system of author roles (SKS administrative).
    public static let practitionerRoleSystem =
        "http://medcomfhir.dk/ig/terminology/CodeSystem/medcom-core-PractitionerRolesSKSadministrativ"
    /// The category of a discharge agreement or plan (*Udskrivelse*).
    public static let dischargeCategory = "discharge"

    /// The sending ward or department; it needs a SOR code and a GLN/EAN number.
    public var sender: HospitalNotification.Party
    /// The signature of the message text: name, role and phone number are all required for a message text.
    public var author: CareCommunication.Author
    /// The category (MedComCareCommunicationCategories).
    public var category: String
    /// Whether to attach a PDF rendering of the document.
    public var attachesPDF: Bool

    /// Creates a writer for messages from one sender.
    public init(
        sender: HospitalNotification.Party, author: CareCommunication.Author, category: String = dischargeCategory,
        attachesPDF: Bool = true
    ) {
        self.sender = sender
        self.author = author
        self.category = category
        self.attachesPDF = attachesPDF
    }

    /// The message that sends a concluded agreement or plan to one receiver.
    ///
    /// - Parameters:
    ///   - document: The agreement or plan; its current version is sent.
    ///   - resident: The resident it is about.
    ///   - receiver: The municipality or facility; it needs a SOR code and a GLN/EAN number.
    ///   - messageID: The MessageHeader's id, which the receiver's acknowledgement and replies name.
    ///   - sentAt: When the message is sent.
    ///   - ids: The source of the conversation's and the segments' identifiers.
    /// - Throws: ``FHIRError`` naming what cannot be sent: `carecommunication.not-concluded` for a draft (an agreement
    ///   is sent once concluded, psykiatriloven §13a stk. 1; a plan once made, §13b), `carecommunication.withheld`
    ///   for a redacted view, `carecommunication.resident-mismatch`, `carecommunication.author-incomplete` when the
    ///   signature lacks a name, role or phone number, or `medcom-messaging-organization` when sender or receiver
    ///   lacks a SOR code or GLN.
    public func message<Document: DischargeDocument>(
        for document: Document, resident: Resident, to receiver: HospitalNotification.Party, messageID: FHIR.ID,
        sentAt: Instant, ids: any IdentifierSource
    ) throws(FHIRError) -> CareCommunication {
        guard !document.isWithheld else {
            throw .invalidValue(
                path: "document", code: "carecommunication.withheld",
                rule: "a view without the discharge documents' content cannot be sent", offendingValue: nil)
        }
        guard document.resident == resident.id else {
            throw .invalidValue(
                path: "document.resident", code: "carecommunication.resident-mismatch",
                rule: "the document is about the resident the message names", offendingValue: nil)
        }
        guard document.content.concludedOn != nil else {
            throw .invalidValue(
                path: "document.content.concludedOn", code: "carecommunication.not-concluded",
                rule: Document.kind == .coordinationPlan
                    ? "only a coordination plan that has been made is sent (psykiatriloven §13b)"
                    : "only a concluded discharge agreement is sent (psykiatriloven §13a stk. 1)",
                offendingValue: nil)
        }
        try Self.requireAddresses(sender, path: "sender")
        try Self.requireAddresses(receiver, path: "receiver")
        guard let name = author.name, !name.isEmpty, let role = author.role, !role.isEmpty, let phone = author.phone,
            !phone.isEmpty
        else {
            throw .profileViolation(
                path: "author", code: "carecommunication.author-incomplete",
                rule: "a message text is signed with the author's name, role and a phone number "
                    + "(MedComCareCommunication, payload:string)")
        }
        _ = (name, role, phone)
        // The parties as a reader finds them: with the endpoints the MessageHeader names.
        let sender = HospitalNotification.Party(
            name: sender.name, sor: sender.sor, gln: sender.gln,
            endpoint: HospitalNotificationWriter.endpoint(of: sender))
        let receiver = HospitalNotification.Party(
            name: receiver.name, sor: receiver.sor, gln: receiver.gln,
            endpoint: HospitalNotificationWriter.endpoint(of: receiver))
        let text = DischargeMessageText(document, resident: resident, wardName: sender.name).text
        let senderCode = sender.sor?.value ?? sender.gln?.value
        var segments = [
            CareCommunication.Segment(
                identifier: Self.uuid(ids), assigner: senderCode, sentAt: sentAt, author: author, content: .text(text))
        ]
        let isPlan = Document.kind == .coordinationPlan
        if attachesPDF {
            do {
                let attachment = try CareCommunication.Attachment(
                    contentType: "application/pdf", title: isPlan ? "Koordinationsplan" : "Udskrivningsaftale",
                    data: PlainTextPDF(text: text).data, url: nil, creation: sentAt)
                segments.append(
                    .init(
                        identifier: Self.uuid(ids), assigner: senderCode, sentAt: sentAt, author: author,
                        content: .attachment(attachment)))
            } catch {
                throw .profileViolation(path: "attachment", code: error.code, rule: error.rule)
            }
        }
        let episode = HospitalNotification.EpisodeOfCareIdentifier(
            system: sender.sor.map { HospitalNotificationWriter.sorEndpointPrefix + $0.value },
            value: document.episode.value)
        do {
            return try CareCommunication(
                messageID: messageID, bundleID: FHIR.ID(rawValue: ids.nextUUID().uuidString.lowercased()),
                timestamp: sentAt, sentAt: sentAt, activity: .new,
                conversation: Self.uuid(ids), category: category,
                topic: isPlan
                    ? "Koordinationsplan (psykiatriloven §13b)" : "Udskrivningsaftale (psykiatriloven §13a)",
                priority: nil, patient: resident.person, sender: sender, receiver: receiver, episodeOfCare: episode,
                segments: segments, newSegmentIdentifiers: segments.map(\.identifier), predecessor: nil,
                history: [])
        } catch {
            throw .profileViolation(path: FieldPath(error.field.rawValue), code: error.code, rule: error.rule)
        }
    }

    /// The message bundle that sends a concluded agreement or plan to one receiver (see
    /// ``message(for:resident:to:messageID:sentAt:ids:)``).
    ///
    /// - Throws: ``FHIRError`` as the message does.
    public func bundle<Document: DischargeDocument>(
        for document: Document, resident: Resident, to receiver: HospitalNotification.Party, messageID: FHIR.ID,
        sentAt: Instant, ids: any IdentifierSource
    ) throws(FHIRError) -> FHIR.Bundle {
        let message = try message(
            for: document, resident: resident, to: receiver, messageID: messageID, sentAt: sentAt, ids: ids)
        return try Self.bundle(for: message, patientName: resident.name, ids: ids)
    }

    /// The bundle of any CareCommunication value: the MessageHeader, the Patient, the Communication with its
    /// segments, the Encounter with the episode-of-care identifier, the authors (PractitionerRole and Practitioner),
    /// the Organizations, the Provenances of the earlier messages of the thread and this message's Provenance.
    ///
    /// - Parameters:
    ///   - message: The message.
    ///   - patientName: The patient's name for the Patient resource.
    ///   - ids: The source of the resources' ids.
    /// - Throws: ``FHIRError`` with code `medcom-messaging-organization` when sender or receiver lacks a SOR code or
    ///   GLN.
    public static func bundle(for message: CareCommunication, patientName: PersonName?, ids: any IdentifierSource)
        throws(FHIRError) -> FHIR.Bundle
    {
        try requireAddresses(message.sender, path: "sender")
        try requireAddresses(message.receiver, path: "receiver")
        var writer = BundleBuilder(ids: ids)
        return writer.bundle(message, patientName: patientName)
    }

    /// The JSON of ``bundle(for:patientName:ids:)``.
    ///
    /// - Throws: ``FHIRError`` as the bundle does.
    public static func json(
        for message: CareCommunication, patientName: PersonName?, ids: any IdentifierSource,
        prettyPrinted: Bool = false
    ) throws(FHIRError) -> Data {
        try FHIR.encode(bundle(for: message, patientName: patientName, ids: ids), prettyPrinted: prettyPrinted)
    }

    static func requireAddresses(_ party: HospitalNotification.Party, path: FieldPath) throws(FHIRError) {
        if party.sor == nil || party.gln == nil {
            throw .profileViolation(
                path: path, code: "medcom-messaging-organization",
                rule: "a MedCom messaging organisation has both a SOR and an EAN/GLN identifier")
        }
    }

    static func uuid(_ ids: any IdentifierSource) -> String {
        "urn:uuid:" + ids.nextUUID().uuidString.lowercased()
    }
}

/// Builds one CareCommunication bundle, handing out ids in the order of the entries.
private struct BundleBuilder {
    let ids: any IdentifierSource
    var entries: [FHIR.Bundle.Entry] = []
    var organisationIDs: [String: FHIR.ID] = [:]

    init(ids: any IdentifierSource) {
        self.ids = ids
    }

    func nextID() -> FHIR.ID {
        guard let id = FHIR.ID(rawValue: ids.nextUUID().uuidString.lowercased()) else {
            preconditionFailure("a UUID is a valid FHIR id")
        }
        return id
    }

    mutating func add(_ resource: FHIR.Resource, _ type: String, _ id: FHIR.ID) {
        entries.append(FHIR.Bundle.Entry(fullUrl: "\(type)/\(id.rawValue)", resource: resource))
    }

    static func narrative(_ rows: [(String, String)]) -> FHIR.Narrative {
        var div = "<div xmlns=\"http://www.w3.org/1999/xhtml\">"
        for (label, value) in rows {
            let lines = value.split(separator: "\n", omittingEmptySubsequences: false).map { escape(String($0)) }
            div += "<p><b>\(escape(label))</b>: \(lines.joined(separator: "<br/>"))</p>"
        }
        div += "</div>"
        return FHIR.Narrative(status: .generated, div: div)
    }

    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }

    func organization(_ party: HospitalNotification.Party, id: FHIR.ID) -> FHIR.Organization {
        var identifiers: [FHIR.Identifier] = []
        if let gln = party.gln {
            identifiers.append(FHIR.Identifier(system: GLN.alternativeFHIRSystem, value: gln.value))
        }
        if let sor = party.sor { identifiers.append(FHIR.Identifier(system: SORCode.fhirSystem, value: sor.value)) }
        return FHIR.Organization(
            id: id, identifier: identifiers, name: party.name,
            meta: FHIR.Meta(profile: [HospitalNotificationWriter.organizationProfile]),
            text: Self.narrative([
                ("Organisation", party.name ?? ""), ("SOR", party.sor?.value ?? ""), ("GLN", party.gln?.value ?? ""),
            ]))
    }

    /// A role as MedCom's role code (lower-case letters, as `overlaege`, `sygeplejerske`), else as text: MedCom
    /// recommends a code from its list and allows a role in `PractitionerRole.code.text`.
    static func role(_ role: String) -> FHIR.CodeableConcept {
        guard !role.isEmpty, role.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }) else {
            return FHIR.CodeableConcept(text: role)
        }
        return FHIR.CodeableConcept(coding: [
            FHIR.Coding(system: CareCommunicationWriter.practitionerRoleSystem, code: role)
        ])
    }

    func reference(_ message: HospitalNotification.MessageReference) -> FHIR.Reference {
        switch message {
        case .message(let id): FHIR.Reference(reference: "MessageHeader/\(id.rawValue)")
        case .legacy(let identifier): FHIR.Reference(identifier: FHIR.Identifier(value: identifier))
        }
    }

    mutating func bundle(_ message: CareCommunication, patientName: PersonName?) -> FHIR.Bundle {
        let headerID = message.messageID
        let patientID = nextID()
        let communicationID = nextID()
        let encounterID: FHIR.ID? = message.episodeOfCare == nil ? nil : nextID()
        let senderID = nextID()
        let receiverID = nextID()
        for party in [message.sender, message.receiver] {
            let id = party == message.sender ? senderID : receiverID
            // A reader names a segment's assigner by its SOR code, which sender and receiver always have.
            if let code = party.sor?.value, organisationIDs[code] == nil { organisationIDs[code] = id }
        }
        let senderReference = FHIR.Reference(reference: "Organization/\(senderID.rawValue)")
        let receiverReference = FHIR.Reference(reference: "Organization/\(receiverID.rawValue)")
        let patientReference = FHIR.Reference(reference: "Patient/\(patientID.rawValue)")

        // Authors: one PractitionerRole and Practitioner per distinct author with a name or role.
        var authorRoles: [CareCommunication.Author: FHIR.ID] = [:]
        var authorEntries: [(FHIR.Resource, String, FHIR.ID)] = []
        var extraOrganisations: [(FHIR.Resource, String, FHIR.ID)] = []
        var payloads: [FHIR.Communication.Payload] = []
        var narrativeRows: [(String, String)] = [
            ("Id", message.conversation), ("Status", "unknown"), ("Kategori", message.category),
            ("Patient", patientName?.formatted ?? message.patient.masked),
            ("Afsender", message.sender.description), ("Modtager", message.receiver.description),
        ]
        if let topic = message.topic { narrativeRows.append(("Emne", topic)) }
        if let priority = message.priority { narrativeRows.append(("Prioritet", priority)) }
        if let episode = message.episodeOfCare { narrativeRows.append(("Forløbs-id", episode.description)) }
        for segment in message.segments {
            var extensions: [FHIR.Extension] = [
                FHIR.Extension(
                    url: CareCommunication.dateTimeExtension, value: .dateTime(FHIR.DateTime(segment.sentAt)))
            ]
            var assignerReference: FHIR.Reference?
            if let assigner = segment.assigner {
                if organisationIDs[assigner] == nil {
                    let id = nextID()
                    organisationIDs[assigner] = id
                    extraOrganisations.append(
                        (
                            .organization(
                                FHIR.Organization(
                                    id: id, identifier: [FHIR.Identifier(system: SORCode.fhirSystem, value: assigner)],
                                    meta: FHIR.Meta(profile: [HospitalNotificationWriter.organizationProfile]),
                                    text: Self.narrative([("SOR", assigner)]))), "Organization", id
                        ))
                }
                assignerReference = organisationIDs[assigner].map {
                    FHIR.Reference(reference: "Organization/\($0.rawValue)")
                }
            }
            extensions.append(
                FHIR.Extension(
                    url: CareCommunication.identifierExtension,
                    value: .identifier(FHIR.Identifier(value: segment.identifier, assigner: assignerReference))))
            if let author = segment.author, author.name != nil || author.role != nil {
                let roleID: FHIR.ID
                if let known = authorRoles[author] {
                    roleID = known
                } else {
                    roleID = nextID()
                    let practitionerID = nextID()
                    authorRoles[author] = roleID
                    let name = author.name ?? ""
                    let parts = name.split(separator: " ").map(String.init)
                    let humanName = FHIR.HumanName(
                        text: name, family: parts.count > 1 ? parts.last : (parts.first ?? name),
                        given: parts.count > 1 ? Array(parts.dropLast()) : [])
                    authorEntries.append(
                        (
                            .practitionerRole(
                                FHIR.PractitionerRole(
                                    id: roleID,
                                    practitioner: FHIR.Reference(reference: "Practitioner/\(practitionerID.rawValue)"),
                                    code: author.role.map { [Self.role($0)] } ?? [],
                                    meta: FHIR.Meta(profile: [CareCommunicationWriter.practitionerRoleProfile]),
                                    text: Self.narrative([("Rolle", author.role ?? "")]))),
                            "PractitionerRole", roleID
                        ))
                    authorEntries.append(
                        (
                            .practitioner(
                                FHIR.Practitioner(
                                    id: practitionerID, name: [humanName],
                                    meta: FHIR.Meta(profile: [CareCommunicationWriter.practitionerProfile]),
                                    text: Self.narrative([("Navn", name)]))), "Practitioner", practitionerID
                        ))
                }
                extensions.append(
                    FHIR.Extension(
                        url: CareCommunication.practitionerExtension,
                        value: .reference(FHIR.Reference(reference: "PractitionerRole/\(roleID.rawValue)"))))
            }
            if let phone = segment.author?.phone {
                extensions.append(
                    FHIR.Extension(
                        url: CareCommunication.contactExtension,
                        value: .contactPoint(FHIR.ContactPoint(system: .phone, value: phone))))
            }
            let signature = [segment.author?.description, segment.sentAt.iso8601].compactMap { $0 }
                .joined(separator: ", ")
            switch segment.content {
            case .text(let text):
                payloads.append(FHIR.Communication.Payload(content: .string(text), extension: extensions))
                narrativeRows.append(("Meddelelse (\(signature))", text))
            case .attachment(let attachment):
                payloads.append(
                    FHIR.Communication.Payload(
                        content: .attachment(
                            FHIR.Attachment(
                                contentType: attachment.contentType, data: attachment.data?.base64EncodedString(),
                                url: attachment.url, title: attachment.title,
                                creation: attachment.creation.map { FHIR.DateTime($0) })),
                        extension: extensions))
                var described = attachment.title
                if let type = attachment.contentType { described += " (\(type))" }
                if let url = attachment.url { described += " \(url)" }
                if let creation = attachment.creation { described += ", oprettet \(creation.iso8601)" }
                narrativeRows.append(("Vedhæftet (\(signature))", described))
            }
        }

        let header = FHIR.MessageHeader(
            id: headerID,
            event: .coding(
                FHIR.Coding(
                    system: HospitalNotificationWriter.eventCodeSystem, code: CareCommunication.messageEventCode)),
            destination: [
                FHIR.MessageHeader.Destination(
                    endpoint: HospitalNotificationWriter.endpoint(of: message.receiver) ?? "",
                    receiver: receiverReference,
                    extension: [
                        FHIR.Extension(
                            url: HospitalNotification.destinationUseExtension,
                            value: .coding(
                                FHIR.Coding(system: HospitalNotificationWriter.destinationUseSystem, code: "primary")))
                    ])
            ],
            sender: senderReference,
            source: FHIR.MessageHeader.Source(endpoint: HospitalNotificationWriter.endpoint(of: message.sender) ?? ""),
            focus: [FHIR.Reference(reference: "Communication/\(communicationID.rawValue)")],
            definition: CareCommunicationWriter.messageDefinition,
            meta: FHIR.Meta(profile: [CareCommunicationWriter.messageHeaderProfile]),
            text: Self.narrative([
                ("Hændelse", CareCommunication.messageEventCode), ("Afsender", message.sender.description),
                ("Modtager", message.receiver.description), ("Fokus", "Communication/\(communicationID.rawValue)"),
            ]))
        let patient = FHIR.Patient(
            id: patientID, identifier: [FHIR.Identifier(message.patient)],
            name: patientName.map { [FHIR.HumanName(name: $0)] } ?? [],
            meta: FHIR.Meta(profile: [HospitalNotificationWriter.patientProfile]),
            text: Self.narrative([("Patient", patientName?.formatted ?? ""), ("Id", message.patient.unmaskedValue)]))
        let communication = FHIR.Communication(
            identifier: [FHIR.Identifier(value: message.conversation)], status: .unknown,
            category: [
                FHIR.CodeableConcept(coding: [
                    FHIR.Coding(system: CareCommunication.categorySystem, code: message.category)
                ])
            ],
            priority: message.priority.map { FHIR.RequestPriority(rawValue: $0) }, subject: patientReference,
            topic: message.topic.map { FHIR.CodeableConcept(text: $0) },
            encounter: encounterID.map { FHIR.Reference(reference: "Encounter/\($0.rawValue)") }, payload: payloads,
            meta: FHIR.Meta(profile: [CareCommunicationWriter.communicationProfile]),
            text: Self.narrative(narrativeRows))
        var communicationWithID = communication
        communicationWithID.id = communicationID

        add(.messageHeader(header), "MessageHeader", headerID)
        add(.patient(patient), "Patient", patientID)
        add(.communication(communicationWithID), "Communication", communicationID)
        if let encounterID, let episode = message.episodeOfCare {
            let encounter = FHIR.Encounter(
                id: encounterID, status: .inProgress,
                encounterClass: FHIR.Coding(system: HospitalNotificationWriter.actCodeSystem, code: "IMP"),
                subject: patientReference,
                episodeOfCare: [
                    FHIR.Reference(identifier: FHIR.Identifier(system: episode.system, value: episode.value))
                ],
                meta: FHIR.Meta(profile: [CareCommunicationWriter.encounterProfile]),
                text: Self.narrative([("Forløbs-id", episode.description)]))
            add(.encounter(encounter), "Encounter", encounterID)
        }
        for (resource, type, id) in authorEntries { add(resource, type, id) }
        add(.organization(organization(message.sender, id: senderID)), "Organization", senderID)
        add(.organization(organization(message.receiver, id: receiverID)), "Organization", receiverID)
        for (resource, type, id) in extraOrganisations { add(resource, type, id) }

        // The thread's Provenances, oldest first, then this message's.
        for record in message.history {
            let id = nextID()
            var entities: [FHIR.Provenance.Entity] = []
            if let predecessor = record.predecessor {
                entities.append(FHIR.Provenance.Entity(role: predecessor.role, what: reference(predecessor.message)))
            }
            add(
                .provenance(
                    provenance(
                        id: id, target: record.message, activityCode: record.activityCode, recorded: record.recorded,
                        entities: entities, agent: senderReference)), "Provenance", id)
        }
        var entities = message.newSegmentIdentifiers.map {
            FHIR.Provenance.Entity(role: .source, what: FHIR.Reference(identifier: FHIR.Identifier(value: $0)))
        }
        if let predecessor = message.predecessor {
            entities.append(FHIR.Provenance.Entity(role: .revision, what: reference(predecessor)))
        }
        let provenanceID = nextID()
        add(
            .provenance(
                provenance(
                    id: provenanceID, target: .message(headerID), activityCode: message.activity.code,
                    recorded: message.sentAt, entities: entities, agent: senderReference)), "Provenance", provenanceID)
        return FHIR.Bundle(
            id: message.bundleID ?? nextID(), type: .message, timestamp: FHIR.DateTime(message.timestamp),
            entry: entries, meta: FHIR.Meta(profile: [CareCommunicationWriter.bundleProfile]))
    }

    func provenance(
        id: FHIR.ID, target: HospitalNotification.MessageReference, activityCode: String?, recorded: Instant,
        entities: [FHIR.Provenance.Entity], agent: FHIR.Reference
    ) -> FHIR.Provenance {
        let targetReference: FHIR.Reference
        switch target {
        case .message(let id): targetReference = FHIR.Reference(reference: "MessageHeader/\(id.rawValue)")
        case .legacy(let identifier): targetReference = FHIR.Reference(reference: identifier)
        }
        return FHIR.Provenance(
            id: id, target: [targetReference], occurred: .dateTime(FHIR.DateTime(recorded)),
            recorded: FHIR.DateTime(recorded),
            activity: activityCode.map {
                FHIR.CodeableConcept(coding: [FHIR.Coding(system: HospitalNotification.activityCodeSystem, code: $0)])
            },
            agent: [FHIR.Provenance.Agent(who: agent)], entity: entities,
            meta: FHIR.Meta(profile: [CareCommunicationWriter.provenanceProfile]),
            text: Self.narrative([
                ("Aktivitet", activityCode ?? ""), ("Meddelelse", targetReference.reference ?? ""),
                ("Tidspunkt", recorded.iso8601),
            ]))
    }
}
