/// The output format of a rendered agreement.
public enum AgreementDocumentFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// CommonMark Markdown, for wikis, version control and plain-text review.
    case markdown
    /// A complete HTML5 document with a print style sheet, for printing and signing on paper.
    case html
}
