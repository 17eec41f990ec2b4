/// An identifier issued by a Danish register, with the FHIR `system` URI that dk-core gives it.
public protocol NationalIdentifier: Hashable, Sendable, Codable {
    /// The FHIR identifier system for this kind of identifier (dk-core).
    static var fhirSystem: String { get }
    /// The identifier as written in the register.
    var value: String { get }
}

/// Digits helpers shared by the identifier types.
package enum Digits {
    /// The decimal digits of `text`, or `nil` when it contains anything else.
    static func values(_ text: Substring) -> [Int]? {
        var result: [Int] = []
        result.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            guard byte >= 48, byte <= 57 else { return nil }
            result.append(Int(byte - 48))
        }
        return result
    }

    /// Whether `text` is all ASCII digits.
    static func isDigits(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// The first six characters followed by `-xxxx`, the masked form of anything CPR-like; shorter text is masked
    /// whole.
    static func maskPersonal(_ text: String) -> String {
        let head = text.prefix(6)
        return head.count == 6 && head.allSatisfy(\.isNumber) ? "\(head)-xxxx" : "(\(text.count) characters, masked)"
    }

    /// The ranges of `bytes` that hold a UUID (`8-4-4-4-12` hexadecimal digits). A UUID's groups can hold ten
    /// digits in a row, or six, a hyphen and four, without being a person's number; every document identifier in
    /// the SDK is one, so they are never masked.
    package static func uuidRanges(in bytes: [UInt8]) -> [Range<Int>] {
        func isHex(_ byte: UInt8) -> Bool {
            (48...57).contains(byte) || (65...70).contains(byte) || (97...102).contains(byte)
        }
        let hyphens: Set = [8, 13, 18, 23]
        var ranges: [Range<Int>] = []
        var start = 0
        while start + 36 <= bytes.count {
            let matches = (0..<36).allSatisfy { offset in
                hyphens.contains(offset) ? bytes[start + offset] == 45 : isHex(bytes[start + offset])
            }
            if matches {
                ranges.append(start..<(start + 36))
                start += 36
            } else {
                start += 1
            }
        }
        return ranges
    }

    /// `text` with every number in it that has the shape of a CPR number (ten digits, or six digits, a hyphen or
    /// space and four digits, with no digit directly before or after) shown as its first six digits and `-xxxx`.
    /// UUIDs are left whole (``uuidRanges(in:)``).
    static func maskPersonalNumbers(in text: String) -> String {
        let bytes = Array(text.utf8)
        func isDigit(_ index: Int) -> Bool { index < bytes.count && bytes[index] >= 48 && bytes[index] <= 57 }
        var uuids = uuidRanges(in: bytes)[...]
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if let uuid = uuids.first, uuid.contains(index) {
                result += bytes[index..<uuid.upperBound]
                index = uuid.upperBound
                uuids.removeFirst()
                continue
            }
            while let uuid = uuids.first, uuid.upperBound <= index { uuids.removeFirst() }
            guard isDigit(index), index == 0 || !isDigit(index - 1) else {
                result.append(bytes[index])
                index += 1
                continue
            }
            var end = index
            while isDigit(end) { end += 1 }
            var numberEnd: Int?
            if end - index == 10 {
                numberEnd = end
            } else if end - index == 6, end < bytes.count, bytes[end] == 45 || bytes[end] == 32 {
                var tail = end + 1
                while isDigit(tail) { tail += 1 }
                if tail - end - 1 == 4 { numberEnd = tail }
            }
            if let numberEnd {
                result += bytes[index..<index + 6] + Array("-xxxx".utf8)
                index = numberEnd
            } else {
                result += bytes[index..<end]
                index = end
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
