import BrobyggerCore

/// Computes ``ResultIndicators`` from residents, placements, stays, contacts and incidents.
///
/// A stay belongs to a scope when the resident was in the scope on the admission date: placed on the facility, on a
/// facility the team serves, or with the municipality (or a municipality of the region) as acting municipality.
/// Contacts belong to a team scope by the team that made them, to other scopes by the resident. Incidents belong to
/// the scope of their facility. The records are indexed once; each computation is linear in the records.
///
/// Stays are hospital stays (*sygehusophold*): contacts joined across ward transfers by the policy's
/// ``ReadmissionPolicy/stayDefinition``, so a transfer adds no admission. A count is a number only where the source
/// registers what it counts for the whole period (``RegistrationCoverage``); elsewhere it is
/// ``MeasurementStatus/notRegistered`` (*registreres ikke*, Sundhedsstyrelsen og Social- og Boligstyrelsen (2024)
/// *Erfaringsopsamling af botilbudsteams*, Bilag 3), never a 0 that nobody counted.
public struct ResultIndicatorCalculator: Sendable {
    private let residents: [Resident.ID: Resident]
    private let facilities: [ResidentialFacility.ID: ResidentialFacility]
    private let teamFacilities: [OutreachTeam.ID: Set<ResidentialFacility.ID>]
    private let placementsByResident: [Resident.ID: [Placement]]
    private let stays: [Stay]
    private let contacts: [TeamContact]
    private let incidents: [FacilityIncident]
    private let medicationReviews: [MedicationReview]
    private let analysis: ReadmissionAnalysis
    private let policy: ReadmissionPolicy
    private let coverage: RegistrationCoverage

    private struct StayKey: Hashable {
        var resident: Resident.ID
        var episode: EpisodeOfCareIdentifier
    }

