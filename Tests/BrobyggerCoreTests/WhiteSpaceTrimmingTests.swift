import Foundation
import Testing

@testable import BrobyggerCore

/// Names are trimmed of white space as they are validated; the library trims without Foundation's bridging to
/// `NSString` (a tenth of the time an import of care plans took), and must trim exactly what Foundation trims.
@Suite("Trimming white space and line breaks")
struct WhiteSpaceTrimmingTests {
    @Test("every Unicode scalar is trimmed exactly when Foundation's whitespacesAndNewlines holds it")
    func sameSetAsFoundation() {
        let foundation = CharacterSet.whitespacesAndNewlines
        var trimmed: [UInt32] = []
        for value in UInt32(0)...0x10_FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(scalar.isWhiteSpaceOrNewline == foundation.contains(scalar), "U+\(String(value, radix: 16))")
            if scalar.isWhiteSpaceOrNewline { trimmed.append(value) }
        }
        #expect(
            trimmed.contains(0x3000) && trimmed.contains(0x2028) && trimmed.contains(0x85) && trimmed.contains(0x09))
        #expect(trimmed.contains(0x200B), "Foundation trims the zero-width space too")
        #expect(!trimmed.contains(0x200C) && !trimmed.contains(0xFEFF))
    }

    @Test("texts are trimmed as Foundation trims them, at both ends and nowhere else")
    func sameTextsAsFoundation() {
        let pieces = [
            "", " ", "\t", "\n", "\r\n", "\u{85}", "\u{A0}", "\u{2003}", "\u{3000}", "\u{2029}", "a", "Køge", "é",
            "e\u{301}", "\u{301}", "x y", "🏥", "\u{200B}", ".", "~",
        ]
        var state: UInt64 = 0x5EED
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<4_000 {
            let text = (0..<(next() % 6)).map { _ in pieces[next() % pieces.count] }.joined()
            #expect(
                text.trimmingWhiteSpaceAndNewlines == text.trimmingCharacters(in: .whitespacesAndNewlines),
                "\(text.debugDescription)")
        }
        #expect("  Rusmiddelcenter Køge \n".trimmingWhiteSpaceAndNewlines == "Rusmiddelcenter Køge")
        #expect(" \u{3000}\t".trimmingWhiteSpaceAndNewlines.isEmpty)
    }
}
