import BrobyggerCore
import Foundation

/// A MedCom CareCommunication (*korrespondancemeddelelse*, CareCommunication IG 5.0): a message between a hospital
/// department, a municipality, a facility or a general practitioner about one patient, with one or more message
/// segments (a text with its signature, or an attachment).
///
/// Read one from a message bundle with ``init(bundle:)`` or ``init(json:)``; write one from a concluded §13a
/// agreement or §13b plan with ``CareCommunicationWriter``. The profile's invariants are checked on the way in and
/// again when the value is decoded. The patient's CPR number is masked in every description.
///
/// A reply carries every earlier message text of the thread (MedComCareCommunication, *Content of the message
/// segments*), so the value's ``segments`` are the whole visible conversation; ``newSegments`` are the ones this
/// message added (the Provenance's `entity` with role `source`).
public struct CareCommunication: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The message id: the MessageHeader's id, which a reply or an acknowledgement names.
    public let messageID: FHIR.ID
    /// The bundle's id (new for every message sent).
    public let bundleID: FHIR.ID?
    /// When the bundle was created (`Bundle.timestamp`).
    public let timestamp: Instant
    /// When the message was sent (the current Provenance's `recorded`).
    public let sentAt: Instant
    /// New, reply or forward (MedComCareCommunicationMessageActivities).
    public let activity: Activity
    /// The communication identifier (`Communication.identifier`, a `urn:uuid:`): the same through the replies of one
    /// conversation, new when a message is forwarded.
    public let conversation: String
    /// The category code (MedComCareCommunicationCategories), such as `discharge`.
    public let category: String
    /// The topic (*emne*), free text; required with the category `other` (medcom-careCommunication-6).
    public let topic: String?
    /// The priority, allowed only with the category `regarding-referral` (medcom-careCommunication-5).
    public let priority: String?
    /// The patient's CPR number (or replacement number).
    public let patient: PersonIdentifier
    /// The sending organisation (SOR and GLN/EAN).
    public let sender: HospitalNotification.Party
    /// The receiving organisation (the one primary destination).
    public let receiver: HospitalNotification.Party
    /// The episode-of-care identifier (*forløbs-id*) of the Encounter, when the message has one.
    public let episodeOfCare: HospitalNotification.EpisodeOfCareIdentifier?
    /// Every message segment, in the message's order.
    public let segments: [Segment]
    /// The identifiers of the segments this message added (Provenance `entity` with role `source`).
    public let newSegmentIdentifiers: [String]
    /// The earlier message this one replies to or forwards (Provenance `entity` with role `revision`).
    public let predecessor: HospitalNotification.MessageReference?
    /// The earlier messages of the thread whose Provenances the message carries, oldest first.
    public let history: [HospitalNotification.HistoryRecord]

    /// The segments this message added.
    public var newSegments: [Segment] {
        let added = Set(newSegmentIdentifiers)
        return segments.filter { added.contains($0.identifier) }
    }

    /// The message texts, in order.
    public var texts: [String] {
        segments.compactMap { if case .text(let text) = $0.content { text } else { nil } }
    }

    /// Creates a message, checking the profile's invariants.
    ///
    /// - Throws: `ValidationError` with code `carecommunication.no-message-text` when no segment is a message text
    ///   (MedComCareCommunication: at least one payload with a message text), `carecommunication.signature-missing`
    ///   for a message text without the author's name, role and phone number, `medcom-careCommunication-5` for a
    ///   priority with another category than `regarding-referral`, `medcom-careCommunication-6` for the category
    ///   `other` without a topic, `carecommunication.predecessor-missing` for a reply or forward that names no
    ///   earlier message, or `carecommunication.segment-identifier-duplicate` when two segments share an identifier.
    public init(
        messageID: FHIR.ID, bundleID: FHIR.ID?, timestamp: Instant, sentAt: Instant, activity: Activity,
        conversation: String, category: String, topic: String?, priority: String?, patient: PersonIdentifier,
        sender: HospitalNotification.Party, receiver: HospitalNotification.Party,
        episodeOfCare: HospitalNotification.EpisodeOfCareIdentifier?, segments: [Segment],
        newSegmentIdentifiers: [String], predecessor: HospitalNotification.MessageReference?,
        history: [HospitalNotification.HistoryRecord]
    ) throws(ValidationError) {
        if let violation = Self.invariantViolation(
            activity: activity, category: category, topic: topic, priority: priority, segments: segments,
            predecessor: predecessor)
        {
            throw ValidationError(field: violation.field, code: violation.code, rule: violation.rule)
        }
        self.messageID = messageID
        self.bundleID = bundleID
        self.timestamp = timestamp
        self.sentAt = sentAt
        self.activity = activity
        self.conversation = conversation
        self.category = category
        self.topic = topic
        self.priority = priority
        self.patient = patient
        self.sender = sender
        self.receiver = receiver
        self.episodeOfCare = episodeOfCare
        self.segments = segments
        self.newSegmentIdentifiers = newSegmentIdentifiers
        self.predecessor = predecessor
        self.history = history
    }

    /// A broken invariant: the field (of this value), the rule's code and the rule.
    struct Violation {
        let field: FieldPath
        let code: String
        let rule: String
    }

    static let messageTextRule =
        "a CareCommunication has at least one message segment with a message text (MedComCareCommunication, payload)"
    static let signatureRule =
        "a message text is signed with the author's name and role and a phone number (MedComCareCommunication, "
        + "payload:string)"
    static let priorityRule =
        "a priority is allowed only with the category regarding-referral (medcom-careCommunication-5)"
    static let topicRule = "the category other requires a topic (medcom-careCommunication-6)"
    static let predecessorRule =
        "a reply or a forwarded message names the message it answers (MedComCareCommunicationProvenance, entity revision)"

    static func invariantViolation(
        activity: Activity, category: String, topic: String?, priority: String?, segments: [Segment],
        predecessor: HospitalNotification.MessageReference?
    ) -> Violation? {
        guard segments.contains(where: \.isText) else {
            return Violation(field: "segments", code: "carecommunication.no-message-text", rule: messageTextRule)
        }
        for (index, segment) in segments.enumerated() where segment.isText {
            let author = segment.author
            if author?.name == nil || author?.role == nil || author?.phone == nil {
                return Violation(
                    field: FieldPath("segments").appending(index: index).appending("author"),
                    code: "carecommunication.signature-missing", rule: signatureRule)
            }
        }
        if priority != nil, category != "regarding-referral" {
            return Violation(field: "priority", code: "medcom-careCommunication-5", rule: priorityRule)
        }
        if category == "other", (topic ?? "").isEmpty {
            return Violation(field: "topic", code: "medcom-careCommunication-6", rule: topicRule)
        }
        if activity != .new, activity.isUnrecognized == false, predecessor == nil {
            return Violation(field: "predecessor", code: "carecommunication.predecessor-missing", rule: predecessorRule)
        }
        var seen: Set<String> = []
        for (index, segment) in segments.enumerated() where !seen.insert(segment.identifier).inserted {
            return Violation(
                field: FieldPath("segments").appending(index: index).appending("identifier"),
                code: "carecommunication.segment-identifier-duplicate",
                rule: "every message segment has its own identifier (medcom-core-identifier-extension)")
        }
        return nil
    }

    private enum CodingKeys: String, CodingKey {
        case messageID, bundleID, timestamp, sentAt, activity, conversation, category, topic, priority, patient
        case sender, receiver, episodeOfCare, segments, newSegmentIdentifiers, predecessor, history
    }

    /// Decodes through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let messageID = try c.decode(FHIR.ID.self, forKey: .messageID)
        let bundleID = try c.decodeIfPresent(FHIR.ID.self, forKey: .bundleID)
        let timestamp = try c.decode(Instant.self, forKey: .timestamp)
        let sentAt = try c.decode(Instant.self, forKey: .sentAt)
        let activity = try c.decode(Activity.self, forKey: .activity)
        let conversation = try c.decode(String.self, forKey: .conversation)
        let category = try c.decode(String.self, forKey: .category)
        let topic = try c.decodeIfPresent(String.self, forKey: .topic)
        let priority = try c.decodeIfPresent(String.self, forKey: .priority)
        let patient = try c.decode(PersonIdentifier.self, forKey: .patient)
        let sender = try c.decode(HospitalNotification.Party.self, forKey: .sender)
        let receiver = try c.decode(HospitalNotification.Party.self, forKey: .receiver)
        let episode = try c.decodeIfPresent(HospitalNotification.EpisodeOfCareIdentifier.self, forKey: .episodeOfCare)
        let segments = try c.decode([Segment].self, forKey: .segments)
        let added = try c.decodeIfPresent([String].self, forKey: .newSegmentIdentifiers) ?? []
        let predecessor = try c.decodeIfPresent(HospitalNotification.MessageReference.self, forKey: .predecessor)
        let history = try c.decodeIfPresent([HospitalNotification.HistoryRecord].self, forKey: .history) ?? []
        self = try decoder.validating {
            try CareCommunication(
                messageID: messageID, bundleID: bundleID, timestamp: timestamp, sentAt: sentAt, activity: activity,
                conversation: conversation, category: category, topic: topic, priority: priority, patient: patient,
                sender: sender, receiver: receiver, episodeOfCare: episode, segments: segments,
                newSegmentIdentifiers: added, predecessor: predecessor, history: history)
        }
    }

    /// The activity, the parties and the segments, with the patient's CPR number masked.
    public var description: String {
        var text = "\(activity) CareCommunication \(messageID) sent \(sentAt.iso8601) from \(sender) to \(receiver)"
        text += "; patient \(patient.masked); category \(category)"
        if let episodeOfCare { text += "; episode \(episodeOfCare)" }
        text += "; \(segments.count) segment\(segments.count == 1 ? "" : "s")"
        if let predecessor { text += "; answers \(predecessor)" }
        return text
    }
}

