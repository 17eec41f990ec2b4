import BrobyggerCore

/// One resident's course of care, built from course events that may arrive in any order.
///
/// Events are kept as received and never deleted: a correction or cancellation supersedes its target, and the
/// timeline resolves which events apply (the last amendment received for an event wins). From the applying
/// events it derives the stays and reports impossible sequences as findings (discharge without admission,
/// overlapping stays, events after death …) rather than refusing them, because the hospital's messages are facts
/// the region must keep. What it refuses, with a typed error and leaving the timeline unchanged, is an event for
/// another resident or an event identifier it has already seen.
public struct CourseTimeline: Sendable, Hashable, Codable {
    /// The resident whose course this is.
    public let resident: Resident.ID
    /// Every event received, in order of arrival.
    public private(set) var events: [CourseEvent]
    private var eventIDs: Set<CourseEvent.ID>

    /// Creates an empty timeline.
    public init(resident: Resident.ID) {
        self.resident = resident
        self.events = []
        self.eventIDs = []
    }

    /// Creates a timeline from events in arrival order.
    ///
    /// - Throws: the first error ``record(_:)`` raises, with the event's index in the field path.
    public init(resident: Resident.ID, events: [CourseEvent]) throws(ValidationError) {
        self.init(resident: resident)
        for (index, event) in events.enumerated() {
            do {
                try record(event)
            } catch {
                throw error.nested(under: FieldPath("events").appending(index: index))
            }
        }
    }

    /// Records an event.
    ///
    /// - Throws: `ValidationError` `timeline.wrong-resident` when the event is about someone else, or
    ///   `timeline.duplicate-event` when an event with the same identifier was already recorded. The timeline is
    ///   unchanged after an error.
    public mutating func record(_ event: CourseEvent) throws(ValidationError) {
        guard event.resident == resident else {
            throw ValidationError(
                field: "resident", code: "timeline.wrong-resident",
                rule: "A timeline only takes events about its own resident", offendingValue: event.id.description)
        }
        guard !eventIDs.contains(event.id) else {
            throw ValidationError(
                field: "id", code: "timeline.duplicate-event", rule: "Each event identifier is recorded once",
                offendingValue: event.id.description)
        }
        eventIDs.insert(event.id)
        events.append(event)
    }

    /// Returns a copy with the event recorded.
    public func recording(_ event: CourseEvent) throws(ValidationError) -> CourseTimeline {
        var copy = self
        try copy.record(event)
        return copy
    }

    /// The events that apply after corrections and cancellations, in time order.
    public var effectiveEvents: [CourseEvent] { resolve().effectiveEvents }

    /// The stays, in admission order, with ward transfers joined under the national definition of a hospital stay
    /// (``HospitalStayDefinition/national``).
    public var stays: [Stay] { resolve().stays }

    /// The stays with ward transfers joined under a given definition of a hospital stay.
    public func stays(joining definition: HospitalStayDefinition) -> [Stay] { resolve(joining: definition).stays }

    /// Findings about impossible or incomplete sequences.
    public var findings: ValidationReport { resolve().findings }

    /// The result of resolving the events: what applies, the stays, and the findings.
    public struct Resolution: Sendable, Hashable {
        /// The events that apply, in time order.
        public var effectiveEvents: [CourseEvent]
        /// The stays, in admission order, ward transfers joined.
        public var stays: [Stay]
        /// Findings about the sequence.
        public var findings: ValidationReport
    }

    /// Resolves amendments, builds the stays and checks the sequence, in time O(n log n) for n events.
    ///
    /// Each episode gives one contact; the sequence is checked on the contacts, then contacts that the definition
    /// joins (a ward transfer: the next admission at most 4 hours after the previous discharge, by default) become
    /// one stay, so a transfer counts neither as a discharge nor as a readmission.
    public func resolve(joining definition: HospitalStayDefinition = .national) -> Resolution {
        var findings = ValidationReport()
        var lastAmendment: [CourseEvent.ID: Int] = [:]
        for (index, event) in events.enumerated() {
            if let target = event.amendment?.target { lastAmendment[target] = index }
        }
        var superseded: Set<CourseEvent.ID> = []
        for (index, event) in events.enumerated() {
            guard let target = event.amendment?.target else { continue }
            superseded.insert(target)
            if lastAmendment[target] != index { superseded.insert(event.id) }
            if !eventIDs.contains(target) {
                findings.append(
                    Finding(
                        code: "timeline.amendment-of-unknown-event", severity: .warning,
                        path: FieldPath("events").appending(index: index).appending("amendment"),
                        message: "The event corrects or cancels an event that has not been received (yet).",
                        source: .medCom("corrections reference the original")))
            }
        }
        var effective: [CourseEvent] = []
        effective.reserveCapacity(events.count)
        for (index, event) in events.enumerated() where !superseded.contains(event.id) && !event.isCancellation {
            if case .unrecognized(let code) = event.kind {
                findings.append(
                    Finding(
                        code: "timeline.unrecognized-event-kind", severity: .information,
                        path: FieldPath("events").appending(index: index).appending("kind"),
                        message: "The event kind '\(code)' is not known and was not applied.",
                        source: .medCom("event codes")))
                continue
            }
            effective.append(event)
        }
        effective.sort(by: Self.timeOrder)
        var byEpisode: [EpisodeOfCareIdentifier: [CourseEvent]] = [:]
        for event in effective { byEpisode[event.episode, default: []].append(event) }
        var stays: [Stay] = []
        for episode in byEpisode.keys.sorted() {
            if let stay = buildStay(episode: episode, events: byEpisode[episode] ?? [], findings: &findings) {
                stays.append(stay)
            }
        }
        stays.sort { ($0.admittedAt, $0.episode) < ($1.admittedAt, $1.episode) }
        checkSequence(of: stays, findings: &findings)
        return Resolution(effectiveEvents: effective, stays: definition.joining(stays), findings: findings)
    }

