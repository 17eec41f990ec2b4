import BrobyggerCore
import BrobyggerResidents

extension HospitalNotification {
    /// The course event kind the notification's event code stands for: STIN admission, STAA emergency
    /// admission, STOR and SLOR the start and end of leave, SLHJ discharge, MORS death; another code stays
    /// recognisable as `CourseEventKind.unrecognized`.
    public var courseEventKind: CourseEventKind {
        switch event.kind {
        case .admittedInpatient: .admitInpatient
        case .admittedEmergency: .admitEmergency
        case .leaveStarted: .leaveStart
        case .leaveEnded: .leaveEnd
        case .discharged: .discharge
        case .deceased: .death
        case .unrecognized(let code): .unrecognized(code)
        }
    }

    /// When the notified event happened: the stay's start for admissions, its end for discharge and death, the
    /// leave's start or end for leave, and the message's timestamp when the profile leaves that element out.
    public var courseEventInstant: Instant {
        switch event.kind {
        case .admittedInpatient, .admittedEmergency: stayStart
        case .discharged, .deceased: stayEnd ?? timestamp
        case .leaveStarted: leave?.start ?? timestamp
        case .leaveEnded: leave?.end ?? timestamp
        case .unrecognized: timestamp
        }
    }

    /// The course event the notification records about a resident.
    ///
    /// An original notification becomes an original event; a revision (`RE_`) becomes a correction of `earlier`,
    /// carrying the revised values; a cancellation (`AN_`) becomes its cancellation. The caller identifies
    /// `earlier` through the Provenance chain (``predecessor``) and the episode-of-care identifier.
    ///
    /// - Parameters:
    ///   - id: The event's identifier (derive it from ``messageID`` to make repeated ingestion idempotent).
    ///   - resident: The resident the patient's CPR number identifies.
    ///   - ward: The organisation the service provider (SOR or GLN) resolves to.
    ///   - admission: An admission's legal status. MedCom's hospital notification does not carry it, so it is
    ///     recorded as voluntary unless the caller knows better (`AdmissionDetails()`).
    ///   - earlier: The event a revision corrects or a cancellation cancels; `nil` for an original.
    /// - Throws: `ValidationError` `medcom.amendment-without-target` when a revision or cancellation has no earlier
    ///   event, `medcom.original-with-target` when an original names one, or the event's own invariants.
    public func courseEvent(
        id: CourseEvent.ID, resident: Resident.ID, ward: Organisation.ID?,
        admission: AdmissionDetails = AdmissionDetails(),
        amending earlier: CourseEvent? = nil
    ) throws(ValidationError) -> CourseEvent {
        let amendment: CourseEvent.Amendment?
        switch (event.action, earlier) {
        case (.original, nil): amendment = nil
        case (.original, .some(let earlier)):
            throw ValidationError(
                field: "predecessor", code: "medcom.original-with-target",
                rule: "An original notification records a new event, not an amendment",
                offendingValue: earlier.id.description)
        case (.revision, .some(let earlier)): amendment = .correction(of: earlier.id)
        case (.cancellation, .some(let earlier)): amendment = .cancellation(of: earlier.id)
        case (.revision, nil), (.cancellation, nil):
            throw ValidationError(
                field: "predecessor", code: "medcom.amendment-without-target",
                rule: "A revision or cancellation amends an earlier notification of the same episode of care",
                offendingValue: messageID.rawValue)
        }
        let kind = event.action == .cancellation ? (earlier?.kind ?? courseEventKind) : courseEventKind
        let isCancellation = event.action == .cancellation
        return try CourseEvent(
            id: id, resident: resident, episode: try BrobyggerResidents.EpisodeOfCareIdentifier(episodeOfCare.value),
            kind: kind, instant: courseEventInstant, ward: ward,
            admission: kind.isAdmission && !isCancellation ? admission : nil, amendment: amendment)
    }
}
