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
                try scan(raw)
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
    }

    /// Checks `bytes`, the next part of the file. With `bytewise` every byte goes through the state machine one by
    /// one (the reference the tests hold the fast path to); otherwise a run of plain bytes inside a field after the
    /// header (none of comma, quote, CR and LF: such a byte only adds to the field's and the row's sizes) is counted
    /// at once, as far as both limits allow, and the byte that would pass a limit is read alone, so the problem is
    /// the same word for word.
    package mutating func scan(_ bytes: UnsafeRawBufferPointer, bytewise: Bool = false) throws(InputProblem) {
        guard !bytewise else {
            for byte in bytes { try next(byte) }
            return
        }
        var index = 0
        while index < bytes.count {
            if header != nil, state != .quoteInQuoted {
                var end = index
                // Eight bytes at a time while each is above 0x2C (so none of the four), then byte by byte.
                while end + 8 <= bytes.count,
                    !Self.hasByteBelowComma(bytes.loadUnaligned(fromByteOffset: end, as: UInt64.self))
                {
                    end += 8
                }
                while end < bytes.count, Self.isPlain(bytes[end]) { end += 1 }
                let run = min(end - index, limits.fieldBytes - fieldBytes, limits.rowBytes - rowBytes)
                if run > 0 {
                    // What `next` does to each of these bytes: a field starting unquoted; quoted or not, its size
                    // and the row's grow.
                    if state == .fieldStart { state = .unquoted }
                    fieldBytes += run
                    rowBytes += run
                    lastWasCarriageReturn = false
                    index += run
                    continue
                }
            }
            try next(bytes[index])
            index += 1
        }
    }

    /// Whether a byte of `word` is below 0x2D (a comma, or any byte before it, quote, CR and LF among them). A byte
    /// below borrows into its own high bit, which the byte did not have; a borrow can only mark a byte above one
    /// that is truly below, so the answer is exact (bytes of 0x80 and up, as UTF-8 has them, are never marked).
    @inline(__always)
    private static func hasByteBelowComma(_ word: UInt64) -> Bool {
        (word &- 0x2D2D_2D2D_2D2D_2D2D) & ~word & 0x8080_8080_8080_8080 != 0
    }

    /// Whether `byte` is none of the bytes that end or quote a field or a line (comma, quote, CR, LF).
    @inline(__always)
    private static func isPlain(_ byte: UInt8) -> Bool {
        byte > 0x2C || (byte != 0x2C && byte != 0x22 && byte != 0x0A && byte != 0x0D)
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
