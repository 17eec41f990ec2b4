import BrobyggerCore
import Foundation

/// A CSV file read into a header and records (RFC 4180: comma-separated, `"`-quoted fields that may hold commas,
/// doubled quotes and line breaks; CRLF, LF or a lone CR ends a line; UTF-8 with or without a byte-order mark).
///
/// The reader works on the file's bytes: it checks the UTF-8 once, then splits records and fields in one pass,
/// keeping each field as a byte range of the file, so reading costs no `String` per field. A field becomes text
/// only when asked (``field(_:of:)``), and the layout readers parse numbers, dates and identifiers straight from
/// the bytes (``withField(_:of:_:)``).
///
/// Blank lines are skipped. Every record must have as many fields as the header. Errors name the file, the line
/// (the line a record starts on, for multi-line records) and the column.
///
/// Sizes are bounded by ``IntakeLimits``: a field, a record, the columns of a record and the file each have a
/// limit, and the first one exceeded ends the reading with an ``InputProblem`` naming the line, the column and
/// the limit (issue 19: a 1 MB name and a row of a million columns were read whole).
public struct CSVTable: Sendable {
    /// One record: the line it starts on and where its fields are.
    public struct Record: Sendable, Hashable {
        /// The 1-based line the record starts on.
        public let line: Int
        /// The position of the record's first field among the table's fields.
        let firstField: Int
    }

    /// A field's byte range in the file; `escaped` when it holds doubled quotes to undo.
    struct Span: Sendable, Hashable {
        var start: Int32
        var end: Int32
        var escaped: Bool
    }

    /// The file name used in messages.
    public let file: String
    /// The header's column names, trimmed.
    public let header: [String]
    /// The records after the header.
    public let records: [Record]
    /// The file's bytes, without a byte-order mark.
    let bytes: [UInt8]
    /// Every record's fields, `header.count` per record, in order.
    let spans: [Span]

    /// The largest file the reader takes whatever the limits: field positions are 32-bit.
    public static let maximumSize = Int(Int32.max)

    /// Reads CSV text from `data`.
    ///
    /// - Parameter limits: The sizes accepted; default ``IntakeLimits/standard``.
    /// - Throws: ``InputProblem`` naming the file, line and column: text that is not UTF-8, a quote inside an
    ///   unquoted field, text after a closing quote, a quoted field never closed, a header column without a name
    ///   or named twice, a record with another number of fields than the header, an empty file, a field, a
    ///   record, a row's columns or the file beyond its limit.
    public static func parse(_ data: Data, file: String, limits: IntakeLimits = .standard) throws(InputProblem)
        -> CSVTable
    {
        guard data.count <= limits.fileBytes else { throw limits.fileTooLarge(file, size: data.count) }
        return try parse([UInt8](data), file: file, limits: limits)
    }

    /// Reads CSV text from `bytes`.
    ///
    /// - Throws: ``InputProblem``, as ``parse(_:file:limits:)-(Data,_,_)``.
    public static func parse(_ bytes: [UInt8], file: String, limits: IntakeLimits = .standard) throws(InputProblem)
        -> CSVTable
    {
        guard bytes.count <= limits.fileBytes, bytes.count < maximumSize else {
            throw limits.fileTooLarge(file, size: bytes.count)
        }
        var bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let bad = UTF8Check.firstInvalidByte(in: bytes) {
            throw InputProblem(
                file: file, line: lineNumber(at: bad, in: bytes), field: nil, rule: "the file is not valid UTF-8 text")
        }
        var tokens = try bytes.withUnsafeBufferPointer { buffer throws(InputProblem) in
            try Tokenizer.split(buffer, file: file, limits: limits)
        }
        guard let headerRecord = tokens.records.first else {
            throw InputProblem(file: file, line: 1, field: nil, rule: "the file is empty; a header row is required")
        }
        let headerCount = headerRecord.count
        var header: [String] = []
        header.reserveCapacity(headerCount)
        for index in 0..<headerCount {
            let span = tokens.spans[headerRecord.first + index]
            header.append(CSVBytes.trimmedString(bytes, span))
        }
        var seen = Set<String>()
        for (index, name) in header.enumerated() {
            guard !name.isEmpty else {
                throw InputProblem(
                    file: file, line: headerRecord.line, field: "column \(index + 1)",
                    rule: "a header column has no name")
            }
            guard seen.insert(name).inserted else {
                throw InputProblem(
                    file: file, line: headerRecord.line, field: name,
                    rule: "the column name appears twice in the header")
            }
        }
        var records: [Record] = []
        records.reserveCapacity(tokens.records.count - 1)
        for record in tokens.records.dropFirst() {
            guard record.count == headerCount else {
                throw InputProblem(
                    file: file, line: record.line, field: nil,
                    rule: "the record has \(record.count) fields but the header has \(headerCount)")
            }
            records.append(Record(line: record.line, firstField: record.first))
        }
        tokens.spans.removeFirst(headerCount)
        records = records.map { Record(line: $0.line, firstField: $0.firstField - headerCount) }
        return CSVTable(file: file, header: header, records: records, bytes: bytes, spans: tokens.spans)
    }

