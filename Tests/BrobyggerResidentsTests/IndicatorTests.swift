import BrobyggerCore
import BrobyggerResidents
import BrobyggerTesting
import Foundation
import Testing

/// Reproduces the reference indicator tables exactly.
@Suite struct IndicatorTests {
    struct PCAYear: Sendable, CustomStringConvertible {
        let year: Int
        let admissions: Int
        let compulsory: Int
        let readmissions: Int
        let acuteContacts: Int
        let bedDays: Int
        let averageLengthOfStay: String
        let plannedVisits: Int
        var description: String { String(year) }
    }

    static func pcaYears() throws -> [PCAYear] {
        try ReferenceCSV(resource: "pca-result-indicators").rows.map { row in
            PCAYear(
                year: Int(row["year"]!)!, admissions: Int(row["admissions"]!)!,
                compulsory: Int(row["compulsory_admissions"]!)!, readmissions: Int(row["readmissions"]!)!,
                acuteContacts: Int(row["acute_outpatient_contacts"]!)!, bedDays: Int(row["bed_days"]!)!,
                averageLengthOfStay: row["average_length_of_stay_days"]!,
                plannedVisits: Int(row["planned_outpatient_visits"]!)!)
        }
    }

    @Test func referenceFileHasAllFourYears() throws {
        #expect(try Self.pcaYears().map(\.year) == [2016, 2019, 2020, 2021])
    }

    @Test(arguments: try pcaYears())
    func averageLengthOfStayIsBedDaysOverAdmissionsToOneDecimal(_ row: PCAYear) {
        let value = ResultIndicators.averageLengthOfStay(bedDays: row.bedDays, admissions: row.admissions)
        #expect(value.decimal?.description == row.averageLengthOfStay)
    }

    /// Builds a year of events that has exactly the year's figures, runs the calculator over it, and compares every
    /// column of the reference table.
    @Test(arguments: try pcaYears())
    func calculatorReproducesTheAmagerTeamsYear(_ row: PCAYear) throws {
        let team = TeamBuilder("amager")
        let facility = try FacilityBuilder("amager-bo").servedBy(team.id).build()
        let teamValue = try team.serving(facility.id).build()
        let start = try CalendarDate(year: row.year, month: 1, day: 1)
        let period = try DayRange(start: start, end: try CalendarDate(year: row.year, month: 12, day: 31))
        // Pairs of primary admission + readmission 10 days later, then single admissions.
        let singles = row.admissions - 2 * row.readmissions
        let residentCount = row.readmissions + singles
        var residents: [Resident] = []
        var placements: [Placement] = []
        var events: [CourseEvent] = []
        var stayIndex = 0
        func length() -> Int { row.bedDays / row.admissions + (stayIndex < row.bedDays % row.admissions ? 1 : 0) }
        for index in 0..<residentCount {
            let resident = try ResidentBuilder("pca-\(row.year)-\(index)").diagnosis("DF200", on: "2010-01-01").build()
            residents.append(resident)
            placements.append(
                Placement(
                    id: .random(), resident: resident.id, facility: facility.id, legalBasis: .longTermStay,
                    period: try DayRange(start: start.adding(days: -400))))
            var sequence = CourseEventSequence(resident: resident.id)
            var day = start.adding(days: 20 + index % 200)
            for stay in 0..<(index < row.readmissions ? 2 : 1) {
                let days = length()
                let status: AdmissionLegalStatus = stayIndex < row.compulsory ? .compulsory : .voluntary
                sequence =
                    try sequence
                    .admitted("E\(stay)", at: try Instant(date: day, hour: 10), legalStatus: status)
                    .discharged("E\(stay)", at: try Instant(date: day.adding(days: days), hour: 11))
                stayIndex += 1
                day = day.adding(days: days + 10)
            }
            events += sequence.events
        }
        var contacts: [TeamContact] = []
        for index in 0..<(row.acuteContacts + row.plannedVisits) {
            contacts.append(
                TeamContact(
                    id: .random(), resident: residents[index % residents.count].id, team: team.id,
                    kind: index < row.acuteContacts ? .acuteOutpatientContact : .plannedOutpatientVisit,
                    channel: .inPerson, instant: try Instant(date: start.adding(days: index % 365), hour: 9)))
        }
        var register = CourseRegister(residents: residents.map(\.id))
        #expect(register.record(contentsOf: events).isEmpty)
        let calculator = ResultIndicatorCalculator(
            residents: residents, facilities: [facility], teams: [teamValue], placements: placements,
            stays: register.stays, contacts: contacts,
            coverage: RegistrationCoverage(alwaysRegistered: [.hospitalStays, .teamContacts]))
        let indicators = try calculator.indicators(for: .team(team.id), period: period)
        #expect(indicators.admissions == .count(row.admissions))
        #expect(indicators.compulsoryAdmissions == .count(row.compulsory))
        #expect(indicators.readmissions == .count(row.readmissions))
        #expect(indicators.acuteOutpatientContacts == .count(row.acuteContacts))
        #expect(indicators.bedDays == .count(row.bedDays))
        #expect(indicators.averageLengthOfStay.description == row.averageLengthOfStay)
        #expect(indicators.plannedOutpatientVisits == .count(row.plannedVisits))
        #expect(indicators.compulsoryShare == .share(try Share(numerator: row.compulsory, denominator: row.admissions)))
        // The facility scope sees the same residents; another facility sees nothing.
        let facilityIndicators = try calculator.indicators(for: .facility(facility.id), period: period)
        #expect(facilityIndicators.admissions == .count(row.admissions))
        let other = try calculator.indicators(for: .facility(.random()), period: period)
        #expect(other.admissions == .count(0))
        #expect(other.averageLengthOfStay == .status(.notCalculated))
    }