    private static func rank(_ kind: CourseEventKind) -> Int {
        switch kind {
        case .admitInpatient, .admitEmergency: 0
        case .leaveStart: 1
        case .leaveEnd: 2
        case .discharge: 3
        case .death: 4
        case .unrecognized: 5
        }
    }

    private static func timeOrder(_ lhs: CourseEvent, _ rhs: CourseEvent) -> Bool {
        if lhs.instant != rhs.instant { return lhs.instant < rhs.instant }
        return rank(lhs.kind) < rank(rhs.kind)
    }

    private func finding(_ code: String, _ severity: Severity, _ episode: EpisodeOfCareIdentifier, _ message: String)
        -> Finding
    {
        Finding(
            code: code, severity: severity, path: FieldPath("episodes").appending(episode.value), message: message,
            source: .medCom("event sequence"))
    }

    private func buildStay(
        episode: EpisodeOfCareIdentifier, events: [CourseEvent], findings: inout ValidationReport
    ) -> Stay? {
        var admission: CourseEvent?
        var end: CourseEvent?
        var leaves: [Stay.Leave] = []
        for event in events {
            if end != nil {
                findings.append(
                    finding(
                        "timeline.event-after-discharge", .error, episode,
                        "A \(event.kind) event follows the end of the stay."))
                continue
            }
            switch event.kind {
            case .admitInpatient, .admitEmergency:
                if admission == nil {
                    admission = event
                } else {
                    findings.append(
                        finding(
                            "timeline.duplicate-admission", .warning, episode,
                            "The episode has more than one admission; the first applies."))
                }
            case .leaveStart, .leaveEnd:
                guard admission != nil else {
                    findings.append(
                        finding(
                            "timeline.leave-without-admission", .error, episode,
                            "Leave is reported for a stay without an admission."))
                    continue
                }
                if event.kind == .leaveStart {
                    if let last = leaves.last, last.end == nil {
                        findings.append(
                            finding("timeline.leave-already-started", .warning, episode, "Leave starts twice."))
                    } else {
                        leaves.append(Stay.Leave(start: event.instant))
                    }
                } else if let last = leaves.last, last.end == nil {
                    leaves[leaves.count - 1].end = event.instant
                } else {
                    findings.append(
                        finding("timeline.leave-end-without-start", .warning, episode, "Leave ends without starting."))
                }
            case .discharge, .death:
                if admission == nil {
                    findings.append(
                        finding(
                            event.kind == .discharge
                                ? "timeline.discharge-without-admission" : "timeline.death-without-admission",
                            .error, episode, "The episode ends without an admission."))
                    return nil
                }
                end = event
            case .unrecognized:
                continue
            }
        }
        guard let admission else { return nil }
        let details = admission.admission ?? AdmissionDetails()
        do {
            return try Stay(
                resident: resident, episode: episode, admissionKind: admission.kind, admittedAt: admission.instant,
                legalStatus: details.legalStatus, startedAcutely: details.startedAcutely,
                initialDiagnosis: details.initialDiagnosis, contactReason: details.contactReason, ward: admission.ward,
                wardType: admission.wardType,
                endedAt: end?.instant, endedByDeath: end?.kind == .death, leaves: leaves)
        } catch {
            findings.append(finding(error.code, .error, episode, error.rule))
            return nil
        }
    }

    private func checkSequence(of stays: [Stay], findings: inout ValidationReport) {
        var latestEnd: Instant?
        var openEpisode: EpisodeOfCareIdentifier?
        var death: Instant?
        for stay in stays {
            if let death, stay.admittedAt >= death {
                findings.append(
                    finding(
                        "timeline.event-after-death", .error, stay.episode,
                        "An admission is reported after the resident's death."))
            }
            if let openEpisode {
                findings.append(
                    finding(
                        "timeline.overlapping-stays", .error, stay.episode,
                        "The stay starts while episode \(openEpisode) has not ended."))
            } else if let latestEnd, stay.admittedAt < latestEnd {
                findings.append(
                    finding(
                        "timeline.overlapping-stays", .error, stay.episode,
                        "The stay starts before an earlier stay ended."))
            }
            if let end = stay.endedAt {
                if latestEnd.map({ end > $0 }) ?? true { latestEnd = end }
            } else if openEpisode == nil {
                openEpisode = stay.episode
            }
            if stay.endedByDeath, let end = stay.endedAt { death = min(death ?? end, end) }
        }
    }

    private enum CodingKeys: String, CodingKey {
        case resident, events
    }

    /// Decodes a timeline by recording each event again, so duplicates and foreign events are rejected.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let resident = try container.decode(Resident.ID.self, forKey: .resident)
        let events = try container.decode([CourseEvent].self, forKey: .events)
        self = try decoder.validating { try CourseTimeline(resident: resident, events: events) }
    }

    /// Encodes the resident and the events in arrival order.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(resident, forKey: .resident)
        try container.encode(events, forKey: .events)
    }
}
