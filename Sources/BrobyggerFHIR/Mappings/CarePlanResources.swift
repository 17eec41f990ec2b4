import BrobyggerCarePlans
import BrobyggerCore
import BrobyggerResidents

/// A coordinated care plan (*koordinerende indsatsplan*, KIP) as FHIR resources: a CarePlan, one Goal per goal and
/// sub-goal, the CareTeam of the plan's participants, and the Consent to share the plan.
///
/// The CarePlan (`id` the plan's UUID, `intent` `plan`, `category` `coordinated-care-plan` in
/// `http://brobygger.dk/fhir/CodeSystem/care-plan-category`, `subject` the resident's Patient) holds:
/// - `status`: `draft`, `active` (active and revised), `completed` (closed); the exact status, the closing day and
///   reason in the extension `care-plan-status`.
/// - `author`: the coordinator; `careTeam`: the plan's CareTeam; `goal`: the Goals.
/// - `activity.detail` per effort (*indsats*): `description` the title, `code` the area of life
///   (`…/CodeSystem/life-domain`), `goal` the sub-goal's Goal, `performer` the responsible parties,
///   `scheduledPeriod` the start and due day, `status` (`not-started`, `in-progress`, `completed`, `stopped`), and
///   the effort's own id and goal text in the extension `care-plan-effort`.
/// - `note` per agreement, the owner as `authorReference`, the resident's approval in `agreement-approved`.
/// - Brobygger extensions for the rest of the plan: `resident-name`, `outreach-team`, `facility`,
///   `initiating-sector`, `initiated-by`, `trigger`, `meeting-leader`, `resident-voice`, `challenge`,
///   `early-warning-sign`, `shared-with`, `next-meeting`.
///
/// Goals carry `description.text`, `subject`, `lifecycleStatus` `active`, a category `goal` or `sub-goal`, and for a
/// sub-goal its priority (`goal-priority`) and parent goal (`parent-goal`). The CareTeam's participants carry the
/// party as `member`, the role as `role.text`, and whether they attended in `participant-present`. The Consent
/// (`scope` `patient-privacy`, `category` `care-plan-sharing`) has `dateTime` the day it was given, `performer` the
/// resident or proxy, `provision.actor` the recipients (an organisation kind as an identifier in the
/// organisation-kind system), `identifier` the register's consent, and `withdrawn-from`.
///
/// Lost: the plan's coordination meetings (*koordinerende møder*: preparation, minutes, approval). They are
/// encounters with their own documents, which Brobygger does not exchange as FHIR; `CoordinatedCarePlan(_:)` gives
/// the plan back without them, and otherwise unchanged.
public struct CarePlanResources: Hashable, Sendable {
    /// The CarePlan.
    public var carePlan: FHIR.CarePlan
    /// The goals, then the sub-goals by priority.
    public var goals: [FHIR.Goal]
    /// The plan's participants.
    public var careTeam: FHIR.CareTeam
    /// The consent to share the plan, if recorded.
    public var consent: FHIR.Consent?

    /// The category of a coordinated care plan.
    public static let categoryCode = "coordinated-care-plan"

    /// Creates the resources from their parts.
    public init(carePlan: FHIR.CarePlan, goals: [FHIR.Goal], careTeam: FHIR.CareTeam, consent: FHIR.Consent?) {
        self.carePlan = carePlan
        self.goals = goals
        self.careTeam = careTeam
        self.consent = consent
    }

