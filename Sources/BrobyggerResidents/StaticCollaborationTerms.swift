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

    /// The terms per facility–team pair.
    public var terms: [Terms]
    /// Criteria used for pairs without their own terms (for example a region-wide default list); may be empty.
    public var defaultCriteria: [IntensifiedEffortCriterion]

    /// Creates static terms.
    public init(terms: [Terms] = [], defaultCriteria: [IntensifiedEffortCriterion] = []) {
        self.terms = terms
        self.defaultCriteria = defaultCriteria
    }

    /// The criteria agreed for the pair, or ``defaultCriteria`` when the pair has none of its own.
    public func intensifiedEffortCriteria(
        facility: Organisation.ID, team: Organisation.ID, on date: CalendarDate
    ) -> [IntensifiedEffortCriterion] {
        terms.first { $0.facility == facility && $0.team == team }?.criteria ?? defaultCriteria
    }

    /// The meeting schedule agreed for the pair, if any.
    public func overviewMeetingSchedule(
        facility: Organisation.ID, team: Organisation.ID, on date: CalendarDate
    ) -> OverviewMeetingSchedule? {
        terms.first { $0.facility == facility && $0.team == team }?.schedule
    }
}
