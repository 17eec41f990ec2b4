import BrobyggerCore

/// The configurable parts of readmission analysis, with documented defaults, validated when made and when decoded.
///
/// The 30-day acute-readmission window is a national definition (Sundhedsdatastyrelsen 2017, VIVE 2023, afsnit
/// 1.3.1) and is not configurable (``ReadmissionAnalysis/acuteReadmissionWindowDays``). What VIVE 2023 leaves open,
/// the frequent-admission threshold ("+4 admissions a year", Hovedresultater) and its window, is configuration here,
/// as are the lists of diagnoses and contact reasons that keep a readmission from being acute
/// (``AcuteReadmissionExclusions``) and the gap that joins a ward transfer into one stay (``HospitalStayDefinition``).
public struct ReadmissionPolicy: Sendable, Hashable, Codable {
    /// Admissions within the window that make a frequent admitter. Default 4 (≥ 4, VIVE 2023, Hovedresultater: "+4
    /// indlæggelser om året"); at least 2, since one admission is no pattern.
    public let frequentAdmissionThreshold: Int
    /// The rolling window for frequent admission in months. Default 12 ("12 months after the first admission");
    /// 1–120.
    public let frequentAdmissionWindowMonths: Int
    /// Days after discharge within which a readmission counts as very early. Default 3 (25 % of readmissions happen
    /// within 3 days); 0–365.
    public let earlyReadmissionDays: Int
    /// The longest stay, in days, that counts as a short stay. Default 3 ("0–3 days"); 0–365.
    public let shortStayMaximumDays: Int
    /// The window, in days after discharge, in which a later admission counts as a readmission for the indicators.
    /// Default 30, matching the national acute-readmission window; 1–365.
    public let readmissionWindowDays: Int
    /// Daytime starts at this local hour (inclusive). Default 8; 0–23.
    public let daytimeStartHour: Int
    /// Daytime ends at this local hour (exclusive). Default 16; after the start, at most 24.
    public let daytimeEndHour: Int
    /// Whether a discharge on a public holiday counts as a weekend discharge. Default `false` (the source says
    /// "i weekenden", VIVE 2023, afsnit 1.3.3).
    public let countsPublicHolidaysAsWeekend: Bool
    /// Which ward types the analysis links. Default: psychiatric only; never empty.
    public let wardTypes: Set<WardType>
    /// What keeps an acute readmission out of the count. Default: the national definition's cancer and accident
    /// lists.
    public let acuteReadmissionExclusions: AcuteReadmissionExclusions
    /// Which contacts form one stay, so a ward transfer is no discharge and no readmission. Default: the national
    /// definition (4 hours).
    public let stayDefinition: HospitalStayDefinition

    /// Creates a policy; every parameter has the documented default.
    ///
    /// - Throws: `ValidationError` naming the field, with code `readmission-policy.out-of-range` when a number lies
    ///   outside the range its documentation gives, `readmission-policy.daytime-reversed` when daytime ends at or
    ///   before it starts, or `readmission-policy.no-ward-type` when no ward type is analysed.
    public init(
        frequentAdmissionThreshold: Int = 4, frequentAdmissionWindowMonths: Int = 12, earlyReadmissionDays: Int = 3,
        shortStayMaximumDays: Int = 3, readmissionWindowDays: Int = 30, daytimeStartHour: Int = 8,
        daytimeEndHour: Int = 16, countsPublicHolidaysAsWeekend: Bool = false,
        wardTypes: Set<WardType> = [.psychiatric],
        acuteReadmissionExclusions: AcuteReadmissionExclusions = .standard,
        stayDefinition: HospitalStayDefinition = .national
    ) throws(ValidationError) {
        try Self.check("frequentAdmissionThreshold", frequentAdmissionThreshold, 2...10_000)
        try Self.check("frequentAdmissionWindowMonths", frequentAdmissionWindowMonths, 1...120)
        try Self.check("earlyReadmissionDays", earlyReadmissionDays, 0...365)
        try Self.check("shortStayMaximumDays", shortStayMaximumDays, 0...365)
        try Self.check("readmissionWindowDays", readmissionWindowDays, 1...365)
        try Self.check("daytimeStartHour", daytimeStartHour, 0...23)
        try Self.check("daytimeEndHour", daytimeEndHour, 1...24)
        guard daytimeStartHour < daytimeEndHour else {
            throw ValidationError(
                field: "daytimeEndHour", code: "readmission-policy.daytime-reversed",
                rule: "Daytime ends after it starts", offendingValue: "\(daytimeStartHour)–\(daytimeEndHour)")
        }
        guard !wardTypes.isEmpty else {
            throw ValidationError(
                field: "wardTypes", code: "readmission-policy.no-ward-type", rule: "At least one ward type is analysed",
                offendingValue: nil)
        }
        self.frequentAdmissionThreshold = frequentAdmissionThreshold
        self.frequentAdmissionWindowMonths = frequentAdmissionWindowMonths
        self.earlyReadmissionDays = earlyReadmissionDays
        self.shortStayMaximumDays = shortStayMaximumDays
        self.readmissionWindowDays = readmissionWindowDays
        self.daytimeStartHour = daytimeStartHour
        self.daytimeEndHour = daytimeEndHour
        self.countsPublicHolidaysAsWeekend = countsPublicHolidaysAsWeekend
        self.wardTypes = wardTypes
        self.acuteReadmissionExclusions = acuteReadmissionExclusions
        self.stayDefinition = stayDefinition
    }

