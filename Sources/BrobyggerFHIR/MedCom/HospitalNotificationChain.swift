import BrobyggerCore

/// A thread of hospital notifications about one or more stays, linked by the Provenance chain: each follow-up,
/// correction or cancellation names the earlier message it refers to.
///
/// Record notifications in the order they arrive with ``record(_:)``; each returns the findings about how the
/// notification fits (an unknown or cancelled predecessor, another patient or episode of care than its predecessor,
/// a duplicate message id). Ask which messages are still in force with ``state(of:)`` and ``inForce``.
///
/// A correction (`RE_…`) supersedes the message it names; a cancellation (`AN_…`) withdraws it; a follow-up (a
/// STOR after a STIN) leaves it in force.
public struct HospitalNotificationChain: Hashable, Sendable {
    /// What has become of a message.
    public enum State: Hashable, Sendable {
        /// In force.
        case inForce
        /// Superseded by a correction, the message with the given id.
        case corrected(by: FHIR.ID)
        /// Withdrawn by a cancellation, the message with the given id.
        case cancelled(by: FHIR.ID)
    }

    /// The notifications, in the order recorded.
    public private(set) var notifications: [HospitalNotification] = []
    private var positionByMessage: [FHIR.ID: Int] = [:]

    /// An empty chain.
    public init() {}

    /// The source of the chaining rule.
    static let source = SourceCitation.standard(
        "MedCom Messaging IG, MedComMessagingProvenance", locator: "entity.role revision/removal")

    /// Records a notification and returns the findings about how it fits the chain.
    @discardableResult
    public mutating func record(_ notification: HospitalNotification) -> ValidationReport {
        var report = ValidationReport()
        func finding(_ code: String, _ severity: Severity, _ path: FieldPath, _ message: String) {
            report.append(Finding(code: code, severity: severity, path: path, message: message, source: Self.source))
        }
        if let earlier = positionByMessage[notification.messageID] {
            if notifications[earlier] == notification {
                finding(
                    "hospital-notification.resent", .information, "messageID",
                    "message \(notification.messageID) was received before; the copy is ignored")
                return report
            }
            finding(
                "hospital-notification.duplicate-message-id", .error, "messageID",
                "message id \(notification.messageID) was used before for another message; the earlier one is kept for links"
            )
        }
        if let predecessor = notification.predecessor {
            if case .message(let id) = predecessor.message, let position = positionByMessage[id] {
                let earlier = notifications[position]
                if earlier.patient != notification.patient {
                    finding(
                        "hospital-notification.patient-mismatch", .error, "patient",
                        "the message refers to message \(id), which is about another patient")
                }
                if Set(earlier.episodeOfCareIdentifiers).isDisjoint(with: notification.episodeOfCareIdentifiers) {
                    finding(
                        "hospital-notification.episode-mismatch", .warning, "episodeOfCareIdentifiers",
                        "the message refers to message \(id) but carries another episode-of-care identifier "
                            + "(\(notification.episodeOfCare), not \(earlier.episodeOfCare))")
                }
                if case .cancelled(let by) = state(of: id) {
                    finding(
                        "hospital-notification.predecessor-cancelled", .warning, "predecessor",
                        "the message refers to message \(id), which message \(by) cancelled")
                }
                if notification.event.action != .original, earlier.event.kind != notification.event.kind,
                    earlier.event.kind != .deceased, notification.event.kind != .deceased
                {
                    finding(
                        "hospital-notification.kind-mismatch", .warning, "event",
                        "\(notification.event.code) refers to message \(id), which reports \(earlier.event.code)")
                }
                if notification.sentAt < earlier.sentAt {
                    finding(
                        "hospital-notification.out-of-order", .warning, "sentAt",
                        "the message was sent before message \(id), which it refers to")
                }
            } else {
                finding(
                    "hospital-notification.predecessor-unknown", .warning, "predecessor",
                    "the message refers to \(predecessor.message), which has not been received")
            }
        }
        if positionByMessage[notification.messageID] == nil {
            positionByMessage[notification.messageID] = notifications.count
        }
        notifications.append(notification)
        return report
    }

    /// The notification with a message id (the first, if the id was reused).
    public func notification(messageID: FHIR.ID) -> HospitalNotification? {
        positionByMessage[messageID].map { notifications[$0] }
    }

    /// The earlier notification a notification refers to, if it has been recorded.
    public func predecessor(of notification: HospitalNotification) -> HospitalNotification? {
        guard case .message(let id)? = notification.predecessor?.message else { return nil }
        return self.notification(messageID: id)
    }

    /// The notifications that refer to a message, in the order recorded.
    public func successors(of messageID: FHIR.ID) -> [HospitalNotification] {
        notifications.filter { $0.predecessor?.message == .message(messageID) }
    }

    /// What has become of a message: the last correction or cancellation referring to it decides.
    public func state(of messageID: FHIR.ID) -> State {
        var state = State.inForce
        for successor in successors(of: messageID) {
            switch successor.event.action {
            case .cancellation: state = .cancelled(by: successor.messageID)
            case .revision: state = .corrected(by: successor.messageID)
            case .original: continue
            }
        }
        return state
    }

    /// The notifications still in force, in the order recorded: neither corrected nor cancelled, and not
    /// themselves cancellations.
    public var inForce: [HospitalNotification] {
        notifications.enumerated().filter { offset, notification in
            positionByMessage[notification.messageID] == offset && notification.event.action != .cancellation
                && state(of: notification.messageID) == .inForce
        }.map(\.element)
    }

    /// The thread a message belongs to, oldest first: the message, its predecessors back to the first message, as
    /// far as they have been recorded.
    public func thread(endingAt messageID: FHIR.ID) -> [HospitalNotification] {
        var result: [HospitalNotification] = []
        var seen: Set<FHIR.ID> = []
        var current = notification(messageID: messageID)
        while let notification = current, seen.insert(notification.messageID).inserted {
            result.append(notification)
            current = predecessor(of: notification)
        }
        return result.reversed()
    }
}
