import BrobyggerCore

/// One hospital stay (*indlæggelse*), resolved from the course events of one episode of care.
///
/// Length of stay and bed days follow the Danish convention of counting midnights: a stay admitted and discharged
/// on the same day has length 0 (a "0-day stay"), one discharged the next day has length 1. The average length of
/// stay of a population is bed days ÷ admissions (Erfaringsopsamling 2024, afsnit 5.1.2, Tabel 2).
///
/// A stay is a *sygehusophold*: contacts on several wards joined when the next starts at most a few hours after the
/// previous ended (``HospitalStayDefinition``). Such a ward transfer is one of ``transfers``; the stay keeps the
/// first contact's episode as its identifier and admission facts, and ends with the last contact.
public struct Stay: Identifiable, Sendable, Hashable, Codable {
    /// A ward transfer inside the stay: one contact ended and the next began within the joining gap.
    public struct Transfer: Sendable, Hashable, Codable {
        /// The episode of care of the contact that begins with the transfer.
        public var episode: EpisodeOfCareIdentifier
        /// The ward the resident moved to, if given.
        public var ward: Organisation.ID?
        /// When the previous contact ended (its discharge).
        public var previousContactEndedAt: Instant
        /// When the resident was admitted to the next ward.
        public var admittedAt: Instant
        /// The legal status of the contact that begins here.
        public var legalStatus: AdmissionLegalStatus

        /// Creates a transfer.
        public init(
            episode: EpisodeOfCareIdentifier, ward: Organisation.ID? = nil, previousContactEndedAt: Instant,
            admittedAt: Instant, legalStatus: AdmissionLegalStatus = .voluntary
        ) {
            self.episode = episode
            self.ward = ward
            self.previousContactEndedAt = previousContactEndedAt
            self.admittedAt = admittedAt
            self.legalStatus = legalStatus
        }
    }

    /// A period of leave (*orlov*) during the stay.
    public struct Leave: Sendable, Hashable, Codable {
        /// When the leave started (STOR).
        public var start: Instant
        /// When it ended (SLOR); `nil` while on leave or when the stay ended during leave.
        public var end: Instant?

        /// Creates a leave period.
        public init(start: Instant, end: Instant? = nil) {
            self.start = start
            self.end = end
        }
    }

    /// The stay's identifier: its episode of care.
    public var id: EpisodeOfCareIdentifier { episode }

    /// The resident.
    public let resident: Resident.ID
    /// The episode of care.
    public let episode: EpisodeOfCareIdentifier
    /// Inpatient (STIN) or emergency (STAA) admission.
    public let admissionKind: CourseEventKind
    /// When the resident was admitted.
    public let admittedAt: Instant
    /// The admission date in Europe/Copenhagen.
    public let admissionDate: CalendarDate
    /// Voluntary, compulsory or detention during the stay.
    public let legalStatus: AdmissionLegalStatus
    /// Whether the admission started acutely.
    public let startedAcutely: Bool
    /// The diagnosis the admission started with, if known.
    public let initialDiagnosis: DiagnosisCode?
    /// The registered contact reason (*kontaktårsag*), if the source has one.
    public let contactReason: ContactReason?
    /// The ward.
    public let ward: Organisation.ID?
    /// Psychiatric or somatic.
    public let wardType: WardType
    /// When the stay ended by discharge or death; `nil` while ongoing.
    public let endedAt: Instant?
    /// The end date in Europe/Copenhagen.
    public let endDate: CalendarDate?
    /// The wall-clock time of the end in Europe/Copenhagen (discharges outside daytime matter, VIVE 2023, afsnit
    /// 1.3.3).
    public let endLocalTime: LocalTime?
    /// Whether the stay ended with the resident's death (MORS).
    public let endedByDeath: Bool
    /// Leave periods, in order.
    public let leaves: [Leave]
    /// Ward transfers joined into the stay, in order; empty for a stay on one ward.
    public let transfers: [Transfer]

    /// Creates a stay.
    ///
    /// - Throws: `ValidationError` (`stay.ends-before-admission`) when the end precedes the admission,
    ///   (`stay.not-an-admission`) when the kind is not an admission, or (`stay.transfer-outside-stay`, field
    ///   `transfers[i]`) when a transfer is out of order, before the admission or after the end.
    public init(
        resident: Resident.ID, episode: EpisodeOfCareIdentifier, admissionKind: CourseEventKind, admittedAt: Instant,
        legalStatus: AdmissionLegalStatus, startedAcutely: Bool? = nil, initialDiagnosis: DiagnosisCode? = nil,
        contactReason: ContactReason? = nil, ward: Organisation.ID? = nil, wardType: WardType = .psychiatric,
        endedAt: Instant? = nil, endedByDeath: Bool = false, leaves: [Leave] = [], transfers: [Transfer] = []
    ) throws(ValidationError) {
        guard admissionKind.isAdmission else {
            throw ValidationError(
                field: "admissionKind", code: "stay.not-an-admission", rule: "A stay starts with an admission",
                offendingValue: admissionKind.rawValue)
        }
        if let endedAt, endedAt < admittedAt {
            throw ValidationError(
                field: "endedAt", code: "stay.ends-before-admission", rule: "A stay cannot end before it starts",
                offendingValue: endedAt.iso8601)
        }
        var previous = admittedAt
        for (index, transfer) in transfers.enumerated() {
            guard transfer.admittedAt >= previous, endedAt.map({ transfer.admittedAt <= $0 }) ?? true else {
                throw ValidationError(
                    field: FieldPath("transfers").appending(index: index), code: "stay.transfer-outside-stay",
                    rule: "Transfers lie in order between the admission and the end of the stay",
                    offendingValue: transfer.admittedAt.iso8601)
            }
            previous = transfer.admittedAt
        }
        self.resident = resident
        self.episode = episode
        self.admissionKind = admissionKind
        self.admittedAt = admittedAt
        self.admissionDate = admittedAt.calendarDate
        self.legalStatus = legalStatus
        self.startedAcutely =
            startedAcutely ?? (admissionKind == .admitEmergency || legalStatus == .compulsory)
        self.initialDiagnosis = initialDiagnosis
        self.contactReason = contactReason
        self.ward = ward
        self.wardType = wardType
        self.endedAt = endedAt
        self.endDate = endedAt?.calendarDate
        self.endLocalTime = endedAt?.localTime
        self.endedByDeath = endedByDeath
        self.leaves = leaves
        self.transfers = transfers
    }

