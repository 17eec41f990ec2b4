import BrobyggerCore

/// Readmission analysis over stays: primary admission → readmission links, acute and early readmissions,
/// frequent admitters, short stays and discharges outside daytime or at weekends.
///
/// Definitions (VIVE 2023, afsnit 1.3.1 og 1.3.3):
/// - a **stay** is a *sygehusophold*: contacts joined across ward transfers (``ReadmissionPolicy/stayDefinition``,
///   by default at most 4 hours apart), so a transfer is neither a discharge nor a readmission;
/// - a **readmission** (*genindlæggelse*) is an admission after an earlier one, the **primary admission**
///   (*primærindlæggelse*); each admission is linked to the resident's latest earlier stay that has ended;
/// - an **acute readmission** starts acutely no later than 30 days after discharge from the primary admission,
///   unless it starts with a cancer or accident diagnosis (Sundhedsdatastyrelsen 2017); the lists are
///   ``ReadmissionPolicy/acuteReadmissionExclusions``, and self-harm and assault are not accidents;
/// - **frequent admission** is at least ``ReadmissionPolicy/frequentAdmissionThreshold`` admissions within a rolling
///   ``ReadmissionPolicy/frequentAdmissionWindowMonths``.
///
/// Whether a readmission was avoidable (*uhensigtsmæssig*) is never computed: record it as an
/// ``AvoidabilityAssessment``.
///
/// The analysis groups the stays by resident with one hash pass, sorts each resident's stays and walks them once:
/// O(n log k) for n stays and at most k stays per resident.
public struct ReadmissionAnalysis: Sendable, Hashable {
    /// The national acute-readmission window: 30 days after discharge (Sundhedsdatastyrelsen 2017,
    /// VIVE 2023, afsnit 1.3.1). Not configurable.
    public static let acuteReadmissionWindowDays = 30

    /// A link from a primary admission to the admission that followed it.
    public struct Link: Sendable, Hashable, Codable {
        /// The resident.
        public var resident: Resident.ID
        /// The primary admission's episode.
        public var primary: EpisodeOfCareIdentifier
        /// The readmission's episode.
        public var readmission: EpisodeOfCareIdentifier
        /// The readmission's admission date.
        public var readmissionDate: CalendarDate
        /// Whole days from the primary discharge date to the readmission date.
        public var daysAfterDischarge: Int
        /// Whether the readmission is acute under the national definition.
        public var isAcute: Bool
        /// Why a readmission that started acutely within 30 days is not acute (cancer or accident), if so.
        public var acuteExclusion: AcuteReadmissionExclusions.Reason?
        /// Whether it happened within the early window (default 3 days).
        public var isEarly: Bool
        /// Whether it falls within the indicator's readmission window (default 30 days).
        public var isWithinReadmissionWindow: Bool
    }

    /// What the analysis says about one stay.
    public struct StayProfile: Sendable, Hashable, Codable {
        /// The resident.
        public var resident: Resident.ID
        /// The episode.
        public var episode: EpisodeOfCareIdentifier
        /// The admission date.
        public var admissionDate: CalendarDate
        /// Whether the stay lasted 0 to the short-stay maximum days.
        public var isShortStay: Bool
        /// Whether the resident was discharged outside daytime.
        public var dischargedOutsideDaytime: Bool
        /// Whether the resident was discharged at a weekend.
        public var dischargedAtWeekend: Bool
        /// Whether the admission is the resident's n-th within the rolling window with n at or above the threshold.
        public var isFrequentAdmission: Bool
    }

    /// A resident who reached the frequent-admission threshold, with the first window in which they did.
    public struct FrequentAdmitter: Sendable, Hashable, Codable {
        /// The resident.
        public var resident: Resident.ID
        /// The first admission date of the window.
        public var windowStart: CalendarDate
        /// The largest number of admissions in any rolling window.
        public var maximumAdmissionsInWindow: Int
    }

    /// The policy the analysis used.
    public let policy: ReadmissionPolicy
    /// The links, grouped by resident (in order of first appearance) and ordered by date.
    public let links: [Link]
    /// A profile per analysed stay, grouped by resident and ordered by admission.
    public let profiles: [StayProfile]
    /// Residents who reached the frequent-admission threshold.
    public let frequentAdmitters: [FrequentAdmitter]

