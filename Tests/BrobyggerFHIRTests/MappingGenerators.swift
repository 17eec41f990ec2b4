import BrobyggerCarePlans
import BrobyggerCore
import BrobyggerResidents
import BrobyggerTesting
import Foundation

/// Seeded domain values for the mapping round-trip properties: a synthetic region's values, varied with a SplitMix
/// generator so that every optional element is sometimes present and sometimes not.
enum MappingGenerators {
    /// One region shared by the property tests (generating it is the expensive part).
    static let region: SyntheticRegion = {
        var parameters = SyntheticRegionParameters.hovedstaden
        parameters.seed = 4_711
        parameters.residents = 300
        do {
            return try SyntheticRegion.generate(parameters)
        } catch {
            preconditionFailure("the synthetic region generates: \(error)")
        }
    }()

    /// The region's residents, each varied: contact details for relatives, a proxy's end and scope, contact persons.
    static func residents(seed: UInt64) throws -> [Resident] {
        var random = SyntheticRegionRandom(seed: seed)
        return try region.residents.map { resident throws(ValidationError) in
            var relatives = resident.relatives.map { relative in
                // Empty contact details and none are the same in FHIR (no telecom), so only non-empty ones are made.
                Relative(
                    id: relative.id, name: relative.name, relationship: random.pick(Relative.Relationship.allCases),
                    contact: random.chance(0.5)
                        ? ContactDetails(
                            phone: random.chance(0.8) ? "+45 \(random.int(20_000_000...99_999_999))" : nil,
                            email: random.chance(0.5) ? "paaroerende\(random.int(1...999))@example.dk" : nil,
                            secureMessaging: random.chance(0.2) ? "sikker\(random.int(1...99))@example.dk" : nil)
                        : nil
                ).withoutEmptyContact
            }
            if relatives.isEmpty, random.chance(0.5) {
                relatives.append(
                    Relative(
                        id: random.nextIdentifier(), name: try PersonName(given: "Hanne", family: "Sørensen"),
                        relationship: .sibling))
            }
            var proxy = resident.proxy
            if let first = relatives.first, random.chance(0.4) {
                let from = try CalendarDate(iso8601: "2025-0\(random.int(1...9))-1\(random.int(0...9))")
                proxy = try DesignatedProxy(
                    relative: first.id, designatedOn: from,
                    validUntil: random.chance(0.5) ? from.adding(days: random.int(0...900)) : nil,
                    scope: random.chance(0.5) ? "Behandlingsbeslutninger og kontakt til kommunen" : nil)
            }
            var varied = try resident.withRelatives(relatives, proxy: proxy)
            varied.facilityContactPerson = random.chance(0.5) ? random.nextIdentifier() : nil
            varied.teamPrimaryContact = random.chance(0.5) ? random.nextIdentifier() : nil
            return varied
        }
    }

    /// The region's course events, admissions varied in whether they started acutely.
    static func events(seed: UInt64) throws -> [CourseEvent] {
        var random = SyntheticRegionRandom(seed: seed)
        return try region.events.map { event throws(ValidationError) in
            guard var admission = event.admission else { return event }
            admission.startedAcutely = random.chance(0.3) ? random.chance(0.5) : nil
            return try CourseEvent(
                id: event.id, resident: event.resident, episode: event.episode, kind: event.kind,
                instant: event.instant.adding(seconds: Double(random.int(0...999)) / 1_000), ward: event.ward,
                wardType: event.wardType, admission: admission, amendment: event.amendment)
        }
    }
}

extension Relative {
    /// The relative with empty contact details removed.
    var withoutEmptyContact: Relative {
        Relative(id: id, name: name, relationship: relationship, contact: contact?.isEmpty == true ? nil : contact)
    }
}

extension MappingGenerators {
    /// Small regions of many seeds: their facilities and teams.
    static func regions(count: Int) throws -> [SyntheticRegion] {
        try (1...count).map { seed throws(ValidationError) in
            var parameters = SyntheticRegionParameters.hovedstaden
            parameters.seed = UInt64(seed) * 7_919
            parameters.residents = 20
            return try SyntheticRegion.generate(parameters)
        }
    }

    /// Facilities of many regions, varied in target groups, team and linked wards.
    static func facilities(seed: UInt64) throws -> [ResidentialFacility] {
        var random = SyntheticRegionRandom(seed: seed)
        let groups: [TargetGroup] = [.psychiatric, .substanceUse, .developmentalDisability, .unrecognized("ptsd")]
        return try regions(count: 12).flatMap(\.facilities).map { facility throws(ValidationError) in
            var approved: Set<TargetGroup> = facility.approvedTargetGroups
            for group in groups where random.chance(0.3) { approved.insert(group) }
            return try ResidentialFacility(
                id: facility.id, name: facility.name, legalBasis: random.pick(FacilityLegalBasis.allCases),
                owner: random.pick(FacilityOwner.allCases), municipality: facility.municipality,
                capacity: random.int(1...60), approvedTargetGroups: approved,
                outreachTeam: random.chance(0.2) ? nil : facility.outreachTeam,
                linkedWards: random.chance(0.5)
                    ? facility.linkedWards : (0..<random.int(0...3)).map { _ in random.nextIdentifier() })
        }
    }

