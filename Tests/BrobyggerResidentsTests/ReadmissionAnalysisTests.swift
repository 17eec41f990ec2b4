import BrobyggerCore
import BrobyggerResidents
import BrobyggerTesting
import Foundation
import Testing

@Suite struct ReadmissionAnalysisTests {
    let resident = SyntheticRegionRandom.identifier(forKey: "readmission-resident", Resident.self)
    func at(_ day: String, _ hour: Int, _ minute: Int = 0) -> Instant {
        ResidentsFixtureTime.instant(day, hour, minute)
    }

    func stays(_ sequence: CourseEventSequence) throws -> [Stay] {
        try CourseTimeline(resident: resident, events: sequence.events).stays
    }

    @Test(arguments: [
        // days after discharge, kind, initial diagnosis, acute?
        (12, CourseEventKind.admitEmergency, nil as String?, true),
        (30, .admitEmergency, nil, true),
        (31, .admitEmergency, nil, false),
        (5, .admitInpatient, nil, false),
        (5, .admitEmergency, "DC509", false),
        (5, .admitEmergency, "DS060", false),
        (0, .admitEmergency, "DF200", true),
    ])
    func acuteReadmissionFollowsTheNationalDefinition(days: Int, kind: CourseEventKind, diagnosis: String?, acute: Bool)
        throws
    {
        let discharge = ResidentsFixtureTime.date("2026-03-06")
        let sequence = try CourseEventSequence(resident: resident)
            .admitted("P", at: at("2026-03-02", 14))
            .discharged("P", at: try Instant(date: discharge, hour: 9))
            .admitted(
                "R", at: try Instant(date: discharge.adding(days: days), hour: 20), kind: kind,
                initialDiagnosis: diagnosis)
        let analysis = ReadmissionAnalysis(stays: try stays(sequence))
        let link = try #require(analysis.links.first)
        #expect(link.primary.value == "P")
        #expect(link.readmission.value == "R")
        #expect(link.daysAfterDischarge == days)
        #expect(link.isAcute == acute)
        #expect(link.isEarly == (days <= 3))
    }

    @Test func compulsoryInpatientAdmissionsStartAcutely() throws {
        let sequence = try CourseEventSequence(resident: resident)
            .admitted("P", at: at("2026-03-02", 14))
            .discharged("P", at: at("2026-03-06", 9))
            .admitted("R", at: at("2026-03-10", 9), kind: .admitInpatient, legalStatus: .compulsory)
        #expect(ReadmissionAnalysis(stays: try stays(sequence)).links.first?.isAcute == true)
    }

    @Test func frequentAdmissionUsesARollingWindowAndAConfigurableThreshold() throws {
        var sequence = CourseEventSequence(resident: resident)
        let starts = ["2025-02-01", "2025-05-01", "2025-08-01", "2026-01-31", "2026-06-01"]
        for (index, day) in starts.enumerated() {
            sequence = try sequence.admitted("E\(index)", at: at(day, 10))
                .discharged("E\(index)", at: at(day, 15))
        }
        let all = try stays(sequence)
        let standard = ReadmissionAnalysis(stays: all)
        #expect(standard.isFrequentAdmitter(resident))
        #expect(standard.frequentAdmitters.first?.windowStart == ResidentsFixtureTime.date("2025-02-01"))
        #expect(standard.profiles.map(\.isFrequentAdmission) == [false, false, false, true, false])
        // Four in a calendar year is not the same as four in twelve months: with ">4" nobody qualifies.
        let stricter = ReadmissionAnalysis(stays: all, policy: ReadmissionPolicy(frequentAdmissionThreshold: 5))
        #expect(!stricter.isFrequentAdmitter(resident))
        let shorterWindow = ReadmissionAnalysis(stays: all, policy: ReadmissionPolicy(frequentAdmissionWindowMonths: 6))
        #expect(!shorterWindow.isFrequentAdmitter(resident))
    }

