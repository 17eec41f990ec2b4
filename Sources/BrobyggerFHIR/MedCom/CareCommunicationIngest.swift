import BrobyggerCore
import Foundation

extension CareCommunication {
    /// MedCom's event code of the CareCommunication message header.
    public static let messageEventCode = "care-communication-message"
    /// MedCom's code system of CareCommunication categories.
    public static let categorySystem =
        "http://medcomfhir.dk/ig/terminology/CodeSystem/medcom-careCommunication-categoryCodes"
    /// The extension with the time a segment was sent.
    public static let dateTimeExtension =
        "http://medcomfhir.dk/ig/core/StructureDefinition/medcom-core-datetime-extension"
    /// The extension with a segment's identifier.
    public static let identifierExtension =
        "http://medcomfhir.dk/ig/core/StructureDefinition/medcom-core-identifier-extension"
    /// The extension naming a segment's author (a PractitionerRole).
    public static let practitionerExtension =
        "http://medcomfhir.dk/ig/core/StructureDefinition/medcom-core-practitioner-extension"
    /// The extension with a segment author's phone number.
    public static let contactExtension =
        "http://medcomfhir.dk/ig/core/StructureDefinition/medcom-core-contact-extension"

    /// Reads a CareCommunication from the JSON of its message bundle.
    ///
    /// - Throws: ``FHIRError`` naming the JSON path: see ``init(bundle:)``.
    public init(json data: Data) throws(FHIRError) {
        try self.init(bundle: FHIR.Bundle(node: JSONParser.parse(data)))
    }

    /// Reads a CareCommunication from its message bundle, checking the elements MedCom requires.
    ///
    /// The bundle must be a `message` whose first entry is a MessageHeader with the event
    /// `care-communication-message`, one primary receiver, sender and receiver Organizations with SOR and GLN codes,
    /// and a focus that is a Communication with a narrative (MedCom: the narrative text shall always be included),
    /// an identifier, exactly one category, a subject Patient (exactly one in the bundle) with a CPR or replacement
    /// number, and at least one payload with a message text. Every segment has its identifier and time; a message
    /// text has its author (a PractitionerRole with a role and a Practitioner with a name) and phone number; an
    /// attachment has a title, and inline data has an allowed content type. An Encounter carries the episode-of-care
    /// identifier (medcom-careCommunication-9); one the Communication does not reference is read too, as in
    /// MedCom's own test example of the identifier. The Provenance whose target is this message gives
    /// the activity (new, reply, forward), the message it answers and the segments it added.
    ///
    /// - Throws: ``FHIRError`` with the JSON path (from the bundle) of the offending element: `.missingElement`,
    ///   `.wrongResourceType`, `.brokenReference`, `.invalidValue` (an impossible CPR number, masked; undecodable
    ///   attachment data) or `.profileViolation` with the rule's code (`medcom-careCommunication-2` …).
    public init(bundle: FHIR.Bundle) throws(FHIRError) {
        let reader = MedComBundleReader(bundle: bundle)
        self = try reader.careCommunication()
    }
}