extension CareCommunication {
    /// What a CareCommunication does (MedComCareCommunicationMessageActivities): a new message, a reply or a
    /// forwarded message; another activity code is kept as it is.
    public enum Activity: Hashable, Sendable, Codable, CustomStringConvertible {
        /// `new-message`.
        case new
        /// `reply-message`: the same conversation identifier, every earlier text carried on.
        case reply
        /// `forward-message`: a new conversation identifier, the attachments' content carried on.
        case forward
        /// Another activity code.
        case unrecognized(String)

        /// The activity for a MedCom activity code.
        public init(code: String) {
            switch code {
            case "new-message": self = .new
            case "reply-message": self = .reply
            case "forward-message": self = .forward
            default: self = .unrecognized(code)
            }
        }

        /// The MedCom activity code.
        public var code: String {
            switch self {
            case .new: "new-message"
            case .reply: "reply-message"
            case .forward: "forward-message"
            case .unrecognized(let code): code
            }
        }

        var isUnrecognized: Bool { if case .unrecognized = self { true } else { false } }

        /// The code.
        public var description: String { code }

        /// Decodes the code.
        public init(from decoder: any Decoder) throws {
            self.init(code: try decoder.singleValueContainer().decode(String.self))
        }

        /// Encodes the code.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(code)
        }
    }

    /// Who wrote a message segment (the signature): the author's name and role (`medcom-core-practitioner-extension`
    /// to a PractitionerRole and its Practitioner) and a phone number (`medcom-core-contact-extension`). Required
    /// for a message text, optional for an attachment (MedComCareCommunication, *Signature*).
    public struct Author: Hashable, Sendable, Codable, CustomStringConvertible {
        /// The author's name, such as `Emma Waters`.
        public let name: String?
        /// The author's role (*stillingsbetegnelse*), a code such as `overlaege` or a text.
        public let role: String?
        /// A relevant phone number, such as the department's.
        public let phone: String?

        /// Creates a signature.
        public init(name: String?, role: String?, phone: String?) {
            self.name = name
            self.role = role
            self.phone = phone
        }

        /// Name, role and phone.
        public var description: String {
            [name, role, phone.map { "tlf. \($0)" }].compactMap { $0 }.joined(separator: ", ")
        }
    }

    /// One message segment (`Communication.payload`): a message text or an attachment, when it was sent, its
    /// identifier and its author.
    public struct Segment: Hashable, Sendable, Codable {
        /// The segment's identifier (`medcom-core-identifier-extension`, a `urn:uuid:`), which Provenance names.
        public let identifier: String
        /// The organisation that assigned the identifier: the segment's sender, by the SOR or GLN it gave.
        public let assigner: String?
        /// When the author pressed send (`medcom-core-datetime-extension`).
        public let sentAt: Instant
        /// Who wrote it.
        public let author: Author?
        /// The text or the attachment.
        public let content: Content

        /// Creates a segment.
        public init(identifier: String, assigner: String? = nil, sentAt: Instant, author: Author?, content: Content) {
            self.identifier = identifier
            self.assigner = assigner
            self.sentAt = sentAt
            self.author = author
            self.content = content
        }

        /// Whether the segment is a message text.
        public var isText: Bool { if case .text = content { true } else { false } }
    }

    /// The content of a segment.
    public enum Content: Hashable, Sendable, Codable {
        /// A message text (*meddelelsestekst*); line breaks are `\n` (MedComCareCommunication, payload:string).
        case text(String)
        /// An attachment or a link.
        case attachment(Attachment)
    }

    /// An attachment (a file of MedCom's allowed types, or a link to a web page); a reply names an earlier
    /// attachment by its segment identifier without repeating its content.
    public struct Attachment: Hashable, Sendable, Codable {
        /// The MIME type: required with inline data, one of ``allowedContentTypes``.
        public let contentType: String?
        /// The title shown instead of the file (without a file extension added by the system).
        public let title: String
        /// The file's bytes, when included.
        public let data: Data?
        /// The link, for a web page.
        public let url: String?
        /// When the file was created.
        public let creation: Instant?

        /// The MIME types MedCom allows for an attachment (MedComCoreAttachmentMimeTypes): PDF and GIF, JPEG, PNG,
        /// TIFF and BMP images. Markdown, HTML and plain text are not among them.
        public static let allowedContentTypes: Set<String> = [
            "application/pdf", "image/gif", "image/jpeg", "image/png", "image/tiff", "image/bmp",
        ]

        /// Creates an attachment.
        ///
        /// - Throws: `ValidationError` with code `carecommunication.attachment-title` for an empty title,
        ///   `carecommunication.attachment-type` for inline data without a content type or of a type MedCom does
        ///   not allow (MedComCoreAttachmentMimeTypes).
        public init(contentType: String?, title: String, data: Data?, url: String?, creation: Instant?)
            throws(ValidationError)
        {
            guard !title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw ValidationError(
                    field: "title", code: "carecommunication.attachment-title",
                    rule: "an attachment has a title (MedComCareCommunication, payload:attachment.title)")
            }
            if data != nil {
                guard let contentType, Self.allowedContentTypes.contains(contentType.lowercased()) else {
                    throw ValidationError(
                        field: "contentType", code: "carecommunication.attachment-type",
                        rule: "an attached file is a PDF or a GIF, JPEG, PNG, TIFF or BMP image "
                            + "(MedComCoreAttachmentMimeTypes)",
                        offendingValue: contentType)
                }
            }
            self.contentType = contentType
            self.title = title
            self.data = data
            self.url = url
            self.creation = creation
        }

        private enum CodingKeys: String, CodingKey {
            case contentType, title, data, url, creation
        }

        /// Decodes through the validating initialiser.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            let contentType = try c.decodeIfPresent(String.self, forKey: .contentType)
            let title = try c.decode(String.self, forKey: .title)
            let data = try c.decodeIfPresent(Data.self, forKey: .data)
            let url = try c.decodeIfPresent(String.self, forKey: .url)
            let creation = try c.decodeIfPresent(Instant.self, forKey: .creation)
            self = try decoder.validating {
                try Attachment(contentType: contentType, title: title, data: data, url: url, creation: creation)
            }
        }
    }
}
