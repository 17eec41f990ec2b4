import BrobyggerCore
import BrobyggerResidents
import Foundation

/// Writes a resident's course event as a MedCom hospital notification (*sygehusadvis*, HospitalNotification IG 3.0):
/// the message bundle a hospital department sends to the patient's home municipality or facility.
///
/// The writer is the reverse of the ingest (``HospitalNotification/init(bundle:)`` and
/// ``HospitalNotification/courseEvent(id:resident:ward:admission:amending:)``): a bundle it writes reads back to the
/// same course event, and passes the same profile checks and ``HospitalNotification/review()`` as MedCom's published
/// examples. The bundle holds, in the examples' order, the MessageHeader (event `hospital-notification-message`, one
/// primary destination), the Patient (dk-core CPR identifier, official name), the Encounter (status, class, period,
/// episode-of-care identifier, leave period), the receiver's and the sender's Organizations (SOR and GLN/EAN), the
/// Provenances of the earlier messages of the thread and the Provenance of this message (activity code, and the
/// earlier message it follows, corrects or cancels).
///
/// What a course event holds beyond MedCom's dataset is not sent, because the message goes out without the
/// patient's consent and its dataset is deliberately minimal: the admission's legal status, whether it started
/// acutely and its diagnosis (`AdmissionDetails`), the ward type, and the event's and resident's own identifiers.
/// No narrative (`text`) is generated. The Provenances of earlier messages name this message's sender as their
/// agent, because a notification does not keep who sent the earlier ones.
///
/// Time and identifiers come in through parameters: the message id, the time the message is sent, and an
/// `IdentifierSource` for the ids of the bundle and its resources.
public struct HospitalNotificationWriter: Hashable, Sendable {
    /// The MedCom profile of the message bundle.
    public static let bundleProfile =
        "http://medcomfhir.dk/ig/hospitalnotification/StructureDefinition/medcom-hospitalNotification-message"
    /// The MedCom profile of the MessageHeader.
    public static let messageHeaderProfile =
        "http://medcomfhir.dk/ig/hospitalnotification/StructureDefinition/medcom-hospitalNotification-messageHeader"
    /// The MedCom profile of the Patient.
    public static let patientProfile = "http://medcomfhir.dk/ig/core/StructureDefinition/medcom-core-patient"
    /// The MedCom profile of the Encounter.
    public static let encounterProfile =
        "http://medcomfhir.dk/ig/hospitalnotification/StructureDefinition/medcom-hospitalNotification-encounter"
    /// The MedCom profile of the sender and receiver Organizations.
    public static let organizationProfile =
        "http://medcomfhir.dk/ig/messaging/StructureDefinition/medcom-messaging-organization"
    /// The MedCom profile of the Provenance.
    public static let provenanceProfile =
        "http://medcomfhir.dk/ig/messaging/StructureDefinition/medcom-messaging-provenance"
    /// MedCom's code system of message events.
    public static let eventCodeSystem = "http://medcomfhir.dk/ig/terminology/CodeSystem/medcom-messaging-eventCodes"
    /// MedCom's code system of destination uses (`primary`, `cc`).
    public static let destinationUseSystem =
        "http://medcomfhir.dk/ig/terminology/CodeSystem/medcom-messaging-destinationUse"
    /// The extension naming the organisation that should receive a report of admission.
    public static let reportOfAdmissionRecipientExtension =
        "http://medcomfhir.dk/ig/hospitalnotification/StructureDefinition/medcom-messaging-reportOfAdmissionRecipientExtension"
    /// The v3 ActCode system of the Encounter's class.
    public static let actCodeSystem = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
    /// The prefix of a SOR endpoint and of the episode-of-care identifier's system.
    public static let sorEndpointPrefix = "https://sor2.sum.dsdn.dk/#id="

