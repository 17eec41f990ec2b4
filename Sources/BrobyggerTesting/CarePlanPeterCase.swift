import BrobyggerCarePlans
import BrobyggerCore
import BrobyggerResidents

/// The worked case "Peter" from Region Sjælland's report (Region Sjælland 2020, kapitel 3) as a fixture: the
/// organisations and people, and the plan as it stands after each step.
///
/// Peter is 42, lives alone, lost his job because of drug and alcohol misuse, has poor physical health and little
/// contact with anyone but the jobcentre. His GP refers him to the psychiatric emergency reception, which admits
/// him (kapitel 3). At a ward conference it is agreed that a social worker contacts the municipality to hold a
/// coordination meeting (kapitel 3). The social worker first asks Peter about his wishes and dreams: "noget at stå op
/// til", to get out of his misuse and back to work; Peter sees the sense in a meeting. At the meeting, with Peter
/// and staff from psychiatry and the municipality, the plan describes three plans: substance-misuse treatment, a
/// later wage-subsidised job, and physical rehabilitation (kapitel 3). Follow-up meetings revise it (kapitel 3).
///
/// The report gives no dates, names or meeting details; those here are invented and marked as such in the
/// scenario spec.
public struct CarePlanPeterCase: Sendable {
    /// The ward that admits Peter.
    public let ward: CarePlanOrganisation
    /// The municipality (Køge Kommune).
    public let municipality: CarePlanOrganisation
    /// The municipality's substance-misuse centre (*rusmiddelcenter*).
    public let substanceMisuseCentre: CarePlanOrganisation
    /// The municipality's jobcentre.
    public let jobcentre: CarePlanOrganisation
    /// Peter's GP practice.
    public let gpPractice: CarePlanOrganisation
    /// The district psychiatry outpatient clinic that follows Peter after discharge.
    public let outpatientClinic: CarePlanOrganisation
    /// The ward's social worker, who convenes the meeting and coordinates the plan.
    public let socialWorker: CarePlanParty
    /// The ward's doctor.
    public let wardDoctor: CarePlanParty
    /// The substance-misuse counsellor.
    public let misuseCounsellor: CarePlanParty
    /// The jobcentre's consultant.
    public let jobConsultant: CarePlanParty
    /// The municipal case worker who takes over coordination after discharge.
    public let caseWorker: CarePlanParty
    /// Peter's GP, who cannot attend and sends input via the coordinator.
    public let generalPractitioner: CarePlanParty
    /// Peter.
    public let resident: Resident

    /// The day Peter is admitted from the emergency reception (invented: Monday 2 February 2026).
    public let admission = ResidentsFixtureTime.date("2026-02-02")
    /// The ward conference.
    public let wardConference = ResidentsFixtureTime.date("2026-02-05")
    /// The social worker's preparatory talk with Peter.
    public let preparationTalk = ResidentsFixtureTime.date("2026-02-09")
    /// The coordination meeting.
    public let coordinationMeeting = ResidentsFixtureTime.date("2026-02-16")
    /// Peter's discharge.
    public let discharge = ResidentsFixtureTime.date("2026-02-20")
    /// The follow-up meeting that revises the plan.
    public let followUpMeeting = ResidentsFixtureTime.date("2026-05-11")
    /// The meeting agreed at the follow-up meeting.
    public let meetingAfterFollowUp = ResidentsFixtureTime.date("2026-10-26")

    /// The plan's identifier.
    public let planID = CarePlanBuilder.identifier("peter", "plan", CoordinatedCarePlan.self)
    /// The shared goal.
    public let sharedGoal = CarePlanGoal(
        id: CarePlanBuilder.identifier("peter", "goal-work"),
        text: "Peter har noget at stå op til og vender tilbage til arbejdsmarkedet.")
    /// The effort: substance-misuse treatment.
    public let misuseTreatmentID = CarePlanBuilder.identifier("peter", "effort-misuse", CarePlanEffort.self)
    /// The effort: a later wage-subsidised job.
    public let wageSubsidisedJobID = CarePlanBuilder.identifier("peter", "effort-job", CarePlanEffort.self)
    /// The effort: physical rehabilitation.
    public let physicalRehabilitationID = CarePlanBuilder.identifier("peter", "effort-rehab", CarePlanEffort.self)
    /// The effort added at the follow-up: outpatient follow-up of medication.
    public let outpatientFollowUpID = CarePlanBuilder.identifier("peter", "effort-outpatient", CarePlanEffort.self)