    /// The text of field `index` (a header position) of `record`, untrimmed.
    public func field(_ index: Int, of record: Record) -> String {
        let span = spans[record.firstField + index]
        guard span.escaped else {
            return bytes.withUnsafeBufferPointer { buffer in
                String(
                    decoding: UnsafeBufferPointer(rebasing: buffer[Int(span.start)..<Int(span.end)]), as: UTF8.self)
            }
        }
        return String(decoding: CSVBytes.unescaped(bytes, span), as: UTF8.self)
    }

    /// Every field of `record`, untrimmed, in header order.
    public func fields(of record: Record) -> [String] {
        (0..<header.count).map { field($0, of: record) }
    }

    /// Runs `body` on the bytes of field `index` of `record`, trimmed of spaces and tabs, with doubled quotes undone.
    public func withField<Result>(
        _ index: Int, of record: Record, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
    ) rethrows -> Result {
        let span = spans[record.firstField + index]
        if span.escaped {
            let unescaped = CSVBytes.unescaped(bytes, span)
            return try unescaped.withUnsafeBufferPointer { buffer in try body(CSVBytes.trimmed(buffer)) }
        }
        return try bytes.withUnsafeBufferPointer { buffer in
            try body(CSVBytes.trimmed(UnsafeBufferPointer(rebasing: buffer[Int(span.start)..<Int(span.end)])))
        }
    }

    /// The 1-based line of the byte at `offset`: LF, CRLF and a lone CR each end a line.
    static func lineNumber(at offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        var index = 0
        while index < offset {
            if bytes[index] == 0x0A || (bytes[index] == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A))
            {
                line += 1
            }
            index += 1
        }
        return line
    }
}

/// The one pass that splits a file into records and fields.
private enum Tokenizer {
    struct RawRecord {
        var line: Int
        var first: Int
        var count: Int
    }

    struct Tokens {
        var records: [RawRecord] = []
        var spans: [CSVTable.Span] = []
    }

    static let comma: UInt8 = 0x2C
    static let quote: UInt8 = 0x22
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D

    /// The 1-based column (in Unicode scalars) of the byte at `offset` on the line starting at `lineStart`.
    static func column(_ buffer: UnsafeBufferPointer<UInt8>, lineStart: Int, offset: Int) -> Int {
        var column = 1
        for index in lineStart..<offset where buffer[index] & 0xC0 != 0x80 { column += 1 }
        return column
    }

    /// The name of the field at 0-based `position` of a record: the header's name once the header is read.
    static func fieldName(_ p: UnsafeBufferPointer<UInt8>, _ tokens: Tokens, position: Int) -> String {
        if let header = tokens.records.first, position < header.count {
            let span = tokens.spans[header.first + position]
            let name = String(
                decoding: CSVBytes.trimmed(UnsafeBufferPointer(rebasing: p[Int(span.start)..<Int(span.end)])),
                as: UTF8.self)
            if !name.isEmpty, ControlCharacters.firstRefused(in: name) == nil, name.utf8.count <= 100 { return name }
        }
        return "column \(position + 1)"
    }