    /// The resources of a plan (see the type's description for the elements used).
    public init(_ plan: CoordinatedCarePlan) {
        let resident = plan.resident
        let patient = MappingSupport.reference("Patient", resident)
        func party(_ party: CarePlanParty) -> FHIR.Reference {
            CarePlanPartyReference.reference(party, resident: resident)
        }
        let careTeamID = MappingSupport.id(plan.id).rawValue + "-team"

        var goals = plan.goals.map { goal in
            FHIR.Goal(
                id: MappingSupport.id(goal.id), lifecycleStatus: .active,
                category: [MappingSupport.concept("goal-category", "goal")],
                description: FHIR.CodeableConcept(text: goal.text), subject: patient)
        }
        goals += plan.subGoals.map { subGoal in
            var extensions = [MappingSupport.extension("goal-priority", .integer(subGoal.priority))]
            if let parent = subGoal.goal {
                extensions.append(
                    MappingSupport.extension("parent-goal", .reference(MappingSupport.reference("Goal", parent))))
            }
            return FHIR.Goal(
                id: MappingSupport.id(subGoal.id), lifecycleStatus: .active,
                category: [MappingSupport.concept("goal-category", "sub-goal")],
                description: FHIR.CodeableConcept(text: subGoal.text), subject: patient, extension: extensions)
        }

        let careTeam = FHIR.CareTeam(
            id: FHIR.ID(rawValue: careTeamID), status: .active, subject: patient,
            participant: plan.participants.map { participant in
                FHIR.CareTeam.Participant(
                    role: [FHIR.CodeableConcept(text: participant.role)], member: party(participant.party),
                    extension: [MappingSupport.extension("participant-present", .boolean(participant.present))])
            })

        var extensions: [FHIR.Extension] = []
        var status = FHIR.RequestStatus.draft
        var statusParts: [(String, FHIR.Extension.Value?)] = [("status", .code(plan.status.key))]
        switch plan.status {
        case .draft: status = .draft
        case .active, .revised: status = .active
        case .closed(let day, let reason):
            status = .completed
            statusParts += [("closedOn", MappingSupport.date(day)), ("reason", .code(reason.rawValue))]
        }
        extensions.append(MappingSupport.complex("care-plan-status", statusParts))
        if let name = plan.residentName {
            extensions.append(MappingSupport.extension("resident-name", .humanName(FHIR.HumanName(name: name))))
        }
        if let team = plan.team {
            extensions.append(
                MappingSupport.extension("outreach-team", .reference(MappingSupport.reference("CareTeam", team))))
        }
        if let facility = plan.facility {
            extensions.append(
                MappingSupport.extension("facility", .reference(MappingSupport.reference("Organization", facility))))
        }
        extensions.append(
            MappingSupport.extension(
                "initiating-sector",
                .coding(
                    MappingSupport.coding(
                        "care-plan-initiating-sector", plan.initiatingSector.rawValue,
                        display: plan.initiatingSector.danishName))))
        if let initiatedBy = plan.initiatedBy {
            extensions.append(MappingSupport.extension("initiated-by", .reference(party(initiatedBy))))
        }
        for trigger in plan.triggers {
            extensions.append(
                MappingSupport.extension(
                    "trigger", .coding(MappingSupport.coding("care-plan-trigger", trigger.rawValue))))
        }
        if let leader = plan.meetingLeader {
            extensions.append(MappingSupport.extension("meeting-leader", .reference(party(leader))))
        }
        let voice = plan.residentVoice
        extensions.append(
            MappingSupport.complex(
                "resident-voice",
                voice.wishesAndDreams.map { ("wish", .string($0)) }
                    + voice.personalStatements.map { ("statement", .string($0)) }
                    + [
                        ("acutePhase", .boolean(voice.acutePhase)),
                        ("declinedToTakePart", .boolean(voice.declinedToTakePart)),
                        ("recordedOn", voice.recordedOn.map(MappingSupport.date)),
                    ]))
        for challenge in plan.challenges {
            extensions.append(
                MappingSupport.complex(
                    "challenge",
                    [
                        ("domain", .coding(MappingSupport.coding("life-domain", challenge.domain.rawValue))),
                        ("text", .string(challenge.text)),
                    ]))
        }
        for sign in plan.earlyWarningSigns {
            var item = MappingSupport.complex("early-warning-sign", [("sign", .string(sign.sign))])
            item.extension += sign.responses.map { response in
                FHIR.Extension(
                    url: "response",
                    extension: [
                        FHIR.Extension(url: "party", value: .reference(party(response.party))),
                        FHIR.Extension(url: "action", value: .string(response.action)),
                    ])
            }
            extensions.append(item)
        }
        for shared in plan.sharedWith {
            extensions.append(MappingSupport.extension("shared-with", .reference(party(shared))))
        }
        if let next = plan.nextMeeting {
            extensions.append(MappingSupport.extension("next-meeting", MappingSupport.date(next)))
        }

        let activities = plan.efforts.map { effort -> FHIR.CarePlan.Activity in
            let activityStatus: FHIR.CarePlanActivityStatus
            switch effort.status {
            case .planned: activityStatus = .notStarted
            case .inProgress: activityStatus = .inProgress
            case .completed: activityStatus = .completed
            case .ended: activityStatus = .stopped
            }
            let scheduled: FHIR.CarePlan.Activity.Detail.Scheduled? =
                effort.start == nil && effort.due == nil
                ? nil
                : .period(
                    FHIR.Period(start: effort.start.map(MappingSupport.day), end: effort.due.map(MappingSupport.day)))
            return FHIR.CarePlan.Activity(
                detail: FHIR.CarePlan.Activity.Detail(
                    code: effort.domain.map {
                        MappingSupport.concept("life-domain", $0.rawValue, display: $0.danishName)
                    },
                    goal: effort.subGoal.map { [MappingSupport.reference("Goal", $0)] } ?? [], status: activityStatus,
                    scheduled: scheduled, performer: effort.responsible.map(party), description: effort.title,
                    extension: [
                        MappingSupport.complex(
                            "care-plan-effort",
                            [("id", .uuid("urn:uuid:" + effort.id.uuidString)), ("goal", .string(effort.goal))])
                    ]))
        }

        carePlan = FHIR.CarePlan(
            id: MappingSupport.id(plan.id), status: status, intent: .plan,
            category: [MappingSupport.concept("care-plan-category", Self.categoryCode)], subject: patient,
            author: plan.coordinator.map(party), careTeam: [FHIR.Reference(reference: "CareTeam/\(careTeamID)")],
            goal: goals.compactMap { $0.id.map { FHIR.Reference(reference: "Goal/\($0.rawValue)") } },
            activity: activities,
            note: plan.agreements.map { agreement in
                FHIR.Annotation(
                    author: agreement.owner.map { .reference(party($0)) }, text: agreement.text,
                    extension: [MappingSupport.extension("agreement-approved", .boolean(agreement.approvedByResident))])
            },
            extension: extensions)
        self.goals = goals
        self.careTeam = careTeam
        consent = plan.sharingConsent.map { Self.consent($0, plan: plan, patient: patient) }
    }

