import BrobyggerCarePlans
import BrobyggerCore
import BrobyggerTesting
import Testing

@Suite("Care plan diff")
struct CarePlanDiffTests {
    let peter = CarePlanPeterCase()

    @Test func theFollowUpMeetingRevisionReadsAsTheParties() {
        var before = peter.planAtFirstMeeting()
        before.status = .active
        var after = peter.planAtFollowUp()
        after.status = .revised
        let diff = CarePlanDiff(from: before, to: after)
        let changes = diff.changes
        #expect(changes.contains(.statusChanged(from: .active, to: .revised)))
        #expect(changes.contains(.coordinatorChanged(from: peter.socialWorker, to: peter.caseWorker)))
        #expect(changes.contains(.effortEnded(title: "Fysisk genoptræning", status: .completed)))
        #expect(
            changes.contains(
                .responsibilityMoved(
                    effort: "Job med løntilskud", from: [.organisation(peter.jobcentre)], to: [peter.jobConsultant])))
        #expect(
            changes.contains(
                .effortAdded(title: "Ambulant medicinopfølgning", responsible: [.organisation(peter.outpatientClinic)])
            ))
        #expect(
            changes.contains(
                .goalChanged(
                    from: "Peter har noget at stå op til og vender tilbage til arbejdsmarkedet.",
                    to: "Peter har et arbejde at stå op til og lever uden misbrug.")))
        #expect(changes.contains(.effortStatusChanged(effort: "Misbrugsbehandling", from: .planned, to: .inProgress)))
        #expect(changes.contains(.meetingRecorded(date: peter.followUpMeeting, kind: .followUp)))
        #expect(changes.contains(.participantAdded(.organisation(peter.outpatientClinic))))
        #expect(changes.contains(.participantRemoved(peter.wardDoctor)))

        let text = diff.description
        #expect(
            text.contains(
                "Ansvaret for »Job med løntilskud« flyttet fra Jobcenter Køge til Jonas Berg (Jobcenter Køge)."))
        #expect(text.contains("Indsats gennemført: »Fysisk genoptræning«."))
        #expect(
            text.contains(
                "Koordinator ændret fra Mette Lund (Psykiatrisk sengeafsnit, Roskilde) til Lene Friis (Køge Kommune)."))
        // A reworded goal is one change, not a removal and an addition.
        #expect(!changes.contains { if case .goalRemoved = $0 { true } else { false } })
    }

    @Test func identicalVersionsHaveNoChanges() {
        let plan = peter.planAtFirstMeeting()
        let diff = CarePlanDiff(from: plan, to: plan)
        #expect(diff.isEmpty)
        #expect(diff.description == "Ingen ændringer.")
    }

    @Test func theChangeLogPairsEachVersionWithItsChanges() throws {
        let author = peter.socialWorkerAuthor
        let history = try CarePlanHistory(
            starting: peter.draft(),
            provenance: Provenance(author: author, instant: ResidentsFixtureTime.instant("2026-02-05", 10))
        )
        .appending(
            peter.preparedDraft(),
            provenance: Provenance(author: author, instant: ResidentsFixtureTime.instant("2026-02-09", 10)))
        #expect(history.changeLog.count == 1)
        #expect(history.changeLog[0].diff.changes == [.residentVoiceChanged])
        #expect(history.diff(1) == nil)
        #expect(history.diff(3) == nil)
    }
}