    /// Indexes the records and runs the readmission analysis once.
    ///
    /// - Parameters:
    ///   - residents: The residents counted.
    ///   - facilities: Their facilities, for the facility scope and the facility's outreach team.
    ///   - teams: The outreach teams, for the team scope (a team also serves the facilities it lists).
    ///   - placements: The placements that put a resident in a facility's or team's scope for a day.
    ///   - stays: The hospital stays (joined across ward transfers by the policy's stay definition).
    ///   - contacts: The outreach teams' registered contacts.
    ///   - incidents: Violent episodes and uses of force registered by the facilities.
    ///   - medicationReviews: The medication reviews registered.
    ///   - coverage: Which kinds of registration the source covers, and when. Default: hospital stays only, so
    ///     contacts, incidents and medication reviews are counted only where the caller says they are registered.
    ///   - policy: The readmission policy (validated when it was made).
    ///   - calendar: The working-day calendar.
    public init(
        residents: [Resident], facilities: [ResidentialFacility], teams: [OutreachTeam] = [],
        placements: [Placement], stays: [Stay], contacts: [TeamContact] = [], incidents: [FacilityIncident] = [],
        medicationReviews: [MedicationReview] = [], coverage: RegistrationCoverage = .hospitalStaysOnly,
        policy: ReadmissionPolicy = .standard, calendar: DanishCalendar = .standard
    ) {
        self.residents = Dictionary(residents.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        self.facilities = Dictionary(facilities.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        var served: [OutreachTeam.ID: Set<ResidentialFacility.ID>] = [:]
        for team in teams { served[team.id, default: []].formUnion(team.servedFacilities.map(\.facility)) }
        for facility in facilities {
            if let team = facility.outreachTeam { served[team, default: []].insert(facility.id) }
        }
        self.teamFacilities = served
        self.placementsByResident = Dictionary(grouping: placements, by: \.resident)
        let relevant = policy.stayDefinition.joining(stays.filter { policy.wardTypes.contains($0.wardType) })
        self.stays = relevant
        self.coverage = coverage
        self.contacts = contacts
        self.incidents = incidents
        self.medicationReviews = medicationReviews
        self.policy = policy
        self.analysis = ReadmissionAnalysis(stays: relevant, policy: policy, calendar: calendar)
    }

    /// Whether the resident was in the scope on the date.
    public func isInScope(_ resident: Resident.ID, _ scope: IndicatorScope, on date: CalendarDate) -> Bool {
        switch scope {
        case .facility(let facility):
            return (placementsByResident[resident] ?? []).contains { $0.facility == facility && $0.isActive(on: date) }
        case .team(let team):
            let served = teamFacilities[team] ?? []
            return (placementsByResident[resident] ?? []).contains {
                served.contains($0.facility) && $0.isActive(on: date)
            }
        case .municipality(let code):
            return residents[resident]?.actingMunicipality == code
        case .region(let region):
            return residents[resident]?.actingMunicipality.region == region
        }
    }

    private func facilityIsInScope(_ facility: ResidentialFacility.ID, _ scope: IndicatorScope) -> Bool {
        switch scope {
        case .facility(let id): return id == facility
        case .team(let team): return teamFacilities[team]?.contains(facility) ?? false
        case .municipality(let code): return facilities[facility]?.municipality == code
        case .region(let region): return facilities[facility]?.municipality.region == region
        }
    }

    /// Computes the indicators for a scope and a closed period.
    ///
    /// - Parameters:
    ///   - scope: Whose indicators.
    ///   - period: The period, with an end.
    ///   - asOf: The day ongoing stays count bed days up to; default the period's end.
    /// - Throws: `ValidationError` (`indicators.open-period`) when the period has no end.
    public func indicators(for scope: IndicatorScope, period: DayRange, asOf: CalendarDate? = nil)
        throws(ValidationError) -> ResultIndicators
    {
        guard let end = period.end else {
            throw ValidationError(
                field: "period.end", code: "indicators.open-period", rule: "Indicators are computed for a closed period"
            )
        }
        let cutoff = min(asOf ?? end, end)
        var admissions = 0
        var compulsory = 0
        var detentions = 0
        var bedDays = 0
        var admittedInScope: Set<StayKey> = []
        for stay in stays {
            let overlaps = stay.admissionDate <= end && (stay.endDate.map { $0 >= period.start } ?? true)
            guard overlaps, isInScope(stay.resident, scope, on: stay.admissionDate) else { continue }
            bedDays += stay.bedDays(in: period, asOf: cutoff)
            guard period.contains(stay.admissionDate) else { continue }
            admissions += 1
            admittedInScope.insert(StayKey(resident: stay.resident, episode: stay.episode))
            if stay.legalStatus == .compulsory { compulsory += 1 }
            if stay.legalStatus == .detention { detentions += 1 }
        }
        var readmissions = 0
        var acute = 0
        for link in analysis.links where period.contains(link.readmissionDate) {
            guard admittedInScope.contains(StayKey(resident: link.resident, episode: link.readmission)),
                isInScope(link.resident, scope, on: link.readmissionDate)
            else { continue }
            if link.isWithinReadmissionWindow { readmissions += 1 }
            if link.isAcute { acute += 1 }
        }
        var acuteContacts = 0
        var plannedVisits = 0
        for contact in contacts {
            let day = contact.instant.calendarDate
            guard period.contains(day) else { continue }
            let inScope: Bool
            if case .team(let team) = scope {
                inScope = contact.team == team
            } else {
                inScope = isInScope(contact.resident, scope, on: day)
            }
            guard inScope else { continue }
            switch contact.kind {
            case .acuteOutpatientContact: acuteContacts += 1
            case .plannedOutpatientVisit: plannedVisits += 1
            case .homeVisit, .accompaniedVisit: break
            }
        }
        var violence = (total: 0, physical: 0, psychological: 0, policeReported: 0, policeReportingUnknown: 0)
        var force = 0
        for incident in incidents where period.contains(incident.date) && facilityIsInScope(incident.facility, scope) {
            switch incident.kind {
            case .useOfForce:
                force += 1
            case .violentEpisode(let form, let reported):
                violence.total += 1
                if form == .physical { violence.physical += 1 } else { violence.psychological += 1 }
                switch reported {
                case true?: violence.policeReported += 1
                case nil: violence.policeReportingUnknown += 1
                case false?: break
                }
            }
        }
        var reviewed: Set<Resident.ID> = []
        for review in medicationReviews where period.contains(review.date) {
            if isInScope(review.resident, scope, on: review.date) { reviewed.insert(review.resident) }
        }
        let registered = Set(IndicatorRegistration.allCases.filter { coverage.covers($0, period) })
        func count(_ value: Int, _ kind: IndicatorRegistration) -> IndicatorValue {
            registered.contains(kind) ? .count(value) : .status(.notRegistered)
        }
        func share(_ numerator: Int) -> IndicatorValue {
            guard registered.contains(.hospitalStays) else { return .status(.notRegistered) }
            guard admissions > 0, let value = try? Share(numerator: numerator, denominator: admissions) else {
                return .status(.notCalculated)
            }
            return .share(value)
        }
        let staysRegistered = registered.contains(.hospitalStays)
        return ResultIndicators(
            scope: scope, period: period, admissions: count(admissions, .hospitalStays),
            compulsoryAdmissions: count(compulsory, .hospitalStays), detentions: count(detentions, .hospitalStays),
            readmissions: count(readmissions, .hospitalStays), acuteReadmissions: count(acute, .hospitalStays),
            acuteOutpatientContacts: count(acuteContacts, .teamContacts),
            plannedOutpatientVisits: count(plannedVisits, .teamContacts), bedDays: count(bedDays, .hospitalStays),
            averageLengthOfStay: staysRegistered
                ? ResultIndicators.averageLengthOfStay(bedDays: bedDays, admissions: admissions)
                : .status(.notRegistered),
            compulsoryShare: share(compulsory), readmissionShare: share(min(readmissions, admissions)),
            violentEpisodes: ResultIndicators.ViolentEpisodes(
                total: count(violence.total, .violentEpisodes), physical: count(violence.physical, .violentEpisodes),
                psychological: count(violence.psychological, .violentEpisodes),
                policeReported: registered.contains(.violentEpisodes)
                    ? count(violence.policeReported, .policeReporting) : .status(.notRegistered),
                policeReportingUnknown: registered.contains(.policeReporting)
                    ? count(violence.policeReportingUnknown, .violentEpisodes) : .status(.notRegistered)),
            usesOfForce: count(force, .usesOfForce), medicationReviews: count(reviewed.count, .medicationReviews))
    }
}