    private enum CodingKeys: String, CodingKey {
        case resident, episode, admissionKind, admittedAt, legalStatus, startedAcutely, initialDiagnosis, ward
        case wardType, endedAt, endedByDeath, leaves, contactReason, transfers
    }

    /// Decodes a stay through the validating initialiser (derived dates are recomputed, never trusted).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let resident = try container.decode(Resident.ID.self, forKey: .resident)
        let episode = try container.decode(EpisodeOfCareIdentifier.self, forKey: .episode)
        let kind = try container.decode(CourseEventKind.self, forKey: .admissionKind)
        let admittedAt = try container.decode(Instant.self, forKey: .admittedAt)
        let status = try container.decode(AdmissionLegalStatus.self, forKey: .legalStatus)
        let acute = try container.decode(Bool.self, forKey: .startedAcutely)
        let diagnosis = try container.decodeIfPresent(DiagnosisCode.self, forKey: .initialDiagnosis)
        let ward = try container.decodeIfPresent(Organisation.ID.self, forKey: .ward)
        let wardType = try container.decode(WardType.self, forKey: .wardType)
        let endedAt = try container.decodeIfPresent(Instant.self, forKey: .endedAt)
        let death = try container.decode(Bool.self, forKey: .endedByDeath)
        let leaves = try container.decode([Leave].self, forKey: .leaves)
        let reason = try container.decodeIfPresent(ContactReason.self, forKey: .contactReason)
        let transfers = try container.decodeIfPresent([Transfer].self, forKey: .transfers) ?? []
        self = try decoder.validating {
            try Stay(
                resident: resident, episode: episode, admissionKind: kind, admittedAt: admittedAt, legalStatus: status,
                startedAcutely: acute, initialDiagnosis: diagnosis, contactReason: reason, ward: ward,
                wardType: wardType, endedAt: endedAt, endedByDeath: death, leaves: leaves, transfers: transfers)
        }
    }

    /// Encodes the stay's recorded facts (not the derived dates).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(resident, forKey: .resident)
        try container.encode(episode, forKey: .episode)
        try container.encode(admissionKind, forKey: .admissionKind)
        try container.encode(admittedAt, forKey: .admittedAt)
        try container.encode(legalStatus, forKey: .legalStatus)
        try container.encode(startedAcutely, forKey: .startedAcutely)
        try container.encodeIfPresent(initialDiagnosis, forKey: .initialDiagnosis)
        try container.encodeIfPresent(ward, forKey: .ward)
        try container.encode(wardType, forKey: .wardType)
        try container.encodeIfPresent(endedAt, forKey: .endedAt)
        try container.encode(endedByDeath, forKey: .endedByDeath)
        try container.encode(leaves, forKey: .leaves)
        try container.encodeIfPresent(contactReason, forKey: .contactReason)
        if !transfers.isEmpty { try container.encode(transfers, forKey: .transfers) }
    }

    /// Every episode of care joined into the stay: the first contact's, then one per transfer.
    public var episodes: [EpisodeOfCareIdentifier] { [episode] + transfers.map(\.episode) }

    /// The episode of the contact the resident was discharged from: the last transfer's, or the stay's own.
    public var dischargeEpisode: EpisodeOfCareIdentifier { transfers.last?.episode ?? episode }

    /// The ward the resident was discharged from: the last transfer's (when given), or the stay's own.
    public var dischargeWard: Organisation.ID? { transfers.last.map { $0.ward ?? ward } ?? ward }

    /// When the resident was discharged alive; `nil` while ongoing or when the stay ended by death.
    public var dischargedAt: Instant? { endedByDeath ? nil : endedAt }

    /// Whether the stay has not ended.
    public var isOngoing: Bool { endedAt == nil }

    /// Whether the admission was compulsory (*tvangsindlæggelse*).
    public var isCompulsoryAdmission: Bool { legalStatus == .compulsory }

    /// Length of stay in days (midnights), or `nil` while ongoing.
    public var lengthOfStayDays: Int? { endDate.map { admissionDate.days(until: $0) } }

    /// Bed days (midnights spent admitted) that fall in a period: the days from the admission date up to, not
    /// including, the end date, intersected with the period. An ongoing stay counts up to `asOf`.
    public func bedDays(in period: DayRange, asOf date: CalendarDate) -> Int {
        let lastNight = (endDate ?? date.adding(days: 1)).adding(days: -1)
        let first = max(admissionDate, period.start)
        let last = period.end.map { min(lastNight, $0) } ?? lastNight
        return first <= last ? first.days(until: last) + 1 : 0
    }
}
