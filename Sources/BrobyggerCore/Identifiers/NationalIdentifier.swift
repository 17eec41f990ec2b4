/// An identifier issued by a Danish register, with the FHIR `system` URI that dk-core gives it.
public protocol NationalIdentifier: Hashable, Sendable, Codable {
    /// The FHIR identifier system for this kind of identifier (dk-core).
    static var fhirSystem: String { get }
    /// The identifier as written in the register.
    var value: String { get }
}

/// Digits helpers shared by the identifier types.
enum Digits {
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
}
