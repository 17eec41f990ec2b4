import BrobyggerCore

/// One event in a resident's course of care, modelled on MedCom's hospital notification (*sygehusadvis*).
///
/// Every event carries the episode-of-care identifier. A correction or cancellation is a new event that names the
/// event it supersedes; the original is never deleted (``CourseTimeline`` keeps both and resolves which applies).
public struct CourseEvent: Identifiable, Sendable, Hashable, Codable {
    /// The event's identifier.
    public typealias ID = Identifier<CourseEvent>

    /// Whether the event is new information or amends an earlier event.
    public enum Amendment: Sendable, Hashable, Codable {
        /// Replaces the named event with this one's values (MedCom *rettelse*).
        case correction(of: CourseEvent.ID)
        /// Withdraws the named event (MedCom *annullering*); this event's own values are not applied.
        case cancellation(of: CourseEvent.ID)

        /// The superseded event.
        public var target: CourseEvent.ID {
            switch self {
            case .correction(let target), .cancellation(let target): target
            }
        }
    }

    /// The identifier; unique across all events.
    public let id: ID
    /// The resident the event is about.
    public var resident: Resident.ID
    /// The episode of care (the stay) the event belongs to.
    public var episode: EpisodeOfCareIdentifier
    /// What happened.
    public var kind: CourseEventKind
    /// When it happened (for a discharge, the time of day matters: discharges outside daytime and at weekends raise
    /// the risk of readmission, VIVE 2023, afsnit 1.3.3).
    public var instant: Instant
    /// The ward, if given.
    public var ward: Organisation.ID?
    /// Psychiatric or somatic ward.
    public var wardType: WardType
    /// The admission's legal status and start, required on admission events.
    public private(set) var admission: AdmissionDetails?
    /// Set when the event corrects or cancels an earlier one.
    public private(set) var amendment: Amendment?

    /// Creates an event.
    ///
    /// - Throws: `ValidationError` when an admission event lacks ``admission`` details
    ///   (`event.missing-admission-details`), a non-admission carries them (`event.unexpected-admission-details`)
    ///   or the event amends itself (`event.self-amendment`).
    public init(
        id: ID, resident: Resident.ID, episode: EpisodeOfCareIdentifier, kind: CourseEventKind, instant: Instant,
        ward: Organisation.ID? = nil, wardType: WardType = .psychiatric, admission: AdmissionDetails? = nil,
        amendment: Amendment? = nil
    ) throws(ValidationError) {
        if kind.isAdmission, admission == nil,
            amendment.map({ if case .cancellation = $0 { false } else { true } }) ?? true
        {
            throw ValidationError(
                field: "admission", code: "event.missing-admission-details",
                rule: "An admission event states the admission's legal status", offendingValue: kind.rawValue)
        }
        if !kind.isAdmission, admission != nil {
            throw ValidationError(
                field: "admission", code: "event.unexpected-admission-details",
                rule: "Only admission events carry admission details", offendingValue: kind.rawValue)
        }
        if amendment?.target == id {
            throw ValidationError(
                field: "amendment", code: "event.self-amendment", rule: "An event cannot correct or cancel itself",
                offendingValue: id.description)
        }
        self.id = id
        self.resident = resident
        self.episode = episode
        self.kind = kind
        self.instant = instant
        self.ward = ward
        self.wardType = wardType
        self.admission = admission
        self.amendment = amendment
    }

    /// Whether the event is original news rather than a correction or cancellation.
    public var isOriginal: Bool { amendment == nil }

    /// Whether the event withdraws another.
    public var isCancellation: Bool {
        if case .cancellation = amendment { return true }
        return false
    }

    private enum CodingKeys: String, CodingKey {
        case id, resident, episode, kind, instant, ward, wardType, admission, amendment
    }

    /// Decodes an event through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let id = try container.decode(ID.self, forKey: .id)
        let resident = try container.decode(Resident.ID.self, forKey: .resident)
        let episode = try container.decode(EpisodeOfCareIdentifier.self, forKey: .episode)
        let kind = try container.decode(CourseEventKind.self, forKey: .kind)
        let instant = try container.decode(Instant.self, forKey: .instant)
        let ward = try container.decodeIfPresent(Organisation.ID.self, forKey: .ward)
        let wardType = try container.decodeIfPresent(WardType.self, forKey: .wardType) ?? .psychiatric
        let admission = try container.decodeIfPresent(AdmissionDetails.self, forKey: .admission)
        let amendment = try container.decodeIfPresent(Amendment.self, forKey: .amendment)
        self = try decoder.validating {
            try CourseEvent(
                id: id, resident: resident, episode: episode, kind: kind, instant: instant, ward: ward,
                wardType: wardType, admission: admission, amendment: amendment)
        }
    }

    /// Encodes the event.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(resident, forKey: .resident)
        try container.encode(episode, forKey: .episode)
        try container.encode(kind, forKey: .kind)
        try container.encode(instant, forKey: .instant)
        try container.encodeIfPresent(ward, forKey: .ward)
        try container.encode(wardType, forKey: .wardType)
        try container.encodeIfPresent(admission, forKey: .admission)
        try container.encodeIfPresent(amendment, forKey: .amendment)
    }
}

// A resident record holds its events by the dozen: the store reads and writes them field by field, with the keys,
// values and errors of `init(from:)` and `encode(to:)`.
extension CourseEvent: DirectFieldDecodable, DirectFieldEncodable {
    /// Reads an event from its fields through the validating initialiser: the keys, values accepted and errors of
    /// `init(from:)`.
    public init(directFields fields: DirectFields) throws {
        let id = ID(rawValue: try fields.uuid(CodingKeys.id))
        let resident = Resident.ID(rawValue: try fields.uuid(CodingKeys.resident))
        let episodeText = try fields.string(CodingKeys.episode)
        let episode = try fields.validating(CodingKeys.episode) { try EpisodeOfCareIdentifier(episodeText) }
        let kind = CourseEventKind(rawValue: try fields.vocabularyCode(CodingKeys.kind))
        let instant = try fields.instant(CodingKeys.instant)
        let ward = try fields.uuidIfPresent(CodingKeys.ward).map(Organisation.ID.init(rawValue:))
        let wardType = try fields.rawValueIfPresent(WardType.self, CodingKeys.wardType) ?? .psychiatric
        let admission = try fields.decodeIfPresent(AdmissionDetails.self, CodingKeys.admission)
        let amendment = try fields.decodeIfPresent(Amendment.self, CodingKeys.amendment)
        self = try fields.validating {
            try CourseEvent(
                id: id, resident: resident, episode: episode, kind: kind, instant: instant, ward: ward,
                wardType: wardType, admission: admission, amendment: amendment)
        }
    }

    /// Writes the event's fields: the keys and values of `encode(to:)`, in its order.
    public func encode(directFields fields: any DirectFieldSink) throws {
        try fields.encode(uuid: id.rawValue, forKey: CodingKeys.id)
        try fields.encode(uuid: resident.rawValue, forKey: CodingKeys.resident)
        try fields.encode(string: episode.value, forKey: CodingKeys.episode)
        try fields.encode(string: kind.rawValue, forKey: CodingKeys.kind)
        try fields.encode(instant: instant, forKey: CodingKeys.instant)
        try fields.encode(uuid: ward?.rawValue, forKey: CodingKeys.ward)
        try fields.encode(string: wardType.rawValue, forKey: CodingKeys.wardType)
        try fields.encode(admission, forKey: CodingKeys.admission)
        try fields.encode(amendment, forKey: CodingKeys.amendment)
    }
}