    private static func check(_ field: String, _ value: Int, _ range: ClosedRange<Int>) throws(ValidationError) {
        guard range.contains(value) else {
            throw ValidationError(
                field: FieldPath(field), code: "readmission-policy.out-of-range",
                rule: "\(field) is \(range.lowerBound)–\(range.upperBound)", offendingValue: String(value))
        }
    }

    /// The defaults.
    public static let standard: ReadmissionPolicy = {
        do {
            return try ReadmissionPolicy()
        } catch {
            preconditionFailure("The default readmission policy is invalid: \(error)")
        }
    }()

    /// Whether an instant lies outside daytime in Europe/Copenhagen.
    public func isOutsideDaytime(_ instant: Instant) -> Bool { isOutsideDaytime(instant.localTime) }

    /// Whether a Copenhagen wall-clock time lies outside daytime.
    public func isOutsideDaytime(_ time: LocalTime) -> Bool {
        time.hour < daytimeStartHour || time.hour >= daytimeEndHour
    }

    /// Whether a date is a weekend day (or a public holiday, when configured).
    public func isWeekend(_ date: CalendarDate, calendar: DanishCalendar) -> Bool {
        date.isWeekend || (countsPublicHolidaysAsWeekend && calendar.isPublicHoliday(date))
    }

    private enum CodingKeys: String, CodingKey {
        case frequentAdmissionThreshold, frequentAdmissionWindowMonths, earlyReadmissionDays, shortStayMaximumDays
        case readmissionWindowDays, daytimeStartHour, daytimeEndHour, countsPublicHolidaysAsWeekend, wardTypes
        case acuteReadmissionExclusions, stayDefinition
    }

    /// Decodes a policy through the validating initialiser; a missing value takes its default.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let standard = Self.standard
        let threshold = try c.decodeIfPresent(Int.self, forKey: .frequentAdmissionThreshold)
        let months = try c.decodeIfPresent(Int.self, forKey: .frequentAdmissionWindowMonths)
        let early = try c.decodeIfPresent(Int.self, forKey: .earlyReadmissionDays)
        let short = try c.decodeIfPresent(Int.self, forKey: .shortStayMaximumDays)
        let window = try c.decodeIfPresent(Int.self, forKey: .readmissionWindowDays)
        let start = try c.decodeIfPresent(Int.self, forKey: .daytimeStartHour)
        let end = try c.decodeIfPresent(Int.self, forKey: .daytimeEndHour)
        let holidays = try c.decodeIfPresent(Bool.self, forKey: .countsPublicHolidaysAsWeekend)
        let wards = try c.decodeIfPresent(Set<WardType>.self, forKey: .wardTypes)
        let exclusions = try c.decodeIfPresent(AcuteReadmissionExclusions.self, forKey: .acuteReadmissionExclusions)
        let definition = try c.decodeIfPresent(HospitalStayDefinition.self, forKey: .stayDefinition)
        self = try decoder.validating {
            try ReadmissionPolicy(
                frequentAdmissionThreshold: threshold ?? standard.frequentAdmissionThreshold,
                frequentAdmissionWindowMonths: months ?? standard.frequentAdmissionWindowMonths,
                earlyReadmissionDays: early ?? standard.earlyReadmissionDays,
                shortStayMaximumDays: short ?? standard.shortStayMaximumDays,
                readmissionWindowDays: window ?? standard.readmissionWindowDays,
                daytimeStartHour: start ?? standard.daytimeStartHour, daytimeEndHour: end ?? standard.daytimeEndHour,
                countsPublicHolidaysAsWeekend: holidays ?? standard.countsPublicHolidaysAsWeekend,
                wardTypes: wards ?? standard.wardTypes,
                acuteReadmissionExclusions: exclusions ?? standard.acuteReadmissionExclusions,
                stayDefinition: definition ?? standard.stayDefinition)
        }
    }

    /// Encodes the policy (ward types sorted, so equal policies encode equally).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(frequentAdmissionThreshold, forKey: .frequentAdmissionThreshold)
        try c.encode(frequentAdmissionWindowMonths, forKey: .frequentAdmissionWindowMonths)
        try c.encode(earlyReadmissionDays, forKey: .earlyReadmissionDays)
        try c.encode(shortStayMaximumDays, forKey: .shortStayMaximumDays)
        try c.encode(readmissionWindowDays, forKey: .readmissionWindowDays)
        try c.encode(daytimeStartHour, forKey: .daytimeStartHour)
        try c.encode(daytimeEndHour, forKey: .daytimeEndHour)
        try c.encode(countsPublicHolidaysAsWeekend, forKey: .countsPublicHolidaysAsWeekend)
        try c.encode(wardTypes.map(\.rawValue).sorted(), forKey: .wardTypes)
        try c.encode(acuteReadmissionExclusions, forKey: .acuteReadmissionExclusions)
        try c.encode(stayDefinition, forKey: .stayDefinition)
    }
}