    struct SjaellandCase: Sendable, CustomStringConvertible {
        let municipality: String
        let inhabitants: Int
        let count: Int
        let printed: String
        let column: String
        var description: String { "\(municipality) \(column)" }
    }

    static func sjaellandCases() throws -> [SjaellandCase] {
        let columns = [
            ("admitted_patients_2018", "admitted_patients_2018_per_1000"),
            ("acute_readmissions_30d_2018", "acute_readmissions_30d_2018_per_1000"),
            ("treatment_complete_days_2018", "treatment_complete_days_2018_per_1000"),
            ("open_outpatient_contacts_2019_02_01", "open_outpatient_contacts_per_1000"),
        ]
        return try ReferenceCSV(resource: "region-sjaelland-indicators").rows.flatMap { row in
            columns.map { count, rate in
                SjaellandCase(
                    municipality: row["municipality"]!, inhabitants: Int(row["inhabitants"]!)!,
                    count: Int(row[count]!)!, printed: row[rate]!, column: count)
            }
        }
    }

    @Test func sjaellandReferenceHasFiveMunicipalitiesAndFourRates() throws {
        #expect(try Self.sjaellandCases().count == 20)
    }

    @Test(arguments: try sjaellandCases())
    func ratePerThousandReproducesRegionSjaelland(_ row: SjaellandCase) throws {
        let rate = try RatePerThousand(count: row.count, inhabitants: row.inhabitants)
        #expect(rate.value.description == row.printed)
    }

