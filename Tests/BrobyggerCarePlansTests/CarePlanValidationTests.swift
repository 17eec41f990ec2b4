import BrobyggerCarePlans
import BrobyggerCore
import BrobyggerResidents
import BrobyggerTesting
import Foundation
import Testing

@Suite("Care plan validation")
struct CarePlanValidationTests {
    static let peter = CarePlanPeterCase()
    static let day = ResidentsFixtureTime.date("2026-03-02")

    static func active() -> CoordinatedCarePlan {
        var plan = peter.planAtFirstMeeting()
        plan.status = .active
        return plan
    }

    static func active(_ change: (inout CoordinatedCarePlan) throws -> Void) rethrows -> CoordinatedCarePlan {
        var plan = active()
        try change(&plan)
        return plan
    }

    @Test func peterPlanAfterTheFirstMeetingIsClean() {
        let report = Self.active().validate(on: Self.day)
        #expect(report.isClean, "\(report)")
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let plan: CoordinatedCarePlan
        let code: String
        let severity: Severity
        let path: FieldPath
        let sourceKind: SourceCitation.Kind
        var testDescription: String { name }
    }

    static let cases: [Case] = {
        do {
            let misuse = try #require(peter.planAtFirstMeeting().effort(peter.misuseTreatmentID))
            var unowned = misuse
            unowned.responsible = []
            var twoOwners = misuse
            twoOwners.responsible = [peter.misuseCounsellor, peter.socialWorker]
            let absentMeeting = try peter.firstMeeting().withApproval(.pending)
            return [
                Case(
                    name: "no coordinator", plan: active { $0.coordinator = nil },
                    code: CarePlanFindingCode.coordinatorMissing, severity: .error, path: "coordinator",
                    sourceKind: .document),
                Case(
                    name: "effort without responsible party", plan: try active { $0 = try $0.settingEffort(unowned) },
                    code: CarePlanFindingCode.effortResponsibleMissing, severity: .error,
                    path: "efforts[0].responsible", sourceKind: .regionalAgreement),
                Case(
                    name: "effort with two responsible parties",
                    plan: try active { $0 = try $0.settingEffort(twoOwners) },
                    code: CarePlanFindingCode.effortResponsibleSeveral, severity: .error,
                    path: "efforts[0].responsible", sourceKind: .regionalAgreement),
                Case(
                    name: "next meeting missing", plan: active { $0.nextMeeting = nil },
                    code: CarePlanFindingCode.nextMeetingMissing, severity: .error, path: "nextMeeting",
                    sourceKind: .regionalAgreement),
                Case(
                    name: "next meeting later than 6 months",
                    plan: active { $0.nextMeeting = ResidentsFixtureTime.date("2026-08-17") },
                    code: CarePlanFindingCode.nextMeetingTooLate, severity: .error, path: "nextMeeting",
                    sourceKind: .regionalAgreement),
                Case(
                    name: "approval missing",
                    plan: try active { $0 = try $0.recording(absentMeeting, nextMeeting: peter.followUpMeeting) },
                    code: CarePlanFindingCode.approvalMissing, severity: .error, path: "meetings[0].approval",
                    sourceKind: .document),
                Case(
                    name: "approval obtained afterwards but not communicated",
                    plan: try active {
                        $0 = try $0.recording(
                            peter.firstMeeting().withApproval(
                                .obtainedAfterwards(
                                    on: peter.coordinationMeeting, by: peter.socialWorker, communicatedOn: nil)),
                            nextMeeting: peter.followUpMeeting)
                    },
                    code: CarePlanFindingCode.approvalNotCommunicated, severity: .warning,
                    path: "meetings[0].approval", sourceKind: .regionalAgreement),
                Case(
                    name: "shared beyond consent",
                    plan: active {
                        $0.sharedWith.append(.organisation(peter.outpatientClinic))
                        $0.sharingConsent?.recipients.removeLast()
                    },
                    code: CarePlanFindingCode.sharedBeyondConsent, severity: .error, path: "sharedWith[6]",
                    sourceKind: .document),
                Case(
                    name: "shared after consent withdrawn",
                    plan: active {
                        $0.sharingConsent?.withdrawnFrom = ResidentsFixtureTime.date("2026-03-01")
                        $0.sharedWith = [peter.misuseCounsellor]
                    },
                    code: CarePlanFindingCode.sharedBeyondConsent, severity: .error, path: "sharedWith[0]",
                    sourceKind: .document),
                Case(
                    name: "shared without consent", plan: active { $0.sharingConsent = nil },
                    code: CarePlanFindingCode.consentMissing, severity: .error, path: "sharingConsent",
                    sourceKind: .document),
                Case(
                    name: "goals without the resident's voice", plan: active { $0.residentVoice = .empty },
                    code: CarePlanFindingCode.goalsWithoutResidentVoice, severity: .warning, path: "residentVoice",
                    sourceKind: .document),
                Case(
                    name: "resident declined: respected, information only",
                    plan: active { $0.residentVoice = ResidentVoice(declinedToTakePart: true) },
                    code: CarePlanFindingCode.goalsWithoutResidentVoice, severity: .information,
                    path: "residentVoice", sourceKind: .document),
                Case(
                    name: "meeting overdue",
                    plan: active { $0.nextMeeting = ResidentsFixtureTime.date("2026-03-01") },
                    code: CarePlanFindingCode.meetingOverdue, severity: .warning, path: "nextMeeting",
                    sourceKind: .document),
            ]
        } catch {
            preconditionFailure("invalid case: \(error)")
        }
    }()

