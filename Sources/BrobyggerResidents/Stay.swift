import BrobyggerCore

/// One hospital stay (*indlæggelse*), resolved from the course events of one episode of care.
///
/// Length of stay and bed days follow the Danish convention of counting midnights: a stay admitted and discharged
/// on the same day has length 0 (a "0-day stay"), one discharged the next day has length 1. The average length of
/// stay of a population is bed days ÷ admissions (seed 001 l.1073–1080).
public struct Stay: Identifiable, Sendable, Hashable, Codable {
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
    /// The ward.
    public let ward: Organisation.ID?
    /// Psychiatric or somatic.
    public let wardType: WardType
    /// When the stay ended by discharge or death; `nil` while ongoing.
    public let endedAt: Instant?
    /// The end date in Europe/Copenhagen.
    public let endDate: CalendarDate?
    /// Whether the stay ended with the resident's death (MORS).
    public let endedByDeath: Bool
    /// Leave periods, in order.
    public let leaves: [Leave]

    /// Creates a stay.
    ///
    /// - Throws: ``ValidationError`` (`stay.ends-before-admission`) when the end precedes the admission, or
    ///   (`stay.not-an-admission`) when the kind is not an admission.
    public init(
        resident: Resident.ID, episode: EpisodeOfCareIdentifier, admissionKind: CourseEventKind, admittedAt: Instant,
        legalStatus: AdmissionLegalStatus, startedAcutely: Bool? = nil, initialDiagnosis: DiagnosisCode? = nil,
        ward: Organisation.ID? = nil, wardType: WardType = .psychiatric, endedAt: Instant? = nil,
        endedByDeath: Bool = false, leaves: [Leave] = []
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
        self.resident = resident
        self.episode = episode
        self.admissionKind = admissionKind
        self.admittedAt = admittedAt
        self.admissionDate = admittedAt.calendarDate
        self.legalStatus = legalStatus
        self.startedAcutely =
            startedAcutely ?? (admissionKind == .admitEmergency || legalStatus == .compulsory)
        self.initialDiagnosis = initialDiagnosis
        self.ward = ward
        self.wardType = wardType
        self.endedAt = endedAt
        self.endDate = endedAt?.calendarDate
        self.endedByDeath = endedByDeath
        self.leaves = leaves
    }

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
