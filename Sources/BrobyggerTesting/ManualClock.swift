import BrobyggerCore
import Foundation

/// A clock that tests move by hand: it reads the same instant until told otherwise.
public final class ManualClock: DomainClock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Instant

    /// Creates a clock at an instant.
    public init(_ start: Instant) {
        self.current = start
    }

    /// Creates a clock at a Danish wall-clock time on a day (default noon).
    public init(on date: CalendarDate, hour: Int = 12, minute: Int = 0) {
        self.current = (try? Instant(date: date, hour: hour, minute: minute)) ?? FixedClock(noonOn: date).now()
    }

    /// The current instant.
    public func now() -> Instant {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    /// Moves the clock forward by seconds.
    public func advance(seconds: Double) {
        lock.lock()
        current = current.adding(seconds: seconds)
        lock.unlock()
    }

    /// Moves the clock forward by whole days.
    public func advance(days: Int) { advance(seconds: Double(days) * 86_400) }

    /// Sets the clock to an instant.
    public func set(_ instant: Instant) {
        lock.lock()
        current = instant
        lock.unlock()
    }
}
