import BrobyggerCore
import BrobyggerResidents

extension FHIR.Encounter {
    /// The Encounter for a resident's course event (admission, leave, discharge, death, or their correction or
    /// cancellation), in the shape of MedCom's hospital-notification Encounter.
    ///
    /// - `id`: the event's UUID; `subject`: `Patient/<resident uuid>`; `serviceProvider`: `Organization/<ward uuid>`.
    /// - `status`: `in-progress` for an admission or the end of leave, `onleave` for the start of leave, `finished`
    ///   for a discharge or death, `unknown` for an unrecognised kind, and `entered-in-error` for a cancellation.
    /// - `class`: `EMER` (v3 ActCode) for an emergency admission, otherwise `IMP`.
    /// - `type`: the kind as a coding in `http://brobygger.dk/fhir/CodeSystem/course-event-kind` (the
    ///   `CourseEventKind` token, MedCom's event code as display), and the ward type in `…/ward-type`.
    /// - `episodeOfCare`: the episode-of-care identifier, system `http://brobygger.dk/fhir/NamingSystem/episode-of-care`.
    /// - When it happened: `period.start` for an admission or an unrecognised kind, `period.end` for a discharge or
    ///   death, and MedCom's leave-period extension (`start` or `end`) for leave.
    /// - `reasonCode`: the admission's initial diagnosis (SKS); the extension `admission` holds the legal status
    ///   and whether it started acutely; the extension `amendment` (`action` correction or cancellation, `target`
    ///   `Encounter/<uuid>`) the event it corrects or cancels.
    ///
    /// Nothing is lost: `CourseEvent(_:)` gives the same event back.
    public init(_ event: CourseEvent) {
        let status: FHIR.EncounterStatus
        var period = FHIR.Period()
        var extensions: [FHIR.Extension] = []
        let when = FHIR.DateTime(event.instant)
        switch event.kind {
        case .admitInpatient, .admitEmergency:
            status = .inProgress
            period.start = when
        case .leaveStart:
            status = .onleave
            extensions.append(
                FHIR.Extension(url: HospitalNotification.leavePeriodExtension, value: .period(FHIR.Period(start: when)))
            )
        case .leaveEnd:
            status = .inProgress
            extensions.append(
                FHIR.Extension(url: HospitalNotification.leavePeriodExtension, value: .period(FHIR.Period(end: when))))
        case .discharge, .death:
            status = .finished
            period.end = when
        case .unrecognized:
            status = .unknown
            period.start = when
        }
        if let admission = event.admission {
            extensions.append(
                MappingSupport.complex(
                    "admission",
                    [
                        ("legalStatus", .code(admission.legalStatus.rawValue)),
                        ("startedAcutely", admission.startedAcutely.map { .boolean($0) }),
                    ]))
        }
        if let amendment = event.amendment {
            let action: String
            switch amendment {
            case .correction: action = "correction"
            case .cancellation: action = "cancellation"
            }
            extensions.append(
                MappingSupport.complex(
                    "amendment",
                    [
                        ("action", .code(action)),
                        ("target", .reference(MappingSupport.reference("Encounter", amendment.target))),
                    ]))
        }
        self.init(
            id: MappingSupport.id(event.id), status: event.isCancellation ? .enteredInError : status,
            encounterClass: FHIR.Coding(
                system: BrobyggerFHIRTerminology.actCodeSystem, code: event.kind == .admitEmergency ? "EMER" : "IMP"),
            type: [
                MappingSupport.concept("course-event-kind", event.kind.rawValue, display: event.kind.medComCode),
                MappingSupport.concept("ward-type", event.wardType.rawValue),
            ],
            subject: MappingSupport.reference("Patient", event.resident),
            episodeOfCare: [
                FHIR.Reference(
                    identifier: FHIR.Identifier(
                        system: CourseEvent.episodeOfCareSystem, value: event.episode.value))
            ],
            period: period.start == nil && period.end == nil ? nil : period,
            reasonCode: event.admission?.initialDiagnosis.map {
                [FHIR.CodeableConcept(coding: [FHIR.Coding(system: BrobyggerFHIRTerminology.sksSystem, code: $0.code)])]
            } ?? [],
            serviceProvider: event.ward.map { MappingSupport.reference("Organization", $0) }, extension: extensions)
    }
}

extension CourseEvent {
    /// The identifier system of an episode of care (*forløb*) in an Encounter written by Brobygger. MedCom's
    /// messages use the sender's SOR endpoint instead; `CourseEvent(_:)` reads the first identifier whatever its system.
    public static let episodeOfCareSystem = BrobyggerFHIRTerminology.namingSystem("episode-of-care")

