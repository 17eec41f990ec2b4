import Foundation

/// Checks CSV bytes against the field, row and column limits (``IntakeLimits``) chunk by chunk, as a file is read,
/// so that a file is refused at the first field or row beyond a limit without reading the rest of it.
///
/// The scanner follows RFC 4180's quoting as ``CSVTable`` reads it (a quoted field may hold commas, doubled quotes
/// and line breaks; CRLF, LF or a lone CR ends a line) with its state carried across chunk boundaries. It counts
/// sizes only: malformed quoting is left to ``CSVTable``, which reports it with its rule and checks the same
/// limits again (for input that does not come from a file).
package struct CSVLimitScanner {
    private enum State {
        case fieldStart
        case unquoted
        case quoted
        case quoteInQuoted
    }

    let file: String
    let limits: IntakeLimits
    private var state = State.fieldStart
    /// The current line (1-based) and the line the current record started on.
    private var line = 1
    private var recordLine = 1
    private var lastWasCarriageReturn = false
    /// The bytes of the current field and record, and the current field's 0-based position.
    private var fieldBytes = 0
    private var rowBytes = 0
    private var position = 0
    /// The header's names, once its record has ended; the names read so far while it is read.
    private var header: [String]?
    private var headerNames: [String] = []
    private var headerField: [UInt8] = []

    /// A scanner of the file named `file` (in problems), checking `limits`.
    package init(file: String, limits: IntakeLimits) {
        self.file = file
        self.limits = limits
    }

    /// Checks the next chunk of the file.
    ///
    /// - Throws: ``InputProblem`` at the first field, row or row's columns beyond its limit.
    package mutating func scan(_ chunk: Data) throws(InputProblem) {
        var failure: InputProblem?
        chunk.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            do throws(InputProblem) {
                for byte in raw { try next(byte) }
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
    }

    private mutating func next(_ byte: UInt8) throws(InputProblem) {
        rowBytes += 1
        let isLineEnd = byte == 0x0A || byte == 0x0D
        if isLineEnd {
            if byte == 0x0D || !lastWasCarriageReturn { line += 1 }
            lastWasCarriageReturn = byte == 0x0D
        } else {
            lastWasCarriageReturn = false
        }
        switch state {
        case .fieldStart:
            if byte == 0x22 {
                state = .quoted
            } else {
                state = .unquoted
                try unquoted(byte, isLineEnd: isLineEnd)
            }
        case .unquoted:
            try unquoted(byte, isLineEnd: isLineEnd)
        case .quoted:
            if byte == 0x22 {
                state = .quoteInQuoted
            } else {
                try add(byte)
            }
        case .quoteInQuoted:
            if byte == 0x22 {
                try add(byte)
                try add(byte)
                state = .quoted
            } else {
                // The closing quote; what follows is a separator, a line end or (malformed) more text.
                state = .unquoted
                try unquoted(byte, isLineEnd: isLineEnd)
            }
        }
        if rowBytes > limits.rowBytes {
            throw InputProblem(
                file: file, line: recordLine, field: nil,
                rule: limits.rowRule)
        }
    }

    private mutating func unquoted(_ byte: UInt8, isLineEnd: Bool) throws(InputProblem) {
        if byte == 0x2C {
            endField()
            position += 1
            state = .fieldStart
            if position >= limits.columnsPerRow {
                throw InputProblem(
                    file: file, line: recordLine, field: nil,
                    rule: limits.columnsRule)
            }
        } else if isLineEnd {
            let blank = position == 0 && fieldBytes == 0
            endField()
            if header == nil {
                if blank { headerNames.removeAll() } else { header = headerNames }
            }
            position = 0
            rowBytes = 0
            recordLine = line
            state = .fieldStart
        } else {
            try add(byte)
        }
    }

    private mutating func add(_ byte: UInt8) throws(InputProblem) {
        fieldBytes += 1
        if header == nil, headerField.count < 100 { headerField.append(byte) }
        guard fieldBytes > limits.fieldBytes else { return }
        var name = "column \(position + 1)"
        if let header, position < header.count, !header[position].isEmpty { name = header[position] }
        throw InputProblem(
            file: file, line: recordLine, field: name,
            rule: limits.fieldRule())
    }

    private mutating func endField() {
        if header == nil {
            let name = String(decoding: headerField, as: UTF8.self).trimmingCharacters(in: .whitespaces)
            headerNames.append(
                name.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F && $0.value < 0x80 } ? name : "")
            headerField.removeAll(keepingCapacity: true)
        }
        fieldBytes = 0
    }
}