    /// Analyses stays (of any number of residents, in any order). Contacts the policy's stay definition joins are
    /// analysed as one stay (stays from ``CourseTimeline/stays`` are joined already; joining again changes nothing).
    public init(stays input: [Stay], policy: ReadmissionPolicy = .standard, calendar: DanishCalendar = .standard) {
        self.policy = policy
        let stays = policy.stayDefinition.joining(input.filter { policy.wardTypes.contains($0.wardType) })
        // Group by resident in order of first appearance (hashing, not string comparison), then sort each
        // resident's few stays by admission time.
        var order: [Resident.ID] = []
        var groups: [Resident.ID: [Int]] = [:]
        groups.reserveCapacity(stays.count / 2)
        for (index, stay) in stays.enumerated() {
            if groups[stay.resident]?.append(index) == nil {
                order.append(stay.resident)
                groups[stay.resident] = [index]
            }
        }
        var links: [Link] = []
        var profiles: [StayProfile] = []
        var frequent: [FrequentAdmitter] = []
        profiles.reserveCapacity(stays.count)
        for resident in order {
            var indices = groups[resident] ?? []
            indices.sort { stays[$0].admittedAt < stays[$1].admittedAt }
            Self.analyse(
                indices, in: stays, policy: policy, calendar: calendar, links: &links, profiles: &profiles,
                frequent: &frequent)
        }
        self.links = links
        self.profiles = profiles
        self.frequentAdmitters = frequent
    }

    private static func analyse(
        _ order: [Int], in all: [Stay], policy: ReadmissionPolicy, calendar: DanishCalendar, links: inout [Link],
        profiles: inout [StayProfile], frequent: inout [FrequentAdmitter]
    ) {
        var previousEnded: Int?
        var windowStart = 0
        var best: (count: Int, start: CalendarDate)?
        for position in order.indices {
            let stay = all[order[position]]
            if let previous = previousEnded, let discharge = all[previous].endDate, !all[previous].endedByDeath {
                let primary = all[previous]
                let days = discharge.days(until: stay.admissionDate)
                let startsAcutelyInWindow = days <= acuteReadmissionWindowDays && stay.startedAcutely
                let exclusion =
                    startsAcutelyInWindow ? policy.acuteReadmissionExclusions.exclusion(of: stay) : nil
                links.append(
                    Link(
                        resident: stay.resident, primary: primary.episode, readmission: stay.episode,
                        readmissionDate: stay.admissionDate, daysAfterDischarge: days,
                        isAcute: startsAcutelyInWindow && exclusion == nil, acuteExclusion: exclusion,
                        isEarly: days <= policy.earlyReadmissionDays,
                        isWithinReadmissionWindow: days <= policy.readmissionWindowDays))
            }
            // Rolling window: admissions from windowStart to index lie within the window months before this one.
            while all[order[windowStart]].admissionDate.adding(months: policy.frequentAdmissionWindowMonths)
                <= stay.admissionDate
            {
                windowStart += 1
            }
            let count = position - windowStart + 1
            let isFrequent = count >= policy.frequentAdmissionThreshold
            if isFrequent, count > (best?.count ?? 0) {
                best = (count, all[order[windowStart]].admissionDate)
            }
            let dischargedAlive = stay.endedAt != nil && !stay.endedByDeath
            profiles.append(
                StayProfile(
                    resident: stay.resident, episode: stay.episode, admissionDate: stay.admissionDate,
                    isShortStay: stay.lengthOfStayDays.map { $0 <= policy.shortStayMaximumDays } ?? false,
                    dischargedOutsideDaytime: dischargedAlive
                        && (stay.endLocalTime.map { policy.isOutsideDaytime($0) } ?? false),
                    dischargedAtWeekend: dischargedAlive
                        && (stay.endDate.map { policy.isWeekend($0, calendar: calendar) } ?? false),
                    isFrequentAdmission: isFrequent))
            if let end = stay.endedAt {
                // An overlapping stay that ends earlier does not replace the later discharge.
                if previousEnded.flatMap({ all[$0].endedAt }).map({ end >= $0 }) ?? true {
                    previousEnded = order[position]
                }
            }
        }
        if let best, let first = order.first {
            let resident = all[first].resident
            frequent.append(
                FrequentAdmitter(resident: resident, windowStart: best.start, maximumAdmissionsInWindow: best.count))
        }
    }

    /// The acute readmissions.
    public var acuteReadmissions: [Link] { links.filter(\.isAcute) }

    /// The readmissions within the indicator's window whose readmission date falls in the period.
    public func readmissions(in period: DayRange) -> [Link] {
        links.filter { $0.isWithinReadmissionWindow && period.contains($0.readmissionDate) }
    }

    /// The link whose readmission is the given episode, if any.
    public func link(readmission episode: EpisodeOfCareIdentifier, of resident: Resident.ID) -> Link? {
        links.first { $0.readmission == episode && $0.resident == resident }
    }

    /// Whether the resident is a frequent admitter.
    public func isFrequentAdmitter(_ resident: Resident.ID) -> Bool {
        frequentAdmitters.contains { $0.resident == resident }
    }
}
