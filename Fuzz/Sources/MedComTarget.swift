import Brobygger
import Foundation

/// MedCom hospital-notification ingest from the JSON of a message bundle.
///
/// Properties: an ingested notification survives a JSON round trip, has an episode of care, a stay that does not
/// end before it starts, and a course-event kind; its description and its review's findings never show the
/// patient's number unmasked; no ingest error shows a CPR number of the input.
enum MedComTarget {
    static func run(_ bytes: [UInt8]) {
        let personal = PersonalNumbers(in: bytes)
        let notification: HospitalNotification
        do {
            notification = try HospitalNotification(json: Data(bytes))
        } catch {
            personal.requireMasked(error: error, in: "the MedCom ingest error")
            return
        }
        requireJSONRoundTrip(notification, "hospital notification")
        require(!notification.episodeOfCareIdentifiers.isEmpty, "a notification names its episode of care")
        if let end = notification.stayEnd {
            require(notification.stayStart <= end, "a stay ends after it starts")
        }
        _ = notification.courseEventKind
        _ = notification.courseEventInstant
        let patient = notification.patient.unmaskedValue
        require(!rendered(notification).contains(patient), "a hospital notification renders the patient unmasked")
        for finding in notification.review().findings {
            require(!rendered(finding).contains(patient), "a review finding shows the patient unmasked")
            personal.requireMasked(rendered(finding), in: "a review finding")
        }
    }
}