    /// Creates the case.
    public init() {
        do {
            func organisation(_ key: String, _ kind: OrganisationKind, _ name: String) throws(ValidationError)
                -> CarePlanOrganisation
            {
                try CarePlanOrganisation(
                    id: CarePlanBuilder.identifier("peter", "org-" + key), kind: kind, name: name)
            }
            func person(_ key: String, _ given: String, _ family: String, _ organisation: CarePlanOrganisation)
                throws(ValidationError) -> CarePlanParty
            {
                .professional(
                    CarePlanBuilder.identifier("peter", "professional-" + key),
                    name: try PersonName(given: given, family: family), organisation: organisation)
            }
            ward = try organisation("ward", .ward, "Psykiatrisk sengeafsnit, Roskilde")
            municipality = try organisation("municipality", .municipality, "Køge Kommune")
            substanceMisuseCentre = try organisation("rusmiddel", .addictionTreatment, "Rusmiddelcenter Køge")
            jobcentre = try organisation("jobcentre", .jobcentre, "Jobcenter Køge")
            gpPractice = try organisation("gp", .gpPractice, "Lægerne i Køge")
            outpatientClinic = try organisation("clinic", .outpatientClinic, "Distriktspsykiatrien Køge")
            socialWorker = try person("social-worker", "Mette", "Lund", ward)
            wardDoctor = try person("ward-doctor", "Anders", "Holm", ward)
            misuseCounsellor = try person("counsellor", "Sara", "Dahl", substanceMisuseCentre)
            jobConsultant = try person("job", "Jonas", "Berg", jobcentre)
            caseWorker = try person("case-worker", "Lene", "Friis", municipality)
            generalPractitioner = try person("gp", "Karen", "Vang", gpPractice)
            resident = try ResidentBuilder("peter").named("Peter", "Hansen").cpr("1503841237")
                .actingMunicipality("0259").build()
        } catch {
            preconditionFailure("The Peter case fixture is invalid: \(error)")
        }
    }

    /// The author of changes the social worker makes.
    public var socialWorkerAuthor: Author { author(socialWorker) }
    /// The author of changes the case worker makes.
    public var caseWorkerAuthor: Author { author(caseWorker) }

    /// The author behind a professional party.
    public func author(_ party: CarePlanParty) -> Author {
        guard case .professional(let id, let name, let organisation) = party else {
            preconditionFailure("not a professional")
        }
        return Author(name: name, professional: id, organisation: organisation.id)
    }

    /// Peter's wishes and dreams in his own words, from the preparatory talk (Region Sjælland 2020, kapitel 3).
    public var wishesAndDreams: ResidentVoice {
        ResidentVoice(
            wishesAndDreams: [
                "Jeg vil have noget at stå op til.", "Jeg vil ud af mit misbrug.",
                "Jeg vil tilbage på arbejdsmarkedet.",
            ], recordedOn: preparationTalk)
    }

    /// The draft made after the ward conference: psychiatry starts the plan, the social worker coordinates, the
    /// meeting is planned.
    public func draft() -> CoordinatedCarePlan {
        build {
            try CoordinatedCarePlan(
                id: planID, resident: resident.id, residentName: resident.name, status: .draft,
                initiatingSector: .psychiatry, initiatedBy: wardDoctor,
                triggers: [.complexCourse, .partySeesNeed], coordinator: socialWorker, meetingLeader: socialWorker,
                challenges: [
                    CarePlanChallenge(
                        domain: .psychiatric, text: "Selvmordstanker; indlagt og i medicinsk behandling."),
                    CarePlanChallenge(domain: .substanceUse, text: "Misbrug af stoffer og alkohol."),
                    CarePlanChallenge(
                        domain: .physicalHealth, text: "Dårligt helbred, indlæggelser for vejrtrækningsproblemer."),
                    CarePlanChallenge(domain: .employmentEducation, text: "Fyret på grund af misbrug."),
                    CarePlanChallenge(
                        domain: .network, text: "Forældrene orker ikke mere; omgangskredsen misbruger også."),
                ],
                nextMeeting: coordinationMeeting)
        }
    }

    /// The draft after the preparatory talk: Peter's own words added.
    public func preparedDraft() -> CoordinatedCarePlan {
        var plan = draft()
        plan.residentVoice = wishesAndDreams
        return plan
    }

