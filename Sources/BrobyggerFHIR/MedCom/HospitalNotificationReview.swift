import BrobyggerCore

extension HospitalNotification {
    /// The source of MedCom's rules on hospital notifications.
    static let profileSource = SourceCitation.standard(
        "MedCom HospitalNotification IG 3.0", locator: "MedComHospitalNotificationEncounter")

    /// Checks that the message is consistent with its event, beyond the profile's invariants: the encounter status and
    /// class the event implies, the end of the stay for a discharge or death, a leave end for SLOR, an activity from
    /// MedCom's value set.
    ///
    /// MedCom's published examples do not always agree with these rules (the MORS example keeps the status
    /// `in-progress`), so they are findings, not errors: a receiver should still act on the message.
    public func review() -> ValidationReport {
        var report = ValidationReport()
        func finding(_ code: String, _ severity: Severity, _ path: FieldPath, _ message: String) {
            report.append(
                Finding(code: code, severity: severity, path: path, message: message, source: Self.profileSource))
        }
        if case .unrecognized(let code) = event.kind {
            finding(
                "medcom-hospitalNotification-3", .error, "activityCode",
                "the activity \(code) is not in MedCom's value set medcom-hospitalNotification-messageActivities")
        }
        let expectedStatus: [FHIR.EncounterStatus]
        switch (event.action, event.kind) {
        case (.cancellation, _): expectedStatus = [.enteredInError]
        case (_, .admittedInpatient), (_, .admittedEmergency), (_, .leaveEnded): expectedStatus = [.inProgress]
        case (_, .leaveStarted): expectedStatus = [.onleave]
        case (_, .discharged), (_, .deceased): expectedStatus = [.finished]
        case (_, .unrecognized): expectedStatus = []
        }
        if !expectedStatus.isEmpty, !expectedStatus.contains(encounterStatus) {
            finding(
                "hospital-notification.status-mismatch", .warning, "encounterStatus",
                "\(event.code) is sent with the encounter status \(expectedStatus[0]), not \(encounterStatus)")
        }
        switch (event.kind, stayClass) {
        case (.admittedEmergency, .inpatient):
            finding(
                "hospital-notification.class-mismatch", .warning, "stayClass",
                "STAA (acute ambulant) is sent with class EMER, not IMP")
        case (.admittedInpatient, .emergency), (.leaveStarted, .emergency), (.leaveEnded, .emergency):
            finding(
                "hospital-notification.class-mismatch", .warning, "stayClass",
                "\(event.kind.code) is about an inpatient stay (class IMP), not EMER")
        default:
            break
        }
        if case .unrecognized(let code) = stayClass {
            finding(
                "hospital-notification.class-unknown", .warning, "stayClass",
                "the class \(code) is neither inpatient (IMP) nor emergency (EMER)")
        }
        if event.action != .cancellation {
            switch event.kind {
            case .discharged, .deceased:
                if stayEnd == nil {
                    finding(
                        "hospital-notification.stay-end-missing", .error, "stayEnd",
                        "\(event.kind.code) gives the end of the stay (Encounter.period.end)")
                }
            case .leaveEnded:
                if leave?.end == nil {
                    finding(
                        "hospital-notification.leave-end-missing", .error, "leave.end",
                        "SLOR gives the end of the leave (leavePeriod.end)")
                }
            case .leaveStarted:
                if leave?.start == nil {
                    finding(
                        "hospital-notification.leave-start-missing", .error, "leave.start",
                        "STOR gives the start of the leave (leavePeriod.start)")
                }
            default:
                break
            }
        }
        if event.action == .cancellation, predecessor?.role != .removal {
            finding(
                "hospital-notification.cancellation-role", .warning, "predecessor.role",
                "a cancellation names the cancelled message with the Provenance entity role removal")
        }
        if sender.sor == nil || sender.gln == nil || receiver.sor == nil || receiver.gln == nil {
            finding(
                "medcom-messaging-organization", .error, "sender",
                "MedCom addresses sender and receiver by SOR code and EAN/GLN location number")
        }
        return report
    }
}
