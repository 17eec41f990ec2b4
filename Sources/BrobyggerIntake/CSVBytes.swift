import BrobyggerCore
import Foundation

/// Parsers that read a CSV cell's bytes directly: trimming, whole numbers, dates, instants and UUIDs, without
/// making a `String` first. Each returns `nil` for text of another shape; callers then report the problem with the
/// domain type's own rule (by parsing the text through its validating initialiser).
enum CSVBytes {
    /// Space and tab: what a cell is trimmed of.
    static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    /// `buffer` without leading and trailing spaces and tabs.
    static func trimmed(_ buffer: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0
        var end = buffer.count
        while start < end, isBlank(buffer[start]) { start += 1 }
        while end > start, isBlank(buffer[end - 1]) { end -= 1 }
        if start == 0 && end == buffer.count { return buffer }
        return UnsafeBufferPointer(rebasing: buffer[start..<end])
    }

    /// Whether every byte of `buffer` is printable ASCII (space to `~`): text that holds no control character, no
    /// bidirectional override and nothing to decode. Eight bytes at a time.
    static func isPrintableASCII(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = buffer.baseAddress else { return true }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var index = 0
        while index + 8 <= buffer.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            // A byte below 0x20 borrows in `word - 0x20…`; a byte of 0x7F or above carries into its high bit in
            // `word + 0x01…`; either leaves a high bit set (bytes with the high bit set are caught by `word` itself).
            let below = (word &- ones &* 0x20) & ~word
            let above = word &+ ones
            if (below | above | word) & highs != 0 { return false }
            index += 8
        }
        while index < buffer.count {
            let byte = buffer[index]
            if byte < 0x20 || byte >= 0x7F { return false }
            index += 1
        }
        return true
    }

    /// The text of a span, trimmed of spaces and tabs, with doubled quotes undone.
    static func trimmedString(_ bytes: [UInt8], _ span: CSVTable.Span) -> String {
        if span.escaped {
            let unescaped = unescaped(bytes, span)
            return unescaped.withUnsafeBufferPointer { String(decoding: trimmed($0), as: UTF8.self) }
        }
        return bytes.withUnsafeBufferPointer { buffer in
            String(
                decoding: trimmed(UnsafeBufferPointer(rebasing: buffer[Int(span.start)..<Int(span.end)])),
                as: UTF8.self)
        }
    }

    /// The bytes of a quoted span with each doubled quote made one.
    static func unescaped(_ bytes: [UInt8], _ span: CSVTable.Span) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(Int(span.end - span.start))
        var index = Int(span.start)
        let end = Int(span.end)
        while index < end {
            result.append(bytes[index])
            index += bytes[index] == 0x22 ? 2 : 1
        }
        return result
    }

    /// Whether `buffer` holds exactly the bytes of `other`, compared with `memcmp`.
    @inline(__always)
    static func same(_ buffer: UnsafeBufferPointer<UInt8>, _ other: [UInt8]) -> Bool {
        guard buffer.count == other.count else { return false }
        guard let base = buffer.baseAddress, !other.isEmpty else { return buffer.isEmpty }
        return other.withUnsafeBufferPointer { memcmp(base, $0.baseAddress!, other.count) == 0 }
    }

    /// Whether `buffer` holds exactly `text` (ASCII).
    static func equals(_ buffer: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
        guard buffer.count == text.utf8CodeUnitCount else { return false }
        let pointer = text.utf8Start
        for index in 0..<buffer.count where buffer[index] != pointer[index] { return false }
        return true
    }

    /// The value of `count` decimal digits at `offset`, or `nil` when any is not a digit.
    @inline(__always)
    static func digits(_ buffer: UnsafeBufferPointer<UInt8>, _ offset: Int, _ count: Int) -> Int? {
        var value = 0
        for index in offset..<(offset + count) {
            let digit = Int(buffer[index]) &- 48
            guard digit >= 0, digit <= 9 else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    /// A whole number of at most 18 digits, optionally signed.
    static func integer(_ buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !buffer.isEmpty else { return nil }
        var index = 0
        var sign = 1
        if buffer[0] == 0x2D || buffer[0] == 0x2B {
            sign = buffer[0] == 0x2D ? -1 : 1
            index = 1
        }
        guard buffer.count - index >= 1, buffer.count - index <= 18 else { return nil }
        return digits(buffer, index, buffer.count - index).map { sign * $0 }
    }

    /// A date `YYYY-MM-DD` that exists.
    static func date(_ buffer: UnsafeBufferPointer<UInt8>) -> CalendarDate? {
        guard buffer.count == 10, buffer[4] == 0x2D, buffer[7] == 0x2D, let year = digits(buffer, 0, 4),
            let month = digits(buffer, 5, 2), let day = digits(buffer, 8, 2)
        else { return nil }
        return try? CalendarDate(year: year, month: month, day: day)
    }

    /// An instant `YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM|±HHMM)`, as `Instant(iso8601:)` reads it.
    static func instant(_ buffer: UnsafeBufferPointer<UInt8>) -> Instant? {
        guard buffer.count >= 17, buffer[10] == 0x54 || buffer[10] == 0x20, buffer[13] == 0x3A,
            let date = date(UnsafeBufferPointer(rebasing: buffer[0..<10])), let hour = digits(buffer, 11, 2),
            let minute = digits(buffer, 14, 2), hour <= 23, minute <= 59
        else { return nil }
        var index = 16
        var second = 0
        var milliseconds: Int64 = 0
        if index < buffer.count, buffer[index] == 0x3A {
            guard index + 3 <= buffer.count, let value = digits(buffer, index + 1, 2), value <= 59 else { return nil }
            second = value
            index += 3
            if index < buffer.count, buffer[index] == 0x2E || buffer[index] == 0x2C {
                index += 1
                let start = index
                var scale: Int64 = 100
                while index < buffer.count, buffer[index] >= 48, buffer[index] <= 57 {
                    milliseconds += Int64(buffer[index] - 48) * scale
                    scale /= 10
                    index += 1
                }
                // More than three digits: `Instant(iso8601:)` rounds them its own way; let it read them.
                guard index > start, index - start <= 3 else { return nil }
            }
        }
        guard index < buffer.count else { return nil }
        let offsetSeconds: Int
        switch buffer[index] {
        case 0x5A, 0x7A:
            guard index + 1 == buffer.count else { return nil }
            offsetSeconds = 0
        case 0x2B, 0x2D:
            let sign = buffer[index] == 0x2D ? -1 : 1
            let rest = buffer.count - index - 1
            let hours: Int?
            let minutes: Int?
            if rest == 5, buffer[index + 3] == 0x3A {
                hours = digits(buffer, index + 1, 2)
                minutes = digits(buffer, index + 4, 2)
            } else if rest == 4 {
                hours = digits(buffer, index + 1, 2)
                minutes = digits(buffer, index + 3, 2)
            } else {
                return nil
            }
            guard let hours, let minutes, hours <= 23, minutes <= 59 else { return nil }
            offsetSeconds = sign * (hours * 3_600 + minutes * 60)
        default:
            return nil
        }
        let local = Int64(date.daysSinceEpoch * 86_400 + hour * 3_600 + minute * 60 + second - offsetSeconds)
        return Instant(millisecondsSince1970: local * 1_000 + milliseconds)
    }

    /// A UUID in its 36-character text form (either case).
    static func uuid(_ buffer: UnsafeBufferPointer<UInt8>) -> UUID? {
        guard buffer.count == 36, buffer[8] == 0x2D, buffer[13] == 0x2D, buffer[18] == 0x2D, buffer[23] == 0x2D
        else { return nil }
        // The hex digits as two 64-bit halves; a byte that is not a hex digit sets the high bit of `invalid`.
        var high: UInt64 = 0
        var low: UInt64 = 0
        var invalid: UInt8 = 0
        for index in hexPositions.0 {
            let value = hexValues[Int(buffer[index])]
            invalid |= value
            high = high << 4 | UInt64(value)
        }
        for index in hexPositions.1 {
            let value = hexValues[Int(buffer[index])]
            invalid |= value
            low = low << 4 | UInt64(value)
        }
        guard invalid & 0x80 == 0 else { return nil }
        let h = high.bigEndian
        let l = low.bigEndian
        return withUnsafeBytes(of: (h, l)) { raw in
            UUID(
                uuid: (
                    raw[0], raw[1], raw[2], raw[3], raw[4], raw[5], raw[6], raw[7], raw[8], raw[9], raw[10], raw[11],
                    raw[12], raw[13], raw[14], raw[15]
                ))
        }
    }

    /// The positions of a UUID's 32 hex digits in its text form, as the first and the second 16.
    private static let hexPositions: ([Int], [Int]) = {
        let positions = (0..<36).filter { ![8, 13, 18, 23].contains($0) }
        return (Array(positions[0..<16]), Array(positions[16..<32]))
    }()

    /// The value of each byte as a hex digit, or `0xFF` for a byte that is not one.
    private static let hexValues: [UInt8] = (0..<256).map { byte in
        switch byte {
        case 48...57: UInt8(byte - 48)
        case 97...102: UInt8(byte - 87)
        case 65...70: UInt8(byte - 55)
        default: 0xFF
        }
    }
}

/// A UTF-8 check over bytes (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF).
enum UTF8Check {
    /// The offset of the first byte that makes `bytes` invalid UTF-8, or `nil` when it is valid.
    static func firstInvalidByte(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { p -> Int? in
            let n = p.count
            var i = 0
            while i < n {
                // Eight ASCII bytes at a time.
                if i + 8 <= n {
                    let word = UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 == 0 {
                        i += 8
                        continue
                    }
                }
                let lead = p[i]
                if lead < 0x80 {
                    i += 1
                    continue
                }
                let length: Int
                var lower: UInt8 = 0x80
                var upper: UInt8 = 0xBF
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0:
                    length = 3
                    lower = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED:
                    length = 3
                    upper = 0x9F
                case 0xF0:
                    length = 4
                    lower = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4:
                    length = 4
                    upper = 0x8F
                default: return i
                }
                guard i + length <= n else { return i }
                guard p[i + 1] >= lower, p[i + 1] <= upper else { return i }
                for k in 2..<length where p[i + k] & 0xC0 != 0x80 { return i }
                i += length
            }
            return nil
        }
    }
}
