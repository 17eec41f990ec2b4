import Brobygger

/// Checked reading of numeric and date options: every number has a documented range and every date lies in the
/// plausible window (``PlausibleDateWindow``); anything else is a usage error (exit 2), so no option can make a
/// command work without bound.
extension ParsedCommand {
    /// The whole number an option holds, checked against `range`; `nil` when the option is absent.
    ///
    /// - Throws: ``UsageError`` naming the option and the range when the value is not a whole number in it.
    func integer(_ name: String, in range: ClosedRange<Int>, unit: String = "") throws(UsageError) -> Int? {
        guard let text = value(name) else { return nil }
        let what = unit.isEmpty ? "" : " \(unit)"
        guard let number = Int(text), range.contains(number) else {
            throw UsageError(
                message: "--\(name) takes a whole number\(what) from \(range.lowerBound) to \(range.upperBound), "
                    + "not '\(text)'",
                commandPath: path)
        }
        return number
    }

    /// The day an option holds (`YYYY-MM-DD`), checked against the plausible window on `environment`'s today;
    /// `nil` when the option is absent.
    ///
    /// - Throws: ``UsageError`` naming the option when the value is not a date or lies outside the window.
    func date(_ name: String, _ environment: CommandEnvironment, window: PlausibleDateWindow = .standard)
        throws(UsageError) -> CalendarDate?
    {
        guard let text = value(name) else { return nil }
        let date: CalendarDate
        do {
            date = try CalendarDate(iso8601: text)
        } catch {
            throw UsageError(message: "--\(name) takes a date YYYY-MM-DD, not '\(text)'", commandPath: path)
        }
        let days = window.days(clock: environment.clock)
        guard days.contains(date) else {
            throw UsageError(
                message: "--\(name) must lie from \(days.start) to \(days.end.map(\.iso8601) ?? "") "
                    + "(the plausible window), not \(text)",
                commandPath: path)
        }
        return date
    }

    /// The period `--from`/`--to` give, either end optional.
    ///
    /// - Throws: ``UsageError`` when either is not a plausible date or `--to` lies before `--from`.
    func period(_ environment: CommandEnvironment) throws(UsageError) -> (from: CalendarDate?, to: CalendarDate?) {
        let from = try date("from", environment)
        let to = try date("to", environment)
        if let from, let to, to < from {
            throw UsageError(message: "--to (\(to)) lies before --from (\(from))", commandPath: path)
        }
        return (from, to)
    }
}