    static func consent(_ sharing: CarePlanSharingConsent, plan: CoordinatedCarePlan, patient: FHIR.Reference)
        -> FHIR.Consent
    {
        let performer: FHIR.Reference
        switch sharing.givenBy {
        case .resident: performer = patient
        case .proxy(let relative): performer = MappingSupport.reference("RelatedPerson", relative)
        }
        let actors = sharing.recipients.map { recipient in
            let reference: FHIR.Reference
            switch recipient {
            case .organisation(let id): reference = MappingSupport.reference("Organization", id)
            case .professional(let id): reference = MappingSupport.reference("Practitioner", id)
            case .relative(let id): reference = MappingSupport.reference("RelatedPerson", id)
            case .organisationKind(let kind):
                reference = FHIR.Reference(
                    type: "Organization",
                    identifier: FHIR.Identifier(system: FHIR.Organization.organisationKindSystem, value: kind.rawValue))
            }
            return FHIR.Consent.Provision.Actor(
                role: FHIR.CodeableConcept(
                    coding: [
                        FHIR.Coding(system: "http://terminology.hl7.org/CodeSystem/v3-ParticipationType", code: "IRCP")
                    ]), reference: reference)
        }
        var extensions: [FHIR.Extension] = []
        if let withdrawn = sharing.withdrawnFrom {
            extensions.append(MappingSupport.extension("withdrawn-from", MappingSupport.date(withdrawn)))
        }
        return FHIR.Consent(
            id: FHIR.ID(rawValue: MappingSupport.id(plan.id).rawValue + "-consent"),
            identifier: sharing.reference.map {
                [
                    FHIR.Identifier(
                        system: BrobyggerFHIRTerminology.namingSystem("consent-to-share"), value: $0.uuidString)
                ]
            } ?? [],
            status: sharing.withdrawnFrom == nil ? .active : .inactive,
            scope: FHIR.CodeableConcept(
                coding: [
                    FHIR.Coding(system: "http://terminology.hl7.org/CodeSystem/consentscope", code: "patient-privacy")
                ]),
            category: [MappingSupport.concept("consent-category", "care-plan-sharing")], patient: patient,
            dateTime: MappingSupport.day(sharing.givenOn), performer: [performer],
            provision: FHIR.Consent.Provision(type: .permit, actor: actors), extension: extensions)
    }
}