extension MedComBundleReader {
    func careCommunication() throws(FHIRError) -> CareCommunication {
        let (header, messageID) = try header(
            event: CareCommunication.messageEventCode, profileRule: "medcom-careCommunication-messageHeader")
        let headerPath = Self.resourcePath(0)
        let timestamp = try instant(bundle.timestamp, at: "timestamp")
        let (sender, receiver) = try parties(of: header, ruleCode: "medcom-careCommunication-messageHeader")

        // The Communication, via the header's one focus.
        let position = try resolve(header.focus.first, at: headerPath.appending("focus[0]"), expecting: "Communication")
        guard case .communication(let communication)? = bundle.entry[position].resource else {
            throw .wrongResourceType(path: Self.resourcePath(position), expected: "Communication", found: nil)
        }
        let path = Self.resourcePath(position)
        guard communication.text != nil else {
            throw .profileViolation(
                path: path.appending("text"), code: "medcom-careCommunication.narrative",
                rule: "the narrative text shall always be included in a MedCom message (MedComCareCommunication.text)")
        }
        guard let conversation = communication.identifier.first?.value else {
            throw .missingElement(path: path.appending("identifier[0].value"))
        }
        guard communication.category.count == 1 else {
            if communication.category.isEmpty { throw .missingElement(path: path.appending("category")) }
            throw .profileViolation(
                path: path.appending("category"), code: "medcom-careCommunication.category",
                rule: "a CareCommunication has exactly one category")
        }
        guard let category = communication.category[0].coding.first?.code else {
            throw .missingElement(path: path.appending("category[0].coding[0].code"))
        }
        let topic = communication.topic?.text ?? communication.topic?.coding.first?.code

        // The patient: exactly one in the bundle, the Communication's subject.
        let patients = bundle.entries(ofType: "Patient")
        guard patients.count == 1 else {
            throw .profileViolation(
                path: "entry", code: "medcom-careCommunication-2",
                rule: "a CareCommunication contains exactly one Patient (found \(patients.count))")
        }
        let patientPosition = try resolve(communication.subject, at: path.appending("subject"), expecting: "Patient")
        let patient = try person(entry: patientPosition)

        // The Encounter, with the episode-of-care identifier.
        var episode: HospitalNotification.EpisodeOfCareIdentifier?
        if let reference = communication.encounter {
            let encounterPosition = try resolve(reference, at: path.appending("encounter"), expecting: "Encounter")
            guard case .encounter(let encounter)? = bundle.entry[encounterPosition].resource,
                let identifier = encounter.episodeOfCare.first?.identifier, let value = identifier.value
            else {
                throw .profileViolation(
                    path: Self.resourcePath(encounterPosition).appending("episodeOfCare[0].identifier.value"),
                    code: "medcom-careCommunication-9",
                    rule: "an episodeOfCare identifier is included when an Encounter is included")
            }
            episode = .init(system: identifier.system, value: value)
        } else if let (encounterPosition, entry) = bundle.entries(ofType: "Encounter").first {
            // MedCom's test example Tek-E has the Encounter without the reference that medcom-careCommunication-15
            // requires; its episode-of-care identifier is still the message's, so it is read.
            guard case .encounter(let encounter)? = entry.resource,
                let identifier = encounter.episodeOfCare.first?.identifier,
                let value = identifier.value
            else {
                throw .profileViolation(
                    path: Self.resourcePath(encounterPosition).appending("episodeOfCare[0].identifier.value"),
                    code: "medcom-careCommunication-9",
                    rule: "an episodeOfCare identifier is included when an Encounter is included")
            }
            episode = .init(system: identifier.system, value: value)
        }

        var segments: [CareCommunication.Segment] = []
        for (offset, payload) in communication.payload.enumerated() {
            segments.append(try segment(payload, at: path.appending("payload").appending(index: offset)))
        }
        guard segments.contains(where: \.isText) else {
            throw .profileViolation(
                path: path.appending("payload"), code: "carecommunication.no-message-text",
                rule: CareCommunication.messageTextRule)
        }

        let (current, history) = try provenances(of: messageID)
        guard let activityCode = current.activityCode else {
            throw .missingElement(path: Self.resourcePath(current.position).appending("activity.coding[0].code"))
        }
        let activity = CareCommunication.Activity(code: activityCode)
        do {
            return try CareCommunication(
                messageID: messageID, bundleID: bundle.id, timestamp: timestamp, sentAt: current.recorded,
                activity: activity, conversation: conversation, category: category, topic: topic,
                priority: communication.priority?.rawValue, patient: patient, sender: sender, receiver: receiver,
                episodeOfCare: episode, segments: segments, newSegmentIdentifiers: current.sources,
                predecessor: current.predecessor?.message, history: history)
        } catch {
            let field: FieldPath
            switch error.field.rawValue {
            case "predecessor": field = Self.resourcePath(current.position).appending("entity")
            case "priority": field = path.appending("priority")
            case "topic": field = path.appending("topic")
            default: field = path.appending("payload")
            }
            throw .profileViolation(path: field, code: error.code, rule: error.rule)
        }
    }

    func person(entry position: Int) throws(FHIRError) -> PersonIdentifier {
        let patientPath = Self.resourcePath(position)
        guard case .patient(let patient)? = bundle.entry[position].resource else {
            throw .wrongResourceType(path: patientPath, expected: "Patient", found: nil)
        }
        for (offset, identifier) in patient.identifier.enumerated() {
            do {
                if let person = try identifier.personIdentifier() { return person }
            } catch {
                throw error.nested(under: patientPath.appending("identifier").appending(index: offset))
            }
        }
        throw .profileViolation(
            path: patientPath.appending("identifier"), code: "medcom-core-patient",
            rule: "the patient is identified by a CPR number or a replacement number")
    }