    /// The sending hospital department; it needs a SOR code and a GLN/EAN number.
    public var sender: HospitalNotification.Party
    /// The receiving municipality or facility; it needs a SOR code and a GLN/EAN number.
    public var receiver: HospitalNotification.Party
    /// The department responsible for the stay (`Encounter.serviceProvider`); `nil` means the sender.
    public var serviceProvider: HospitalNotification.Party?
    /// Whether the receiver should answer with a report of admission (XDIS16); `nil` leaves the flag out.
    public var reportOfAdmission: Bool?
    /// The system of the episode-of-care identifier; `nil` means the sender's SOR endpoint, as MedCom's examples do.
    public var episodeOfCareSystem: String?

    /// Creates a writer for messages from one sender to one receiver.
    public init(
        sender: HospitalNotification.Party, receiver: HospitalNotification.Party,
        serviceProvider: HospitalNotification.Party? = nil, reportOfAdmission: Bool? = nil,
        episodeOfCareSystem: String? = nil
    ) {
        self.sender = sender
        self.receiver = receiver
        self.serviceProvider = serviceProvider
        self.reportOfAdmission = reportOfAdmission
        self.episodeOfCareSystem = episodeOfCareSystem
    }

    /// The message bundle for a resident's course event.
    ///
    /// - Parameters:
    ///   - event: The event: an admission (STIN, STAA), the start or end of leave (STOR, SLOR), a discharge (SLHJ) or
    ///     a death (MORS); a correction becomes the `revise-…` activity, a cancellation the `cancel-…` activity.
    ///   - resident: The resident the event is about: the CPR number and the name of the Patient.
    ///   - stayStart: When the stay started; `nil` takes it from `previous`, and an admission's own instant is
    ///     its start.
    ///   - leaveStart: When the leave that an SLOR ends started; `nil` takes it from `previous`.
    ///   - stayClass: Inpatient or acute ambulant; `nil` means inpatient for leave (MedCom's leave activities are
    ///     inpatient ones), else the class of `previous`, else acute ambulant for STAA and inpatient for the rest.
    ///   - previous: The last message sent about the same stay, which this one follows up (a STOR after a STIN),
    ///     corrects or cancels; its Provenance chain is carried on. Required for a correction or cancellation.
    ///   - messageID: The MessageHeader's id, which later messages of the thread reference.
    ///   - sentAt: When the message is sent: the bundle's timestamp and the Provenance's `recorded`.
    ///   - ids: The source of the other resources' ids (bundle, Patient, Encounter, Organizations, Provenances).
    /// - Throws: ``FHIRError`` naming the element that cannot be written: `.invalidValue` with code
    ///   `hospital-notification.resident-mismatch` when the event is about another resident,
    ///   `medcom-hospitalNotification-4` when the resident has no CPR number (MedCom sends the notification only
    ///   for patients with one), `medcom-messaging-organization` when sender or receiver lacks a SOR code or GLN,
    ///   `hospital-notification.kind-unknown` for an event kind MedCom has no activity for,
    ///   `hospital-notification.predecessor-missing` for a correction or cancellation without `previous`,
    ///   `hospital-notification.episode-mismatch` when `previous` is about another stay or patient,
    ///   `hospital-notification.stay-start-unknown` when the stay's start is not known, or `per-1` when a period
    ///   would end before it starts.
    public func bundle(
        for event: CourseEvent, resident: Resident, stayStart: Instant? = nil, leaveStart: Instant? = nil,
        stayClass: HospitalNotification.StayClass? = nil, following previous: HospitalNotification? = nil,
        messageID: FHIR.ID, sentAt: Instant, ids: any IdentifierSource
    ) throws(FHIRError) -> FHIR.Bundle {
        guard event.resident == resident.id else {
            throw .invalidValue(
                path: "entry[1].resource", code: "hospital-notification.resident-mismatch",
                rule: "the course event is about the resident the message names", offendingValue: event.id.description)
        }
        var message = Message(
            writer: self, event: event, messageID: messageID, sentAt: sentAt, ids: ids, previous: previous)
        return try message.bundle(
            patient: resident.person, name: resident.name, stayStart: stayStart, leaveStart: leaveStart,
            stayClass: stayClass)
    }