    @Test func acuteReadmissionRateForAMunicipalityFromEvents() throws {
        // Odsherred: 130 acute readmissions within 30 days in 2018 among 33,122 inhabitants = 3.9 per 1,000.
        let odsherred = try MunicipalityCode("0306")
        var residents: [Resident] = []
        var events: [CourseEvent] = []
        for index in 0..<130 {
            let resident = try ResidentBuilder("ods-\(index)").actingMunicipality("0306").build()
            residents.append(resident)
            let first = try CalendarDate(year: 2018, month: 2, day: 1).adding(days: index)
            events += try CourseEventSequence(resident: resident.id)
                .admitted("A", at: try Instant(date: first, hour: 3), kind: .admitEmergency)
                .discharged("A", at: try Instant(date: first.adding(days: 4), hour: 12))
                .admitted("B", at: try Instant(date: first.adding(days: 20), hour: 22), kind: .admitEmergency)
                .discharged("B", at: try Instant(date: first.adding(days: 25), hour: 12))
                .events
        }
        var register = CourseRegister(residents: residents.map(\.id))
        register.record(contentsOf: events)
        let calculator = ResultIndicatorCalculator(
            residents: residents, facilities: [], placements: [], stays: register.stays)
        let indicators = try calculator.indicators(
            for: .municipality(odsherred), period: ResidentsFixtureTime.range("2018-01-01", "2018-12-31"))
        #expect(indicators.acuteReadmissions == .count(130))
        let rate = try indicators.ratePerThousand(
            \.acuteReadmissions, inhabitants: 33_122, inhabitantsReference: "1/2019")
        #expect(rate?.value.description == "3.9")
        #expect(rate?.value.danishFormatted == "3,9")
        let regional = try calculator.indicators(
            for: .region(.sjaelland), period: ResidentsFixtureTime.range("2018-01-01", "2018-12-31"))
        #expect(regional.acuteReadmissions == .count(130))
        let elsewhere = try calculator.indicators(
            for: .region(.hovedstaden), period: ResidentsFixtureTime.range("2018-01-01", "2018-12-31"))
        #expect(elsewhere.admissions == .count(0))
    }

    /// A facility that registers uses of force but not violent episodes, in a source whose medication reviews start
    /// mid-year: only what is registered for the whole period is a number (the Amager result data's *registreres
    /// ikke*, Bilag 3).
    @Test func aCountIsANumberOnlyWhereTheSourceRegistersIt() throws {
        let facility = try FacilityBuilder("registrering").build()
        let resident = try ResidentBuilder("registrering-1").diagnosis("DF200", on: "2010-01-01").build()
        let placement = Placement(
            id: .random(), resident: resident.id, facility: facility.id, legalBasis: .longTermStay,
            period: ResidentsFixtureTime.range("2020-01-01", nil))
        let force = FacilityIncident(
            id: .random(), facility: facility.id, resident: resident.id, date: ResidentsFixtureTime.date("2026-03-02"),
            kind: .useOfForce)
        let review = MedicationReview(resident: resident.id, date: ResidentsFixtureTime.date("2026-09-01"))
        let year = ResidentsFixtureTime.range("2026-01-01", "2026-12-31")
        let unregistered = ResultIndicatorCalculator(
            residents: [resident], facilities: [facility], placements: [placement], stays: [], incidents: [force],
            medicationReviews: [review])
        let before = try unregistered.indicators(for: .facility(facility.id), period: year)
        #expect(before.admissions == .count(0))
        #expect(before.violentEpisodes.total == .status(.notRegistered))
        #expect(before.violentEpisodes.policeReported == .status(.notRegistered))
        #expect(before.usesOfForce == .status(.notRegistered))
        #expect(before.medicationReviews == .status(.notRegistered))
        #expect(before.acuteOutpatientContacts == .status(.notRegistered))

        let coverage = RegistrationCoverage(
            alwaysRegistered: [.hospitalStays, .usesOfForce],
            registeredPeriods: [.medicationReviews: [ResidentsFixtureTime.range("2026-07-01", nil)]])
        let calculator = ResultIndicatorCalculator(
            residents: [resident], facilities: [facility], placements: [placement], stays: [], incidents: [force],
            medicationReviews: [review], coverage: coverage)
        let indicators = try calculator.indicators(for: .facility(facility.id), period: year)
        #expect(indicators.usesOfForce == .count(1))
        #expect(indicators.violentEpisodes.total == .status(.notRegistered))
        #expect(indicators.violentEpisodes.physical == .status(.notRegistered))
        // Reviews are registered from July: not for the year, but for the second half.
        #expect(indicators.medicationReviews == .status(.notRegistered))
        let autumn = try calculator.indicators(
            for: .facility(facility.id), period: ResidentsFixtureTime.range("2026-07-01", "2026-12-31"))
        #expect(autumn.medicationReviews == .count(1))
        // Registered with no episode: now 0 is a number.
        let violence = RegistrationCoverage(alwaysRegistered: [.hospitalStays, .violentEpisodes])
        let quiet = try ResultIndicatorCalculator(
            residents: [resident], facilities: [facility], placements: [placement], stays: [], coverage: violence
        ).indicators(for: .facility(facility.id), period: year)
        #expect(quiet.violentEpisodes.total == .count(0))
        #expect(quiet.violentEpisodes.policeReported == .status(.notRegistered))
        let decoded = try JSONDecoder().decode(RegistrationCoverage.self, from: JSONEncoder().encode(coverage))
        #expect(decoded == coverage)
    }

