import BrobyggerCore
import Foundation

/// A MedCom hospital notification (*sygehusadvis*, HospitalNotification IG 3.0): a hospital tells the patient's
/// home municipality that a stay started, that leave started or ended, that the stay ended, or that the patient died,
/// so that municipal services can be paused and resumed.
///
/// Read one from a message bundle with ``init(bundle:)`` or ``init(json:)``; the profile's invariants are checked on
/// the way in (and again when the value is decoded), softer consistency rules by ``review()``. Link a sequence of
/// notifications with ``HospitalNotificationChain``.
///
/// The dataset is deliberately small, because the message is sent without the patient's consent: the value holds what
/// the message holds and no more. The patient's CPR number is masked in every description.
public struct HospitalNotification: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The message id: the MessageHeader's id, which later messages of the thread reference.
    public let messageID: FHIR.ID
    /// The bundle's id (new for every message sent).
    public let bundleID: FHIR.ID?
    /// When the bundle was created (`Bundle.timestamp`).
    public let timestamp: Instant
    /// When the message was sent (the current Provenance's `recorded`).
    public let sentAt: Instant
    /// The event: STIN, STAA, STOR, SLOR, SLHJ or MORS, original, corrected or cancelled.
    public let event: HospitalNotificationEvent
    /// The MedCom activity code of the message, such as `revise-admit-inpatient`.
    public let activityCode: String
    /// The encounter status: `in-progress`, `onleave`, `finished` or `entered-in-error`.
    public let encounterStatus: FHIR.EncounterStatus
    /// Inpatient or acute ambulant.
    public let stayClass: StayClass
    /// The episode-of-care identifiers of the stay; the first is ``episodeOfCare``.
    public let episodeOfCareIdentifiers: [EpisodeOfCareIdentifier]
    /// When the stay started (`Encounter.period.start`): the patient's arrival.
    public let stayStart: Instant
    /// When the stay ended (`Encounter.period.end`): discharge, or the time of death.
    public let stayEnd: Instant?
    /// The leave period the message is about, if any.
    public let leave: LeavePeriod?
    /// The patient's CPR number (MedCom sends hospital notifications only for patients with one).
    public let patient: PersonIdentifier
    /// Whether the patient is deceased (`Patient.deceased`).
    public let patientDeceased: Bool
    /// The sending hospital department.
    public let sender: Party
    /// The receiving municipality or facility (the primary destination).
    public let receiver: Party
    /// The department responsible for the stay (`Encounter.serviceProvider`); often the sender.
    public let serviceProvider: Party
    /// Whether the receiver should answer with a report of admission (XDIS16), if the message says.
    public let reportOfAdmission: Bool?
    /// The earlier message this one follows up, corrects or cancels.
    public let predecessor: Predecessor?
    /// The earlier messages of the thread whose Provenances the message carries, oldest first.
    public let history: [HistoryRecord]

    /// The episode-of-care identifier of the stay.
    public var episodeOfCare: EpisodeOfCareIdentifier { episodeOfCareIdentifiers[0] }

    /// Creates a notification, checking the profile's invariants.
    ///
    /// - Throws: `ValidationError` with code `medcom-hospitalNotification-6` when the status is `onleave` without
    ///   a leave start, `per-1` when a period ends before it starts, `hospital-notification.episode-missing` without
    ///   an episode-of-care identifier, or `hospital-notification.predecessor-missing` for a correction or
    ///   cancellation that names no earlier message.
    public init(
        messageID: FHIR.ID, bundleID: FHIR.ID?, timestamp: Instant, sentAt: Instant, event: HospitalNotificationEvent,
        activityCode: String, encounterStatus: FHIR.EncounterStatus, stayClass: StayClass,
        episodeOfCareIdentifiers: [EpisodeOfCareIdentifier], stayStart: Instant, stayEnd: Instant?,
        leave: LeavePeriod?, patient: PersonIdentifier, patientDeceased: Bool, sender: Party, receiver: Party,
        serviceProvider: Party, reportOfAdmission: Bool?, predecessor: Predecessor?, history: [HistoryRecord]
    ) throws(ValidationError) {
        if let violation = Self.invariantViolation(
            event: event, encounterStatus: encounterStatus, episodeOfCareCount: episodeOfCareIdentifiers.count,
            stayStart: stayStart, stayEnd: stayEnd, leave: leave, predecessor: predecessor)
        {
            throw ValidationError(field: violation.field, code: violation.code, rule: violation.rule)
        }
        self.messageID = messageID
        self.bundleID = bundleID
        self.timestamp = timestamp
        self.sentAt = sentAt
        self.event = event
        self.activityCode = activityCode
        self.encounterStatus = encounterStatus
        self.stayClass = stayClass
        self.episodeOfCareIdentifiers = episodeOfCareIdentifiers
        self.stayStart = stayStart
        self.stayEnd = stayEnd
        self.leave = leave
        self.patient = patient
        self.patientDeceased = patientDeceased
        self.sender = sender
        self.receiver = receiver
        self.serviceProvider = serviceProvider
        self.reportOfAdmission = reportOfAdmission
        self.predecessor = predecessor
        self.history = history
    }

    /// A broken invariant: the field (of this value), the rule's code and the rule.
    struct Violation {
        let field: FieldPath
        let code: String
        let rule: String
    }

    static let onLeaveRule = "when the status is onleave, the leave period's start shall be present"

    static func invariantViolation(
        event: HospitalNotificationEvent, encounterStatus: FHIR.EncounterStatus, episodeOfCareCount: Int,
        stayStart: Instant, stayEnd: Instant?, leave: LeavePeriod?, predecessor: Predecessor?
    ) -> Violation? {
        if encounterStatus == .onleave, leave?.start == nil {
            return Violation(field: "leave.start", code: "medcom-hospitalNotification-6", rule: onLeaveRule)
        }
        if let stayEnd, stayEnd < stayStart {
            return Violation(field: "stayEnd", code: "per-1", rule: "a period cannot end before it starts")
        }
        if let start = leave?.start, let end = leave?.end, end < start {
            return Violation(field: "leave.end", code: "per-1", rule: "a period cannot end before it starts")
        }
        if episodeOfCareCount == 0 {
            return Violation(
                field: "episodeOfCareIdentifiers", code: "hospital-notification.episode-missing",
                rule: "a hospital notification carries the stay's episode-of-care identifier")
        }
        if event.action != .original, predecessor == nil {
            return Violation(
                field: "predecessor", code: "hospital-notification.predecessor-missing",
                rule: "a correction or cancellation names the message it corrects or cancels (Provenance.entity)")
        }
        return nil
    }

    private enum CodingKeys: String, CodingKey {
        case messageID, bundleID, timestamp, sentAt, event, activityCode, encounterStatus, stayClass
        case episodeOfCareIdentifiers, stayStart, stayEnd, leave, patient, patientDeceased, sender, receiver
        case serviceProvider, reportOfAdmission, predecessor, history
    }

    /// Decodes through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let messageID = try c.decode(FHIR.ID.self, forKey: .messageID)
        let bundleID = try c.decodeIfPresent(FHIR.ID.self, forKey: .bundleID)
        let timestamp = try c.decode(Instant.self, forKey: .timestamp)
        let sentAt = try c.decode(Instant.self, forKey: .sentAt)
        let event = try c.decode(HospitalNotificationEvent.self, forKey: .event)
        let activityCode = try c.decode(String.self, forKey: .activityCode)
        let encounterStatus = try c.decode(FHIR.EncounterStatus.self, forKey: .encounterStatus)
        let stayClass = try c.decode(StayClass.self, forKey: .stayClass)
        let episodes = try c.decode([EpisodeOfCareIdentifier].self, forKey: .episodeOfCareIdentifiers)
        let stayStart = try c.decode(Instant.self, forKey: .stayStart)
        let stayEnd = try c.decodeIfPresent(Instant.self, forKey: .stayEnd)
        let leave = try c.decodeIfPresent(LeavePeriod.self, forKey: .leave)
        let patient = try c.decode(PersonIdentifier.self, forKey: .patient)
        let patientDeceased = try c.decode(Bool.self, forKey: .patientDeceased)
        let sender = try c.decode(Party.self, forKey: .sender)
        let receiver = try c.decode(Party.self, forKey: .receiver)
        let serviceProvider = try c.decode(Party.self, forKey: .serviceProvider)
        let reportOfAdmission = try c.decodeIfPresent(Bool.self, forKey: .reportOfAdmission)
        let predecessor = try c.decodeIfPresent(Predecessor.self, forKey: .predecessor)
        let history = try c.decodeIfPresent([HistoryRecord].self, forKey: .history) ?? []
        self = try decoder.validating {
            try HospitalNotification(
                messageID: messageID, bundleID: bundleID, timestamp: timestamp, sentAt: sentAt, event: event,
                activityCode: activityCode, encounterStatus: encounterStatus, stayClass: stayClass,
                episodeOfCareIdentifiers: episodes, stayStart: stayStart, stayEnd: stayEnd, leave: leave,
                patient: patient, patientDeceased: patientDeceased, sender: sender, receiver: receiver,
                serviceProvider: serviceProvider, reportOfAdmission: reportOfAdmission, predecessor: predecessor,
                history: history)
        }
    }

    /// The event, when and from whom, with the patient's CPR number masked.
    public var description: String {
        var text = "\(event.code) (\(event.danishDesignation)) message \(messageID) sent \(sentAt.iso8601)"
        text += "; patient \(patient.masked); episode \(episodeOfCare)"
        text += "; \(stayClass) \(encounterStatus) from \(stayStart.iso8601)"
        if let stayEnd { text += " to \(stayEnd.iso8601)" }
        if let predecessor { text += "; \(predecessor.role) of \(predecessor.message)" }
        return text
    }
}
