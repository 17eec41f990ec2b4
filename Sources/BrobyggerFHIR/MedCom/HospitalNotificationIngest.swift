import BrobyggerCore
import Foundation

extension HospitalNotification {
    /// MedCom's event code of the hospital-notification message header.
    public static let messageEventCode = "hospital-notification-message"
    /// MedCom's code system of messaging activities.
    public static let activityCodeSystem =
        "http://medcomfhir.dk/ig/terminology/CodeSystem/medcom-messaging-activityCodes"
    /// The leave-period extension of the Encounter, as MedCom spells it (with its historical typo).
    public static let leavePeriodExtension =
        "http://medcomfhir.dk/ig/hospitalnotification/StructureDefinition/medcom-hospitalnotifiation-leave-period-extension"
    /// The report-of-admission flag extension of the MessageHeader.
    public static let reportOfAdmissionExtension =
        "http://medcomfhir.dk/ig/hospitalnotification/StructureDefinition/medcom-messaging-reportOfAdmissionExtension"
    /// The destination-use extension that marks the primary receiver.
    public static let destinationUseExtension =
        "http://medcomfhir.dk/ig/messaging/StructureDefinition/medcom-messaging-destinationUseExtension"

    /// Reads a hospital notification from the JSON of its message bundle.
    ///
    /// - Throws: ``FHIRError`` naming the JSON path: see ``init(bundle:)``.
    public init(json data: Data) throws(FHIRError) {
        try self.init(bundle: FHIR.Bundle(node: JSONParser.parse(data)))
    }

    /// Reads a hospital notification from its message bundle.
    ///
    /// The bundle must be a `message` whose first entry is a MessageHeader with MedCom's hospital-notification event;
    /// the header's focus, sender and receiver, the Encounter's subject and service provider must resolve to entries
    /// of the bundle; the Provenance whose target is this message gives the activity and the earlier message.
    ///
    /// - Throws: ``FHIRError`` with the JSON path (from the bundle) of the offending element:
    ///   `.wrongResourceType`, `.missingElement`, `.brokenReference`, `.invalidValue` (such as an impossible CPR
    ///   number, masked) or `.profileViolation` for a broken rule of the profile (exactly one Patient, a CPR
    ///   identifier, one primary destination, `onleave` with a leave start …).
    public init(bundle: FHIR.Bundle) throws(FHIRError) {
        var reader = MessageReader(bundle: bundle)
        self = try reader.read()
    }
}

/// Reads the parts of a hospital-notification bundle, with JSON paths for every error.
private struct MessageReader {
    /// The parts every MedCom message bundle shares: references, timestamps, message ids.
    let common: MedComBundleReader
    var bundle: FHIR.Bundle { common.bundle }
    var index: FHIR.Bundle.ReferenceIndex { common.index }

    init(bundle: FHIR.Bundle) {
        self.common = MedComBundleReader(bundle: bundle)
    }

    static func resourcePath(_ entry: Int) -> FieldPath {
        MedComBundleReader.resourcePath(entry)
    }

    /// The entry a reference resolves to, checked for its type.
    func resolve(_ reference: FHIR.Reference?, at path: FieldPath, expecting type: String) throws(FHIRError) -> Int {
        try common.resolve(reference, at: path, expecting: type)
    }

    func instant(_ value: FHIR.DateTime?, at path: FieldPath) throws(FHIRError) -> Instant {
        try common.instant(value, at: path, code: "hospital-notification.time-precision")
    }

    /// The id of the MessageHeader a reference names; see `MedComBundleReader.messageID(of:)`.
    func messageID(of reference: String) -> FHIR.ID? {
        common.messageID(of: reference)
    }

    func party(entry position: Int, endpoint: String?, requireAddresses: Bool) throws(FHIRError)
        -> HospitalNotification.Party
    {
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
        if requireAddresses, identifiers.sor == nil || identifiers.gln == nil {
            throw .profileViolation(
                path: path.appending("identifier"), code: "medcom-messaging-organization",
                rule: "a MedCom messaging organisation has both a SOR and an EAN/GLN identifier")
        }
        return HospitalNotification.Party(
            name: organization.name, sor: identifiers.sor, gln: identifiers.gln, endpoint: endpoint)
    }

