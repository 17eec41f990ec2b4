import BrobyggerCore
import BrobyggerResidents

/// Generates a ``SyntheticRegion``. Every step is a single pass over its records, so generation is linear in the
/// parameters' sizes.
struct SyntheticRegionGenerator {
    let parameters: SyntheticRegionParameters
    var random: SyntheticRegionRandom
    let calendar = DanishCalendar.standard

    init(parameters: SyntheticRegionParameters) {
        self.parameters = parameters
        self.random = SyntheticRegionRandom(seed: parameters.seed)
    }

    private struct TeamStaff {
        var nurses: [Professional]
        var all: [Professional]
        var centre: Organisation
        var wards: [Organisation]
    }

    private struct PlannedStay {
        var admission: Instant
        var end: Instant?
        var endedByDeath: Bool
    }

    mutating func generate() throws(ValidationError) -> SyntheticRegion {
        let parameters = self.parameters
        let end = parameters.start.adding(days: parameters.days - 1)
        let period = try DayRange(start: parameters.start, end: end)
        let regions = parameters.allRegions
        // Centre (and team) i lies in region i mod the number of regions; so do its facilities and residents.
        func municipalities(ofTeam team: Int) -> [MunicipalityCode] { regions[team % regions.count].municipalities }
        var organisations: [Organisation] = []
        var professionals: [Professional] = []

        var regionOrganisations: [Organisation] = []
        for region in regions {
            regionOrganisations.append(
                try Organisation(
                    id: random.nextIdentifier(), kind: .region, name: region.danishName,
                    identifiers: OrganisationIdentifiers(region: region)))
        }
        organisations += regionOrganisations
        let somaticWard = try Organisation(
            id: random.nextIdentifier(), kind: .ward, name: "Medicinsk afdeling", partOf: regionOrganisations[0].id)

        // Centres, wards, teams and team staff.
        var centres: [Organisation] = []
        var wards: [Organisation] = [somaticWard]
        var teamOrganisations: [Organisation] = []
        var staff: [TeamStaff] = []
        for index in 0..<parameters.teams {
            let centre = try Organisation(
                id: random.nextIdentifier(), kind: .psychiatricCentre, name: "Psykiatrisk Center \(index + 1)",
                partOf: regionOrganisations[index % regions.count].id)
            var centreWards: [Organisation] = []
            for ward in 1...3 {
                centreWards.append(
                    try Organisation(
                        id: random.nextIdentifier(), kind: .ward, name: "Sengeafsnit \(index + 1).\(ward)",
                        partOf: centre.id))
            }
            let team = try Organisation(
                id: random.nextIdentifier(), kind: .outreachTeam, name: "Botilbudsteam \(index + 1)", partOf: centre.id)
            var members: [Professional] = []
            let roles: [Profession] = [
                .nurse, .nurse, .nurse, .nurse, .psychiatrist, .psychologist, .pharmacist, .socialWorker,
            ]
            for profession in roles {
                members.append(
                    Professional(
                        id: random.nextIdentifier(), name: try randomName(), profession: profession,
                        organisation: team.id))
            }
            centres.append(centre)
            wards += centreWards
            teamOrganisations.append(team)
            staff.append(
                TeamStaff(
                    nurses: members.filter { $0.profession == .nurse }, all: members, centre: centre,
                    wards: centreWards))
            professionals += members
        }
        organisations += centres + wards + teamOrganisations

        // Facilities and their staff.
        let stems = ["Bofællesskabet", "Botilbuddet", "Bostedet", "Opgangsfællesskabet", "Boenheden"]
        let places = ["Lunden", "Engen", "Havnen", "Bakken", "Kilden", "Søholm", "Toften", "Vangen", "Stranden"]
        var facilities: [ResidentialFacility] = []
        var facilityStaff: [[Professional]] = []
        var facilityTeam: [Int] = []
        var served: [[OutreachTeam.ServedFacility]] = Array(repeating: [], count: parameters.teams)
        var terms: [StaticCollaborationTerms.Terms] = []
        let residentsPerFacility = max(1, (parameters.residents + parameters.facilities - 1) / parameters.facilities)
        for index in 0..<parameters.facilities {
            let teamIndex = index % parameters.teams
            let municipality = random.pick(municipalities(ofTeam: teamIndex))
            let name = "\(stems[index % stems.count]) \(places[(index / stems.count) % places.count]) \(index + 1)"
            let organisation = try Organisation(
                id: random.nextIdentifier(), kind: .residentialFacility, name: name,
                identifiers: OrganisationIdentifiers(municipality: municipality))
            organisations.append(organisation)
            let basisRoll = random.int(0...99)
            let basis: FacilityLegalBasis =
                basisRoll < 40 ? .longTermStay : basisRoll < 75 ? .temporaryStay : .supportedSocialHousing
            let ownerRoll = random.int(0...99)
            let owner: FacilityOwner = ownerRoll < 60 ? .municipal : ownerRoll < 70 ? .regional : .private
            let groupRoll = random.int(0...99)
            let groups: Set<TargetGroup> =
                groupRoll < 55
                ? [.psychiatric]
                : groupRoll < 82
                    ? [.psychiatric, .substanceUse]
                    : groupRoll < 92 ? [.psychiatric, .developmentalDisability] : [.substanceUse]
            let facility = try ResidentialFacility(
                id: organisation.id, name: name, legalBasis: basis, owner: owner, municipality: municipality,
                capacity: residentsPerFacility + random.int(0...6), approvedTargetGroups: groups,
                outreachTeam: teamOrganisations[teamIndex].id, linkedWards: [staff[teamIndex].wards[0].id])
            facilities.append(facility)
            facilityTeam.append(teamIndex)
            let weekday = Weekday(rawValue: random.int(1...5)) ?? .tuesday
            served[teamIndex].append(try OutreachTeam.ServedFacility(facility: facility.id, onSiteWeekdays: [weekday]))
            terms.append(
                StaticCollaborationTerms.Terms(
                    facility: facility.id, team: teamOrganisations[teamIndex].id,
                    criteria: SyntheticRegionVocabulary.exampleCriteria,
                    schedule: try OverviewMeetingSchedule(weekday: weekday)))
            let members = [
                Professional(
                    id: random.nextIdentifier(), name: try randomName(), profession: .facilityManager,
                    organisation: facility.id),
                Professional(
                    id: random.nextIdentifier(), name: try randomName(), profession: .socialEducator,
                    organisation: facility.id),
                Professional(
                    id: random.nextIdentifier(), name: try randomName(), profession: .socialEducator,
                    organisation: facility.id),
            ]
            facilityStaff.append(members)
            professionals += members
        }
        var teams: [OutreachTeam] = []
        for index in 0..<parameters.teams {
            let nurses = staff[index].nurses
            let rota = [Weekday.monday, .tuesday, .wednesday, .thursday, .friday].enumerated().map { offset, day in
                OutreachTeam.OnCallShift(weekday: day, professional: nurses[offset % nurses.count].id)
            }
            teams.append(
                try OutreachTeam(
                    id: teamOrganisations[index].id, name: teamOrganisations[index].name,
                    psychiatricCentre: staff[index].centre.id,
                    members: staff[index].all.map {
                        OutreachTeam.Member(professional: $0.id, profession: $0.profession)
                    },
                    servedFacilities: served[index], onCallRota: rota))
        }

        // Residents and placements.
        var residents: [Resident] = []
        var placements: [Placement] = []
        var homeFacility: [Int] = []
        var cprs: Set<String> = []
        residents.reserveCapacity(parameters.residents)
        for index in 0..<parameters.residents {
            let facilityIndex = index % parameters.facilities
            let facility = facilities[facilityIndex]
            let cpr = try uniqueCPR(index: index, used: &cprs)
            let municipality =
                random.chance(0.8)
                ? facility.municipality : random.pick(municipalities(ofTeam: facilityTeam[facilityIndex]))
            let diagnosisDate = parameters.start.adding(days: -random.int(100...4_000))
            var diagnoses = [Diagnosis(code: try primaryDiagnosis(), rank: .primary, date: diagnosisDate)]
            if random.chance(parameters.dualDiagnosisShare) {
                let substance = random.pick(["DF102", "DF122", "DF152", "DF192"])
                diagnoses.append(
                    Diagnosis(
                        code: try DiagnosisCode(substance), rank: .secondary,
                        date: diagnosisDate.adding(days: random.int(0...900))))
            }
            if random.chance(0.1) {
                diagnoses.append(
                    Diagnosis(code: try DiagnosisCode("DF603"), rank: .secondary, date: diagnosisDate.adding(days: 30)))
            }
            var scores: [GAFScore] = []
            for _ in 0..<random.int(1...2) {
                scores.append(
                    try GAFScore(
                        value: random.int(20...55), assessedOn: parameters.start.adding(days: -random.int(1...700))))
            }
            let residentID: Resident.ID = random.nextIdentifier()
            var relatives: [Relative] = []
            var proxy: DesignatedProxy?
            if random.chance(0.5) {
                let relative = Relative(
                    id: random.nextIdentifier(), name: try randomName(),
                    relationship: random.pick([.parent, .sibling, .child, .friend]))
                relatives.append(relative)
                if random.chance(0.2) {
                    proxy = try DesignatedProxy(relative: relative.id, designatedOn: diagnosisDate.adding(days: 10))
                }
            }
            residents.append(
                try Resident(
                    id: residentID, person: try PersonIdentifier(cpr: cpr), name: try randomName(),
                    actingMunicipality: municipality, diagnoses: diagnoses, gafScores: scores, relatives: relatives,
                    proxy: proxy,
                    facilityContactPerson: random.pick(Array(facilityStaff[facilityIndex].dropFirst())).id,
                    teamPrimaryContact: random.pick(staff[facilityTeam[facilityIndex]].nurses).id))
            homeFacility.append(facilityIndex)
            let placementStart = parameters.start.adding(days: -random.int(30...3_000))
            if parameters.facilities > 1, random.chance(0.04) {
                let moveDay = parameters.start.adding(days: random.int(30...max(31, parameters.days - 30)))
                let other = facilities[
                    (facilityIndex + 1 + random.int(0...(parameters.facilities - 2))) % parameters.facilities]
                placements.append(
                    Placement(
                        id: random.nextIdentifier(), resident: residentID, facility: facility.id,
                        legalBasis: facility.legalBasis,
                        period: try DayRange(start: placementStart, end: moveDay.adding(days: -1))))
                placements.append(
                    Placement(
                        id: random.nextIdentifier(), resident: residentID, facility: other.id,
                        legalBasis: other.legalBasis, period: try DayRange(start: moveDay)))
            } else {
                placements.append(
                    Placement(
                        id: random.nextIdentifier(), resident: residentID, facility: facility.id,
                        legalBasis: facility.legalBasis, period: try DayRange(start: placementStart)))
            }
        }

        // Admissions per resident: frequent admitters first, the rest spread at random.
        let total = parameters.admissionCount
        let maximumPerResident = max(1, parameters.days / 12)
        var admissionCounts = Array(repeating: 0, count: parameters.residents)
        var assigned = 0
        var frequent: [Bool] = Array(repeating: false, count: parameters.residents)
        for index in 0..<parameters.residents where assigned < total && random.chance(parameters.frequentAdmitterShare)
        {
            let count = min(random.int(4...8), maximumPerResident, total - assigned)
            admissionCounts[index] = count
            frequent[index] = true
            assigned += count
        }
        var attempts = 0
        while assigned < total && attempts < total * 20 {
            attempts += 1
            let index = random.int(0...(parameters.residents - 1))
            guard admissionCounts[index] < maximumPerResident else { continue }
            admissionCounts[index] += 1
            assigned += 1
        }

        // Course events, follow-up contacts and routine contacts.
        var events: [CourseEvent] = []
        var contacts: [TeamContact] = []
        var episodeNumber = 0
        var staysByResident: [[PlannedStay]] = Array(repeating: [], count: parameters.residents)
        for index in 0..<parameters.residents where admissionCounts[index] > 0 {
            let resident = residents[index]
            let teamIndex = facilityTeam[homeFacility[index]]
            let planned = try planStays(count: admissionCounts[index], frequent: frequent[index])
            staysByResident[index] = planned
            for stay in planned {
                episodeNumber += 1
                let episode = try EpisodeOfCareIdentifier("EP\(parameters.seed)-\(episodeNumber)")
                let statusRoll = Double.random(in: 0..<1, using: &random)
                let status: AdmissionLegalStatus =
                    statusRoll < parameters.compulsoryShare
                    ? .compulsory
                    : statusRoll < parameters.compulsoryShare + parameters.detentionShare ? .detention : .voluntary
                let kind: CourseEventKind =
                    status == .compulsory || random.chance(0.6) ? .admitEmergency : .admitInpatient
                let somatic = random.chance(0.04)
                let ward = somatic ? somaticWard.id : random.pick(staff[teamIndex].wards).id
                let initial: DiagnosisCode? =
                    somatic || random.chance(0.02)
                    ? try DiagnosisCode(random.pick(["DS060", "DT424", "DC509"]))
                    : resident.diagnoses.first?.code
                let admission = try CourseEvent(
                    id: random.nextIdentifier(), resident: resident.id, episode: episode, kind: kind,
                    instant: stay.admission, ward: ward, wardType: somatic ? .somatic : .psychiatric,
                    admission: AdmissionDetails(legalStatus: status, initialDiagnosis: initial))
                var stayEvents = [admission]
                if let endInstant = stay.end, endInstant.seconds(until: stay.admission) < -8 * 86_400,
                    random.chance(0.15)
                {
                    let leaveStart = stay.admission.adding(seconds: 3 * 86_400)
                    stayEvents.append(
                        try CourseEvent(
                            id: random.nextIdentifier(), resident: resident.id, episode: episode, kind: .leaveStart,
                            instant: leaveStart, ward: ward, wardType: admission.wardType))
                    stayEvents.append(
                        try CourseEvent(
                            id: random.nextIdentifier(), resident: resident.id, episode: episode, kind: .leaveEnd,
                            instant: leaveStart.adding(seconds: 30 * 3_600), ward: ward, wardType: admission.wardType))
                }
                if let endInstant = stay.end {
                    let ending = try CourseEvent(
                        id: random.nextIdentifier(), resident: resident.id, episode: episode,
                        kind: stay.endedByDeath ? .death : .discharge, instant: endInstant, ward: ward,
                        wardType: admission.wardType)
                    stayEvents.append(ending)
                    if !stay.endedByDeath, random.chance(0.02) {
                        stayEvents.append(
                            try CourseEvent(
                                id: random.nextIdentifier(), resident: resident.id, episode: episode, kind: .discharge,
                                instant: endInstant.adding(seconds: 3_600), ward: ward, wardType: admission.wardType,
                                amendment: .correction(of: ending.id)))
                    }
                    if !stay.endedByDeath, !somatic {
                        contacts += try followUpContacts(
                            resident: resident.id, team: teamOrganisations[teamIndex].id, discharge: endInstant,
                            staff: staff[teamIndex])
                    }
                }
                if random.chance(0.01), stayEvents.count >= 2 {
                    // Out-of-order arrival: the ending arrives before the admission.
                    stayEvents.swapAt(0, stayEvents.count - 1)
                }
                events += stayEvents
            }
            if random.chance(0.01) {
                // A notification sent in error and cancelled.
                episodeNumber += 1
                let mistaken = try CourseEvent(
                    id: random.nextIdentifier(), resident: resident.id,
                    episode: try EpisodeOfCareIdentifier("EP\(parameters.seed)-\(episodeNumber)"),
                    kind: .admitInpatient,
                    instant: try instant(parameters.start.adding(days: random.int(0...(parameters.days - 1))), 10),
                    ward: staff[teamIndex].wards[0].id, admission: AdmissionDetails())
                events.append(mistaken)
                events.append(
                    try CourseEvent(
                        id: random.nextIdentifier(), resident: resident.id, episode: mistaken.episode,
                        kind: mistaken.kind, instant: mistaken.instant, ward: mistaken.ward,
                        amendment: .cancellation(of: mistaken.id)))
            }
        }

        // Intensified effort, observations, interventions.
        var intensity: [EffortIntensityHistory] = []
        var observations: [CriterionObservation] = []
        var interventions: [PlannedIntervention] = []
        let criteria = SyntheticRegionVocabulary.exampleCriteria
        for index in 0..<parameters.residents {
            let resident = residents[index]
            let facilityIndex = homeFacility[index]
            let facility = facilities[facilityIndex]
            let teamIndex = facilityTeam[facilityIndex]
            let teamID = teamOrganisations[teamIndex].id
            let intensify =
                frequent[index] ? random.chance(0.7) : random.chance(parameters.intensifiedShare * 0.9)
            if intensify {
                let anchor =
                    staysByResident[index].first.map { $0.admission.calendarDate.adding(days: -3) }
                    ?? parameters.start.adding(days: random.int(0...(parameters.days - 1)))
                let startDay = max(parameters.start, anchor)
                let lengthDays = random.int(14...42)
                let chosen = [random.pick(criteria), random.pick(criteria)]
                let codes = Array(Set(chosen.map(\.id))).sorted()
                let nurse = random.pick(staff[teamIndex].nurses)
                let author = Author(name: nurse.name, professional: nurse.id, organisation: teamID)
                var history = try EffortIntensityHistory(resident: resident.id)
                try history.append(
                    try EffortIntensityChange(
                        level: .intensified, effectiveFrom: startDay,
                        reason: "Aftalt på beboeroverbliksmødet: kriterier opfyldt", decidedBy: author,
                        triggeringCriteria: codes))
                try history.append(
                    try EffortIntensityChange(
                        level: .normal, effectiveFrom: startDay.adding(days: lengthDays),
                        reason: "Stabil igen; nedskaleret efter aftale", decidedBy: author))
                intensity.append(history)
                for code in codes {
                    observations.append(
                        CriterionObservation(
                            resident: resident.id, criterion: code, observedOn: startDay,
                            recordedBy: random.chance(0.5) ? facility.id : teamID))
                }
                let contactPerson =
                    resident.facilityContactPerson.map(CareParticipant.professional) ?? .organisation(facility.id)
                var day = startDay
                while day < startDay.adding(days: lengthDays), day <= end {
                    interventions.append(
                        try PlannedIntervention(
                            id: random.nextIdentifier(), resident: resident.id, kind: .socialPsychiatric,
                            date: day.adding(days: 1),
                            activity: random.pick([
                                "Gåtur og samtale", "Hjælp til indkøb", "Støtte til at komme op om morgenen",
                            ]),
                            performedBy: [contactPerson], withWhom: [.resident], recordedBy: facility.id))
                    interventions.append(
                        try PlannedIntervention(
                            id: random.nextIdentifier(), resident: resident.id, kind: .psychiatric,
                            date: day.adding(days: 2),
                            activity: random.pick([
                                "Samtale om medicin", "Psykiatrisk vurdering", "Opfølgning på tidlige tegn",
                            ]),
                            performedBy: [.professional(nurse.id)], withWhom: [.resident, contactPerson],
                            recordedBy: teamID))
                    contacts.append(
                        TeamContact(
                            id: random.nextIdentifier(), resident: resident.id, team: teamID, kind: .homeVisit,
                            channel: .inPerson, instant: try instant(day.adding(days: 2), 11), professional: nurse.id))
                    day = day.adding(days: 7)
                }
            } else if random.chance(0.03) {
                observations.append(
                    CriterionObservation(
                        resident: resident.id, criterion: random.pick(criteria).id,
                        observedOn: parameters.start.adding(days: random.int(0...(parameters.days - 1))),
                        recordedBy: facility.id))
            }
        }

        // Routine contacts.
        let weeks = parameters.days / 7
        let months = max(1, parameters.days / 30)
        for index in 0..<parameters.residents {
            let resident = residents[index]
            let teamIndex = facilityTeam[homeFacility[index]]
            let teamID = teamOrganisations[teamIndex].id
            let visits = count(parameters.homeVisitsPerWeek * Double(weeks))
            let planned = count(parameters.plannedVisitsPerMonth * Double(months))
            let acute = count(parameters.acuteContactsPerMonth * Double(months))
            let kinds: [(ContactRegistrationKind, Int)] = [
                (.homeVisit, visits), (.plannedOutpatientVisit, planned), (.acuteOutpatientContact, acute),
            ]
            for (kind, number) in kinds {
                for _ in 0..<number {
                    var day = parameters.start.adding(days: random.int(0...(parameters.days - 1)))
                    if kind != .acuteOutpatientContact, !calendar.isWorkingDay(day) {
                        day = calendar.adding(workingDays: 1, to: day)
                    }
                    contacts.append(
                        TeamContact(
                            id: random.nextIdentifier(), resident: resident.id, team: teamID, kind: kind,
                            channel: .inPerson, instant: try instant(day, random.int(8...15)),
                            professional: random.pick(staff[teamIndex].nurses).id))
                }
            }
            if random.chance(0.05) {
                contacts.append(
                    TeamContact(
                        id: random.nextIdentifier(), resident: resident.id, team: teamID, kind: .accompaniedVisit,
                        channel: .inPerson,
                        instant: try instant(parameters.start.adding(days: random.int(0...(parameters.days - 1))), 10)))
            }
        }

        // Goals, consents, incidents, medication reviews.
        var goals: [ResidentGoals] = []
        var consentList: [ConsentToShare] = []
        var reviews: [MedicationReview] = []
        let statements = [
            "Jeg vil gerne kunne handle ind selv", "Jeg vil se min datter oftere", "Sove bedre om natten",
            "Komme i gang med noget arbejde", "Holde mig fra hash", "Have en hverdag uden indlæggelser",
        ]
        for index in 0..<parameters.residents {
            let resident = residents[index]
            let facility = facilities[homeFacility[index]]
            let teamID = teamOrganisations[facilityTeam[homeFacility[index]]].id
            if random.chance(0.7) {
                goals.append(
                    try ResidentGoals(
                        resident: resident.id,
                        statements: Array(Set([random.pick(statements), random.pick(statements)])).sorted(),
                        recordedOn: parameters.start.adding(days: -random.int(1...200)), recordedBy: facility.id))
            }
            let roll = random.int(0...99)
            if roll < 88 {
                let givenOn = parameters.start.adding(days: -random.int(1...365))
                var consent = try ConsentToShare(
                    id: random.nextIdentifier(), resident: resident.id, givenBy: .resident, givenOn: givenOn,
                    information: [
                        .goalsAndWishes, .effortIntensity, .psychiatricTreatment, .socialSupport,
                        .admissionsAndDischarges,
                    ],
                    recipients: [.organisation(facility.id), .organisation(teamID)],
                    condition: roll < 80 ? .always : .whileAdmitted, period: try DayRange(start: givenOn))
                if random.chance(0.02) {
                    let nurse = staff[facilityTeam[homeFacility[index]]].nurses[0]
                    consent = try consent.withdrawn(
                        from: parameters.start.adding(days: random.int(0...(parameters.days - 1))),
                        recordedBy: Author(nurse))
                }
                consentList.append(consent)
            }
            if random.chance(0.6) {
                reviews.append(
                    MedicationReview(
                        resident: resident.id,
                        date: parameters.start.adding(days: random.int(0...(parameters.days - 1))),
                        reviewedBy: staff[facilityTeam[homeFacility[index]]].all.first { $0.profession == .pharmacist }?
                            .id))
            }
        }
        var incidents: [FacilityIncident] = []
        var residentsOn: [[Resident.ID]] = Array(repeating: [], count: parameters.facilities)
        for index in 0..<parameters.residents { residentsOn[homeFacility[index]].append(residents[index].id) }
        let yearShare = Double(parameters.days) / 365
        for (index, facility) in facilities.enumerated() {
            let population = Double(residentsOn[index].count)
            for _ in 0..<count(population * 0.8 * yearShare) {
                let reported: Bool? = random.chance(0.2) ? nil : random.chance(0.12)
                incidents.append(
                    FacilityIncident(
                        id: random.nextIdentifier(), facility: facility.id,
                        resident: residentsOn[index].isEmpty ? nil : random.pick(residentsOn[index]),
                        date: parameters.start.adding(days: random.int(0...(parameters.days - 1))),
                        kind: .violentEpisode(
                            form: random.chance(0.7) ? .psychological : .physical, policeReported: reported)))
            }
            for _ in 0..<count(population * 0.3 * yearShare) {
                incidents.append(
                    FacilityIncident(
                        id: random.nextIdentifier(), facility: facility.id,
                        date: parameters.start.adding(days: random.int(0...(parameters.days - 1))), kind: .useOfForce))
            }
        }

        return SyntheticRegion(
            parameters: parameters, period: period, organisations: organisations, psychiatricCentres: centres,
            wards: wards, facilities: facilities, teams: teams, professionals: professionals, residents: residents,
            placements: placements, events: events, contacts: contacts, intensity: intensity,
            observations: observations, goals: goals, interventions: interventions,
            consents: try ConsentRegister(consentList), incidents: incidents, medicationReviews: reviews,
            terms: StaticCollaborationTerms(terms: terms, defaultCriteria: SyntheticRegionVocabulary.exampleCriteria))
    }

