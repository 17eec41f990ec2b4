import Foundation

/// The text form of a UUID (`8-4-4-4-12` hexadecimal digits), read and written without Foundation's parser, which
/// goes through `sscanf` and dominated decoding stored documents full of identifiers.
///
/// Reading accepts exactly what Foundation's `UUID(uuidString:)` accepts in that form (either case); anything else
/// is handed to Foundation, so the two never disagree. Writing gives Foundation's `uuidString`, lower-cased.
enum UUIDText {
    /// The UUID a 36-character `8-4-4-4-12` hexadecimal text names, or `nil`.
    static func parse(_ text: String) -> UUID? {
        var text = text
        if let uuid = text.withUTF8({ parse(UnsafeRawBufferPointer($0)) }) { return uuid }
        return UUID(uuidString: text)
    }

    /// The UUID of 36 bytes of `8-4-4-4-12` hexadecimal text, or `nil` when they are not that.
    static func parse(_ bytes: UnsafeRawBufferPointer) -> UUID? {
        guard bytes.count == 36 else { return nil }
        var value: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        let ok = withUnsafeMutableBytes(of: &value) { output -> Bool in
            var position = 0
            for index in 0..<16 {
                if position == 8 || position == 13 || position == 18 || position == 23 {
                    guard bytes[position] == UInt8(ascii: "-") else { return false }
                    position += 1
                }
                guard let high = digit(bytes[position]), let low = digit(bytes[position + 1]) else { return false }
                output[index] = high << 4 | low
                position += 2
            }
            return true
        }
        return ok ? UUID(uuid: value) : nil
    }

    private static func digit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// The UUID's text in lower case.
    static func lowercase(_ uuid: UUID) -> String {
        let hex = Array("0123456789abcdef".utf8)
        return withUnsafeBytes(of: uuid.uuid) { input in
            String(unsafeUninitializedCapacity: 36) { output in
                var position = 0
                for index in 0..<16 {
                    if index == 4 || index == 6 || index == 8 || index == 10 {
                        output[position] = UInt8(ascii: "-")
                        position += 1
                    }
                    output[position] = hex[Int(input[index] >> 4)]
                    output[position + 1] = hex[Int(input[index] & 0x0F)]
                    position += 2
                }
                return 36
            }
        }
    }
}
