import Brobygger
import BrobyggerTesting
import XCTest

/// Replays the worked case "Peter" from Region Sjælland's report (Region Sjælland 2020, kapitel 3): admission, a ward
/// conference, the social worker's preparatory talk, the coordination meeting that makes a coordinated care plan
/// with three plans, and the follow-up meeting that revises it, and checks what each party sees at each step.
///
/// The seed gives no dates or names; the fixture's are invented. Everything else follows the seed.
final class CarePlanPeterSpec: XCTestCase {
    let peter = CarePlanPeterCase()

    func at(_ day: String, _ hour: Int, by author: Author, _ reason: String? = nil) -> Provenance {
        Provenance(author: author, instant: ResidentsFixtureTime.instant(day, hour), reason: reason)
    }

    func subGoalID(_ key: String) -> CarePlanSubGoal.ID { CarePlanBuilder.identifier("peter", key) }

    func testPeterFromAdmissionToTheRevisedPlan() async throws {
        let store = InMemoryDocumentStore()
        let clock = ManualClock(ResidentsFixtureTime.instant("2026-02-05", 9))
        let gateway = AccessGateway(store: store, clock: clock, ids: SequentialIdentifierSource(seed: 5))
        let socialWorker = peter.socialWorkerAuthor
        let wardStaff = Accessor(
            role: .wardStaff, organisation: peter.ward.id, professional: peter.socialWorker.professional)

        // 1. Admission (kapitel 3): the GP refers Peter to the emergency reception, which admits him. No plan yet.
        XCTAssertEqual(peter.admission.weekday, .monday)

        // 2. Ward conference (kapitel 3): psychiatry starts a plan; the social worker will convene the meeting and
        //    becomes coordinator. The draft holds the challenges discussed and the planned meeting.
        var history = CarePlanHistory(
            starting: peter.draft(), provenance: at("2026-02-05", 14, by: socialWorker, "Konference på sengeafsnittet"))
        var saved = try await gateway.save(
            history.current, expecting: .new, provenance: history.versions[0].provenance, as: wardStaff)
        XCTAssertEqual(saved.document.status, .draft)
        XCTAssertEqual(history.current.initiatingSector, .psychiatry)
        XCTAssertEqual(history.current.triggers, [.complexCourse, .partySeesNeed])
        XCTAssertTrue(history.current.validate(on: peter.wardConference).isClean)
        // A draft is not yet followed up: it has no meeting to be overdue.
        XCTAssertTrue(
            CarePlanFollowUp(plans: [history.current])
                .meetingsDue(in: .coordinatingOrganisation(peter.ward.id), asOf: peter.wardConference).isEmpty)

        // 3. Preparation (kapitel 3): the social worker first asks Peter about his wishes and dreams, in his words.
        var prepared = history.current
        prepared.residentVoice = ResidentVoice(
            wishesAndDreams: [
                "Jeg vil have noget at stå op til.", "Jeg vil ud af mit misbrug.",
                "Jeg vil tilbage på arbejdsmarkedet.",
            ], recordedOn: peter.preparationTalk)
        history = try history.appending(prepared, provenance: at("2026-02-09", 11, by: socialWorker))
        XCTAssertEqual(history.diff(2)?.changes, [.residentVoiceChanged])

        // 4. The coordination meeting (kapitel 3): Peter and staff from psychiatry and the municipality. The GP
        //    cannot come and sends input through the coordinator. The plan describes three plans, each with one
        //    responsible party, and Peter approves the new agreements at the meeting.
        let meeting = peter.firstMeeting()
        XCTAssertEqual(
            meeting.minutes.map(\.item), [.sinceLastTime, .residentsView, .followUpOfAgreements, .newAgreements])
        XCTAssertTrue(meeting.residentPresent)
        XCTAssertEqual(meeting.absentParticipants.map(\.party), [peter.generalPractitioner])
        XCTAssertEqual(
            meeting.preparation.filter { $0.delivery == .viaCoordinator }.map(\.from), [peter.generalPractitioner])

        let goal = peter.sharedGoal
        let subGoals = [
            CarePlanSubGoal(id: subGoalID("sub-misuse"), text: "Ud af misbruget", priority: 1, goal: goal.id),
            CarePlanSubGoal(id: subGoalID("sub-health"), text: "Bedre fysisk helbred", priority: 2, goal: goal.id),
            CarePlanSubGoal(id: subGoalID("sub-job"), text: "Job med løntilskud", priority: 3, goal: goal.id),
        ]
        var plan = try history.current.settingGoals([goal], subGoals: subGoals)
        plan = try plan.settingEffort(
            CarePlanEffort(
                id: peter.misuseTreatmentID, title: "Misbrugsbehandling", goal: "Peter er stoffri og drikker ikke.",
                subGoal: subGoals[0].id, domain: .substanceUse, responsible: [peter.misuseCounsellor],
                start: peter.discharge, due: ResidentsFixtureTime.date("2026-08-31")))
        plan = try plan.settingEffort(
            CarePlanEffort(
                id: peter.physicalRehabilitationID, title: "Fysisk genoptræning",
                goal: "Peter kan gå en tur på 30 minutter uden åndenød.", subGoal: subGoals[1].id,
                domain: .physicalHealth, responsible: [.organisation(peter.municipality)],
                start: ResidentsFixtureTime.date("2026-03-02"), due: ResidentsFixtureTime.date("2026-05-01")))
        plan = try plan.settingEffort(
            CarePlanEffort(
                id: peter.wageSubsidisedJobID, title: "Job med løntilskud", goal: "Peter er i job med løntilskud.",
                subGoal: subGoals[2].id, domain: .employmentEducation, responsible: [.organisation(peter.jobcentre)],
                start: ResidentsFixtureTime.date("2026-06-01"), due: ResidentsFixtureTime.date("2026-09-30")))
        plan = try plan.recording(meeting, nextMeeting: peter.followUpMeeting)
        plan.sharingConsent = CarePlanSharingConsent(
            givenOn: peter.coordinationMeeting,
            recipients: [
                .organisation(peter.ward.id), .organisation(peter.municipality.id),
                .organisation(peter.substanceMisuseCentre.id), .organisation(peter.jobcentre.id),
                .organisation(peter.gpPractice.id), .organisationKind(.outpatientClinic),
            ])
        plan.sharedWith = [peter.misuseCounsellor, peter.jobConsultant, peter.generalPractitioner]
        history = try history.activating(plan, provenance: at("2026-02-16", 15, by: socialWorker, "Koordinationsmøde"))
        clock.set(ResidentsFixtureTime.instant("2026-02-16", 16))
        saved = try await gateway.save(
            history.current, expecting: .version(1), provenance: history.versions[2].provenance, as: wardStaff)
        XCTAssertEqual(saved.number, 2)
        XCTAssertEqual(history.current.status, .active)
        XCTAssertTrue(history.current.validate(on: peter.coordinationMeeting).isClean)
        XCTAssertEqual(history.current.efforts.map { $0.responsible.count }, [1, 1, 1])
        let added = try XCTUnwrap(history.diff(3)).changes.filter {
            if case .effortAdded = $0 { true } else { false }
        }
        XCTAssertEqual(added.count, 3)

        // What each party sees.
        // Peter reads his own plan through the gateway and gets the Danish document with his own words first.
        clock.set(ResidentsFixtureTime.instant("2026-02-17", 10))
        let peterAccessor = Accessor(role: .resident, resident: peter.resident.id.storageKey)
        let peterView = try await gateway.read(CoordinatedCarePlan.self, id: peter.planID, as: peterAccessor)
        XCTAssertTrue(peterView.withheld.isEmpty)
        let document = CarePlanMarkdownRenderer().render(peterView.document)
        XCTAssertTrue(
            document.contains("## Mine ønsker og drømme (med mine egne ord)\n\n- »Jeg vil have noget at stå op til.«"))
        XCTAssertTrue(
            document.contains(
                "| Misbrugsbehandling | Peter er stoffri og drikker ikke. | Sara Dahl (Rusmiddelcenter Køge) |"))
        XCTAssertTrue(document.contains("Input sendt via koordinatoren:\n- Karen Vang (Lægerne i Køge)"))
        XCTAssertTrue(document.contains("Godkendt af borgeren på mødet."))
        XCTAssertFalse(document.contains(peter.resident.person.unmaskedValue))

        // Each professional sees the effort they answer for; the consent covers every party the plan is shared with.
        let current = history.current
        XCTAssertEqual(
            current.openEfforts(responsibleParty: peter.misuseCounsellor).map(\.title), ["Misbrugsbehandling"])
        XCTAssertEqual(
            current.openEfforts(responsibleOrganisation: peter.jobcentre.id).map(\.title), ["Job med løntilskud"])
        XCTAssertEqual(
            current.openEfforts(responsibleOrganisation: peter.municipality.id).map(\.title), ["Fysisk genoptræning"])
        XCTAssertTrue(current.sharedWith.allSatisfy { current.sharingConsent?.covers($0) == true })

        // A system administrator runs the service and may not read the plan.
        do {
            _ = try await gateway.read(CoordinatedCarePlan.self, id: peter.planID, as: Accessor(role: .administrator))
            XCTFail("an administrator read the plan")
        } catch {
            guard case .accessDenied = error else { return XCTFail("\(error)") }
        }

        // A week before the follow-up meeting the coordinator's list shows it due, and the rehabilitation effort,
        // due 1 May, as overdue for the municipality.
        let weekBefore = ResidentsFixtureTime.date("2026-05-04")
        let followUp = CarePlanFollowUp(plans: [history.current])
        let due = followUp.meetingsDue(
            in: .coordinator(try XCTUnwrap(peter.socialWorker.professional)), asOf: weekBefore)
        XCTAssertEqual(due.map(\.state), [.dueSoon(workingDays: 5)])
        let overdue = followUp.overdueEfforts(responsible: .organisation(peter.municipality), asOf: weekBefore)
        XCTAssertEqual(overdue.map(\.effort.title), ["Fysisk genoptræning"])
        XCTAssertEqual(overdue.first?.daysOverdue, 3)

        // 5. The follow-up meeting (kapitel 3) revises the plan. Peter is absent; the new coordinator, the municipal
        //    case worker, obtains his acceptance the next day and tells the others the day after.
        var revised = try history.current
            .settingStatus(.inProgress, ofEffort: peter.misuseTreatmentID)
            .settingStatus(.completed, ofEffort: peter.physicalRehabilitationID)
        var job = try XCTUnwrap(revised.effort(peter.wageSubsidisedJobID))
        job.responsible = [peter.jobConsultant]
        revised = try revised.settingEffort(job).settingEffort(
            CarePlanEffort(
                id: peter.outpatientFollowUpID, title: "Ambulant medicinopfølgning",
                goal: "Stabil medicinsk behandling.",
                domain: .psychiatric, responsible: [.organisation(peter.outpatientClinic)],
                start: peter.followUpMeeting,
                due: peter.meetingAfterFollowUp, status: .inProgress))
        revised = try revised.settingGoals(
            [CarePlanGoal(id: goal.id, text: "Peter har et arbejde at stå op til og lever uden misbrug.")],
            subGoals: revised.subGoals)
        revised.coordinator = peter.caseWorker
        revised.sharedWith.append(.organisation(peter.outpatientClinic))
        revised = try revised.recording(peter.secondMeeting(), nextMeeting: peter.meetingAfterFollowUp)
        history = try history.revising(
            revised, provenance: at("2026-05-13", 9, by: peter.caseWorkerAuthor, "Opfølgende møde"))
        XCTAssertEqual(history.current.status, .revised)
        let changes = try XCTUnwrap(history.diff(4))
        XCTAssertEqual(
            changes.description.split(separator: "\n").map(String.init).filter {
                $0.hasPrefix("Ansvaret") || $0.hasPrefix("Indsats") || $0.hasPrefix("Koordinator")
                    || $0.hasPrefix("Mål")
            },
            [
                "Koordinator ændret fra Mette Lund (Psykiatrisk sengeafsnit, Roskilde) til Lene Friis (Køge Kommune).",
                "Mål ændret fra »Peter har noget at stå op til og vender tilbage til arbejdsmarkedet.« til »Peter har et "
                    + "arbejde at stå op til og lever uden misbrug.«.",
                "Indsatsen »Misbrugsbehandling« ændret fra planlagt til i gang.",
                "Indsats gennemført: »Fysisk genoptræning«.",
                "Ansvaret for »Job med løntilskud« flyttet fra Jobcenter Køge til Jonas Berg (Jobcenter Køge).",
                "Indsats tilføjet: »Ambulant medicinopfølgning« (ansvarlig: Distriktspsykiatrien Køge).",
            ])
        let afterFollowUp = ResidentsFixtureTime.date("2026-05-14")
        XCTAssertTrue(
            history.current.validate(on: afterFollowUp).isClean, "\(history.current.validate(on: afterFollowUp))")

        // The new coordinator now holds the plan; the ward's social worker no longer does.
        let revisedFollowUp = CarePlanFollowUp(plans: [history.current])
        let caseWorker = try XCTUnwrap(peter.caseWorker.professional)
        XCTAssertTrue(revisedFollowUp.meetingsDue(in: .coordinator(caseWorker), asOf: afterFollowUp).isEmpty)
        XCTAssertEqual(
            revisedFollowUp.meetingsDue(in: .coordinator(caseWorker), asOf: ResidentsFixtureTime.date("2026-10-19"))
                .map(\.state), [.dueSoon(workingDays: 5)])
        XCTAssertTrue(
            revisedFollowUp.meetingsDue(
                in: .coordinator(try XCTUnwrap(peter.socialWorker.professional)),
                asOf: ResidentsFixtureTime.date("2026-10-19")
            ).isEmpty)

        // Had the case worker not told the others about Peter's acceptance, the plan would say so.
        let uncommunicated = try history.current.recording(
            peter.secondMeeting().withApproval(
                .obtainedAfterwards(
                    on: ResidentsFixtureTime.date("2026-05-12"), by: peter.caseWorker, communicatedOn: nil)),
            nextMeeting: peter.meetingAfterFollowUp)
        XCTAssertEqual(
            uncommunicated.validate(on: afterFollowUp).findings.map(\.code),
            [CarePlanFindingCode.approvalNotCommunicated])

        // The plan's versions stay readable: what did it say on 1 March?
        XCTAssertEqual(
            history.history.version(at: ResidentsFixtureTime.instant("2026-03-01", 12))?.document.coordinator,
            peter.socialWorker)
        XCTAssertEqual(
            history.versions.map(\.provenance.author),
            [socialWorker, socialWorker, socialWorker, peter.caseWorkerAuthor])
    }
}