    /// The course event an Encounter describes, the inverse of `FHIR.Encounter.init(_:)`.
    ///
    /// Lost on the way in: every element the event has no place for (participants, locations, diagnoses other than
    /// the initial one, the Encounter's class, which follows from the kind, and further identifiers).
    ///
    /// - Throws: ``FHIRError`` naming the element: `id` or `subject` that is not a UUID, `type` without a
    ///   `course-event-kind` coding, `episodeOfCare` without an identifier, a missing time (`period.start`,
    ///   `period.end` or the leave period), an invalid diagnosis, or a domain rule such as
    ///   `event.missing-admission-details`.
    public init(_ encounter: FHIR.Encounter) throws(FHIRError) {
        let id: CourseEvent.ID = try MappingSupport.identifier(encounter.id, at: "id")
        let resident: Resident.ID = try MappingSupport.identifier(encounter.subject, type: "Patient", at: "subject")
        guard let (code, _) = MappingSupport.code(in: encounter.type, system: "course-event-kind", at: "type") else {
            throw .profileViolation(
                path: "type", code: "brobygger.course-event-kind-missing",
                rule:
                    "the Encounter's type carries the course event's kind (\(BrobyggerFHIRTerminology.codeSystem("course-event-kind")))"
            )
        }
        let kind = CourseEventKind(rawValue: code)
        let wardType =
            MappingSupport.code(in: encounter.type, system: "ward-type", at: "type").flatMap {
                WardType(rawValue: $0.0)
            } ?? .psychiatric
        guard let episodeText = encounter.episodeOfCare.first?.identifier?.value else {
            throw .missingElement(path: "episodeOfCare[0].identifier.value")
        }
        let episode = try MappingSupport.validating(at: "episodeOfCare[0].identifier.value") {
            () throws(ValidationError) in try EpisodeOfCareIdentifier(episodeText)
        }
        let leaveIndex = encounter.extension.firstIndex { $0.url == HospitalNotification.leavePeriodExtension }
        let leave: FHIR.Period? = leaveIndex.flatMap {
            if case .period(let period)? = encounter.extension[$0].value { period } else { nil }
        }
        let leavePath = FieldPath("extension").appending(index: leaveIndex ?? 0).appending("valuePeriod")
        let instant: Instant
        switch kind {
        case .admitInpatient, .admitEmergency, .unrecognized:
            instant = try MappingSupport.instant(encounter.period?.start, at: "period.start")
        case .discharge, .death:
            instant = try MappingSupport.instant(encounter.period?.end, at: "period.end")
        case .leaveStart:
            instant = try MappingSupport.instant(leave?.start, at: leavePath.appending("start"))
        case .leaveEnd:
            instant = try MappingSupport.instant(leave?.end, at: leavePath.appending("end"))
        }
        let ward: Organisation.ID? = try encounter.serviceProvider.map { (reference) throws(FHIRError) in
            try MappingSupport.identifier(reference, type: "Organization", at: "serviceProvider")
        }
        var admission: AdmissionDetails?
        if let (item, path) = MappingSupport.extensions("admission", in: encounter.extension, at: .root).first {
            guard let status = item.text("legalStatus").flatMap(AdmissionLegalStatus.init(rawValue:)) else {
                throw .missingElement(path: path.appending("extension(legalStatus)"))
            }
            var acutely: Bool?
            if case .boolean(let flag)? = item.part("startedAcutely") { acutely = flag }
            var diagnosis: DiagnosisCode?
            if let code = encounter.reasonCode.first?.coding.first(where: {
                $0.system == BrobyggerFHIRTerminology.sksSystem
            })?.code {
                diagnosis = try MappingSupport.validating(at: "reasonCode[0]") { () throws(ValidationError) in
                    try DiagnosisCode(code)
                }
            }
            admission = AdmissionDetails(legalStatus: status, startedAcutely: acutely, initialDiagnosis: diagnosis)
        }
        var amendment: CourseEvent.Amendment?
        if let (item, path) = MappingSupport.extensions("amendment", in: encounter.extension, at: .root).first {
            guard case .reference(let reference)? = item.part("target") else {
                throw .missingElement(path: path.appending("extension(target)"))
            }
            let target: CourseEvent.ID = try MappingSupport.identifier(
                reference, type: "Encounter", at: path.appending("extension(target)"))
            switch item.text("action") {
            case "correction": amendment = .correction(of: target)
            case "cancellation": amendment = .cancellation(of: target)
            default: throw .missingElement(path: path.appending("extension(action)"))
            }
        }
        self = try MappingSupport.validating(at: .root) { () throws(ValidationError) in
            try CourseEvent(
                id: id, resident: resident, episode: episode, kind: kind, instant: instant, ward: ward,
                wardType: wardType, admission: admission, amendment: amendment)
        }
    }
}