    /// The message bundle for a course event, as JSON (see ``bundle(for:resident:stayStart:leaveStart:stayClass:following:messageID:sentAt:ids:)``).
    ///
    /// - Throws: ``FHIRError`` as the bundle does.
    public func json(
        for event: CourseEvent, resident: Resident, stayStart: Instant? = nil, leaveStart: Instant? = nil,
        stayClass: HospitalNotification.StayClass? = nil, following previous: HospitalNotification? = nil,
        messageID: FHIR.ID, sentAt: Instant, ids: any IdentifierSource, prettyPrinted: Bool = false
    ) throws(FHIRError) -> Data {
        try FHIR.encode(
            bundle(
                for: event, resident: resident, stayStart: stayStart, leaveStart: leaveStart, stayClass: stayClass,
                following: previous, messageID: messageID, sentAt: sentAt, ids: ids),
            prettyPrinted: prettyPrinted)
    }

    /// MedCom's activity code for a course event kind in a stay of a class, without the `revise-`/`cancel-` prefix;
    /// `nil` for a kind MedCom has no activity for. A death is sent as the end of the stay with
    /// `Patient.deceased` true.
    public static func activityBase(
        for kind: CourseEventKind, stayClass: HospitalNotification.StayClass
    ) -> String? {
        switch kind {
        case .admitInpatient: "admit-inpatient"
        case .admitEmergency: "admit-emergency"
        case .leaveStart: "start-leave-inpatient"
        case .leaveEnd: "end-leave-inpatient"
        case .discharge, .death: stayClass == .emergency ? "discharge-emergency-home" : "discharge-inpatient-home"
        case .unrecognized: nil
        }
    }

    /// The endpoint of a party: its own, or the SOR endpoint of its SOR code.
    static func endpoint(of party: HospitalNotification.Party) -> String? {
        party.endpoint ?? party.sor.map { sorEndpointPrefix + $0.value }
    }
}

/// One message being written: the event, its thread, and the ids handed out so far.
private struct Message {
    let writer: HospitalNotificationWriter
    let event: CourseEvent
    let messageID: FHIR.ID
    let sentAt: Instant
    let ids: any IdentifierSource
    let previous: HospitalNotification?

    static let patientPath = FieldPath("entry[1].resource")
    static let encounterPath = FieldPath("entry[2].resource")

    init(
        writer: HospitalNotificationWriter, event: CourseEvent, messageID: FHIR.ID, sentAt: Instant,
        ids: any IdentifierSource, previous: HospitalNotification?
    ) {
        self.writer = writer
        self.event = event
        self.messageID = messageID
        self.sentAt = sentAt
        self.ids = ids
        self.previous = previous
    }

    func nextID() -> FHIR.ID {
        guard let id = FHIR.ID(rawValue: ids.nextUUID().uuidString.lowercased()) else {
            preconditionFailure("a UUID is a valid FHIR id")
        }
        return id
    }

    func organization(_ party: HospitalNotification.Party, id: FHIR.ID, path: FieldPath, requireAddresses: Bool)
        throws(FHIRError) -> FHIR.Organization
    {
        if requireAddresses, party.sor == nil || party.gln == nil {
            throw .profileViolation(
                path: path.appending("identifier"), code: "medcom-messaging-organization",
                rule: "a MedCom messaging organisation has both a SOR and an EAN/GLN identifier")
        }
        var identifiers: [FHIR.Identifier] = []
        // MedCom's examples write the GLN first, with the https spelling of its system.
        if let gln = party.gln {
            identifiers.append(FHIR.Identifier(system: GLN.alternativeFHIRSystem, value: gln.value))
        }
        if let sor = party.sor { identifiers.append(FHIR.Identifier(system: SORCode.fhirSystem, value: sor.value)) }
        return FHIR.Organization(
            id: id, identifier: identifiers, name: party.name,
            meta: FHIR.Meta(profile: [HospitalNotificationWriter.organizationProfile]))
    }

