import Foundation

/// A CSV file read into a header and records (RFC 4180: comma-separated, `"`-quoted fields that may hold commas,
/// doubled quotes and line breaks; CRLF or LF line ends; UTF-8 with or without a byte-order mark).
///
/// Blank lines are skipped. Every record must have as many fields as the header. Errors name the file, the line
/// (the line a record starts on, for multi-line records) and the column.
struct CSVTable: Sendable, Hashable {
    /// One record with the line it starts on.
    struct Record: Sendable, Hashable {
        /// The 1-based line the record starts on.
        var line: Int
        /// The fields, as many as the header has.
        var fields: [String]
    }

    /// The file name used in messages.
    var file: String
    /// The header's column names, trimmed.
    var header: [String]
    /// The records after the header.
    var records: [Record]

    /// Reads CSV text from bytes.
    static func parse(_ data: Data, file: String) throws(InputProblem) -> CSVTable {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            var line = 1
            var start = 0
            for (index, byte) in bytes.enumerated() where byte == 0x0A {
                if String(validating: bytes[start..<index], as: UTF8.self) == nil { break }
                line += 1
                start = index + 1
            }
            throw InputProblem(file: file, line: line, field: nil, rule: "the file is not valid UTF-8 text")
        }
        let rows = try parseRows(text, file: file)
        guard let first = rows.first else {
            throw InputProblem(file: file, line: 1, field: nil, rule: "the file is empty; a header row is required")
        }
        let header = first.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        var seen = Set<String>()
        for (index, name) in header.enumerated() {
            guard !name.isEmpty else {
                throw InputProblem(
                    file: file, line: first.line, field: "column \(index + 1)", rule: "a header column has no name")
            }
            guard seen.insert(name).inserted else {
                throw InputProblem(
                    file: file, line: first.line, field: name, rule: "the column name appears twice in the header")
            }
        }
        for row in rows.dropFirst() where row.fields.count != header.count {
            throw InputProblem(
                file: file, line: row.line, field: nil,
                rule: "the record has \(row.fields.count) fields but the header has \(header.count)")
        }
        return CSVTable(file: file, header: header, records: Array(rows.dropFirst()))
    }

    /// Splits text into records of fields.
    private static func parseRows(_ text: String, file: String) throws(InputProblem) -> [Record] {
        var rows: [Record] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var column = 1
        var recordLine = 1
        var quoteLine = 1
        var inQuotes = false
        var afterQuote = false
        var fieldStarted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar?

        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            afterQuote = false
            fieldStarted = false
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) { rows.append(Record(line: recordLine, fields: fields)) }
            fields = []
        }

        while let scalar = pending ?? scalars.next() {
            pending = nil
            if inQuotes {
                if scalar == "\"" {
                    let next = scalars.next()
                    if next == "\"" {
                        field.append("\"")
                        column += 2
                    } else {
                        inQuotes = false
                        afterQuote = true
                        column += 1
                        pending = next
                    }
                    continue
                }
                if scalar == "\r" {
                    let next = scalars.next()
                    field.append("\r")
                    if next == "\n" {
                        field.append("\n")
                        line += 1
                        column = 1
                    } else {
                        pending = next
                        column += 1
                    }
                    continue
                }
                field.append(scalar)
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                continue
            }
            switch scalar {
            case ",":
                endField()
                fieldStarted = true
                column += 1
            case "\r", "\n":
                if scalar == "\r" {
                    let next = scalars.next()
                    if next != "\n" { pending = next }
                }
                endRecord()
                line += 1
                column = 1
                recordLine = line
            case "\"":
                guard field.isEmpty, !afterQuote else {
                    throw InputProblem(
                        file: file, line: line, field: "column \(column)",
                        rule: afterQuote
                            ? "a quoted field is followed by more text; close it with a quote directly before a comma"
                            : "a quote inside an unquoted field; quote the whole field and double the quote (\"\")")
                }
                inQuotes = true
                fieldStarted = true
                quoteLine = line
                column += 1
            default:
                guard !afterQuote else {
                    throw InputProblem(
                        file: file, line: line, field: "column \(column)",
                        rule: "a quoted field is followed by more text; close it with a quote directly before a comma")
                }
                field.append(scalar)
                fieldStarted = true
                column += 1
            }
        }
        if inQuotes {
            throw InputProblem(
                file: file, line: quoteLine, field: nil,
                rule: "a quoted field is never closed; it runs to the end of the file")
        }
        if fieldStarted || !fields.isEmpty || !field.isEmpty { endRecord() }
        return rows
    }
}
