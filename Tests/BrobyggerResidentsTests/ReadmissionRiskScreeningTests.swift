import BrobyggerCore
import BrobyggerResidents
import BrobyggerTesting
import Foundation
import Testing

@Suite struct ReadmissionRiskScreeningTests {
    @Test func theChecklistHasTheTwentyNineItemsInThreeGroups() {
        let items = ReadmissionRiskFactor.allCases
        #expect(items.count == 29)
        #expect(items.filter { $0.group == .diagnosisAndIllness }.count == 11)
        #expect(items.filter { $0.group == .social }.count == 9)
        #expect(items.filter { $0.group == .course }.count == 9)
        #expect(
            items.allSatisfy { $0.source.document == .vive2023 && $0.source.locator?.hasPrefix("afsnit 1.3") == true })
        #expect(Set(items.map(\.danishTerm)).count == 29)
    }

    /// "Previous hospital contact" (C1) is about contacts before the current stay: a first admission screened
    /// during the stay, or on its discharge day, has none; a stay that ended earlier counts.
    @Test func previousHospitalContactComesFromEarlierContactsNotTheCurrentStay() throws {
        let resident = try ResidentBuilder("screen-c1").diagnosis("DF200", on: "2015-01-01").build()
        let first = try CourseEventSequence(resident: resident.id)
            .admitted("A", at: ResidentsFixtureTime.instant("2026-03-04", 10))
        func screen(_ sequence: CourseEventSequence, on day: String) throws -> Bool? {
            let stays = try CourseTimeline(resident: resident.id, events: sequence.events).stays
            return ReadmissionRiskScreening.prefilled(
                resident: resident, stays: stays, livesOnFacility: true, on: ResidentsFixtureTime.date(day)
            ).answers[.priorHospitalContact]?.isPresent
        }
        #expect(try screen(first, on: "2026-03-05") == false)
        let discharged = try first.discharged("A", at: ResidentsFixtureTime.instant("2026-03-09", 11))
        #expect(try screen(discharged, on: "2026-03-09") == false)
        #expect(try screen(discharged, on: "2026-03-10") == true)
        let readmitted = try discharged.admitted("B", at: ResidentsFixtureTime.instant("2026-03-20", 22))
        #expect(try screen(readmitted, on: "2026-03-21") == true)
    }

    @Test func dataAnswersWhatItCanAndStaffRecordTheRest() throws {
        let resident = try ResidentBuilder("screen").diagnosis("DF200", on: "2015-01-01")
            .diagnosis("DF122", rank: .secondary, on: "2018-01-01").build()
        let events = try CourseEventSequence(resident: resident.id)
            .admitted("A", at: ResidentsFixtureTime.instant("2026-03-04", 10))
            .discharged("A", at: ResidentsFixtureTime.instant("2026-03-06", 19, 30))
            .events
        let stays = try CourseTimeline(resident: resident.id, events: events).stays
        let screening = ReadmissionRiskScreening.prefilled(
            resident: resident, stays: stays, livesOnFacility: true, on: ResidentsFixtureTime.date("2026-03-10"))
        #expect(
            screening.presentFactors == [
                .schizophrenia, .substanceDependence, .facilityResident, .priorHospitalContact, .shortPreviousStay,
                .dischargedOutsideDaytime,
            ])
        #expect(screening.answers[.dischargedAtWeekend]?.isPresent == false)
        #expect(screening.unanswered.contains(.livesAlone))
        #expect(screening.unanswered.count == 29 - 7)
        let author = Author(name: try PersonName(given: "Ida", family: "Olsen"))
        let recorded = screening.recording(
            .selfHarm, answer: true, by: author, on: ResidentsFixtureTime.date("2026-03-10"))
        #expect(recorded.presentFactors.contains(.selfHarm))
        #expect(
            recorded.answers[.selfHarm]?.origin == .recorded(by: author, on: ResidentsFixtureTime.date("2026-03-10")))
        let data = try JSONEncoder().encode(recorded)
        #expect(try JSONDecoder().decode(ReadmissionRiskScreening.self, from: data) == recorded)
    }
}
