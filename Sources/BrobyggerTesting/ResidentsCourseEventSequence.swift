import BrobyggerCore
import BrobyggerResidents

/// Builds a resident's course events in the order they would arrive, with stable identifiers.
///
/// ```swift
/// let events = try CourseEventSequence(resident: resident.id)
///     .admitted("E1", at: ResidentsFixtureTime.instant("2026-03-02", 14, 5), legalStatus: .compulsory)
///     .discharged("E1", at: ResidentsFixtureTime.instant("2026-03-06", 19, 30))
///     .events
/// ```
public struct CourseEventSequence: Sendable {
    /// The resident.
    public let resident: Resident.ID
    /// The events so far, in arrival order.
    public private(set) var events: [CourseEvent] = []
    private let key: String

    /// Starts an empty sequence; identifiers derive from the resident and the key.
    public init(resident: Resident.ID, key: String = "events") {
        self.resident = resident
        self.key = "\(resident):\(key)"
    }

    /// The identifier of the last event added.
    public var lastEventID: CourseEvent.ID? { events.last?.id }

    /// Adds an admission.
    public func admitted(
        _ episode: String, at instant: Instant, kind: CourseEventKind = .admitEmergency,
        legalStatus: AdmissionLegalStatus = .voluntary, startedAcutely: Bool? = nil, initialDiagnosis: String? = nil,
        contactReason: ContactReason? = nil, ward: Organisation.ID? = nil, wardType: WardType = .psychiatric
    ) throws(ValidationError) -> Self {
        let details = AdmissionDetails(
            legalStatus: legalStatus, startedAcutely: startedAcutely,
            initialDiagnosis: try initialDiagnosis.map { code throws(ValidationError) in try DiagnosisCode(code) },
            contactReason: contactReason)
        return try adding(episode, kind, instant, ward: ward, wardType: wardType, admission: details)
    }

    /// Adds the start of a leave.
    public func leaveStarted(_ episode: String, at instant: Instant) throws(ValidationError) -> Self {
        try adding(episode, .leaveStart, instant)
    }

    /// Adds the end of a leave.
    public func leaveEnded(_ episode: String, at instant: Instant) throws(ValidationError) -> Self {
        try adding(episode, .leaveEnd, instant)
    }

    /// Adds a discharge.
    public func discharged(_ episode: String, at instant: Instant) throws(ValidationError) -> Self {
        try adding(episode, .discharge, instant)
    }

    /// Adds a death during the stay.
    public func died(_ episode: String, at instant: Instant) throws(ValidationError) -> Self {
        try adding(episode, .death, instant)
    }

    /// Adds an event of a kind the library may not know (to test tolerance).
    public func unrecognized(_ code: String, _ episode: String, at instant: Instant) throws(ValidationError) -> Self {
        try adding(episode, .unrecognized(code), instant)
    }

    /// Adds a correction of an earlier event that moves it to another instant (keeping its other values).
    public func correcting(_ target: CourseEvent.ID, to instant: Instant) throws(ValidationError) -> Self {
        guard let original = events.first(where: { $0.id == target }) else {
            throw ValidationError(
                field: "amendment", code: "fixture.unknown-target", rule: "The corrected event is in the sequence",
                offendingValue: target.description)
        }
        return try adding(
            original.episode.value, original.kind, instant, ward: original.ward, wardType: original.wardType,
            admission: original.admission, amendment: .correction(of: target))
    }

    /// Adds a cancellation of an earlier event.
    public func cancelling(_ target: CourseEvent.ID) throws(ValidationError) -> Self {
        guard let original = events.first(where: { $0.id == target }) else {
            throw ValidationError(
                field: "amendment", code: "fixture.unknown-target", rule: "The cancelled event is in the sequence",
                offendingValue: target.description)
        }
        return try adding(
            original.episode.value, original.kind, original.instant, ward: original.ward,
            wardType: original.wardType, amendment: .cancellation(of: target))
    }

    private func adding(
        _ episode: String, _ kind: CourseEventKind, _ instant: Instant, ward: Organisation.ID? = nil,
        wardType: WardType = .psychiatric, admission: AdmissionDetails? = nil,
        amendment: CourseEvent.Amendment? = nil
    ) throws(ValidationError) -> Self {
        var copy = self
        let event = try CourseEvent(
            id: SyntheticRegionRandom.identifier(forKey: "\(key):\(events.count)"), resident: resident,
            episode: try EpisodeOfCareIdentifier(episode), kind: kind, instant: instant, ward: ward,
            wardType: wardType, admission: admission, amendment: amendment)
        copy.events.append(event)
        return copy
    }
}
