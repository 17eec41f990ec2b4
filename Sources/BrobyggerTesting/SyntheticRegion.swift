import BrobyggerCore
import BrobyggerResidents

/// A realistic synthetic region: organisations, facilities, teams, staff, residents, placements and a period of
/// course events, contacts, intensified effort, board records, consents and incidents, generated deterministically
/// from ``SyntheticRegionParameters``.
///
/// Made for tests, examples and benchmarks that need real cases: compulsory admissions and detentions, acute
/// readmissions within 30 days, frequent admitters, evening and weekend discharges, dual diagnoses on facilities
/// approved for one group only, corrected and cancelled notifications, intensified effort with criteria, and
/// follow-ups both met and missed. Every record is valid by construction; the generator runs in time linear in
/// the sizes.
///
/// ```swift
/// let region = try SyntheticRegion.generate(.hovedstaden)
/// let register = region.courseRegister()
/// let analysis = ReadmissionAnalysis(stays: register.stays)
/// ```
public struct SyntheticRegion: Sendable {
    /// The parameters it was generated from.
    public let parameters: SyntheticRegionParameters
    /// The simulated period.
    public let period: DayRange
    /// Every organisation: the region, psychiatric centres, wards, teams and facilities.
    public let organisations: [Organisation]
    /// The psychiatric centres, one per team.
    public let psychiatricCentres: [Organisation]
    /// The wards (psychiatric and somatic).
    public let wards: [Organisation]
    /// The facilities.
    public let facilities: [ResidentialFacility]
    /// The outreach teams.
    public let teams: [OutreachTeam]
    /// Team members and facility staff.
    public let professionals: [Professional]
    /// The residents.
    public let residents: [Resident]
    /// The placements (some residents move during the period).
    public let placements: [Placement]
    /// The course events in arrival order, including corrections and cancellations.
    public let events: [CourseEvent]
    /// The outreach teams' contacts.
    public let contacts: [TeamContact]
    /// Effort-intensity histories of residents with intensified effort.
    public let intensity: [EffortIntensityHistory]
    /// Criterion observations.
    public let observations: [CriterionObservation]
    /// Goals and wishes.
    public let goals: [ResidentGoals]
    /// Planned interventions during intensified periods.
    public let interventions: [PlannedIntervention]
    /// Consents to share.
    public let consents: ConsentRegister
    /// Violent episodes and uses of force.
    public let incidents: [FacilityIncident]
    /// Medication reviews.
    public let medicationReviews: [MedicationReview]
    /// The collaboration terms (criteria and meeting schedule) of every facility–team pair.
    public let terms: StaticCollaborationTerms

    /// Generates a region.
    ///
    /// - Throws: `ValidationError` when the parameters are invalid.
    public static func generate(_ parameters: SyntheticRegionParameters = .hovedstaden) throws(ValidationError)
        -> SyntheticRegion
    {
        try parameters.validate()
        var generator = SyntheticRegionGenerator(parameters: parameters)
        return try generator.generate()
    }

    init(
        parameters: SyntheticRegionParameters, period: DayRange, organisations: [Organisation],
        psychiatricCentres: [Organisation], wards: [Organisation], facilities: [ResidentialFacility],
        teams: [OutreachTeam], professionals: [Professional], residents: [Resident], placements: [Placement],
        events: [CourseEvent], contacts: [TeamContact], intensity: [EffortIntensityHistory],
        observations: [CriterionObservation], goals: [ResidentGoals], interventions: [PlannedIntervention],
        consents: ConsentRegister, incidents: [FacilityIncident], medicationReviews: [MedicationReview],
        terms: StaticCollaborationTerms
    ) {
        self.parameters = parameters
        self.period = period
        self.organisations = organisations
        self.psychiatricCentres = psychiatricCentres
        self.wards = wards
        self.facilities = facilities
        self.teams = teams
        self.professionals = professionals
        self.residents = residents
        self.placements = placements
        self.events = events
        self.contacts = contacts
        self.intensity = intensity
        self.observations = observations
        self.goals = goals
        self.interventions = interventions
        self.consents = consents
        self.incidents = incidents
        self.medicationReviews = medicationReviews
        self.terms = terms
    }

    /// A course register holding every resident's timeline with all events recorded.
    public func courseRegister() -> CourseRegister {
        var register = CourseRegister(residents: residents.map(\.id))
        register.record(contentsOf: events)
        return register
    }

    /// Follow-ups after every discharge in the period, evaluated as of a date (default the period's end).
    public func followUps(
        stays: [Stay], asOf date: CalendarDate? = nil, policy: FollowUpPolicy = .standard,
        calendar: DanishCalendar = .standard
    ) -> [FollowUpAfterDischarge] {
        let byResident = Dictionary(grouping: contacts, by: \.resident)
        let day = date ?? period.end ?? period.start
        return stays.compactMap { stay in
            FollowUpAfterDischarge.evaluate(
                stay: stay, contacts: byResident[stay.resident] ?? [], asOf: day, policy: policy, calendar: calendar)
        }
    }

    /// The records for resident-overview boards, built from the register's stays.
    public func overviewRecords(stays: [Stay], asOf date: CalendarDate? = nil) -> ResidentOverviewRecords {
        ResidentOverviewRecords(
            residents: residents, placements: placements, intensity: intensity, observations: observations,
            goals: goals, interventions: interventions, followUps: followUps(stays: stays, asOf: date), stays: stays,
            consents: consents)
    }

    /// A viewer from a facility's staff (its manager).
    public func facilityViewer(_ facility: ResidentialFacility.ID) -> InformationViewer {
        InformationViewer(
            organisation: facility, organisationKind: .residentialFacility,
            professional: professionals.first { $0.organisation == facility }?.id)
    }

    /// A viewer from a team (its first nurse).
    public func teamViewer(_ team: OutreachTeam.ID) -> InformationViewer {
        InformationViewer(
            organisation: team, organisationKind: .outreachTeam,
            professional: professionals.first { $0.organisation == team && $0.profession == .nurse }?.id)
    }

    /// A calculator for result indicators over the region's records and the given stays. The synthetic region
    /// registers every kind of event, so the coverage is `RegistrationCoverage.everything`.
    public func indicatorCalculator(stays: [Stay], policy: ReadmissionPolicy = .standard) -> ResultIndicatorCalculator {
        ResultIndicatorCalculator(
            residents: residents, facilities: facilities, teams: teams, placements: placements, stays: stays,
            contacts: contacts, incidents: incidents, medicationReviews: medicationReviews, coverage: .everything,
            policy: policy)
    }
}