    /// A whole number with the expected value `mean` (the integer part plus a chance of one more).
    private mutating func count(_ mean: Double) -> Int {
        let whole = Int(mean)
        return whole + (random.chance(mean - Double(whole)) ? 1 : 0)
    }

    private mutating func randomName() throws(ValidationError) -> PersonName {
        try PersonName(
            given: random.pick(SyntheticRegionVocabulary.givenNames),
            family: random.pick(SyntheticRegionVocabulary.familyNames))
    }

    private func instant(_ day: CalendarDate, _ hour: Int, _ minute: Int = 0) throws(ValidationError) -> Instant {
        try Instant(date: day, hour: hour, minute: minute)
    }

    private mutating func primaryDiagnosis() throws(ValidationError) -> DiagnosisCode {
        let roll = random.int(0...99)
        let code =
            roll < 58
            ? random.pick(["DF200", "DF209", "DF205"])
            : roll < 68
                ? "DF250"
                : roll < 76
                    ? "DF312"
                    : roll < 83 ? "DF332" : roll < 88 ? "DF603" : roll < 93 ? "DF841" : roll < 97 ? "DF411" : "DF700"
        return try DiagnosisCode(code)
    }

    private mutating func uniqueCPR(index: Int, used: inout Set<String>) throws(ValidationError) -> String {
        while true {
            let year = random.int(1950...2004)
            let month = random.int(1...12)
            let day = random.int(1...28)
            let century = year >= 2000 ? 4 : random.int(0...3)
            let middle = random.int(0...99)
            let last = random.int(0...9)
            let text =
                pad(day) + pad(month) + pad(year % 100) + String(century) + pad(middle) + String(last)
            if used.insert(text).inserted { return text }
        }
    }

