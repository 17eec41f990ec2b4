import BrobyggerAgreements
import BrobyggerCarePlans
import BrobyggerCore
import BrobyggerDischarge
import BrobyggerFHIR
import BrobyggerRelationalCoordination
import BrobyggerResidents

/// Reads the cells of one CSV record through the SDK's validating initialisers, collecting every problem of the
/// record instead of stopping at the first, so a user can fix a line in one go.
struct RowReader {
    /// The columns of the table.
    let columns: CSVColumns
    /// The record read.
    let record: CSVTable.Record
    /// The problems found so far.
    private(set) var problems: [InputProblem] = []
    /// The days a date or instant must fall on, or `nil` to accept any day.
    let plausible: PlausibleDays?
    /// The columns of free text, which may hold tab and line breaks.
    let freeText: Set<String>

    /// Starts reading `record`, checking dates and instants against `plausible`.
    init(
        _ columns: CSVColumns, _ record: CSVTable.Record, plausible: PlausibleDays? = nil,
        freeText: Set<String> = []
    ) {
        self.columns = columns
        self.record = record
        self.plausible = plausible
        self.freeText = freeText
    }

    /// The record's line.
    var line: Int { record.line }

    /// Whether the record has been read without problems so far.
    var isValid: Bool { problems.isEmpty }

    /// Records a problem with `column` (or the whole record when `nil`).
    mutating func fail(_ column: String?, _ rule: String) {
        problems.append(InputProblem(file: columns.table.file, line: record.line, field: column, rule: rule))
    }

    /// The raw text of `column`, or `nil` when empty.
    func text(_ column: String) -> String? { columns.value(column, in: record) }

    /// The text of `column`, or `nil` when empty or (with a problem) when it holds a control character or a
    /// bidirectional override (`ControlCharacters`; tab and line breaks only in ``freeText`` columns).
    mutating func checkedText(_ column: String) -> String? {
        text(column).flatMap { checked($0, column) }
    }