    /// Teams of many regions, with an on-call rota drawn from their members.
    static func teams(seed: UInt64) throws -> [OutreachTeam] {
        var random = SyntheticRegionRandom(seed: seed)
        return try regions(count: 12).flatMap(\.teams).map { team throws(ValidationError) in
            let rota =
                team.members.isEmpty
                ? []
                : Weekday.allCases.filter { _ in random.chance(0.6) }.map {
                    OutreachTeam.OnCallShift(weekday: $0, professional: random.pick(team.members).professional)
                }
            return try OutreachTeam(
                id: team.id, name: team.name, psychiatricCentre: team.psychiatricCentre, members: team.members,
                servedFacilities: team.servedFacilities, onCallRota: rota)
        }
    }
}

extension MappingGenerators {
    /// The region's coordinated care plans, varied in status, sharing consent and early warning signs.
    static func carePlans(seed: UInt64) throws -> [CoordinatedCarePlan] {
        var parameters = CarePlanGenerationParameters()
        parameters.seed = seed
        parameters.count = 300
        var random = SyntheticRegionRandom(seed: seed)
        let kinds = OrganisationKind.allCases
        return try region.carePlans(parameters).map { plan throws(ValidationError) in
            var status = plan.status
            if random.chance(0.2) {
                status = .closed(
                    on: try CalendarDate(iso8601: "2026-0\(random.int(1...9))-2\(random.int(0...8))"),
                    reason: random.pick([.goalsReached, .residentMoved, .unrecognized("other_reason")]))
            } else if random.chance(0.2) {
                status = .revised
            }
            var consent = plan.sharingConsent
            if random.chance(0.5) {
                let relative = random.nextIdentifier(Relative.self)
                consent = CarePlanSharingConsent(
                    givenBy: random.chance(0.3) ? .proxy(relative) : .resident,
                    givenOn: try CalendarDate(iso8601: "2025-1\(random.int(0...2))-1\(random.int(0...9))"),
                    recipients: [
                        .organisation(random.nextIdentifier()), .organisationKind(random.pick(kinds)),
                        .professional(random.nextIdentifier()), .relative(relative),
                    ].filter { _ in random.chance(0.7) },
                    reference: random.chance(0.5) ? random.nextIdentifier() : nil,
                    withdrawnFrom: random.chance(0.3) ? try CalendarDate(iso8601: "2026-03-01") : nil)
            }
            var signs = plan.earlyWarningSigns
            if random.chance(0.3) {
                signs.append(
                    EarlyWarningSign(
                        sign: "Trækker sig fra fællesskabet og sover dårligt",
                        responses: [
                            EarlyWarningSign.Response(party: .resident, action: "Siger det til kontaktpersonen"),
                            EarlyWarningSign.Response(
                                party: plan.coordinator ?? .resident, action: "Ringer til teamet samme dag"),
                        ]))
            }
            var subGoals = plan.subGoals
            var efforts = plan.efforts
            if subGoals.isEmpty, random.chance(0.6) {
                subGoals = (1...random.int(1...3)).map { number in
                    CarePlanSubGoal(
                        id: random.nextIdentifier(), text: "Delmål \(number)", priority: random.int(1...5),
                        goal: plan.goals.isEmpty || random.chance(0.3) ? nil : random.pick(plan.goals).id)
                }
                efforts = try efforts.map { effort throws(ValidationError) in
                    try CarePlanEffort(
                        id: effort.id, title: effort.title, goal: effort.goal,
                        subGoal: random.chance(0.5) ? random.pick(subGoals).id : nil, domain: effort.domain,
                        responsible: effort.responsible, start: effort.start, due: effort.due, status: effort.status)
                }
            }
            return try CoordinatedCarePlan(
                id: plan.id, resident: plan.resident, residentName: plan.residentName, team: plan.team,
                facility: plan.facility, status: status, initiatingSector: plan.initiatingSector,
                initiatedBy: plan.initiatedBy, triggers: plan.triggers, coordinator: plan.coordinator,
                meetingLeader: plan.meetingLeader, participants: plan.participants, residentVoice: plan.residentVoice,
                challenges: plan.challenges, goals: plan.goals, subGoals: subGoals, efforts: efforts,
                agreements: plan.agreements, earlyWarningSigns: signs, sharingConsent: consent,
                sharedWith: plan.sharedWith, nextMeeting: plan.nextMeeting, meetings: plan.meetings)
        }
    }
}

extension CoordinatedCarePlan {
    /// The plan without its coordination meetings: what the FHIR resources carry.
    func withoutMeetings() throws -> CoordinatedCarePlan {
        try CoordinatedCarePlan(
            id: id, resident: resident, residentName: residentName, team: team, facility: facility, status: status,
            initiatingSector: initiatingSector, initiatedBy: initiatedBy, triggers: triggers, coordinator: coordinator,
            meetingLeader: meetingLeader, participants: participants, residentVoice: residentVoice,
            challenges: challenges, goals: goals, subGoals: subGoals, efforts: efforts, agreements: agreements,
            earlyWarningSigns: earlyWarningSigns, sharingConsent: sharingConsent, sharedWith: sharedWith,
            nextMeeting: nextMeeting)
    }
}
