import BrobyggerCore
import BrobyggerResidents
import BrobyggerTesting
import Foundation
import Testing

@Suite struct CourseTimelineTests {
    let resident = SyntheticRegionRandom.identifier(forKey: "timeline-resident", Resident.self)
    func at(_ day: String, _ hour: Int, _ minute: Int = 0) -> Instant {
        ResidentsFixtureTime.instant(day, hour, minute)
    }

    @Test func outOfOrderArrivalGivesTheSameStays() throws {
        let events = try CourseEventSequence(resident: resident)
            .admitted("E1", at: at("2026-03-02", 14, 5), legalStatus: .compulsory)
            .leaveStarted("E1", at: at("2026-03-04", 10))
            .leaveEnded("E1", at: at("2026-03-04", 18))
            .discharged("E1", at: at("2026-03-06", 19, 30))
            .events
        let inOrder = try CourseTimeline(resident: resident, events: events)
        let reversed = try CourseTimeline(resident: resident, events: events.reversed())
        #expect(inOrder.stays == reversed.stays)
        #expect(reversed.findings.isClean)
        let stay = try #require(reversed.stays.first)
        #expect(stay.lengthOfStayDays == 4)
        #expect(stay.isCompulsoryAdmission)
        #expect(stay.startedAcutely)
        #expect(stay.leaves.count == 1)
        #expect(stay.dischargedAt == at("2026-03-06", 19, 30))
    }

    @Test func correctionsSupersedeWithoutDeletingAndCancellationsWithdraw() throws {
        var sequence = try CourseEventSequence(resident: resident)
            .admitted("E1", at: at("2026-03-02", 14))
            .discharged("E1", at: at("2026-03-06", 12))
        let discharge = try #require(sequence.lastEventID)
        sequence = try sequence.correcting(discharge, to: at("2026-03-07", 9))
        let timeline = try CourseTimeline(resident: resident, events: sequence.events)
        #expect(timeline.events.count == 3)
        #expect(timeline.effectiveEvents.count == 2)
        #expect(timeline.stays.first?.endDate == ResidentsFixtureTime.date("2026-03-07"))

        let admission = try #require(sequence.events.first?.id)
        let cancelled = try CourseTimeline(resident: resident, events: try sequence.cancelling(admission).events)
        #expect(cancelled.stays.isEmpty)
        #expect(!cancelled.findings.findings(withCode: "timeline.discharge-without-admission").isEmpty)
        #expect(cancelled.events.count == 4)
    }

    @Test func aLaterCorrectionOfTheSameEventWins() throws {
        var sequence = try CourseEventSequence(resident: resident)
            .admitted("E1", at: at("2026-03-02", 14))
            .discharged("E1", at: at("2026-03-06", 12))
        let discharge = try #require(sequence.lastEventID)
        sequence = try sequence.correcting(discharge, to: at("2026-03-07", 9))
            .correcting(discharge, to: at("2026-03-08", 9))
        let timeline = try CourseTimeline(resident: resident, events: sequence.events)
        #expect(timeline.stays.first?.endDate == ResidentsFixtureTime.date("2026-03-08"))
    }

    @Test func impossibleSequencesAreFindingsNamingTheEpisode() throws {
        let events = try CourseEventSequence(resident: resident)
            .discharged("X", at: at("2026-01-05", 12))
            .admitted("E1", at: at("2026-02-01", 10))
            .admitted("E2", at: at("2026-02-03", 10))
            .discharged("E2", at: at("2026-02-04", 10))
            .discharged("E1", at: at("2026-02-10", 10))
            .unrecognized("XXXX", "E1", at: at("2026-02-05", 10))
            .events
        let timeline = try CourseTimeline(resident: resident, events: events)
        let findings = timeline.findings
        #expect(findings.findings(withCode: "timeline.discharge-without-admission").first?.path == "episodes.X")
        #expect(!findings.findings(withCode: "timeline.overlapping-stays").isEmpty)
        #expect(!findings.findings(withCode: "timeline.unrecognized-event-kind").isEmpty)
        // Overlapping contacts form one hospital stay (the national definition joins them).
        #expect(timeline.stays.map(\.episode.value) == ["E1"])
        #expect(timeline.stays.first?.episodes.map(\.value) == ["E1", "E2"])
        #expect(timeline.stays.first?.endDate == ResidentsFixtureTime.date("2026-02-10"))
    }

