import BrobyggerCarePlans
import BrobyggerCore
import BrobyggerResidents

extension CoordinatedCarePlan {
    /// The plan the resources describe, the inverse of `CarePlanResources.init(_:)`: the same plan without its
    /// coordination meetings, which are not exchanged.
    ///
    /// Lost on the way in, besides the meetings: CarePlan elements the plan has no place for (period, addresses,
    /// supporting information, activities that are references), Goal targets and outcomes, further codings and
    /// display texts.
    ///
    /// - Throws: ``FHIRError`` naming the element (paths start at `carePlan`, `goals[i]`, `careTeam` or `consent`):
    ///   ids and references that are not UUIDs, a missing status, sector or party, an invalid date, or a domain rule
    ///   such as `careplan.unknown-reference`.
    public init(_ resources: CarePlanResources) throws(FHIRError) {
        let plan = resources.carePlan
        let root = FieldPath("carePlan")
        let id: CoordinatedCarePlan.ID = try MappingSupport.identifier(plan.id, at: root.appending("id"))
        let resident: Resident.ID = try MappingSupport.identifier(
            plan.subject, type: "Patient", at: root.appending("subject"))
        func party(_ reference: FHIR.Reference?, at path: FieldPath) throws(FHIRError) -> CarePlanParty {
            try CarePlanPartyReference.party(reference, at: path)
        }
        func single(_ name: String) -> (FHIR.Extension, FieldPath)? {
            MappingSupport.extensions(name, in: plan.extension, at: root).first
        }
        func all(_ name: String) -> [(FHIR.Extension, FieldPath)] {
            MappingSupport.extensions(name, in: plan.extension, at: root)
        }
        func referenced(_ name: String) throws(FHIRError) -> CarePlanParty? {
            guard let (item, path) = single(name) else { return nil }
            guard case .reference(let reference)? = item.value else {
                throw .missingElement(path: path.appending("valueReference"))
            }
            return try party(reference, at: path.appending("valueReference"))
        }

        // Status.
        guard let (statusItem, statusPath) = single("care-plan-status"), let key = statusItem.text("status") else {
            throw .missingElement(path: root.appending("extension"))
        }
        let status: CarePlanStatus
        switch key {
        case "draft": status = .draft
        case "active": status = .active
        case "revised": status = .revised
        case "closed":
            guard case .date(let date)? = statusItem.part("closedOn"), let reason = statusItem.text("reason") else {
                throw .missingElement(path: statusPath.appending("extension(closedOn)"))
            }
            status = .closed(
                on: try MappingSupport.calendarDate(date, at: statusPath.appending("extension(closedOn)")),
                reason: CarePlanClosingReason(rawValue: reason))
        default:
            throw .invalidValue(
                path: statusPath.appending("extension(status)"), code: "brobygger.care-plan-status",
                rule: "the status is draft, active, revised or closed", offendingValue: key)
        }

        var residentName: PersonName?
        if let (item, path) = single("resident-name") {
            guard case .humanName(let name)? = item.value else {
                throw .missingElement(path: path.appending("valueHumanName"))
            }
            do {
                residentName = try name.personName()
            } catch {
                throw error.nested(under: path.appending("valueHumanName"))
            }
        }
        func reference<Owner>(_ name: String, type: String) throws(FHIRError) -> Identifier<Owner>? {
            guard let (item, path) = single(name) else { return nil }
            guard case .reference(let value)? = item.value else {
                throw .missingElement(path: path.appending("valueReference"))
            }
            return try MappingSupport.identifier(value, type: type, at: path.appending("valueReference"))
        }
        let team: OutreachTeam.ID? = try reference("outreach-team", type: "CareTeam")
        let facility: ResidentialFacility.ID? = try reference("facility", type: "Organization")
        guard let (sectorItem, sectorPath) = single("initiating-sector"),
            case .coding(let sectorCoding)? = sectorItem.value,
            let sectorCode = sectorCoding.code, let sector = CarePlanInitiatingSector(rawValue: sectorCode)
        else { throw .missingElement(path: root.appending("extension")) }
        _ = sectorPath
        let triggers = all("trigger").compactMap { item, _ -> CarePlanTrigger? in
            guard case .coding(let coding)? = item.value, let code = coding.code else { return nil }
            return CarePlanTrigger(rawValue: code)
        }

        var voice = ResidentVoice()
        if let (item, path) = single("resident-voice") {
            var recordedOn: CalendarDate?
            if case .date(let date)? = item.part("recordedOn") {
                recordedOn = try MappingSupport.calendarDate(date, at: path.appending("extension(recordedOn)"))
            }
            func flag(_ name: String) -> Bool {
                if case .boolean(let value)? = item.part(name) { value } else { false }
            }
            voice = ResidentVoice(
                wishesAndDreams: item.parts("wish").compactMap { if case .string(let text) = $0 { text } else { nil } },
                personalStatements: item.parts("statement").compactMap {
                    if case .string(let text) = $0 { text } else { nil }
                },
                acutePhase: flag("acutePhase"), declinedToTakePart: flag("declinedToTakePart"), recordedOn: recordedOn)
        }
        var challenges: [CarePlanChallenge] = []
        for (item, path) in all("challenge") {
            guard let code = item.text("domain"), let domain = LifeDomain(rawValue: code), let text = item.text("text")
            else { throw .missingElement(path: path.appending("extension(domain)")) }
            challenges.append(CarePlanChallenge(domain: domain, text: text))
        }
        var signs: [EarlyWarningSign] = []
        for (item, path) in all("early-warning-sign") {
            guard let sign = item.text("sign") else { throw .missingElement(path: path.appending("extension(sign)")) }
            var responses: [EarlyWarningSign.Response] = []
            for (offset, response) in item.extension.enumerated() where response.url == "response" {
                let responsePath = path.appending("extension").appending(index: offset)
                guard case .reference(let reference)? = response.part("party"), let action = response.text("action")
                else {
                    throw .missingElement(path: responsePath.appending("extension(party)"))
                }
                responses.append(
                    EarlyWarningSign.Response(
                        party: try party(reference, at: responsePath.appending("extension(party)")), action: action))
            }
            signs.append(EarlyWarningSign(sign: sign, responses: responses))
        }
        var sharedWith: [CarePlanParty] = []
        for (item, path) in all("shared-with") {
            guard case .reference(let reference)? = item.value else {
                throw .missingElement(path: path.appending("valueReference"))
            }
            sharedWith.append(try party(reference, at: path.appending("valueReference")))
        }
        var nextMeeting: CalendarDate?
        if let (item, path) = single("next-meeting") {
            guard case .date(let date)? = item.value else { throw .missingElement(path: path.appending("valueDate")) }
            nextMeeting = try MappingSupport.calendarDate(date, at: path.appending("valueDate"))
        }

        // Goals and sub-goals.
        var goals: [CarePlanGoal] = []
        var subGoals: [CarePlanSubGoal] = []
        for (index, goal) in resources.goals.enumerated() {
            let path = FieldPath("goals").appending(index: index)
            guard let text = goal.description.text else {
                throw .missingElement(path: path.appending("description.text"))
            }
            let isSubGoal = MappingSupport.code(in: goal.category, system: "goal-category", at: path)?.0 == "sub-goal"
            if isSubGoal {
                let subGoalID: CarePlanSubGoal.ID = try MappingSupport.identifier(goal.id, at: path.appending("id"))
                guard
                    let (priorityItem, priorityPath) = MappingSupport.extensions(
                        "goal-priority", in: goal.extension, at: path
                    ).first, case .integer(let priority)? = priorityItem.value
                else { throw .missingElement(path: path.appending("extension")) }
                _ = priorityPath
                var parent: CarePlanGoal.ID?
                if let (item, parentPath) = MappingSupport.extensions("parent-goal", in: goal.extension, at: path).first
                {
                    guard case .reference(let reference)? = item.value else {
                        throw .missingElement(path: parentPath.appending("valueReference"))
                    }
                    parent = try MappingSupport.identifier(
                        reference, type: "Goal", at: parentPath.appending("valueReference"))
                }
                subGoals.append(CarePlanSubGoal(id: subGoalID, text: text, priority: priority, goal: parent))
            } else {
                let goalID: CarePlanGoal.ID = try MappingSupport.identifier(goal.id, at: path.appending("id"))
                goals.append(CarePlanGoal(id: goalID, text: text))
            }
        }

        // Participants.
        var participants: [CarePlanParticipant] = []
        for (index, participant) in resources.careTeam.participant.enumerated() {
            let path = FieldPath("careTeam.participant").appending(index: index)
            let member = try party(participant.member, at: path.appending("member"))
            var present = false
            if let (item, _) = MappingSupport.extensions("participant-present", in: participant.extension, at: path)
                .first,
                case .boolean(let flag)? = item.value
            {
                present = flag
            }
            participants.append(
                CarePlanParticipant(party: member, role: participant.role.first?.text ?? "", present: present))
        }

        // Efforts.
        var efforts: [CarePlanEffort] = []
        for (index, activity) in plan.activity.enumerated() {
            let path = root.appending("activity").appending(index: index).appending("detail")
            guard let detail = activity.detail else { throw .missingElement(path: path) }
            guard
                let (item, itemPath) = MappingSupport.extensions("care-plan-effort", in: detail.extension, at: path)
                    .first,
                case .uuid(let urn)? = item.part("id"), let goalText = item.text("goal")
            else { throw .missingElement(path: path.appending("extension")) }
            let effortID: CarePlanEffort.ID = try MappingSupport.validating(at: itemPath.appending("extension(id)")) {
                () throws(ValidationError) in try Identifier(uuidString: String(urn.dropFirst("urn:uuid:".count)))
            }
            let subGoal: CarePlanSubGoal.ID? = try detail.goal.first.map { (reference) throws(FHIRError) in
                try MappingSupport.identifier(reference, type: "Goal", at: path.appending("goal[0]"))
            }
            let domain = MappingSupport.code(in: detail.code.map { [$0] } ?? [], system: "life-domain", at: path)
                .flatMap { LifeDomain(rawValue: $0.0) }
            var responsible: [CarePlanParty] = []
            for (offset, performer) in detail.performer.enumerated() {
                responsible.append(try party(performer, at: path.appending("performer").appending(index: offset)))
            }
            var start: CalendarDate?
            var due: CalendarDate?
            if case .period(let period)? = detail.scheduled {
                start = try period.start.map { (value) throws(FHIRError) in
                    try MappingSupport.day(value, at: path.appending("scheduledPeriod.start"))
                }
                due = try period.end.map { (value) throws(FHIRError) in
                    try MappingSupport.day(value, at: path.appending("scheduledPeriod.end"))
                }
            }
            let effortStatus: CarePlanEffortStatus
            switch detail.status {
            case .notStarted: effortStatus = .planned
            case .inProgress: effortStatus = .inProgress
            case .completed: effortStatus = .completed
            case .stopped: effortStatus = .ended
            default:
                throw .invalidValue(
                    path: path.appending("status"), code: "brobygger.effort-status",
                    rule: "an effort is not-started, in-progress, completed or stopped", offendingValue: nil)
            }
            efforts.append(
                try MappingSupport.validating(at: path) { () throws(ValidationError) in
                    try CarePlanEffort(
                        id: effortID, title: detail.description ?? "", goal: goalText, subGoal: subGoal, domain: domain,
                        responsible: responsible, start: start, due: due, status: effortStatus)
                })
        }

        // Agreements.
        var agreements: [CarePlanAgreement] = []
        for (index, note) in plan.note.enumerated() {
            let path = root.appending("note").appending(index: index)
            var owner: CarePlanParty?
            if case .reference(let reference)? = note.author {
                owner = try party(reference, at: path.appending("authorReference"))
            }
            var approved = false
            if let (item, _) = MappingSupport.extensions("agreement-approved", in: note.extension, at: path).first,
                case .boolean(let flag)? = item.value
            {
                approved = flag
            }
            agreements.append(CarePlanAgreement(text: note.text, owner: owner, approvedByResident: approved))
        }

        let sharing = try resources.consent.map { (consent) throws(FHIRError) in try Self.sharingConsent(consent) }
        let coordinator = try plan.author.map { (reference) throws(FHIRError) in
            try party(reference, at: root.appending("author"))
        }
        let initiatedBy = try referenced("initiated-by")
        let meetingLeader = try referenced("meeting-leader")
        self = try MappingSupport.validating(at: root) { () throws(ValidationError) in
            try CoordinatedCarePlan(
                id: id, resident: resident, residentName: residentName, team: team, facility: facility, status: status,
                initiatingSector: sector, initiatedBy: initiatedBy, triggers: triggers, coordinator: coordinator,
                meetingLeader: meetingLeader, participants: participants, residentVoice: voice, challenges: challenges,
                goals: goals, subGoals: subGoals, efforts: efforts, agreements: agreements, earlyWarningSigns: signs,
                sharingConsent: sharing, sharedWith: sharedWith, nextMeeting: nextMeeting)
        }
    }