    func segment(_ payload: FHIR.Communication.Payload, at path: FieldPath) throws(FHIRError)
        -> CareCommunication.Segment
    {
        func extensionPath(_ url: String) -> FieldPath {
            let offset = payload.extension.firstIndex { $0.url == url } ?? payload.extension.count
            return path.appending("extension").appending(index: offset)
        }
        guard
            case .identifier(let identifier)? = payload.extension.first(url: CareCommunication.identifierExtension)?
                .value, let value = identifier.value
        else {
            throw .missingElement(
                path: extensionPath(CareCommunication.identifierExtension).appending("valueIdentifier"))
        }
        let assigner = identifier.assigner?.reference.flatMap(organisationCode(of:))
        guard case .dateTime(let dateTime)? = payload.extension.first(url: CareCommunication.dateTimeExtension)?.value
        else {
            throw .missingElement(path: extensionPath(CareCommunication.dateTimeExtension).appending("valueDateTime"))
        }
        let sentAt = try instant(dateTime, at: extensionPath(CareCommunication.dateTimeExtension))
        var authorName: String?
        var authorRole: String?
        if case .reference(let reference)? = payload.extension.first(url: CareCommunication.practitionerExtension)?
            .value
        {
            let rolePath = extensionPath(CareCommunication.practitionerExtension).appending("valueReference")
            let rolePosition = try resolve(reference, at: rolePath, expecting: "PractitionerRole")
            guard case .practitionerRole(let role)? = bundle.entry[rolePosition].resource else {
                throw .wrongResourceType(
                    path: Self.resourcePath(rolePosition), expected: "PractitionerRole", found: nil)
            }
            authorRole = role.code.first?.coding.first?.code ?? role.code.first?.text
            guard authorRole != nil else {
                throw .profileViolation(
                    path: Self.resourcePath(rolePosition).appending("code"), code: "medcom-careCommunication-7",
                    rule: "an author's PractitionerRole has a role (code or text)")
            }
            let practitionerPosition = try resolve(
                role.practitioner, at: Self.resourcePath(rolePosition).appending("practitioner"),
                expecting: "Practitioner")
            guard case .practitioner(let practitioner)? = bundle.entry[practitionerPosition].resource,
                let name = practitioner.name.first
            else {
                throw .profileViolation(
                    path: Self.resourcePath(practitionerPosition).appending("name"), code: "medcom-careCommunication-8",
                    rule: "an author's Practitioner has a name")
            }
            authorName = name.text ?? (name.given + [name.family].compactMap { $0 }).joined(separator: " ")
        }
        var phone: String?
        if case .contactPoint(let contact)? = payload.extension.first(url: CareCommunication.contactExtension)?.value {
            phone = contact.value
        }
        let author =
            authorName == nil && authorRole == nil && phone == nil
            ? nil : CareCommunication.Author(name: authorName, role: authorRole, phone: phone)
        switch payload.content {
        case .string(let text):
            guard authorName != nil else {
                throw .missingElement(
                    path: extensionPath(CareCommunication.practitionerExtension).appending("valueReference"))
            }
            guard phone != nil else {
                throw .missingElement(
                    path: extensionPath(CareCommunication.contactExtension).appending("valueContactPoint.value"))
            }
            return .init(identifier: value, assigner: assigner, sentAt: sentAt, author: author, content: .text(text))
        case .attachment(let attachment):
            let attachmentPath = path.appending("contentAttachment")
            guard let title = attachment.title else { throw .missingElement(path: attachmentPath.appending("title")) }
            var data: Data?
            if let base64 = attachment.data {
                guard let decoded = Data(base64Encoded: base64, options: .ignoreUnknownCharacters) else {
                    throw .invalidValue(
                        path: attachmentPath.appending("data"), code: "fhir.base64",
                        rule: "attachment data is base64", offendingValue: nil)
                }
                data = decoded
            }
            let creation = try attachment.creation.map { (value) throws(FHIRError) in
                try instant(value, at: attachmentPath.appending("creation"))
            }
            do {
                let content = try CareCommunication.Attachment(
                    contentType: attachment.contentType, title: title, data: data, url: attachment.url,
                    creation: creation)
                return .init(
                    identifier: value, assigner: assigner, sentAt: sentAt, author: author,
                    content: .attachment(content))
            } catch {
                throw .profileViolation(
                    path: attachmentPath.appending(error.field), code: error.code, rule: error.rule)
            }
        case .reference:
            throw .profileViolation(
                path: path, code: "medcom-careCommunication.payload",
                rule: "a message segment is a message text (contentString) or an attachment (contentAttachment)")
        }
    }

    /// The SOR code, else the GLN, of the organisation a reference names in the bundle.
    func organisationCode(of reference: String) -> String? {
        guard let position = index.entryIndex(for: reference),
            case .organization(let organization)? = bundle.entry[position].resource,
            let identifiers = try? organization.organisationIdentifiers()
        else { return nil }
        return identifiers.sor?.value ?? identifiers.gln?.value
    }
}