    func instant(_ value: Instant) -> FHIR.DateTime { FHIR.DateTime(value) }

    mutating func bundle(
        patient person: PersonIdentifier, name: PersonName, stayStart: Instant?, leaveStart: Instant?,
        stayClass: HospitalNotification.StayClass?
    ) throws(FHIRError) -> FHIR.Bundle {
        guard case .cpr = person else {
            throw .profileViolation(
                path: Self.patientPath.appending("identifier"), code: "medcom-hospitalNotification-4",
                rule: "a hospital notification is sent only for a patient with a CPR number")
        }
        let action: HospitalNotificationEvent.Action
        switch event.amendment {
        case nil: action = .original
        case .correction?: action = .revision
        case .cancellation?: action = .cancellation
        }
        if action != .original, previous == nil {
            throw .profileViolation(
                path: "entry", code: "hospital-notification.predecessor-missing",
                rule: "a correction or cancellation names the message it corrects or cancels (Provenance.entity)")
        }
        if let previous {
            if previous.episodeOfCare.value != event.episode.value || previous.patient != person {
                throw .profileViolation(
                    path: Self.encounterPath.appending("episodeOfCare"), code: "hospital-notification.episode-mismatch",
                    rule: "a message follows an earlier message about the same patient and episode of care")
            }
        }
        // Leave is taken from an inpatient stay only (MedCom's activities are `…-leave-inpatient`).
        let isLeave = event.kind == .leaveStart || event.kind == .leaveEnd
        let stayClass =
            stayClass ?? (isLeave ? .inpatient : nil) ?? previous?.stayClass
            ?? (event.kind == .admitEmergency ? .emergency : .inpatient)
        guard let base = HospitalNotificationWriter.activityBase(for: event.kind, stayClass: stayClass) else {
            throw .invalidValue(
                path: "entry", code: "hospital-notification.kind-unknown",
                rule: "MedCom has hospital-notification activities for STIN, STAA, STOR, SLOR, SLHJ and MORS only",
                offendingValue: event.kind.rawValue)
        }
        let activityCode: String
        switch action {
        case .original: activityCode = base
        case .revision: activityCode = "revise-" + base
        case .cancellation: activityCode = "cancel-" + base
        }

        // The Encounter's status and periods.
        let status: FHIR.EncounterStatus
        var start: Instant?
        var end: Instant?
        var leave: FHIR.Period?
        switch event.kind {
        case .admitInpatient, .admitEmergency:
            status = .inProgress
            start = event.instant
        case .leaveStart:
            status = .onleave
            start = stayStart ?? previous?.stayStart
            leave = FHIR.Period(start: instant(event.instant))
        case .leaveEnd:
            status = .inProgress
            start = stayStart ?? previous?.stayStart
            let leaveFrom = leaveStart ?? previous?.leave?.start
            if let leaveFrom, event.instant < leaveFrom {
                throw .profileViolation(
                    path: Self.encounterPath.appending("extension[0].valuePeriod.end"), code: "per-1",
                    rule: "a period cannot end before it starts")
            }
            leave = FHIR.Period(start: leaveFrom.map(instant), end: instant(event.instant))
        case .discharge, .death, .unrecognized:
            status = .finished
            start = stayStart ?? previous?.stayStart
            end = event.instant
        }
        guard let start else {
            throw .profileViolation(
                path: Self.encounterPath.appending("period.start"), code: "hospital-notification.stay-start-unknown",
                rule: "the Encounter gives the stay's start: pass it, or the previous message about the stay")
        }
        if let end, end < start {
            throw .profileViolation(
                path: Self.encounterPath.appending("period.end"), code: "per-1",
                rule: "a period cannot end before it starts")
        }

        // Ids, in the order of the entries.
        let headerID = messageID
        let patientID = nextID()
        let encounterID = nextID()
        let receiverID = nextID()
        let senderID = nextID()
        let providerID: FHIR.ID? = writer.serviceProvider.map { $0 == writer.sender ? senderID : nextID() }
        let senderReference = FHIR.Reference(reference: "Organization/\(senderID.rawValue)")
        let receiverReference = FHIR.Reference(reference: "Organization/\(receiverID.rawValue)")
        let providerReference = providerID.map { FHIR.Reference(reference: "Organization/\($0.rawValue)") }

        guard let senderEndpoint = HospitalNotificationWriter.endpoint(of: writer.sender),
            let senderSOR = writer.sender.sor
        else {
            throw .profileViolation(
                path: "entry[4].resource.identifier", code: "medcom-messaging-organization",
                rule: "a MedCom messaging organisation has both a SOR and an EAN/GLN identifier")
        }
        let receiverEndpoint = HospitalNotificationWriter.endpoint(of: writer.receiver) ?? ""

        var headerExtensions: [FHIR.Extension] = []
        if let flag = writer.reportOfAdmission {
            headerExtensions.append(
                FHIR.Extension(url: HospitalNotification.reportOfAdmissionExtension, value: .boolean(flag)))
            if flag {
                headerExtensions.append(
                    FHIR.Extension(
                        url: HospitalNotificationWriter.reportOfAdmissionRecipientExtension,
                        value: .reference(senderReference)))
            }
        }
        let header = FHIR.MessageHeader(
            id: headerID,
            event: .coding(
                FHIR.Coding(
                    system: HospitalNotificationWriter.eventCodeSystem, code: HospitalNotification.messageEventCode)),
            destination: [
                FHIR.MessageHeader.Destination(
                    endpoint: receiverEndpoint, receiver: receiverReference,
                    extension: [
                        FHIR.Extension(
                            url: HospitalNotification.destinationUseExtension,
                            value: .coding(
                                FHIR.Coding(system: HospitalNotificationWriter.destinationUseSystem, code: "primary")))
                    ])
            ],
            sender: senderReference, source: FHIR.MessageHeader.Source(endpoint: senderEndpoint),
            focus: [FHIR.Reference(reference: "Encounter/\(encounterID.rawValue)")],
            meta: FHIR.Meta(profile: [HospitalNotificationWriter.messageHeaderProfile]), extension: headerExtensions)

        let deceased = event.kind == .death && action != .cancellation
        let patient = FHIR.Patient(
            id: patientID, identifier: [FHIR.Identifier(person)], name: [FHIR.HumanName(name: name)],
            deceased: deceased ? .boolean(true) : nil,
            meta: FHIR.Meta(profile: [HospitalNotificationWriter.patientProfile]))

        let encounter = FHIR.Encounter(
            id: encounterID, status: action == .cancellation ? .enteredInError : status,
            encounterClass: FHIR.Coding(system: HospitalNotificationWriter.actCodeSystem, code: stayClass.code),
            subject: FHIR.Reference(reference: "Patient/\(patientID.rawValue)"),
            episodeOfCare: [
                FHIR.Reference(
                    identifier: FHIR.Identifier(
                        system: writer.episodeOfCareSystem ?? HospitalNotificationWriter.sorEndpointPrefix
                            + senderSOR.value,
                        value: event.episode.value))
            ],
            period: FHIR.Period(start: instant(start), end: end.map(instant)),
            serviceProvider: providerReference ?? senderReference,
            meta: FHIR.Meta(profile: [HospitalNotificationWriter.encounterProfile]),
            extension: leave.map {
                [FHIR.Extension(url: HospitalNotification.leavePeriodExtension, value: .period($0))]
            }
                ?? [])

        var entries: [FHIR.Bundle.Entry] = [
            entry(.messageHeader(header), "MessageHeader", headerID),
            entry(.patient(patient), "Patient", patientID),
            entry(.encounter(encounter), "Encounter", encounterID),
            entry(
                .organization(
                    try organization(
                        writer.receiver, id: receiverID, path: "entry[3].resource", requireAddresses: true)),
                "Organization", receiverID),
            entry(
                .organization(
                    try organization(writer.sender, id: senderID, path: "entry[4].resource", requireAddresses: true)),
                "Organization", senderID),
        ]
        if let provider = writer.serviceProvider, let providerID, providerID != senderID {
            entries.append(
                entry(
                    .organization(
                        try organization(
                            provider, id: providerID,
                            path: FieldPath("entry").appending(index: entries.count).appending("resource"),
                            requireAddresses: false)),
                    "Organization", providerID))
        }

        // The thread's Provenances: the earlier messages', oldest first, then this message's.
        if let previous {
            let records =
                previous.history
                + [
                    HospitalNotification.HistoryRecord(
                        message: .message(previous.messageID), activityCode: previous.activityCode,
                        recorded: previous.sentAt, predecessor: previous.predecessor)
                ]
            for record in records {
                let id = nextID()
                entries.append(
                    entry(
                        .provenance(
                            provenance(
                                id: id, target: record.message, activityCode: record.activityCode,
                                recorded: record.recorded, predecessor: record.predecessor, agent: senderReference)),
                        "Provenance", id))
            }
        }
        let provenanceID = nextID()
        let predecessor = previous.map {
            HospitalNotification.Predecessor(
                message: .message($0.messageID), role: action == .cancellation ? .removal : .revision)
        }
        entries.append(
            entry(
                .provenance(
                    provenance(
                        id: provenanceID, target: .message(messageID), activityCode: activityCode, recorded: sentAt,
                        predecessor: predecessor, agent: senderReference)),
                "Provenance", provenanceID))

        return FHIR.Bundle(
            id: nextID(), type: .message, timestamp: instant(sentAt), entry: entries,
            meta: FHIR.Meta(profile: [HospitalNotificationWriter.bundleProfile]))
    }

