/// Splits a JSON text whose top level is an array into its elements' byte ranges in one pass, without decoding
/// them, so that a documents file is decoded one element at a time (RFC 8259: strings with backslash escapes,
/// nested objects and arrays, whitespace between tokens).
///
/// Only the structure the split needs is checked (brackets balance, strings close, elements are separated by
/// commas); each element is then parsed alone, which finds every other error and names the element.
enum JSONArraySplitter {
    /// Calls `body` with each element's byte range and index, or once with the whole text and `nil` when the top
    /// level is not an array; stops when `body` returns `false`.
    ///
    /// - Returns: What is wrong with the array's structure, or `nil`.
    static func split(_ bytes: UnsafeRawBufferPointer, _ body: (Range<Int>, Int?) -> Bool) -> String? {
        let n = bytes.count
        var i = skipSpace(bytes, 0)
        guard i < n, bytes[i] == UInt8(ascii: "[") else {
            _ = body(0..<n, nil)
            return nil
        }
        i = skipSpace(bytes, i + 1)
        if i < n, bytes[i] == UInt8(ascii: "]") { return trailing(bytes, i + 1) }
        var index = 0
        while true {
            let start = i
            var depth = 0
            var inString = false
            scan: while i < n {
                let byte = bytes[i]
                if inString {
                    if byte == UInt8(ascii: "\\") {
                        i += 2
                        continue
                    }
                    if byte == UInt8(ascii: "\"") { inString = false }
                    i += 1
                    continue
                }
                switch byte {
                case UInt8(ascii: "\""): inString = true
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    if depth == 0 { break scan }
                    depth -= 1
                case UInt8(ascii: ","):
                    if depth == 0 { break scan }
                default: break
                }
                i += 1
            }
            guard i < n else {
                return inString ? "a string is never closed" : "the array is never closed"
            }
            var end = i
            while end > start, isSpace(bytes[end - 1]) { end -= 1 }
            guard body(start..<end, index) else { return nil }
            index += 1
            switch bytes[i] {
            case UInt8(ascii: ","): i = skipSpace(bytes, i + 1)
            case UInt8(ascii: "]"): return trailing(bytes, i + 1)
            default: return "a '}' closes no object in the array"
            }
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func skipSpace(_ bytes: UnsafeRawBufferPointer, _ start: Int) -> Int {
        var i = start
        while i < bytes.count, isSpace(bytes[i]) { i += 1 }
        return i
    }

    private static func trailing(_ bytes: UnsafeRawBufferPointer, _ start: Int) -> String? {
        skipSpace(bytes, start) == bytes.count ? nil : "text follows the array's closing bracket"
    }
}