    @Test func eventsAfterDeathAreFindings() throws {
        let events = try CourseEventSequence(resident: resident)
            .admitted("E1", at: at("2026-02-01", 10))
            .died("E1", at: at("2026-02-03", 4))
            .admitted("E2", at: at("2026-02-10", 10))
            .events
        let timeline = try CourseTimeline(resident: resident, events: events)
        #expect(timeline.stays.first?.endedByDeath == true)
        #expect(timeline.stays.first?.dischargedAt == nil)
        #expect(!timeline.findings.findings(withCode: "timeline.event-after-death").isEmpty)
    }

    @Test func rejectedEventsLeaveTheTimelineUnchanged() throws {
        let events = try CourseEventSequence(resident: resident).admitted("E1", at: at("2026-02-01", 10)).events
        var timeline = try CourseTimeline(resident: resident, events: events)
        let before = timeline
        #expect(throws: ValidationError.self) { try timeline.record(events[0]) }
        let stranger = try CourseEventSequence(resident: .random()).admitted("E9", at: at("2026-02-01", 10)).events[0]
        do {
            try timeline.record(stranger)
            Issue.record("An event about another resident was accepted")
        } catch {
            #expect(error.code == "timeline.wrong-resident")
        }
        #expect(timeline == before)
    }

    @Test func theRegisterRefusesUnknownResidentsAndDuplicateIdentifiers() throws {
        let known = try CourseEventSequence(resident: resident).admitted("E1", at: at("2026-02-01", 10)).events
        let unknown = try CourseEventSequence(resident: .random()).admitted("E1", at: at("2026-02-01", 10)).events
        var register = CourseRegister(residents: [resident])
        try register.record(known[0])
        let before = register
        do {
            try register.record(unknown[0])
            Issue.record("An event for an unknown resident was accepted")
        } catch {
            #expect(error.code == "timeline.unknown-resident")
            #expect(error.field == "resident")
        }
        let errors = register.record(contentsOf: known)
        #expect(errors.map(\.code) == ["timeline.duplicate-event"])
        #expect(errors.first?.field == "events[0].id")
        #expect(register == before)
    }

    @Test func invalidEventsAreTypedErrors() throws {
        #expect(throws: ValidationError.self) {
            try CourseEvent(
                id: .random(), resident: resident, episode: try EpisodeOfCareIdentifier("E1"), kind: .admitInpatient,
                instant: at("2026-01-01", 1))
        }
        #expect(throws: ValidationError.self) { try EpisodeOfCareIdentifier("  ") }
        #expect(CourseEventKind(medComCode: "STAA") == .admitEmergency)
        #expect(CourseEventKind(rawValue: "transfer") == .unrecognized("transfer"))
    }

    @Test func timelineRoundTripsThroughJSONAndDecodingRevalidates() throws {
        let events = try CourseEventSequence(resident: resident)
            .admitted("E1", at: at("2026-03-02", 14), legalStatus: .detention)
            .discharged("E1", at: at("2026-03-06", 12))
            .events
        let timeline = try CourseTimeline(resident: resident, events: events)
        let data = try JSONEncoder().encode(timeline)
        #expect(try JSONDecoder().decode(CourseTimeline.self, from: data) == timeline)
        struct Raw: Encodable {
            var resident: Resident.ID
            var events: [CourseEvent]
        }
        let json = try JSONEncoder().encode(Raw(resident: resident, events: [events[0], events[0]]))
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(CourseTimeline.self, from: json) }
    }
}
