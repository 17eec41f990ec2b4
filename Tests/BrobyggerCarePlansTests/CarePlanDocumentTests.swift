import BrobyggerCarePlans
import BrobyggerCore
import BrobyggerStores
import BrobyggerTesting
import Foundation
import Testing

@Suite("Care plan as a document")
struct CarePlanDocumentTests {
    let peter = CarePlanPeterCase()

    @Test func encodesAndDecodesLosslessly() throws {
        let plan = peter.planAtFollowUp()
        let data = try JSONEncoder().encode(plan)
        #expect(try JSONDecoder().decode(CoordinatedCarePlan.self, from: data) == plan)
    }

    @Test func decodingRejectsWhatTheInitialiserRejects() throws {
        let plan = peter.planAtFirstMeeting()
        var object = try #require(JSONSerialization.jsonObject(with: JSONEncoder().encode(plan)) as? [String: Any])
        var efforts = try #require(object["efforts"] as? [[String: Any]])
        efforts[0]["due"] = "2026-01-01"  // before its start on 20 February
        object["efforts"] = efforts
        let data = try JSONSerialization.data(withJSONObject: object)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(CoordinatedCarePlan.self, from: data) }

        var duplicated = try #require(JSONSerialization.jsonObject(with: JSONEncoder().encode(plan)) as? [String: Any])
        let original = try #require(duplicated["efforts"] as? [[String: Any]])
        duplicated["efforts"] = original + [original[0]]
        let duplicatedData = try JSONSerialization.data(withJSONObject: duplicated)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(CoordinatedCarePlan.self, from: duplicatedData) }
    }

    @Test func unknownCodesRoundTrip() throws {
        let trigger = try JSONDecoder().decode(
            [CarePlanTrigger].self, from: Data(#"["new_rule","unstable_attendance"]"#.utf8))
        #expect(trigger == [.unrecognized("new_rule"), .unstableAttendance])
        #expect(
            String(decoding: try JSONEncoder().encode(trigger), as: UTF8.self) == #"["new_rule","unstable_attendance"]"#
        )
        #expect(CarePlanClosingReason(rawValue: "other") == .unrecognized("other"))
    }

    @Test func meetingMinutesFollowTheSeedsAgendaOrder() {
        let meeting = peter.firstMeeting()
        #expect(meeting.minutes.map(\.item) == CoordinationMeetingAgendaItem.allCases)
        #expect(
            CoordinationMeetingAgendaItem.allCases == [
                .sinceLastTime, .residentsView, .followUpOfAgreements, .newAgreements,
            ])
    }

    @Test func indexKeysNameResidentCoordinatorTeamFacilityAndStatus() throws {
        let team = SyntheticRegionRandom.identifier(forKey: "team", Organisation.self)
        let facility = SyntheticRegionRandom.identifier(forKey: "facility", Organisation.self)
        var plan = peter.planAtFirstMeeting()
        plan.team = team
        plan.facility = facility
        plan.status = .active
        let keys = Set(plan.indexKeys)
        #expect(keys.contains(IndexKey("resident", peter.resident.id)))
        #expect(keys.contains(IndexKey("coordinator", peter.socialWorker.key)))
        #expect(keys.contains(IndexKey("coordinator-organisation", peter.ward.id)))
        #expect(keys.contains(IndexKey("team", team)))
        #expect(keys.contains(IndexKey("facility", facility)))
        #expect(keys.contains(IndexKey("status", "active")))
        #expect(plan.indexPeriod?.start == peter.coordinationMeeting)
        #expect(plan.accessSubject == AccessSubject(resident: peter.resident.id))
    }

    @Test func redactionKeepsIdentityForAddressingAndRemovesTheGroups() {
        let plan = peter.planAtFirstMeeting()
        #expect(plan.redacted(to: plan.fieldGroups) == plan)
        let onlyPlan = plan.redacted(to: [.carePlan])
        #expect(onlyPlan.residentName == nil)
        #expect(onlyPlan.residentVoice == .empty)
        #expect(onlyPlan.efforts == plan.efforts)
        let nothing = plan.redacted(to: [])
        #expect(nothing.efforts.isEmpty && nothing.meetings.isEmpty && nothing.coordinator == nil)
        #expect(nothing.id == plan.id && nothing.resident == plan.resident)
        #expect(plan.changedGroups(from: peter.preparedDraft()).contains(.carePlan))
    }

    @Test func theStoreKeepsEveryVersionAndListsByCoordinator() async throws {
        let store = InMemoryDocumentStore()
        let author = peter.socialWorkerAuthor
        _ = try await store.save(
            peter.draft(), expecting: .new,
            provenance: Provenance(author: author, instant: ResidentsFixtureTime.instant("2026-02-05", 10)))
        var active = peter.planAtFirstMeeting()
        active.status = .active
        _ = try await store.save(
            active, expecting: .version(1),
            provenance: Provenance(author: author, instant: ResidentsFixtureTime.instant("2026-02-16", 15)))
        let history = try await store.history(of: CoordinatedCarePlan.self, id: peter.planID)
        #expect(history?.versions.count == 2)
        let listed = try await store.list(
            CoordinatedCarePlan.self, matching: DocumentQuery(keys: [IndexKey("coordinator", peter.socialWorker.key)]))
        #expect(listed.map(\.document.id) == [peter.planID])
    }

    @Test func theMarkdownHasTheSectionsThePartiesRecogniseAndNoCPR() {
        var plan = peter.planAtFollowUp()
        plan.status = .revised
        let text = CarePlanMarkdownRenderer().render(plan, findings: plan.validate(on: peter.followUpMeeting))
        let headings = text.split(separator: "\n").filter { $0.hasPrefix("## ") }.map(String.init)
        #expect(
            headings == [
                "## Deltagere", "## Mine ønsker og drømme (med mine egne ord)", "## Aktuelle udfordringer",
                "## Fælles mål", "## Prioriterede delmål", "## Indsatser", "## Aftaler",
                "## Tidlige tegn, og hvad vi gør",
                "## Samtykke til deling", "## Næste møde", "## Referat fra opfølgende møde 11. maj 2026",
            ])
        #expect(text.hasPrefix("# Koordinerende indsatsplan for Peter Hansen\n"))
        #expect(text.contains("- »Jeg vil have noget at stå op til.«"))
        #expect(
            text.contains(
                "| Job med løntilskud | Peter er i job med løntilskud. | Jonas Berg (Jobcenter Køge) | 1. juni 2026 | 30. september 2026 | planlagt |"
            ))
        #expect(
            text.contains(
                "Godkendt af borgeren efter mødet den 12. maj 2026, indhentet af Lene Friis (Køge Kommune); deltagerne orienteret den 13. maj 2026."
            ))
        #expect(text.contains("Næste koordinationsmøde: 26. oktober 2026."))
        #expect(!text.contains("150384"))
        #expect(!text.contains(peter.resident.person.unmaskedValue))
    }

    @Test func aRedactedPlanSaysWhatIsMissing() {
        let text = CarePlanMarkdownRenderer().render(peter.planAtFirstMeeting().redacted(to: [.identity]))
        #expect(text.contains("Ikke skrevet ned."))
        #expect(text.contains("Ingen indsatser."))
        #expect(text.contains("Koordinator (tovholder): ikke udpeget"))
    }
}

@Suite("Care plan efforts")
struct CarePlanEffortTests {
    @Test func reschedulingKeepsTheDueDayAfterTheStart() throws {
        let peter = CarePlanPeterCase()
        let effort = try #require(peter.planAtFirstMeeting().effort(peter.wageSubsidisedJobID))
        let later = try effort.rescheduled(start: effort.start, due: ResidentsFixtureTime.date("2026-12-31"))
        #expect(later.due == ResidentsFixtureTime.date("2026-12-31"))
        #expect(later.id == effort.id && later.responsible == effort.responsible)
        #expect(throws: ValidationError.self) {
            try effort.rescheduled(start: effort.start, due: ResidentsFixtureTime.date("2026-05-31"))
        }
    }
}
