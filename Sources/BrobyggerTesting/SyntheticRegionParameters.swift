import BrobyggerCore
import BrobyggerResidents

/// The sizes and mix of a synthetic region. Every count and share is a parameter; the defaults approximate Region
/// Hovedstaden over one year: about 1,350 residents of 72 facilities served by five teams (Region Hovedstadens
/// Psykiatri, “Botilbudsteamenes sammensætning”).
public struct SyntheticRegionParameters: Sendable, Hashable, Codable {
    /// The seed; the same parameters give the same region.
    public var seed: UInt64
    /// The region whose municipalities the facilities and residents use; with ``regions``, the first of them.
    public var region: Region
    /// The regions the psychiatric centres (with their teams, facilities and residents) are spread over, in turn;
    /// `nil` is `region` alone. A centre's facilities and residents lie in its region's municipalities.
    public var regions: [Region]?
    /// Number of outreach teams (one psychiatric centre each).
    public var teams: Int
    /// Number of facilities.
    public var facilities: Int
    /// Number of residents.
    public var residents: Int
    /// First day of the simulated period.
    public var start: CalendarDate
    /// Length of the simulated period in days.
    public var days: Int
    /// Admissions per resident per year on average (PCA: 403 admissions a year among its nine facilities' residents,
    /// Erfaringsopsamling 2024, afsnit 5.1.1, Tabel 1). The generator produces exactly `round(residents × rate × days
    /// / 365)` admissions.
    public var admissionsPerResidentPerYear: Double
    /// Share of residents who are frequent admitters (several admissions close together).
    public var frequentAdmitterShare: Double
    /// Share of residents with a substance-use diagnosis besides the psychiatric one (dual diagnosis).
    public var dualDiagnosisShare: Double
    /// Share of admissions that are compulsory.
    public var compulsoryShare: Double
    /// Share of admissions with compulsory detention during the stay.
    public var detentionShare: Double
    /// Share of discharges in the evening (after daytime).
    public var eveningDischargeShare: Double
    /// Share of residents with a period of intensified effort.
    public var intensifiedShare: Double
    /// Home visits per resident per week on normal effort.
    public var homeVisitsPerWeek: Double
    /// Planned outpatient visits per resident per month.
    public var plannedVisitsPerMonth: Double
    /// Acute outpatient contacts per resident per month.
    public var acuteContactsPerMonth: Double

    /// Creates parameters; every value has a default around Region Hovedstaden.
    public init(
        seed: UInt64 = 2_026, region: Region = .hovedstaden, teams: Int = 5, facilities: Int = 72,
        residents: Int = 1_350, start: CalendarDate = CalendarDate(daysSinceEpoch: 20_089), days: Int = 365,
        admissionsPerResidentPerYear: Double = 1.6, frequentAdmitterShare: Double = 0.06,
        dualDiagnosisShare: Double = 0.3, compulsoryShare: Double = 0.08, detentionShare: Double = 0.03,
        eveningDischargeShare: Double = 0.12, intensifiedShare: Double = 0.12, homeVisitsPerWeek: Double = 0.5,
        plannedVisitsPerMonth: Double = 0.6, acuteContactsPerMonth: Double = 0.1, regions: [Region]? = nil
    ) {
        self.seed = seed
        self.region = region
        self.regions = regions
        self.teams = teams
        self.facilities = facilities
        self.residents = residents
        self.start = start
        self.days = days
        self.admissionsPerResidentPerYear = admissionsPerResidentPerYear
        self.frequentAdmitterShare = frequentAdmitterShare
        self.dualDiagnosisShare = dualDiagnosisShare
        self.compulsoryShare = compulsoryShare
        self.detentionShare = detentionShare
        self.eveningDischargeShare = eveningDischargeShare
        self.intensifiedShare = intensifiedShare
        self.homeVisitsPerWeek = homeVisitsPerWeek
        self.plannedVisitsPerMonth = plannedVisitsPerMonth
        self.acuteContactsPerMonth = acuteContactsPerMonth
    }

