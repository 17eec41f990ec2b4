import Brobygger
import BrobyggerTesting
import Foundation

/// MedCom's readers on the JSON of a message bundle: the hospital-notification ingest, the CareCommunication reader,
/// the Acknowledgement reader and the envelope a negative acknowledgement is addressed from.
///
/// Properties: an ingested notification survives a JSON round trip, has an episode of care, a stay that does not
/// end before it starts, and a course-event kind; its description and its review's findings never show the
/// patient's number unmasked. A CareCommunication read survives a JSON round trip, holds a message text, and
/// written back through the writer reads as the same message; an acknowledgement likewise, and a negative one has
/// an issue. No reader's error shows a CPR number of the input.
enum MedComTarget {
    static func run(_ bytes: [UInt8]) {
        let personal = PersonalNumbers(in: bytes)
        careCommunication(bytes, personal)
        acknowledgement(bytes, personal)
        _ = MedComEnvelope(json: Data(bytes))
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

    static func careCommunication(_ bytes: [UInt8], _ personal: PersonalNumbers) {
        let message: CareCommunication
        do {
            message = try CareCommunication(json: Data(bytes))
        } catch {
            personal.requireMasked(error: error, in: "the CareCommunication reader's error")
            return
        }
        requireJSONRoundTrip(message, "CareCommunication")
        require(!message.texts.isEmpty, "a CareCommunication holds a message text")
        let patient = message.patient.unmaskedValue
        require(!rendered(message).contains(patient), "a CareCommunication renders the patient unmasked")
        do {
            let written = try CareCommunicationWriter.json(
                for: message, patientName: nil, ids: SequentialIdentifierSource(seed: 1))
            let again = try CareCommunication(json: written)
            require(again == message, "a written CareCommunication reads back equal")
        } catch {
            require(false, "a CareCommunication read is written and read again: \(error)")
        }
    }

    static func acknowledgement(_ bytes: [UInt8], _ personal: PersonalNumbers) {
        let acknowledgement: MedComAcknowledgement
        do {
            acknowledgement = try MedComAcknowledgement(json: Data(bytes))
        } catch {
            personal.requireMasked(error: error, in: "the Acknowledgement reader's error")
            return
        }
        requireJSONRoundTrip(acknowledgement, "acknowledgement")
        require(acknowledgement.isPositive || !acknowledgement.issues.isEmpty, "a negative acknowledgement says why")
        do {
            let written = try acknowledgement.json(ids: SequentialIdentifierSource(seed: 1))
            let again = try MedComAcknowledgement(json: written)
            require(again == acknowledgement, "a written acknowledgement reads back")
        } catch {
            require(false, "an acknowledgement read is written and read again: \(error)")
        }
    }
}
