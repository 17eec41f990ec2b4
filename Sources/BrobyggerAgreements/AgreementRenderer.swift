import BrobyggerCore

/// Renders agreements and templates as documents to read, print and sign, in Danish or English, as Markdown or
/// HTML.
///
/// A rendering has the template's title, a line saying whether it is a blank form, an unsigned draft or a signed
/// version in force from a date, then the template's sections in order: standard text with the agreed parameter
/// values filled in, the parties with addresses and identifiers, the parties' own text, the agreed criteria and
/// meeting schedule, any notice given, local supplements, and a dated signature line for each signing party
/// (Erfaringsopsamling 2024, Bilag 2, “Underskrifter”). All text, including names and free text, is escaped for the
/// output format.
public struct AgreementRenderer: Sendable {
    /// The language of the rendering.
    public var language: AgreementLanguage
    /// The output format.
    public var format: AgreementDocumentFormat

    /// Creates a renderer.
    public init(language: AgreementLanguage = .danish, format: AgreementDocumentFormat = .markdown) {
        self.language = language
        self.format = format
    }

    /// Renders the agreement for signing or reading: its draft when one is pending (to be signed), otherwise its
    /// newest signed version with any notice given.
    public func render(_ agreement: CollaborationAgreement) -> String {
        if let draft = agreement.draft {
            return write(
                AgreementDocumentBuilder(
                    template: agreement.template, terms: draft.terms, signatures: draft.signatures, stage: .draft,
                    termination: nil, endDate: nil, words: RenderingWords(language: language)))
        }
        guard let number = agreement.history?.current.number, let rendered = render(agreement, version: number) else {
            return renderBlankForm(agreement.template)
        }
        return rendered
    }

    /// Renders signed version `version` of the agreement, with its signatures; the notice of termination is shown on
    /// the newest version. `nil` when the version does not exist.
    public func render(_ agreement: CollaborationAgreement, version: Int) -> String? {
        guard let history = agreement.history, let revision = history.version(version) else { return nil }
        let isNewest = revision.number == history.current.number
        return write(
            AgreementDocumentBuilder(
                template: agreement.template, terms: revision.document.terms,
                signatures: revision.document.signatures,
                stage: .signed(version: revision.number, effectiveFrom: revision.document.effectiveFrom),
                termination: isNewest ? agreement.termination : nil, endDate: isNewest ? agreement.endDate : nil,
                words: RenderingWords(language: language)))
    }

    /// Renders a template as a blank form: placeholders for the parties, the default parameter values, guidance for
    /// the sections to fill, invitations to add local supplements, and empty signature lines.
    public func renderBlankForm(_ template: AgreementTemplate) -> String {
        write(
            AgreementDocumentBuilder(
                template: template, terms: nil, signatures: [], stage: .blank, termination: nil, endDate: nil,
                words: RenderingWords(language: language)))
    }

    /// Renders the changes between two signed versions as a short document, or `nil` when a version is missing.
    public func renderChanges(of agreement: CollaborationAgreement, from oldVersion: Int, to newVersion: Int) -> String?
    {
        guard let changes = agreement.changes(from: oldVersion, to: newVersion),
            let new = agreement.history?.version(newVersion)
        else { return nil }
        let words = RenderingWords(language: language)
        var blocks: [DocumentBlock] = [
            .title(agreement.template.title.text(in: language)),
            .meta(
                words.pick("Ændringer fra version ", "Changes from version ") + "\(oldVersion)"
                    + words.pick(" til version ", " to version ") + "\(newVersion), "
                    + words.pick("gældende fra ", "in force from ") + words.date(new.document.effectiveFrom)),
        ]
        if let note = new.document.note, hasContent(note) { blocks.append(.paragraph(note)) }
        blocks.append(
            changes.isEmpty
                ? .paragraph(words.pick("Ingen ændringer.", "No changes."))
                : .list(
                    changes.map { .init(text: $0.summary(in: language, template: agreement.template), nested: false) }))
        return write(blocks, title: agreement.template.title.text(in: language))
    }

    private func write(_ builder: AgreementDocumentBuilder) -> String {
        write(builder.build(), title: builder.template.title.text(in: language))
    }

    private func write(_ blocks: [DocumentBlock], title: String) -> String {
        switch format {
        case .markdown: MarkdownWriter.write(blocks)
        case .html: HTMLWriter.write(blocks, language: language, title: title)
        }
    }
}
