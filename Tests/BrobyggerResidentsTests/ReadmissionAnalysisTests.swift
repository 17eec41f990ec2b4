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
        (5, .admitEmergency, "DD051", false),
        (5, .admitEmergency, "DW190", false),
        (5, .admitEmergency, "DX599", false),
        // An injury says nothing about intent; self-harm, assault and undetermined intent are not accidents.
        (5, .admitEmergency, "DS060", true),
        (5, .admitEmergency, "DX600", true),
        (5, .admitEmergency, "DX840", true),
        (5, .admitEmergency, "DX850", true),
        (5, .admitEmergency, "DY099", true),
        (5, .admitEmergency, "DY100", true),
        (5, .admitEmergency, "DY340", true),
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

    @Test(arguments: [
        // contact reason, initial diagnosis, acute?
        (ContactReason.accident, nil as String?, false),
        (.accident, "DF200", false),
        (.selfHarm, "DT424", true),
        (.assault, "DS060", true),
        // A registered reason decides the accident question over the diagnosis; cancer still excludes.
        (.illness, "DW190", true),
        (.illness, "DC509", false),
        (.unrecognized("ALCC99"), nil, true),
    ])
    func aRegisteredContactReasonDecidesWhetherTheReadmissionStartedWithAnAccident(
        reason: ContactReason, diagnosis: String?, acute: Bool
    ) throws {
        let sequence = try CourseEventSequence(resident: resident)
            .admitted("P", at: at("2026-03-02", 14))
            .discharged("P", at: at("2026-03-06", 9))
            .admitted("R", at: at("2026-03-10", 20), initialDiagnosis: diagnosis, contactReason: reason)
        let link = try #require(ReadmissionAnalysis(stays: try stays(sequence)).links.first)
        #expect(link.isAcute == acute)
        #expect((link.acuteExclusion == nil) == acute)
    }

    @Test func theExclusionListsAreDataButNeverCountIntentionalHarmAsAnAccident() throws {
        let sequence = try CourseEventSequence(resident: resident)
            .admitted("P", at: at("2026-03-02", 14))
            .discharged("P", at: at("2026-03-06", 9))
            .admitted("R", at: at("2026-03-10", 20), initialDiagnosis: "DS060")
        // A region that counts injuries as accidents says so in data.
        let injuries = try ReadmissionPolicy(
            acuteReadmissionExclusions: try AcuteReadmissionExclusions(
                accidentDiagnoses: [try DiagnosisCategoryRange("S00", "T98"), try DiagnosisCategoryRange("V01", "X59")]
            ))
        let link = try #require(ReadmissionAnalysis(stays: try stays(sequence), policy: injuries).links.first)
        #expect(!link.isAcute)
        #expect(link.acuteExclusion == .accident)
        for range in [("V01", "Y98"), ("X60", "X84"), ("Y05", "Y05"), ("Y30", "Y36")] {
            let error = try #require(throws: ValidationError.self) {
                try AcuteReadmissionExclusions(accidentDiagnoses: [try DiagnosisCategoryRange(range.0, range.1)])
            }
            #expect(error.code == "readmission-exclusions.intentional-as-accident")
            #expect(error.field.description == "accidentDiagnoses[0]")
        }
        for reason in [ContactReason.selfHarm, .assault, .illness] {
            let error = try #require(throws: ValidationError.self) {
                try AcuteReadmissionExclusions(accidentContactReasons: [.accident, reason])
            }
            #expect(error.field.description == "accidentContactReasons")
        }
        let decoded = try JSONDecoder().decode(
            AcuteReadmissionExclusions.self, from: Data(#"{"accidentContactReasons":["accident","ALCC02"]}"#.utf8))
        #expect(decoded.accidentContactReasons == [.accident, .unrecognized("ALCC02")])
        #expect(decoded.accidentDiagnoses == AcuteReadmissionExclusions.defaultAccidentDiagnoses)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(
                AcuteReadmissionExclusions.self, from: Data(#"{"accidentContactReasons":["self_harm"]}"#.utf8))
        }
    }

    @Test func aWardTransferWithinFourHoursIsOneStayNotADischargeAndAReadmission() throws {
        let sequence = try CourseEventSequence(resident: resident)
            .admitted("A", at: at("2026-03-02", 14), initialDiagnosis: "DF200")
            .discharged("A", at: at("2026-03-05", 10))
            .admitted("B", at: at("2026-03-05", 13, 59), legalStatus: .compulsory)
            .discharged("B", at: at("2026-03-12", 11))
            // 4 hours and 1 minute after: a new stay, and an acute readmission.
            .admitted("C", at: at("2026-03-12", 15, 1))
            .discharged("C", at: at("2026-03-20", 9))
        let joined = try stays(sequence)
        #expect(joined.map(\.episode.value) == ["A", "C"])
        let first = try #require(joined.first)
        #expect(first.episodes.map(\.value) == ["A", "B"])
        #expect(first.dischargeEpisode.value == "B")
        #expect(first.endedAt == at("2026-03-12", 11))
        #expect(first.lengthOfStayDays == 10)
        #expect(first.legalStatus == .detention)
        #expect(first.initialDiagnosis == (try DiagnosisCode("DF200")))
        #expect(first.transfers.first?.previousContactEndedAt == at("2026-03-05", 10))
        let analysis = ReadmissionAnalysis(stays: joined)
        #expect(analysis.links.count == 1)
        #expect(analysis.links.first?.primary.value == "A")
        #expect(analysis.links.first?.readmission.value == "C")
        #expect(analysis.links.first?.daysAfterDischarge == 0)
        #expect(analysis.profiles.count == 2)
        // Contacts handed to the analysis unjoined are joined there too.
        let contacts = try CourseTimeline(resident: resident, events: sequence.events)
            .stays(joining: try HospitalStayDefinition(maximumTransferGapMinutes: 0))
        #expect(contacts.count == 3)
        #expect(ReadmissionAnalysis(stays: contacts).links.map(\.readmission.value) == ["C"])
        // The gap is configuration: with 1 hour the transfer is a discharge and a readmission.
        let hourly = try ReadmissionPolicy(stayDefinition: try HospitalStayDefinition(maximumTransferGapMinutes: 60))
        #expect(ReadmissionAnalysis(stays: contacts, policy: hourly).links.map(\.readmission.value) == ["B", "C"])
        #expect(throws: ValidationError.self) { try HospitalStayDefinition(maximumTransferGapMinutes: -1) }
        let decoded = try JSONDecoder().decode(Stay.self, from: JSONEncoder().encode(first))
        #expect(decoded == first)
    }

    @Test func aTransferToASomaticWardIsNotJoinedByDefault() throws {
        let sequence = try CourseEventSequence(resident: resident)
            .admitted("A", at: at("2026-03-02", 14))
            .discharged("A", at: at("2026-03-05", 10))
            .admitted("S", at: at("2026-03-05", 11), wardType: .somatic)
            .discharged("S", at: at("2026-03-06", 11))
        #expect(try stays(sequence).count == 2)
        let across = try HospitalStayDefinition(joinsAcrossWardTypes: true)
        #expect(try CourseTimeline(resident: resident, events: sequence.events).stays(joining: across).count == 1)
    }

    @Test(arguments: [
        // field, JSON of a policy that breaks its rule
        ("frequentAdmissionThreshold", #"{"frequentAdmissionThreshold":0}"#),
        ("frequentAdmissionThreshold", #"{"frequentAdmissionThreshold":1}"#),
        ("frequentAdmissionWindowMonths", #"{"frequentAdmissionWindowMonths":0}"#),
        ("frequentAdmissionWindowMonths", #"{"frequentAdmissionWindowMonths":-3}"#),
        ("earlyReadmissionDays", #"{"earlyReadmissionDays":-1}"#),
        ("shortStayMaximumDays", #"{"shortStayMaximumDays":-1}"#),
        ("readmissionWindowDays", #"{"readmissionWindowDays":0}"#),
        ("daytimeStartHour", #"{"daytimeStartHour":24}"#),
        ("daytimeEndHour", #"{"daytimeStartHour":16,"daytimeEndHour":8}"#),
        ("wardTypes", #"{"wardTypes":[]}"#),
        ("stayDefinition.maximumTransferGapMinutes", #"{"stayDefinition":{"maximumTransferGapMinutes":100000}}"#),
    ])
    func anInvalidReadmissionPolicyIsRefusedNamingTheField(field: String, json: String) throws {
        let error = try #require(throws: DecodingError.self) {
            try JSONDecoder().decode(ReadmissionPolicy.self, from: Data(json.utf8))
        }
        guard case .dataCorrupted(let context) = error else {
            Issue.record("expected a data-corrupted error, got \(error)")
            return
        }
        let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        #expect(path == field)
    }

    @Test func theReadmissionPolicyInitialiserChecksItsNumbers() throws {
        // A window of 0 months trapped with an index out of range; a threshold of 0 made every admission frequent.
        let window = try #require(throws: ValidationError.self) {
            try ReadmissionPolicy(frequentAdmissionWindowMonths: 0)
        }
        #expect(window.field.description == "frequentAdmissionWindowMonths")
        #expect(window.code == "readmission-policy.out-of-range")
        let threshold = try #require(throws: ValidationError.self) {
            try ReadmissionPolicy(frequentAdmissionThreshold: 0)
        }
        #expect(threshold.field.description == "frequentAdmissionThreshold")
        #expect(throws: ValidationError.self) { try ReadmissionPolicy(wardTypes: []) }
        #expect(throws: ValidationError.self) { try ReadmissionPolicy(daytimeStartHour: 8, daytimeEndHour: 8) }
    }

    @Test func aPartialReadmissionPolicyDecodesWithDefaultsAndRoundTrips() throws {
        let partial = try JSONDecoder().decode(ReadmissionPolicy.self, from: Data(#"{"earlyReadmissionDays":2}"#.utf8))
        #expect(partial.earlyReadmissionDays == 2)
        #expect(partial.frequentAdmissionThreshold == 4)
        let roundTrip = try JSONDecoder().decode(ReadmissionPolicy.self, from: JSONEncoder().encode(partial))
        #expect(roundTrip == partial)
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
        let stricter = ReadmissionAnalysis(stays: all, policy: try ReadmissionPolicy(frequentAdmissionThreshold: 5))
        #expect(!stricter.isFrequentAdmitter(resident))
        let shorterWindow = ReadmissionAnalysis(
            stays: all, policy: try ReadmissionPolicy(frequentAdmissionWindowMonths: 6))
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
            stays: try stays(sequence), policy: try ReadmissionPolicy(shortStayMaximumDays: 4))
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
            stays: try stays(sequence), policy: try ReadmissionPolicy(wardTypes: [.psychiatric, .somatic]))
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