    /// `text` of `column`, or `nil` (with a problem) when it holds a control character or a bidirectional override.
    private mutating func checked(_ text: String, _ column: String) -> String? {
        // Printable ASCII, nearly every cell, holds nothing to refuse.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        do {
            try ControlCharacters.check(
                text, field: FieldPath(column), lineBreaks: freeText.contains(column) ? .allowed : .refused)
        } catch {
            fail(column, "\(error.rule) [\(error.code)]; got \(error.offendingValue ?? "")")
            return nil
        }
        return text
    }

    /// A date `YYYY-MM-DD` in the plausible window.
    mutating func date(_ column: String, required isRequired: Bool = true) -> CalendarDate? {
        guard let date = value(column, required: isRequired, fast: CSVBytes.date, { try CalendarDate(iso8601: $0) })
        else { return nil }
        if let plausible, let error = plausible.problem(date, field: column) {
            fail(column, "\(error.rule) [\(error.code)]; got \"\(date.iso8601)\"")
            return nil
        }
        return date
    }

    /// An ISO 8601 instant with its UTC offset, on a day in the plausible window.
    mutating func instant(_ column: String, required isRequired: Bool = true) -> Instant? {
        guard let instant = value(column, required: isRequired, fast: CSVBytes.instant, { try Instant(iso8601: $0) })
        else { return nil }
        if let plausible, let error = plausible.problem(instant, field: column) {
            fail(column, "\(error.rule) [\(error.code)]; got \"\(text(column) ?? instant.iso8601)\"")
            return nil
        }
        return instant
    }

    /// The value of a required column, parsed by `parse`; `nil` (and a problem) when empty or invalid.
    ///
    /// `showValue` is `false` for columns holding CPR numbers, which never appear in messages.
    mutating func required<Value>(
        _ column: String, showValue: Bool = true, _ parse: (String) throws -> Value
    ) -> Value? {
        guard let raw = text(column) else {
            fail(column, "a value is required")
            return nil
        }
        guard let text = checked(raw, column) else { return nil }
        return convert(column, text, showValue: showValue, parse)
    }

    /// The value of a column read straight from its bytes by `fast`; when `fast` gives `nil` (an empty cell, or
    /// text of another shape), the cell is read as text by `parse`, which reports the problem with its rule.
    mutating func value<Value>(
        _ column: String, required isRequired: Bool = true, showValue: Bool = true,
        fast: (UnsafeBufferPointer<UInt8>) -> Value?, _ parse: (String) throws -> Value
    ) -> Value? {
        if let index = columns.position(of: column),
            let value = columns.table.withField(index, of: record, { $0.isEmpty ? nil : fast($0) })
        {
            return value
        }
        return isRequired
            ? required(column, showValue: showValue, parse) : optional(column, showValue: showValue, parse)
    }

    /// The value of an optional column parsed by `parse`; `nil` when empty, or (with a problem) when invalid.
    mutating func optional<Value>(
        _ column: String, showValue: Bool = true, _ parse: (String) throws -> Value
    ) -> Value? {
        guard let text = checkedText(column) else { return nil }
        return convert(column, text, showValue: showValue, parse)
    }

    /// One of the listed codes, e.g. `sel107 | sel108 | abl105`.
    mutating func code<Value>(_ column: String, _ codes: [(String, Value)], required isRequired: Bool = true)
        -> Value?
    {
        if let index = columns.position(of: column) {
            let found = columns.table.withField(index, of: record) { bytes in
                codes.first { code in code.0.utf8.elementsEqual(bytes) }
            }
            if let found { return found.1 }
        }
        guard let raw = text(column) else {
            if isRequired { fail(column, "a value is required") }
            return nil
        }
        guard let text = checked(raw, column) else { return nil }
        guard let match = codes.first(where: { $0.0 == text }) else {
            fail(
                column,
                "'\(text)' is not a known code; use one of: " + codes.map(\.0).joined(separator: " | "))
            return nil
        }
        return match.1
    }

    private mutating func convert<Value>(
        _ column: String, _ text: String, showValue: Bool, _ parse: (String) throws -> Value
    ) -> Value? {
        do {
            return try parse(text)
        } catch let error as ValidationError {
            var rule = "\(error.rule) [\(error.code)]"
            if showValue { rule += "; got \"\(text)\"" }
            fail(column, rule)
        } catch let problem as RowRule {
            fail(column, showValue ? "\(problem.rule); got \"\(text)\"" : problem.rule)
        } catch {
            fail(column, "\(error)")
        }
        return nil
    }
}

/// The plausible window (`PlausibleDateWindow`) on the day of an import, as the days it spans, so that a row's
/// date is checked by comparing day numbers.
struct PlausibleDays: Sendable {
    /// The window.
    let window: PlausibleDateWindow
    /// The day of the import.
    let today: CalendarDate
    /// The window's days on `today`.
    let days: DayRange

    /// The window on `today`.
    init(_ window: PlausibleDateWindow, today: CalendarDate) {
        self.window = window
        self.today = today
        self.days = window.days(today: today)
    }

    /// The error of a date outside the window (`date.implausible`), or `nil`.
    func problem(_ date: CalendarDate, field: String) -> ValidationError? {
        guard !days.contains(date) else { return nil }
        do {
            try window.check(date, field: FieldPath(field), today: today)
            return nil
        } catch {
            return error
        }
    }

    /// The error of an instant whose Danish day lies outside the window (`date.implausible`), or `nil`.
    func problem(_ instant: Instant, field: String) -> ValidationError? {
        // Within a day of the bounds the Danish day decides; further inside, the instant is plausible whatever
        // its offset.
        let day = Int(instant.millisecondsSince1970 / 86_400_000)
        if let end = days.end, day > days.start.daysSinceEpoch + 1, day < end.daysSinceEpoch - 1 { return nil }
        do {
            try window.check(instant, field: FieldPath(field), today: today)
            return nil
        } catch {
            return error
        }
    }
}