    struct ProvenanceParts {
        let message: HospitalNotification.MessageReference
        let activityCode: String?
        let recorded: Instant
        let predecessor: HospitalNotification.Predecessor?
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
        for (offset, entity) in provenance.entity.enumerated() where entity.role == .revision || entity.role == .removal
        {
            if let reference = entity.what.reference {
                predecessor = HospitalNotification.Predecessor(
                    message: messageID(of: reference).map { .message($0) } ?? .legacy(reference), role: entity.role)
            } else if let identifier = entity.what.identifier?.value {
                predecessor = HospitalNotification.Predecessor(message: .legacy(identifier), role: entity.role)
            } else {
                throw .missingElement(
                    path: path.appending("entity").appending(index: offset).appending("what.reference"))
            }
            break
        }
        return ProvenanceParts(
            message: message, activityCode: activity?.code,
            recorded: try instant(provenance.recorded, at: path.appending("recorded")), predecessor: predecessor)
    }

    mutating func read() throws(FHIRError) -> HospitalNotification {
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
        let headerPath = Self.resourcePath(0)
        guard let messageID = header.id else { throw .missingElement(path: headerPath.appending("id")) }
        guard case .coding(let eventCoding) = header.event, eventCoding.code == HospitalNotification.messageEventCode
        else {
            throw .profileViolation(
                path: headerPath.appending("eventCoding"), code: "medcom-hospitalNotification-messageHeader",
                rule: "the event of a hospital notification is hospital-notification-message")
        }
        let timestamp = try instant(bundle.timestamp, at: "timestamp")

        // Encounter, via the header's focus.
        let encounterPosition = try resolve(
            header.focus.first, at: headerPath.appending("focus[0]"), expecting: "Encounter")
        guard case .encounter(let encounter)? = bundle.entry[encounterPosition].resource else {
            throw .wrongResourceType(path: Self.resourcePath(encounterPosition), expected: "Encounter", found: nil)
        }
        let encounterPath = Self.resourcePath(encounterPosition)

        // Patient: exactly one, the encounter's subject, with a CPR number.
        let patients = bundle.entries(ofType: "Patient")
        guard patients.count == 1 else {
            throw .profileViolation(
                path: "entry", code: "medcom-hospitalNotification-2",
                rule: "a hospital notification contains exactly one Patient (found \(patients.count))")
        }
        let patientPosition = try resolve(
            encounter.subject, at: encounterPath.appending("subject"), expecting: "Patient")
        guard case .patient(let patientResource)? = bundle.entry[patientPosition].resource else {
            throw .wrongResourceType(path: Self.resourcePath(patientPosition), expected: "Patient", found: nil)
        }
        let patientPath = Self.resourcePath(patientPosition)
        guard let cprIndex = patientResource.identifier.firstIndex(where: { $0.system == CPRNumber.fhirSystem }) else {
            throw .profileViolation(
                path: patientPath.appending("identifier"), code: "medcom-hospitalNotification-4",
                rule: "the patient is identified by a CPR number (system urn:oid:1.2.208.176.1.2)")
        }
        let identifierPath = patientPath.appending("identifier").appending(index: cprIndex)
        let person: PersonIdentifier?
        do {
            person = try patientResource.identifier[cprIndex].personIdentifier()
        } catch {
            throw error.nested(under: identifierPath)
        }
        guard let patient = person else { throw .missingElement(path: identifierPath.appending("value")) }
        let deceased: Bool
        switch patientResource.deceased {
        case .boolean(let value)?: deceased = value
        case .dateTime?: deceased = true
        case nil: deceased = false
        }

        // Encounter details.
        guard let stayStartValue = encounter.period?.start else {
            throw .missingElement(path: encounterPath.appending("period.start"))
        }
        let stayStart = try instant(stayStartValue, at: encounterPath.appending("period.start"))
        let stayEnd = try encounter.period?.end.map { (value) throws(FHIRError) in
            try instant(value, at: encounterPath.appending("period.end"))
        }
        var episodes: [HospitalNotification.EpisodeOfCareIdentifier] = []
        for (offset, reference) in encounter.episodeOfCare.enumerated() {
            guard let value = reference.identifier?.value else {
                throw .missingElement(
                    path: encounterPath.appending("episodeOfCare").appending(index: offset).appending(
                        "identifier.value"))
            }
            episodes.append(.init(system: reference.identifier?.system, value: value))
        }
        guard !episodes.isEmpty else { throw .missingElement(path: encounterPath.appending("episodeOfCare")) }
        var leave: HospitalNotification.LeavePeriod?
        for (offset, item) in encounter.extension.enumerated()
        where item.url == HospitalNotification.leavePeriodExtension {
            let path = encounterPath.appending("extension").appending(index: offset).appending("valuePeriod")
            guard case .period(let period)? = item.value else { throw .missingElement(path: path) }
            leave = HospitalNotification.LeavePeriod(
                start: try period.start.map { (value) throws(FHIRError) in
                    try instant(value, at: path.appending("start"))
                },
                end: try period.end.map { (value) throws(FHIRError) in try instant(value, at: path.appending("end")) })
        }
        if encounter.status == .onleave, leave?.start == nil {
            throw .profileViolation(
                path: encounterPath.appending("extension"), code: "medcom-hospitalNotification-6",
                rule: HospitalNotification.onLeaveRule)
        }
        let providerPosition = try resolve(
            encounter.serviceProvider, at: encounterPath.appending("serviceProvider"), expecting: "Organization")
        let serviceProvider = try party(entry: providerPosition, endpoint: nil, requireAddresses: false)

        // Sender and the one primary receiver.
        let senderPosition = try resolve(header.sender, at: headerPath.appending("sender"), expecting: "Organization")
        let sender = try party(entry: senderPosition, endpoint: header.source.endpoint, requireAddresses: true)
        guard let destination = header.destination.first else {
            throw .missingElement(path: headerPath.appending("destination"))
        }
        guard header.destination.count == 1 else {
            throw .profileViolation(
                path: headerPath.appending("destination"), code: "medcom-hospitalNotification-5",
                rule: "a hospital notification has one primary receiver and no carbon-copy receivers")
        }
        for (offset, item) in destination.extension.enumerated()
        where item.url == HospitalNotification.destinationUseExtension {
            if case .coding(let coding)? = item.value, coding.code != "primary" {
                throw .profileViolation(
                    path: headerPath.appending("destination[0].extension").appending(index: offset),
                    code: "medcom-hospitalNotification-5", rule: "the receiver of a hospital notification is primary")
            }
        }
        let receiverPosition = try resolve(
            destination.receiver, at: headerPath.appending("destination[0].receiver"), expecting: "Organization")
        let receiver = try party(entry: receiverPosition, endpoint: destination.endpoint, requireAddresses: true)

        var reportOfAdmission: Bool?
        for item in header.extension where item.url == HospitalNotification.reportOfAdmissionExtension {
            if case .boolean(let flag)? = item.value { reportOfAdmission = flag }
        }

        // Provenance: the one about this message, and the thread's history.
        var current: (parts: ProvenanceParts, position: Int)?
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
                current = (parts, position)
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
        guard let activityCode = current.parts.activityCode else {
            throw .missingElement(path: Self.resourcePath(current.position).appending("activity.coding[0].code"))
        }
        history.sort { $0.recorded < $1.recorded }
        let event = HospitalNotificationEvent(activityCode: activityCode, patientDeceased: deceased)
        if event.action != .original, current.parts.predecessor == nil {
            throw .profileViolation(
                path: Self.resourcePath(current.position).appending("entity"),
                code: "hospital-notification.predecessor-missing",
                rule: "a correction or cancellation names the message it corrects or cancels (Provenance.entity)")
        }
        do {
            return try HospitalNotification(
                messageID: messageID, bundleID: bundle.id, timestamp: timestamp, sentAt: current.parts.recorded,
                event: event, activityCode: activityCode, encounterStatus: encounter.status,
                stayClass: HospitalNotification.StayClass(code: encounter.encounterClass.code ?? ""),
                episodeOfCareIdentifiers: episodes, stayStart: stayStart, stayEnd: stayEnd, leave: leave,
                patient: patient, patientDeceased: deceased, sender: sender, receiver: receiver,
                serviceProvider: serviceProvider, reportOfAdmission: reportOfAdmission,
                predecessor: current.parts.predecessor, history: history)
        } catch {
            // The remaining invariants are about the Encounter's period and the leave period.
            let path =
                error.field.rawValue.hasPrefix("leave")
                ? encounterPath.appending("extension") : encounterPath.appending("period")
            throw .profileViolation(path: path, code: error.code, rule: error.rule)
        }
    }
}