    static func sharingConsent(_ consent: FHIR.Consent) throws(FHIRError) -> CarePlanSharingConsent {
        let root = FieldPath("consent")
        guard let performer = consent.performer.first?.reference else {
            throw .missingElement(path: root.appending("performer[0].reference"))
        }
        let givenBy: ConsentToShare.Giver
        if performer.hasPrefix("RelatedPerson/") {
            givenBy = .proxy(
                try MappingSupport.identifier(
                    consent.performer[0], type: "RelatedPerson", at: root.appending("performer[0]")))
        } else {
            givenBy = .resident
        }
        let givenOn = try MappingSupport.day(consent.dateTime, at: root.appending("dateTime"))
        var recipients: [ConsentToShare.Recipient] = []
        for (index, actor) in (consent.provision?.actor ?? []).enumerated() {
            let path = root.appending("provision.actor").appending(index: index).appending("reference")
            let reference = actor.reference
            if let identifier = reference.identifier, identifier.system == FHIR.Organization.organisationKindSystem {
                guard let value = identifier.value, let kind = OrganisationKind(rawValue: value) else {
                    throw .missingElement(path: path.appending("identifier.value"))
                }
                recipients.append(.organisationKind(kind))
                continue
            }
            switch reference.reference?.split(separator: "/").first {
            case "Organization":
                recipients.append(
                    .organisation(try MappingSupport.identifier(reference, type: "Organization", at: path)))
            case "Practitioner":
                recipients.append(
                    .professional(try MappingSupport.identifier(reference, type: "Practitioner", at: path)))
            case "RelatedPerson":
                recipients.append(.relative(try MappingSupport.identifier(reference, type: "RelatedPerson", at: path)))
            default: throw .missingElement(path: path.appending("reference"))
            }
        }
        var reference: ConsentToShare.ID?
        let system = BrobyggerFHIRTerminology.namingSystem("consent-to-share")
        if let index = consent.identifier.firstIndex(where: { $0.system == system }),
            let value = consent.identifier[index].value
        {
            reference = try MappingSupport.validating(at: root.appending("identifier").appending(index: index)) {
                () throws(ValidationError) in try Identifier(uuidString: value)
            }
        }
        var withdrawn: CalendarDate?
        if let (item, path) = MappingSupport.extensions("withdrawn-from", in: consent.extension, at: root).first {
            guard case .date(let date)? = item.value else { throw .missingElement(path: path.appending("valueDate")) }
            withdrawn = try MappingSupport.calendarDate(date, at: path.appending("valueDate"))
        }
        return CarePlanSharingConsent(
            givenBy: givenBy, givenOn: givenOn, recipients: recipients, reference: reference, withdrawnFrom: withdrawn)
    }
}