    @Test(arguments: cases)
    func eachRuleReportsItsFindingWithASource(_ testCase: Case) {
        let report = testCase.plan.validate(on: Self.day)
        let matching = report.findings(withCode: testCase.code)
        #expect(matching.count == 1, "\(report)")
        #expect(matching.first?.severity == testCase.severity)
        #expect(matching.first?.path == testCase.path)
        #expect(matching.first?.source.kind == testCase.sourceKind)
        #expect(matching.first?.message.isEmpty == false)
    }

    @Test func theMaximumIntervalIsConfigurable() throws {
        let plan = Self.active()  // first meeting 16 February, next 11 May: under 3 months.
        #expect(plan.validate(on: Self.day).isClean)
        let quarterly = try CarePlanPolicy(
            maximumMonthsToNextMeeting: 2, nextMeetingSource: .configuration("maximumMonthsToNextMeeting", default: "2")
        )
        let report = plan.validate(on: Self.day, policy: quarterly)
        let finding = report.findings(withCode: CarePlanFindingCode.nextMeetingTooLate).first
        #expect(finding?.source.kind == .configuration)
        #expect(finding?.message.contains("16. april 2026") == true)
    }

    @Test func theSixMonthLimitIsInclusiveAndClampsToMonthEnd() throws {
        // A meeting on 31 August: six months later is 28 February (clamped), and that day is allowed.
        let plan = try CarePlanBuilder("limit").coordinator(.resident).status(.active)
            .meeting(on: "2026-08-31", approval: .givenAtMeeting).nextMeeting("2027-02-28").build()
        #expect(
            !plan.validate(on: ResidentsFixtureTime.date("2026-09-01")).contains(
                code: CarePlanFindingCode.nextMeetingTooLate))
        let late = try CarePlanBuilder("limit").coordinator(.resident).status(.active)
            .meeting(on: "2026-08-31", approval: .givenAtMeeting).nextMeeting("2027-03-01").build()
        #expect(
            late.validate(on: ResidentsFixtureTime.date("2026-09-01")).contains(
                code: CarePlanFindingCode.nextMeetingTooLate))
    }

    /// The agenda has new agreements "som borgeren er med til at godkende"; a resident who was not there cannot
    /// have approved at the meeting: the coordinator obtains acceptance afterwards and tells the others.
    @Test func approvalRecordedAtTheMeetingWhileTheResidentWasAbsentIsAFinding() throws {
        func plan(_ approval: ResidentApproval, residentPresent: Bool) throws -> CoordinatedCarePlan {
            try CarePlanBuilder("approval").coordinator(Self.peter.socialWorker).status(.active)
                .meeting(on: "2026-02-16", approval: approval, residentPresent: residentPresent)
                .nextMeeting("2026-05-11").build()
        }
        let absent = try plan(.givenAtMeeting, residentPresent: false)
        let findings = absent.validate(on: Self.day).findings(
            withCode: CarePlanFindingCode.approvalAtMeetingWhileAbsent)
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .error)
        #expect(findings.first?.path == "meetings[0].approval")
        #expect(findings.first?.source.kind == .regionalAgreement)
        let present = try plan(.givenAtMeeting, residentPresent: true)
        #expect(!present.validate(on: Self.day).contains(code: CarePlanFindingCode.approvalAtMeetingWhileAbsent))
        // Obtained afterwards and communicated: no finding.
        let afterwards = try plan(
            .obtainedAfterwards(
                on: ResidentsFixtureTime.date("2026-02-18"), by: .resident,
                communicatedOn: ResidentsFixtureTime.date("2026-02-19")),
            residentPresent: false)
        #expect(!afterwards.validate(on: Self.day).contains(code: CarePlanFindingCode.approvalAtMeetingWhileAbsent))
    }

    /// The next meeting is due no later than 6 months after activation or revision, even before any meeting is
    /// recorded.
    @Test func theSixMonthLimitAppliesFromActivationBeforeAMeetingIsRecorded() throws {
        let draft = try CarePlanBuilder("activation").coordinator(.resident).nextMeeting("2026-10-01").build()
        #expect(draft.meetings.isEmpty)
        let author = Author(name: try PersonName(given: "Ida", family: "Olsen"))
        let history = try CarePlanHistory(
            starting: draft,
            provenance: Provenance(author: author, instant: ResidentsFixtureTime.instant("2026-01-05", 9))
        ).activating(
            draft, provenance: Provenance(author: author, instant: ResidentsFixtureTime.instant("2026-02-02", 9)))
        #expect(history.inForceSince == ResidentsFixtureTime.date("2026-02-02"))
        let report = history.validate(on: ResidentsFixtureTime.date("2026-03-01"))
        let tooLate = report.findings(withCode: CarePlanFindingCode.nextMeetingTooLate)
        #expect(tooLate.count == 1, "\(report)")
        #expect(tooLate.first?.message.contains("2. august 2026") == true)
        // A revision moves the start of the period.
        var revisedPlan = history.current
        revisedPlan.nextMeeting = ResidentsFixtureTime.date("2026-10-01")
        let revised = try history.revising(
            revisedPlan, provenance: Provenance(author: author, instant: ResidentsFixtureTime.instant("2026-04-15", 9)))
        #expect(
            !revised.validate(on: ResidentsFixtureTime.date("2026-05-01")).contains(
                code: CarePlanFindingCode.nextMeetingTooLate))
        // With no next meeting, the limit passing is an overdue meeting too.
        var unset = history.current
        unset.nextMeeting = nil
        let overdue = unset.validate(
            on: ResidentsFixtureTime.date("2026-08-03"), inForceSince: ResidentsFixtureTime.date("2026-02-02"))
        #expect(overdue.contains(code: CarePlanFindingCode.nextMeetingMissing))
        #expect(overdue.contains(code: CarePlanFindingCode.meetingOverdue))
    }

    @Test func anInvalidCarePlanPolicyIsRefusedNamingTheField() throws {
        let months = try #require(throws: ValidationError.self) { try CarePlanPolicy(maximumMonthsToNextMeeting: 0) }
        #expect(months.field.description == "maximumMonthsToNextMeeting")
        let soon = try #require(throws: ValidationError.self) { try CarePlanPolicy(dueSoonWorkingDays: -1) }
        #expect(soon.field.description == "dueSoonWorkingDays")
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(CarePlanPolicy.self, from: Data(#"{"maximumMonthsToNextMeeting":-6}"#.utf8))
        }
        let decoded = try JSONDecoder().decode(CarePlanPolicy.self, from: Data(#"{"dueSoonWorkingDays":5}"#.utf8))
        #expect(decoded.maximumMonthsToNextMeeting == 6)
        #expect(try JSONDecoder().decode(CarePlanPolicy.self, from: JSONEncoder().encode(decoded)) == decoded)
    }

    @Test func absentParticipantWithoutInputIsNotedAndInputViaCoordinatorCounts() throws {
        let meeting = peter.planAtFirstMeeting().latestMeeting
        #expect(meeting?.absentParticipants.map(\.party) == [Self.peter.generalPractitioner])
        let withoutInput = try CoordinationMeeting(
            id: CarePlanBuilder.identifier("absent", "meeting"), date: Self.peter.coordinationMeeting, kind: .initial,
            meetingLeader: Self.peter.socialWorker,
            participants: Self.peter.firstMeeting().participants, preparation: [], approval: .givenAtMeeting)
        let plan = try Self.active().recording(withoutInput, nextMeeting: Self.peter.followUpMeeting)
        let report = plan.validate(on: Self.day)
        #expect(report.findings(withCode: CarePlanFindingCode.absentWithoutInput).map(\.severity) == [.information])
    }

    var peter: CarePlanPeterCase { Self.peter }

    @Test func draftsAndClosedPlansAreJudgedByWhatTheyAre() {
        // A draft has no meeting yet: no coordinator or next-meeting rules, but goals still need the resident's voice.
        #expect(peter.draft().validate(on: Self.day).isClean)
        var closed = peter.planAtFirstMeeting()
        closed.status = .closed(on: Self.day, reason: .residentDeclined)
        closed.coordinator = nil
        #expect(closed.validate(on: Self.day).isClean)
    }

    @Test func overdueEffortsAreReported() {
        let plan = Self.active()
        let report = plan.validate(on: ResidentsFixtureTime.date("2026-05-04"))
        let overdue = report.findings(withCode: CarePlanFindingCode.effortOverdue)
        #expect(overdue.count == 1)
        #expect(overdue.first?.message.contains("Fysisk genoptræning") == true)
    }
}