    /// The coordination meeting as held: Peter, the ward, the substance-misuse centre and the jobcentre present; the
    /// GP absent with input via the coordinator; Peter approves at the meeting.
    public func firstMeeting() -> CoordinationMeeting {
        build {
            try CoordinationMeeting(
                id: CarePlanBuilder.identifier("peter", "meeting-1"), date: coordinationMeeting, kind: .initial,
                meetingLeader: socialWorker,
                participants: [
                    CarePlanParticipant(party: .resident, role: "borger", present: true),
                    CarePlanParticipant(party: socialWorker, role: "socialrådgiver, koordinator", present: true),
                    CarePlanParticipant(party: wardDoctor, role: "læge", present: true),
                    CarePlanParticipant(party: misuseCounsellor, role: "misbrugskonsulent", present: true),
                    CarePlanParticipant(party: jobConsultant, role: "jobkonsulent", present: true),
                    CarePlanParticipant(party: generalPractitioner, role: "egen læge", present: false),
                ],
                preparation: [
                    PreparationInput(
                        from: wardDoctor, status: "Indlagt efter selvmordstanker; medicin startet.",
                        goal: "Stabil medicinsk behandling inden udskrivelse."),
                    PreparationInput(
                        from: misuseCounsellor, status: "Ingen kontakt til rusmiddelcentret endnu.",
                        goal: "Opstart af behandling straks efter udskrivelse."),
                    PreparationInput(
                        from: jobConsultant, status: "Sygemeldt fra jobcentrets tilbud.",
                        goal: "Afklaring af job med løntilskud."),
                    PreparationInput(
                        from: generalPractitioner, status: "Sparsom kontakt; KOL-lignende symptomer.",
                        goal: "Lungefunktion undersøgt og genoptræning henvist.", delivery: .viaCoordinator),
                ],
                minutes: [
                    CoordinationMeetingMinute(item: .newAgreements, text: "Tre planer aftalt; Peter godkender dem."),
                    CoordinationMeetingMinute(
                        item: .sinceLastTime, text: "Peter er indlagt efter henvisning fra egen læge."),
                    CoordinationMeetingMinute(
                        item: .residentsView, text: "Peter vil have noget at stå op til og ud af sit misbrug."),
                    CoordinationMeetingMinute(
                        item: .followUpOfAgreements, text: "Første møde: ingen tidligere aftaler."),
                ],
                approval: .givenAtMeeting)
        }
    }

    /// The plan made at the coordination meeting, before it is activated: the three plans of Region Sjælland 2020,
    /// kapitel 3.
    public func planAtFirstMeeting() -> CoordinatedCarePlan {
        build {
            let plan = try preparedDraft().settingGoals(
                [sharedGoal],
                subGoals: [
                    CarePlanSubGoal(
                        id: CarePlanBuilder.identifier("peter", "sub-misuse"), text: "Ud af misbruget", priority: 1,
                        goal: sharedGoal.id),
                    CarePlanSubGoal(
                        id: CarePlanBuilder.identifier("peter", "sub-health"), text: "Bedre fysisk helbred",
                        priority: 2, goal: sharedGoal.id),
                    CarePlanSubGoal(
                        id: CarePlanBuilder.identifier("peter", "sub-job"), text: "Job med løntilskud", priority: 3,
                        goal: sharedGoal.id),
                ])
            var withEfforts =
                try plan
                .settingEffort(
                    CarePlanEffort(
                        id: misuseTreatmentID, title: "Misbrugsbehandling", goal: "Peter er stoffri og drikker ikke.",
                        subGoal: CarePlanBuilder.identifier("peter", "sub-misuse"), domain: .substanceUse,
                        responsible: [misuseCounsellor], start: discharge, due: ResidentsFixtureTime.date("2026-08-31"),
                        status: .planned)
                )
                .settingEffort(
                    CarePlanEffort(
                        id: physicalRehabilitationID, title: "Fysisk genoptræning",
                        goal: "Peter kan gå en tur på 30 minutter uden åndenød.",
                        subGoal: CarePlanBuilder.identifier("peter", "sub-health"), domain: .physicalHealth,
                        responsible: [.organisation(municipality)], start: ResidentsFixtureTime.date("2026-03-02"),
                        due: ResidentsFixtureTime.date("2026-05-01"), status: .planned)
                )
                .settingEffort(
                    CarePlanEffort(
                        id: wageSubsidisedJobID, title: "Job med løntilskud",
                        goal: "Peter er i job med løntilskud.", subGoal: CarePlanBuilder.identifier("peter", "sub-job"),
                        domain: .employmentEducation, responsible: [.organisation(jobcentre)],
                        start: ResidentsFixtureTime.date("2026-06-01"), due: ResidentsFixtureTime.date("2026-09-30"),
                        status: .planned)
                )
                .recording(firstMeeting(), nextMeeting: followUpMeeting)
            withEfforts.agreements = [
                CarePlanAgreement(
                    text: "Rusmiddelcentret kontakter Peter på sengeafsnittet før udskrivelsen.",
                    owner: misuseCounsellor, approvedByResident: true),
                CarePlanAgreement(
                    text: "Egen læge henviser til genoptræning.", owner: generalPractitioner, approvedByResident: true),
            ]
            withEfforts.earlyWarningSigns = [
                EarlyWarningSign(
                    sign: "Jeg isolerer mig og får dystre tanker.",
                    responses: [
                        EarlyWarningSign.Response(party: .resident, action: "Ringer til sin misbrugskonsulent."),
                        EarlyWarningSign.Response(
                            party: misuseCounsellor, action: "Kontakter psykiatrien samme dag."),
                    ])
            ]
            withEfforts.sharingConsent = CarePlanSharingConsent(
                givenOn: coordinationMeeting,
                recipients: [
                    .organisation(ward.id), .organisation(municipality.id), .organisation(substanceMisuseCentre.id),
                    .organisation(jobcentre.id), .organisation(gpPractice.id), .organisationKind(.outpatientClinic),
                ])
            withEfforts.sharedWith = [
                socialWorker, wardDoctor, misuseCounsellor, jobConsultant, generalPractitioner,
                .organisation(municipality),
            ]
            return withEfforts
        }
    }