    @Test func shortStaysAndDischargesOutsideDaytimeOrAtWeekends() throws {
        // 2026-03-06 is a Friday; 2026-03-14 a Saturday.
        let sequence = try CourseEventSequence(resident: resident)
            .admitted("A", at: at("2026-03-02", 14))
            .discharged("A", at: at("2026-03-06", 19, 30))
            .admitted("B", at: at("2026-03-10", 2))
            .discharged("B", at: at("2026-03-14", 11))
            .admitted("C", at: at("2026-04-01", 10))
            .discharged("C", at: at("2026-04-20", 10))
        let profiles = ReadmissionAnalysis(stays: try stays(sequence)).profiles
        #expect(profiles.map(\.isShortStay) == [false, false, false])
        #expect(profiles.map(\.dischargedOutsideDaytime) == [true, false, false])
        #expect(profiles.map(\.dischargedAtWeekend) == [false, true, false])
        let lenient = ReadmissionAnalysis(
            stays: try stays(sequence), policy: ReadmissionPolicy(shortStayMaximumDays: 4))
        #expect(lenient.profiles.map(\.isShortStay) == [true, true, false])
    }

    @Test func somaticStaysAreLeftOutByDefault() throws {
        let sequence = try CourseEventSequence(resident: resident)
            .admitted("P", at: at("2026-03-02", 14))
            .discharged("P", at: at("2026-03-06", 9))
            .admitted("S", at: at("2026-03-08", 9), wardType: .somatic)
            .discharged("S", at: at("2026-03-09", 9))
        #expect(ReadmissionAnalysis(stays: try stays(sequence)).links.isEmpty)
        let both = ReadmissionAnalysis(
            stays: try stays(sequence), policy: ReadmissionPolicy(wardTypes: [.psychiatric, .somatic]))
        #expect(both.links.count == 1)
    }

    @Test func avoidabilityIsARecordedJudgementWithAReason() throws {
        let author = Author(name: try PersonName(given: "Mette", family: "Holm"))
        #expect(throws: ValidationError.self) {
            try AvoidabilityAssessment(
                resident: resident, readmission: try EpisodeOfCareIdentifier("R"), judgement: .avoidable, reason: " ",
                assessedBy: author, assessedOn: ResidentsFixtureTime.date("2026-04-01"))
        }
        let assessment = try AvoidabilityAssessment(
            resident: resident, readmission: try EpisodeOfCareIdentifier("R"), judgement: .avoidable,
            reason: "Udskrevet fredag aften uden aftale med botilbuddet", assessedBy: author,
            assessedOn: ResidentsFixtureTime.date("2026-04-01"))
        let decoded = try JSONDecoder().decode(AvoidabilityAssessment.self, from: JSONEncoder().encode(assessment))
        #expect(decoded == assessment)
    }

    /// The national year spreads over the five regions and still analyses as one year of stays; its speed is
    /// measured by `ReadmissionBenchmarks` in `Benchmarks/`, not here.
    @Test func nationalScaleAnalysis() throws {
        let region = try SyntheticRegion.generate(.national)
        let stays = region.courseRegister().stays
        #expect(stays.count == 50_000)
        let analysis = ReadmissionAnalysis(stays: stays)
        #expect(!analysis.profiles.isEmpty)
        let regions = region.organisations.filter { $0.kind == .region }.compactMap(\.identifiers.region)
        #expect(Set(regions) == Set(Region.allCases))
        #expect(Set(region.facilities.map(\.municipality)).count > 80, "facilities across the country")
        // Each facility lies in the region of the centre its team belongs to.
        let byID = Dictionary(uniqueKeysWithValues: region.organisations.map { ($0.id, $0) })
        for facility in region.facilities {
            let team = facility.outreachTeam.flatMap { byID[$0] }
            let centre = team?.partOf.flatMap { byID[$0] }
            let home = centre?.partOf.flatMap { byID[$0] }?.identifiers.region
            #expect(home.map { $0.municipalities.contains(facility.municipality) } == true, "\(facility.name)")
        }
    }
}
