import BrobyggerCore

/// Collaboration terms held as plain values: one set of criteria and one meeting schedule per facility and team.
///
/// Use it where no collaboration-agreement store exists (apps that configure terms directly, tests). Terms apply
/// on every date; model changes over time with a dated provider such as the collaboration-agreement module's.
public struct StaticCollaborationTerms: CollaborationTermsProvider, Hashable, Codable {
    /// The terms of one facility–team pair.
    public struct Terms: Sendable, Hashable, Codable {
        /// The facility (*botilbud*).
        public var facility: Organisation.ID
        /// The outreach team (*botilbudsteam*).
        public var team: Organisation.ID
        /// The agreed criteria for joint intensified effort.
        public var criteria: [IntensifiedEffortCriterion]
        /// The agreed overview-meeting schedule, if any.
        public var schedule: OverviewMeetingSchedule?

        /// Creates the terms of one facility–team pair.
        public init(
            facility: Organisation.ID, team: Organisation.ID, criteria: [IntensifiedEffortCriterion],
            schedule: OverviewMeetingSchedule? = nil
        ) {
            self.facility = facility
            self.team = team
            self.criteria = criteria
            self.schedule = schedule
        }
    }

    /// The terms per facility–team pair; when a pair appears twice, the first entry applies.
    public var terms: [Terms] {
        didSet { index = Self.index(terms) }
    }
    /// Criteria used for pairs without their own terms (for example a region-wide default list); may be empty.
    public var defaultCriteria: [IntensifiedEffortCriterion]
    private var index: [Pair: Int]

    private struct Pair: Hashable {
        var facility: Organisation.ID
        var team: Organisation.ID
    }

    /// Creates static terms.
    public init(terms: [Terms] = [], defaultCriteria: [IntensifiedEffortCriterion] = []) {
        self.terms = terms
        self.defaultCriteria = defaultCriteria
        self.index = Self.index(terms)
    }

    private static func index(_ terms: [Terms]) -> [Pair: Int] {
        var index: [Pair: Int] = [:]
        for (position, entry) in terms.enumerated() where index[Pair(facility: entry.facility, team: entry.team)] == nil
        {
            index[Pair(facility: entry.facility, team: entry.team)] = position
        }
        return index
    }

    private func entry(facility: Organisation.ID, team: Organisation.ID) -> Terms? {
        index[Pair(facility: facility, team: team)].map { terms[$0] }
    }

    /// The criteria agreed for the pair, or ``defaultCriteria`` when the pair has none of its own.
    public func intensifiedEffortCriteria(
        facility: Organisation.ID, team: Organisation.ID, on date: CalendarDate
    ) -> [IntensifiedEffortCriterion] {
        entry(facility: facility, team: team)?.criteria ?? defaultCriteria
    }

    /// The meeting schedule agreed for the pair, if any.
    public func overviewMeetingSchedule(
        facility: Organisation.ID, team: Organisation.ID, on date: CalendarDate
    ) -> OverviewMeetingSchedule? {
        entry(facility: facility, team: team)?.schedule
    }

    private enum CodingKeys: String, CodingKey {
        case terms, defaultCriteria
    }

    /// Decodes the terms and default criteria.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            terms: try container.decode([Terms].self, forKey: .terms),
            defaultCriteria: try container.decodeIfPresent([IntensifiedEffortCriterion].self, forKey: .defaultCriteria)
                ?? [])
    }

    /// Encodes the terms and default criteria.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(terms, forKey: .terms)
        try container.encode(defaultCriteria, forKey: .defaultCriteria)
    }
}