    /// The follow-up meeting: Peter absent (he is at work training), his acceptance obtained afterwards by the new
    /// coordinator and communicated.
    public func secondMeeting() -> CoordinationMeeting {
        build {
            try CoordinationMeeting(
                id: CarePlanBuilder.identifier("peter", "meeting-2"), date: followUpMeeting, kind: .followUp,
                meetingLeader: caseWorker,
                participants: [
                    CarePlanParticipant(party: .resident, role: "borger", present: false),
                    CarePlanParticipant(party: caseWorker, role: "sagsbehandler, koordinator", present: true),
                    CarePlanParticipant(party: misuseCounsellor, role: "misbrugskonsulent", present: true),
                    CarePlanParticipant(party: jobConsultant, role: "jobkonsulent", present: true),
                    CarePlanParticipant(
                        party: .organisation(outpatientClinic), role: "distriktspsykiatri", present: true),
                ],
                preparation: [
                    PreparationInput(
                        from: misuseCounsellor, status: "Peter møder stabilt op.", goal: "Fortsat stoffrihed."),
                    PreparationInput(from: jobConsultant, status: "Virksomhed fundet.", goal: "Start 1. juni."),
                ],
                minutes: [
                    CoordinationMeetingMinute(
                        item: .sinceLastTime, text: "Peter er udskrevet og har gennemført genoptræningen."),
                    CoordinationMeetingMinute(
                        item: .residentsView, text: "Peter har på forhånd sagt, at han glæder sig til at starte i job."),
                    CoordinationMeetingMinute(
                        item: .followUpOfAgreements, text: "Rusmiddelcentret og jobcentret følger op."),
                    CoordinationMeetingMinute(
                        item: .newAgreements, text: "Distriktspsykiatrien overtager medicinopfølgningen."),
                ],
                approval: .obtainedAfterwards(
                    on: ResidentsFixtureTime.date("2026-05-12"), by: caseWorker,
                    communicatedOn: ResidentsFixtureTime.date("2026-05-13")))
        }
    }

    /// The plan as revised at the follow-up meeting: rehabilitation completed, the job effort moved to the named
    /// consultant, outpatient follow-up added, the coordinator now the municipal case worker.
    public func planAtFollowUp() -> CoordinatedCarePlan {
        build {
            var plan = try planAtFirstMeeting()
                .settingStatus(.inProgress, ofEffort: misuseTreatmentID)
                .settingStatus(.completed, ofEffort: physicalRehabilitationID)
            let job = try CarePlanEffort(
                id: wageSubsidisedJobID, title: "Job med løntilskud", goal: "Peter er i job med løntilskud.",
                subGoal: CarePlanBuilder.identifier("peter", "sub-job"), domain: .employmentEducation,
                responsible: [jobConsultant], start: ResidentsFixtureTime.date("2026-06-01"),
                due: ResidentsFixtureTime.date("2026-09-30"), status: .planned)
            let outpatient = try CarePlanEffort(
                id: outpatientFollowUpID, title: "Ambulant medicinopfølgning", goal: "Stabil medicinsk behandling.",
                domain: .psychiatric, responsible: [.organisation(outpatientClinic)], start: followUpMeeting,
                due: ResidentsFixtureTime.date("2026-10-26"), status: .inProgress)
            plan = try plan.settingEffort(job).settingEffort(outpatient)
            plan = try plan.settingGoals(
                [CarePlanGoal(id: sharedGoal.id, text: "Peter har et arbejde at stå op til og lever uden misbrug.")],
                subGoals: plan.subGoals)
            plan.coordinator = caseWorker
            plan.sharedWith.append(.organisation(outpatientClinic))
            return try plan.recording(secondMeeting(), nextMeeting: meetingAfterFollowUp)
        }
    }

    private func build<T>(_ make: () throws -> T) -> T {
        do {
            return try make()
        } catch {
            preconditionFailure("The Peter case fixture is invalid: \(error)")
        }
    }
}
