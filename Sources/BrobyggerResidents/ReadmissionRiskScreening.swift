import BrobyggerCore

/// A readmission-risk screening of one resident on one date: an answer per checklist item
/// (``ReadmissionRiskFactor``), either derived from the data or recorded by staff.
///
/// ``prefilled(resident:stays:livesOnFacility:on:policy:calendar:)`` answers what the data can answer (diagnoses,
/// previous stays, the last discharge's time and weekday, living on a facility); "previous hospital contact" (C1)
/// counts only stays before the current one, never the stay the resident is in; the rest stays open until staff
/// record it with ``recording(_:answer:by:on:)``. A recorded answer replaces a derived one: staff know more.
public struct ReadmissionRiskScreening: Sendable, Hashable, Codable {
    /// An answer to one item.
    public struct Answer: Sendable, Hashable, Codable {
        /// Whether the factor is present.
        public var isPresent: Bool
        /// Where the answer comes from.
        public var origin: Origin
    }

    /// Where an answer comes from.
    public enum Origin: Sendable, Hashable, Codable {
        /// Derived from recorded data; the text says from what.
        case derived(String)
        /// Recorded by a member of staff on a date.
        case recorded(by: Author, on: CalendarDate)
    }

    /// The resident.
    public let resident: Resident.ID
    /// The screening date.
    public let date: CalendarDate
    /// The answers given so far.
    public private(set) var answers: [ReadmissionRiskFactor: Answer]

    /// Creates an empty screening.
    public init(resident: Resident.ID, date: CalendarDate) {
        self.resident = resident
        self.date = date
        self.answers = [:]
    }

    /// The items not yet answered, in checklist order.
    public var unanswered: [ReadmissionRiskFactor] {
        ReadmissionRiskFactor.allCases.filter { answers[$0] == nil }
    }

    /// The items answered as present, in checklist order.
    public var presentFactors: [ReadmissionRiskFactor] {
        ReadmissionRiskFactor.allCases.filter { answers[$0]?.isPresent == true }
    }

    /// Returns a copy with a staff member's answer to an item.
    public func recording(
        _ factor: ReadmissionRiskFactor, answer isPresent: Bool, by author: Author, on date: CalendarDate
    )
        -> ReadmissionRiskScreening
    {
        var copy = self
        copy.answers[factor] = Answer(isPresent: isPresent, origin: .recorded(by: author, on: date))
        return copy
    }

    /// Creates a screening with the items the data can answer filled in.
    ///
    /// - Parameters:
    ///   - resident: The resident, for diagnoses.
    ///   - stays: The resident's stays (others are ignored).
    ///   - livesOnFacility: Whether the resident has an active placement on the date.
    ///   - date: The screening date; stays admitted after it are ignored.
    ///   - policy: What counts as a short stay, daytime and a weekend.
    ///   - calendar: The calendar for public holidays.
    public static func prefilled(
        resident: Resident, stays: [Stay], livesOnFacility: Bool, on date: CalendarDate,
        policy: ReadmissionPolicy = .standard, calendar: DanishCalendar = .standard
    ) -> ReadmissionRiskScreening {
        var screening = ReadmissionRiskScreening(resident: resident.id, date: date)
        func derive(_ factor: ReadmissionRiskFactor, _ isPresent: Bool, _ basis: String) {
            screening.answers[factor] = Answer(isPresent: isPresent, origin: .derived(basis))
        }
        let codes = resident.diagnosisCodes(on: date)
        if codes.contains(where: \.isSchizophreniaSpectrum) {
            derive(.schizophrenia, true, "diagnosis F20–F29")
        }
        if codes.contains(where: \.isPersonalityDisorder) {
            derive(.personalityDisorder, true, "diagnosis F60–F69")
        }
        if codes.contains(where: \.isSubstanceUseDisorder) {
            derive(.substanceDependence, true, "diagnosis F10–F19")
        }
        if codes.contains(where: \.isIntellectualDisability) {
            derive(.lowCognitiveFunctioning, true, "diagnosis F70–F79")
        }
        derive(.facilityResident, livesOnFacility, "placements")
        let earlier = stays.filter { $0.resident == resident.id && $0.admissionDate <= date }
            .sorted { $0.admittedAt < $1.admittedAt }
        // C1 asks about earlier contacts: the latest stay the resident is in on the screening date (ongoing, or
        // discharged on that day) is the current one, not a previous contact.
        let current = earlier.last { stay in stay.endDate.map { $0 >= date } ?? true }
        let previous = earlier.filter { $0.episode != current?.episode && $0.endedAt != nil }
        derive(
            .priorHospitalContact, !previous.isEmpty,
            previous.isEmpty ? "no stay ended before the screening date" : "\(previous.count) earlier stays")
        if let last = earlier.last(where: { $0.dischargedAt != nil }), let discharged = last.dischargedAt {
            let length = last.lengthOfStayDays ?? 0
            derive(.shortPreviousStay, length <= policy.shortStayMaximumDays, "last stay lasted \(length) days")
            derive(
                .dischargedOutsideDaytime, policy.isOutsideDaytime(discharged),
                "last discharge at \(discharged.localTime)")
            derive(
                .dischargedAtWeekend, policy.isWeekend(discharged.calendarDate, calendar: calendar),
                "last discharge on \(discharged.calendarDate.weekday.danishName)")
        }
        return screening
    }

    private enum CodingKeys: String, CodingKey {
        case resident, date, answers
    }

    private struct Entry: Codable {
        var factor: ReadmissionRiskFactor
        var answer: Answer
    }

    /// Decodes a screening; answers are a list of factor–answer entries.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        resident = try container.decode(Resident.ID.self, forKey: .resident)
        date = try container.decode(CalendarDate.self, forKey: .date)
        let entries = try container.decode([Entry].self, forKey: .answers)
        answers = Dictionary(entries.map { ($0.factor, $0.answer) }, uniquingKeysWith: { _, last in last })
    }

    /// Encodes a screening with answers in checklist order.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(resident, forKey: .resident)
        try container.encode(date, forKey: .date)
        let entries = ReadmissionRiskFactor.allCases.compactMap { factor in
            answers[factor].map { Entry(factor: factor, answer: $0) }
        }
        try container.encode(entries, forKey: .answers)
    }
}