    @Test func coverageJoinsAdjacentPeriodsAndLeavesGapsUnregistered() throws {
        let split = RegistrationCoverage(
            alwaysRegistered: [],
            registeredPeriods: [
                .usesOfForce: [
                    ResidentsFixtureTime.range("2026-07-01", "2026-12-31"),
                    ResidentsFixtureTime.range("2026-01-01", "2026-06-30"),
                ],
                .violentEpisodes: [
                    ResidentsFixtureTime.range("2026-01-01", "2026-06-29"),
                    ResidentsFixtureTime.range("2026-07-01", nil),
                ],
            ])
        let year = ResidentsFixtureTime.range("2026-01-01", "2026-12-31")
        #expect(split.covers(.usesOfForce, year))
        #expect(!split.covers(.violentEpisodes, year))
        #expect(split.covers(.violentEpisodes, ResidentsFixtureTime.range("2026-07-01", "2027-12-31")))
        #expect(!split.covers(.medicationReviews, year))
        #expect(RegistrationCoverage.everything.covers(.policeReporting, year))
    }

    @Test(arguments: [
        (6772, 403, "16.8"), (4033, 368, "11.0"), (1, 20, "0.1"), (3, 60, "0.1"), (1, 40, "0.0"), (-1, 4, "-0.3"),
        (25, 1, "25.0"),
    ])
    func roundingIsExactHalfAwayFromZero(_ numerator: Int, _ denominator: Int, _ expected: String) throws {
        #expect(try RoundedDecimal(numerator: numerator, denominator: denominator).description == expected)
    }

    @Test func badIndicatorInputsAreTypedErrors() {
        #expect(throws: ValidationError.self) { try RoundedDecimal(numerator: 1, denominator: 0) }
        #expect(throws: ValidationError.self) { try Share(numerator: 5, denominator: 4) }
        #expect(throws: ValidationError.self) { try RatePerThousand(count: 1, inhabitants: 0) }
        let calculator = ResultIndicatorCalculator(residents: [], facilities: [], placements: [], stays: [])
        #expect(throws: ValidationError.self) {
            try calculator.indicators(for: .region(.hovedstaden), period: ResidentsFixtureTime.range("2020-01-01", nil))
        }
    }

    @Test func measurementStatusesRoundTripAndKeepUnknownCodes() throws {
        for status in MeasurementStatus.known {
            #expect(MeasurementStatus(rawValue: status.rawValue) == status)
        }
        #expect(MeasurementStatus(rawValue: "for_lidt_tid") == .unrecognized("for_lidt_tid"))
        let value = IndicatorValue.status(.tooBigATaskForStaff)
        let data = try JSONEncoder().encode(value)
        #expect(try JSONDecoder().decode(IndicatorValue.self, from: data) == value)
    }
}
