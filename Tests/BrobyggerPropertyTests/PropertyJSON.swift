import Foundation

/// The JSON round trip every public Codable value must survive: decoding its encoding gives the value back, and
/// encoding that again gives the same bytes.
enum PropertyJSON {
    /// The encoder the properties use: sorted keys, so two encodings of equal values can be compared byte-wise.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }

    /// Why `value` fails the round trip, or `nil` when it passes.
    ///
    /// The message names the type and shows the encoding (shortened), so a failing case can be replayed. A second
    /// encoding that differs only in the order of array elements (a `Set` or a dictionary with non-string keys,
    /// which encode in hash order) starts with ``orderOnly``.
    static func roundTripFailure<Value: Codable & Equatable>(_ value: Value) -> String? {
        let encoder = encoder()
        let first: Data
        do {
            first = try encoder.encode(value)
        } catch {
            return "\(Value.self): encoding failed: \(error)"
        }
        let decoded: Value
        do {
            decoded = try JSONDecoder().decode(Value.self, from: first)
        } catch {
            return "\(Value.self): decoding its own encoding failed: \(error)\n\(shortened(first))"
        }
        guard decoded == value else {
            return "\(Value.self): decode(encode(x)) != x\n\(shortened(first))"
        }
        do {
            let second = try encoder.encode(decoded)
            guard second == first else {
                let prefix = canonical(first) == canonical(second) ? orderOnly : ""
                return prefix
                    + "\(Value.self): encode(decode(encode(x))) differs byte-wise\n\(shortened(first))\n\(shortened(second))"
            }
        } catch {
            return "\(Value.self): re-encoding failed: \(error)"
        }
        return nil
    }

    /// Marks a failure where only the order of array elements differs.
    static let orderOnly = "[order only] "

    /// The JSON with every array's elements sorted: equal for two encodings that differ only in element order.
    static func canonical(_ data: Data) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else {
            return nil
        }
        return canonicalText(object)
    }

    private static func canonicalText(_ object: Any) -> String {
        if let array = object as? [Any] {
            return "[" + array.map(canonicalText).sorted().joined(separator: ",") + "]"
        }
        if let dictionary = object as? [String: Any] {
            return "{"
                + dictionary.keys.sorted().map { "\($0):" + canonicalText(dictionary[$0]!) }.joined(separator: ",")
                + "}"
        }
        return "\(object)"
    }

    /// The first 1,500 characters of an encoding.
    static func shortened(_ data: Data) -> String {
        let text = String(decoding: data, as: UTF8.self)
        return text.count > 1_500 ? String(text.prefix(1_500)) + "…" : text
    }
}
