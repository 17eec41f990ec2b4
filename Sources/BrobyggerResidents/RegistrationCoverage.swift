import BrobyggerCore

/// Which kinds of registration a source covers, and for which days: what ``ResultIndicatorCalculator`` may count.
///
/// An indicator is a number only when its registration covers every day of the period asked for; otherwise it is
/// ``MeasurementStatus/notRegistered`` (*registreres ikke*, the status of the result data in Sundhedsstyrelsen og
/// Social- og Boligstyrelsen (2024) *Erfaringsopsamling af botilbudsteams*, Bilag 3). A part-covered period is not
/// registered either: a count over part of it would read as a count over all of it.
public struct RegistrationCoverage: Sendable, Hashable, Codable {
    /// Kinds registered on every day.
    public let alwaysRegistered: Set<IndicatorRegistration>
    /// Kinds registered during the given day ranges only.
    public let registeredPeriods: [IndicatorRegistration: [DayRange]]

    /// Creates a coverage from kinds registered always and kinds registered during periods.
    public init(
        alwaysRegistered: Set<IndicatorRegistration>, registeredPeriods: [IndicatorRegistration: [DayRange]] = [:]
    ) {
        self.alwaysRegistered = alwaysRegistered
        self.registeredPeriods = registeredPeriods.filter { !$0.value.isEmpty }
    }

    /// Only hospital stays, which the hospital notifications always register: the calculator's default, so that
    /// team contacts, incidents and medication reviews are counted only where the caller says they are registered.
    public static let hospitalStaysOnly = RegistrationCoverage(alwaysRegistered: [.hospitalStays])

    /// Every kind on every day (a source that registers everything, such as the synthetic region).
    public static let everything = RegistrationCoverage(alwaysRegistered: Set(IndicatorRegistration.allCases))

    /// Whether the kind is registered on every day of the period (which must have an end to be covered by periods).
    public func covers(_ kind: IndicatorRegistration, _ period: DayRange) -> Bool {
        if alwaysRegistered.contains(kind) { return true }
        guard let end = period.end, let ranges = registeredPeriods[kind] else { return false }
        var next = period.start
        for range in ranges.sorted(by: { $0.start < $1.start }) {
            guard range.start <= next else { break }
            guard let rangeEnd = range.end else { return true }
            if rangeEnd >= next { next = rangeEnd.adding(days: 1) }
            if next > end { return true }
        }
        return false
    }

    private enum CodingKeys: String, CodingKey {
        case alwaysRegistered, registeredPeriods
    }

    private struct Entry: Codable {
        var kind: IndicatorRegistration
        var periods: [DayRange]
    }

    /// Decodes a coverage; periods are a list of kind–periods entries (a kind listed twice gets both lists).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let always = try container.decodeIfPresent(Set<IndicatorRegistration>.self, forKey: .alwaysRegistered) ?? []
        let entries = try container.decodeIfPresent([Entry].self, forKey: .registeredPeriods) ?? []
        var periods: [IndicatorRegistration: [DayRange]] = [:]
        for entry in entries { periods[entry.kind, default: []] += entry.periods }
        self.init(alwaysRegistered: always, registeredPeriods: periods)
    }

    /// Encodes the coverage with kinds in declaration order.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(
            IndicatorRegistration.allCases.filter { alwaysRegistered.contains($0) }, forKey: .alwaysRegistered)
        let entries = IndicatorRegistration.allCases.compactMap { kind in
            registeredPeriods[kind].map { Entry(kind: kind, periods: $0) }
        }
        try container.encode(entries, forKey: .registeredPeriods)
    }
}
