extension String {
    /// The text without the white space and line breaks at its ends: what Foundation's
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` gives, without bridging to `NSString`.
    ///
    /// The characters trimmed are Foundation's set, scalar by scalar (`Unicode.Scalar.isWhiteSpaceOrNewline`). A text
    /// whose first and last bytes are printable ASCII other than space (most names) is returned as it is, unsearched.
    package var trimmingWhiteSpaceAndNewlines: String {
        let utf8 = self.utf8
        if let first = utf8.first, let last = utf8.last, Self.isPlainASCII(first), Self.isPlainASCII(last) {
            return self
        }
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.isWhiteSpaceOrNewline }) else { return "" }
        // A scalar that is not trimmed exists, so the last one is found.
        let end = scalars.lastIndex(where: { !$0.isWhiteSpaceOrNewline }) ?? start
        return String(String.UnicodeScalarView(scalars[start...end]))
    }

    /// Whether `byte` is ASCII above space and below DEL: never white space, never part of a longer scalar.
    @inline(__always)
    private static func isPlainASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }
}

extension Unicode.Scalar {
    /// Whether the scalar is in Foundation's `CharacterSet.whitespacesAndNewlines`: tab, the line breaks
    /// U+000A–U+000D, U+0085, U+2028 and U+2029, and the spaces U+0020, U+00A0, U+1680, U+2000–U+200B (the zero-width
    /// space among them, as Foundation has it), U+202F, U+205F and U+3000.
    package var isWhiteSpaceOrNewline: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