    /// Region Hovedstaden around 2025: 5 teams, 72 facilities, 1,350 residents, one year from 2025-01-01.
    public static let hovedstaden = SyntheticRegionParameters()

    /// A national data set: the five regions and their 98 municipalities, 20,000 residents with 50,000 admissions
    /// in a year, 60 teams (twelve centres per region), 1,000 facilities, with fewer routine contacts to keep it
    /// light.
    public static let national = SyntheticRegionParameters(
        teams: 60, facilities: 1_000, residents: 20_000, admissionsPerResidentPerYear: 2.5,
        homeVisitsPerWeek: 0.2, plannedVisitsPerMonth: 0.3, acuteContactsPerMonth: 0.05,
        regions: [.hovedstaden, .sjaelland, .syddanmark, .midtjylland, .nordjylland])

    /// The regions the centres are spread over: ``regions``, or `region` alone.
    public var allRegions: [Region] { regions ?? [region] }

    /// The number of admissions the generator produces.
    public var admissionCount: Int {
        Int((Double(residents) * admissionsPerResidentPerYear * Double(days) / 365).rounded())
    }

    /// Checks the parameters.
    ///
    /// - Throws: `ValidationError` when a count is below 1, the period is shorter than 28 days, or a share lies
    ///   outside 0…1.
    public func validate() throws(ValidationError) {
        for (field, value) in [("teams", teams), ("facilities", facilities), ("residents", residents)] where value < 1 {
            throw ValidationError(
                field: FieldPath(field), code: "synthetic.count", rule: "Counts are at least 1",
                offendingValue: String(value))
        }
        guard facilities >= teams else {
            throw ValidationError(
                field: "facilities", code: "synthetic.too-few-facilities",
                rule: "Each team serves at least one facility",
                offendingValue: String(facilities))
        }
        if let regions {
            guard regions.first == region, Set(regions).count == regions.count else {
                throw ValidationError(
                    field: "regions", code: "synthetic.regions",
                    rule: "The regions start with `region` and name each region once",
                    offendingValue: regions.map(\.rawValue).joined(separator: ","))
            }
            guard teams >= regions.count else {
                throw ValidationError(
                    field: "teams", code: "synthetic.too-few-teams", rule: "Each region has at least one team",
                    offendingValue: String(teams))
            }
        }
        guard days >= 28 else {
            throw ValidationError(
                field: "days", code: "synthetic.period", rule: "The period is at least 28 days",
                offendingValue: String(days))
        }
        let shares = [
            ("frequentAdmitterShare", frequentAdmitterShare), ("dualDiagnosisShare", dualDiagnosisShare),
            ("compulsoryShare", compulsoryShare), ("detentionShare", detentionShare),
            ("eveningDischargeShare", eveningDischargeShare), ("intensifiedShare", intensifiedShare),
        ]
        for (field, value) in shares where !(0...1).contains(value) {
            throw ValidationError(
                field: FieldPath(field), code: "synthetic.share", rule: "Shares lie between 0 and 1",
                offendingValue: String(value))
        }
        if compulsoryShare + detentionShare > 1 {
            throw ValidationError(
                field: "detentionShare", code: "synthetic.share",
                rule: "Compulsory and detention shares sum to at most 1",
                offendingValue: String(compulsoryShare + detentionShare))
        }
        let rates = [
            ("admissionsPerResidentPerYear", admissionsPerResidentPerYear), ("homeVisitsPerWeek", homeVisitsPerWeek),
            ("plannedVisitsPerMonth", plannedVisitsPerMonth), ("acuteContactsPerMonth", acuteContactsPerMonth),
        ]
        for (field, value) in rates where value < 0 || !value.isFinite {
            throw ValidationError(
                field: FieldPath(field), code: "synthetic.rate", rule: "Rates are finite and not negative",
                offendingValue: String(value))
        }
    }
}