    private func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }

    /// Places `count` stays in the period without overlap: lengths and gaps are drawn, then the gaps are scaled so
    /// everything fits. Frequent admitters get short gaps (acute readmissions) and short stays.
    private mutating func planStays(count: Int, frequent: Bool) throws(ValidationError) -> [PlannedStay] {
        let days = parameters.days
        let room = max(1, (days - 1) / count)
        var lengths: [Int] = []
        var gaps: [Int] = []
        for _ in 0..<count {
            let short = random.chance(frequent ? 0.5 : 0.3)
            lengths.append(min(room - 1, short ? random.int(0...3) : random.int(4...(frequent ? 14 : 40))))
            gaps.append(random.chance(frequent ? 0.6 : 0.3) ? random.int(1...29) : random.int(31...150))
        }
        let lengthSum = lengths.reduce(0, +)
        let gapSum = gaps.reduce(0, +)
        let available = max(0, days - 1 - lengthSum)
        if gapSum > available {
            gaps = gaps.map { max(0, $0 * available / max(1, gapSum)) }
        }
        var stays: [PlannedStay] = []
        var cursor = parameters.start
        var previousEnd: Instant?
        for index in 0..<count {
            let admissionDay = cursor.adding(days: gaps[index])
            let dischargeDay = admissionDay.adding(days: lengths[index])
            var admissionHour = random.int(0...23)
            if lengths[index] == 0 { admissionHour = random.int(0...12) }
            var admission = try instant(admissionDay, admissionHour, random.int(0...59))
            // More than 4 hours after the previous discharge, even after a correction moves it an hour later, so each
            // planned stay is a hospital stay of its own (closer contacts are one stay, HospitalStayDefinition.national).
            if let previousEnd, previousEnd.seconds(until: admission) <= 6 * 3_600 {
                admission = previousEnd.adding(seconds: 6 * 3_600 + 60)
            }
            let evening = random.chance(parameters.eveningDischargeShare)
            var dischargeHour = evening ? random.int(17...22) : random.int(9...15)
            if lengths[index] == 0 { dischargeHour = max(dischargeHour, admissionHour + 2) }
            var discharge = try instant(dischargeDay, min(dischargeHour, 23), random.int(0...59))
            if discharge <= admission { discharge = admission.adding(seconds: 2 * 3_600) }
            let isLast = index == count - 1
            let ongoing = isLast && dischargeDay > parameters.start.adding(days: days - 8) && random.chance(0.5)
            let death = isLast && !ongoing && random.chance(0.003)
            stays.append(PlannedStay(admission: admission, end: ongoing ? nil : discharge, endedByDeath: death))
            previousEnd = discharge
            cursor = discharge.calendarDate
        }
        return stays
    }

    /// The team's follow-up after a discharge: usually within the 5-weekday deadline, sometimes late, sometimes not.
    private mutating func followUpContacts(
        resident: Resident.ID, team: OutreachTeam.ID, discharge: Instant, staff: TeamStaff
    ) throws(ValidationError) -> [TeamContact] {
        let roll = random.int(0...99)
        guard roll < 92 else { return [] }
        let workingDays = roll < 82 ? random.int(1...5) : random.int(6...10)
        let day = calendar.adding(workingDays: workingDays, to: discharge.calendarDate)
        let byPhone = random.chance(0.3)
        return [
            TeamContact(
                id: random.nextIdentifier(), resident: resident, team: team, kind: .homeVisit,
                channel: byPhone ? .phone : .inPerson, instant: try instant(day, random.int(9...14)),
                professional: random.pick(staff.nurses).id)
        ]
    }
}
