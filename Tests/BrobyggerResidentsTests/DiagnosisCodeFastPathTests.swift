import BrobyggerCore
import BrobyggerTesting
import Testing

@testable import BrobyggerResidents

/// Issue 18: a diagnosis code already in the normalised SKS form (every stored code) is taken as it is, without the
/// normalisation. The shortcut must give what the normalisation gives, and take nothing else.
@Suite("Diagnosis code: the normalised form taken as it is")
struct DiagnosisCodeFastPathTests {
    /// Every text the shortcut takes is a code the normalisation leaves unchanged.
    func expectAgreement(_ text: String) {
        let normalised = try? DiagnosisCode.normalised(text)
        if DiagnosisCode.isNormalised(text) { #expect(normalised == text, "\(text)") }
        #expect((try? DiagnosisCode(text))?.code == normalised, "\(text)")
    }

    @Test(
        "the edges of the form",
        arguments: [
            "DF20", "DF200", "DF2009XY", "DF2009XYZ", "DD20", "DA00", "D123", "DF2", "DF20.", "DF20 ", " DF20", "Df20",
            "dF20", "DF2O", "DFX0", "EF20", "DF20é", "DÆ20", "DF20-1", "DF20\u{0}", "DZ99ZZZZ", "D", "",
        ])
    func edges(text: String) {
        expectAgreement(text)
    }

    @Test("5,000 random short texts of letters, digits, dots and spaces: the same code or the same refusal")
    func randomTexts() {
        var random = SplitMix(seed: 18)
        let alphabet = Array("DDDFFCZdf0123456789. Xé")
        var taken = 0
        for _ in 0..<5_000 {
            // Half start as a normalised code does, so that the shortcut's edges are often reached.
            let start = Bool.random(using: &random) ? "D" + String("FCZD".randomElement(using: &random)!) + "20" : ""
            let length = Int.random(in: 0...(start.isEmpty ? 9 : 5), using: &random)
            let text = start + String((0..<length).map { _ in alphabet.randomElement(using: &random)! })
            if DiagnosisCode.isNormalised(text) { taken += 1 }
            expectAgreement(text)
        }
        // The texts reach the shortcut often enough for the comparison to mean something.
        #expect(taken > 250)
    }
}
