import Foundation

/// The source of "now" for every rule that depends on the current time.
///
/// Nothing in Brobygger reads the wall clock directly: pass a clock, so that tests and replays are deterministic.
public protocol DomainClock: Sendable {
    /// The current instant.
    func now() -> Instant
}

extension DomainClock {
    /// Today's Danish calendar day.
    public var today: CalendarDate { now().calendarDate }
}

/// The system's wall clock.
public struct SystemClock: DomainClock {
    /// Creates the system clock.
    public init() {}

    /// The current instant from the system.
    public func now() -> Instant { Instant(Date()) }
}

/// A clock that always reads the same instant.
public struct FixedClock: DomainClock {
    /// The instant the clock reads.
    public var instant: Instant

    /// Creates a clock fixed at `instant`.
    public init(_ instant: Instant) {
        self.instant = instant
    }

    /// Creates a clock fixed at noon, Danish time, on `date`.
    public init(noonOn date: CalendarDate) {
        self.instant = Instant(date: date, time: LocalTime(uncheckedSecondsOfDay: 12 * 3_600))
    }

    /// The fixed instant.
    public func now() -> Instant { instant }
}