    func entry(_ resource: FHIR.Resource, _ type: String, _ id: FHIR.ID) -> FHIR.Bundle.Entry {
        FHIR.Bundle.Entry(fullUrl: "\(type)/\(id.rawValue)", resource: resource)
    }

    func reference(_ message: HospitalNotification.MessageReference) -> FHIR.Reference {
        switch message {
        case .message(let id): FHIR.Reference(reference: "MessageHeader/\(id.rawValue)")
        case .legacy(let identifier): FHIR.Reference(identifier: FHIR.Identifier(value: identifier))
        }
    }

    func provenance(
        id: FHIR.ID, target: HospitalNotification.MessageReference, activityCode: String?, recorded: Instant,
        predecessor: HospitalNotification.Predecessor?, agent: FHIR.Reference
    ) -> FHIR.Provenance {
        let targetReference: FHIR.Reference
        switch target {
        case .message(let id): targetReference = FHIR.Reference(reference: "MessageHeader/\(id.rawValue)")
        case .legacy(let identifier): targetReference = FHIR.Reference(reference: identifier)
        }
        return FHIR.Provenance(
            id: id, target: [targetReference], occurred: .dateTime(instant(recorded)), recorded: instant(recorded),
            activity: activityCode.map {
                FHIR.CodeableConcept(coding: [FHIR.Coding(system: HospitalNotification.activityCodeSystem, code: $0)])
            },
            agent: [FHIR.Provenance.Agent(who: agent)],
            entity: predecessor.map { [FHIR.Provenance.Entity(role: $0.role, what: reference($0.message))] } ?? [],
            meta: FHIR.Meta(profile: [HospitalNotificationWriter.provenanceProfile]))
    }
}
