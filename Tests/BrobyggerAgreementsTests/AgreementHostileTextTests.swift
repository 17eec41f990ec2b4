import BrobyggerAgreements
import BrobyggerCore
import BrobyggerTesting
import Testing

/// The parties' own text in an agreement is stored text: it may hold a terminal's control sequences and markup.
@Suite("Agreement renderings of hostile text")
struct AgreementHostileTextTests {
    /// A retitle (`ESC ] 0;… BEL`), a screen clear, a C1 CSI, a bidirectional override and markup.
    static let injection =
        "Vi aftaler\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m\u{202E} <script>x</script> [link](javascript:x)"

    @Test("Markdown and HTML hold no control character and no markup from the parties' text")
    func noControlCharactersOrMarkup() {
        var terms = AgreementFixtures.collaborationModelTerms()
        let template = AgreementTemplate.crossSectorCollaborationModel
        for section in template.sections { terms.sectionTexts[section.key] = Self.injection }
        let agreement = CollaborationAgreement(id: AgreementFixtures.identifier(7), template: template, terms: terms)
        for format in [AgreementDocumentFormat.markdown, .html] {
            let output = AgreementRenderer(format: format).render(agreement)
            #expect(output.contains("Vi aftaler"))
            #expect(!output.unicodeScalars.contains { ControlCharacters.isRefused($0, lineBreaks: .allowed) })
            #expect(!output.contains("<script>"))
            // In Markdown a link would be live; in HTML text brackets are plain characters.
            #expect(format == .html || !output.contains("[link](javascript"))
        }
    }
}