    static func split(_ p: UnsafeBufferPointer<UInt8>, file: String, limits: IntakeLimits) throws(InputProblem)
        -> Tokens
    {
        var tokens = Tokens()
        tokens.spans.reserveCapacity(min(p.count / 8, 1 << 24))
        tokens.records.reserveCapacity(min(p.count / 64, 1 << 22))
        let n = p.count
        var i = 0
        var line = 1
        var lineStart = 0
        var recordLine = 1
        var recordFirst = 0
        var recordStart = 0
        let fieldLimit = limits.fieldBytes
        let rowLimit = limits.rowBytes
        let columnLimit = limits.columnsPerRow

        /// Checks the field just appended and the record so far against the limits.
        func checkLimits(start: Int, end: Int) throws(InputProblem) {
            let count = tokens.spans.count - recordFirst
            if end - start > fieldLimit {
                throw InputProblem(
                    file: file, line: recordLine, field: fieldName(p, tokens, position: count - 1),
                    rule: limits.fieldRule(size: end - start))
            }
            if count > columnLimit {
                throw InputProblem(file: file, line: recordLine, field: nil, rule: limits.columnsRule)
            }
            if end - recordStart > rowLimit {
                throw InputProblem(file: file, line: recordLine, field: nil, rule: limits.rowRule)
            }
        }

        func endRecord() {
            let count = tokens.spans.count - recordFirst
            if count == 1, tokens.spans[recordFirst].start == tokens.spans[recordFirst].end {
                tokens.spans.removeLast()
            } else {
                tokens.records.append(RawRecord(line: recordLine, first: recordFirst, count: count))
            }
            recordFirst = tokens.spans.count
        }

        while i < n {
            // At the start of a field.
            if p[i] == quote {
                let quoteLine = line
                i += 1
                let start = i
                var escaped = false
                while true {
                    guard i < n else {
                        throw InputProblem(
                            file: file, line: quoteLine, field: nil,
                            rule: "a quoted field is never closed; it runs to the end of the file")
                    }
                    let byte = p[i]
                    if byte == quote {
                        if i + 1 < n, p[i + 1] == quote {
                            escaped = true
                            i += 2
                            continue
                        }
                        break
                    }
                    if byte == lineFeed {
                        line += 1
                        lineStart = i + 1
                    } else if byte == carriageReturn {
                        if i + 1 < n, p[i + 1] == lineFeed { i += 1 }
                        line += 1
                        lineStart = i + 1
                    }
                    i += 1
                }
                tokens.spans.append(CSVTable.Span(start: Int32(start), end: Int32(i), escaped: escaped))
                try checkLimits(start: start, end: i)
                i += 1
                guard i < n else { break }
                let next = p[i]
                if next == comma {
                    i += 1
                    if i == n {
                        tokens.spans.append(CSVTable.Span(start: Int32(n), end: Int32(n), escaped: false))
                        try checkLimits(start: n, end: n)
                    }
                    continue
                }
                guard next == lineFeed || next == carriageReturn else {
                    throw InputProblem(
                        file: file, line: line, field: "column \(column(p, lineStart: lineStart, offset: i))",
                        rule: "a quoted field is followed by more text; close it with a quote directly before a comma")
                }
            } else {
                let start = i
                while i < n {
                    let byte = p[i]
                    if byte == comma || byte == lineFeed || byte == carriageReturn { break }
                    if byte == quote {
                        throw InputProblem(
                            file: file, line: line, field: "column \(column(p, lineStart: lineStart, offset: i))",
                            rule:
                                "a quote inside an unquoted field; quote the whole field and double the quote (\"\")")
                    }
                    i += 1
                }
                tokens.spans.append(CSVTable.Span(start: Int32(start), end: Int32(i), escaped: false))
                try checkLimits(start: start, end: i)
                guard i < n else { break }
                if p[i] == comma {
                    i += 1
                    if i == n {
                        tokens.spans.append(CSVTable.Span(start: Int32(n), end: Int32(n), escaped: false))
                        try checkLimits(start: n, end: n)
                    }
                    continue
                }
            }
            // At a line end: CRLF, LF or a lone CR.
            if p[i] == carriageReturn, i + 1 < n, p[i + 1] == lineFeed { i += 1 }
            i += 1
            endRecord()
            line += 1
            lineStart = i
            recordLine = line
            recordStart = i
        }
        if tokens.spans.count > recordFirst { endRecord() }
        return tokens
    }
}
