import Brobygger
import BrobyggerCore
import Foundation

/// Stops the run when a property of a parser does not hold, so that libFuzzer (or the corpus replay) records the
/// input that broke it. Unlike `assert`, it also checks in optimised builds.
func require(
    _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String, file: StaticString = #fileID,
    line: UInt = #line
) {
    if !condition() { fatalError("property violated: \(message())", file: file, line: line) }
}

/// The property every renderer of this package shares: a CPR number that the input carries never comes back
/// unmasked in text meant for people (a description, an error, a finding).
struct PersonalNumbers {
    /// The valid CPR numbers written in the input.
    let numbers: [CPRNumber]

    /// Finds every valid CPR number in `bytes`: ten digits, or six digits, a hyphen and four digits, with no digit
    /// directly before or after, outside UUIDs (whose groups may hold such runs of digits and are never masked).
    init(in bytes: some Collection<UInt8>) {
        let bytes = Array(bytes)
        let uuids = Digits.uuidRanges(in: bytes)
        func isDigit(_ index: Int) -> Bool {
            index >= 0 && index < bytes.count && bytes[index] >= 48 && bytes[index] <= 57
        }
        var found: [CPRNumber] = []
        var index = 0
        while index < bytes.count {
            if let uuid = uuids.first(where: { $0.contains(index) }) {
                index = uuid.upperBound
                continue
            }
            guard isDigit(index), !isDigit(index - 1) else {
                index += 1
                continue
            }
            var end = index
            while isDigit(end) { end += 1 }
            var candidate: String?
            if end - index == 10 {
                candidate = String(decoding: bytes[index..<end], as: UTF8.self)
            } else if end - index == 6, end < bytes.count, bytes[end] == 45 {
                var tail = end + 1
                while isDigit(tail) { tail += 1 }
                if tail - end - 1 == 4 {
                    candidate = String(decoding: bytes[index..<tail], as: UTF8.self)
                    end = tail
                }
            }
            if let candidate, let number = try? CPRNumber(candidate) { found.append(number) }
            index = end
        }
        numbers = found
    }

    /// Stops the run when `text` shows one of the numbers unmasked, as a number of its own (not as part of a longer
    /// run of digits, such as a SOR code that happens to contain the same ten digits).
    func requireMasked(_ text: String, in context: @autoclosure () -> String) {
        guard !numbers.isEmpty else { return }
        let bytes = Array(text.utf8)
        for number in numbers {
            require(
                !Self.contains(bytes, number.unmaskedValue) && !Self.contains(bytes, number.unmaskedFormatted),
                "\(context()) shows the CPR number \(number.masked) unmasked: \(text)")
        }
    }

    /// Whether `bytes` hold `needle` with no digit directly before or after it.
    static func contains(_ bytes: [UInt8], _ needle: String) -> Bool {
        let needle = Array(needle.utf8)
        guard bytes.count >= needle.count else { return false }
        func isDigit(_ index: Int) -> Bool {
            index >= 0 && index < bytes.count && bytes[index] >= 48 && bytes[index] <= 57
        }
        for start in 0...(bytes.count - needle.count)
        where bytes[start] == needle[0] && bytes[start..<start + needle.count].elementsEqual(needle) {
            // `\0` followed by digits is a debug rendering's escaped NUL, not the digit zero.
            let escapedNUL = needle[0] == 48 && start > 0 && bytes[start - 1] == 92
            if !isDigit(start - 1) && !isDigit(start + needle.count) && !escapedNUL { return true }
        }
        return false
    }

    /// Stops the run when an error's description, debug description or dump shows one of the numbers unmasked.
    func requireMasked(error: any Error, in context: @autoclosure () -> String) {
        requireMasked(rendered(error), in: context())
    }
}

/// Every way a value may be turned into text for people: `description`, `debugDescription` and `dump`.
func rendered(_ value: Any) -> String {
    var dumped = ""
    dump(value, to: &dumped)
    return String(describing: value) + "\n" + String(reflecting: value) + "\n" + dumped
}

/// Encodes `value` as JSON and decodes it again, requiring an equal value: what a parser accepted, the SDK must be
/// able to store and read back.
@discardableResult
func requireJSONRoundTrip<Value: Codable & Equatable>(_ value: Value, _ what: String) -> Data {
    let data: Data
    do {
        data = try JSONEncoder().encode(value)
    } catch {
        fatalError("property violated: a decoded \(what) cannot be encoded: \(error)")
    }
    do {
        let again = try JSONDecoder().decode(Value.self, from: data)
        require(again == value, "a \(what) is not equal to itself after encoding and decoding")
    } catch {
        fatalError("property violated: an encoded \(what) cannot be decoded: \(error)")
    }
    return data
}
