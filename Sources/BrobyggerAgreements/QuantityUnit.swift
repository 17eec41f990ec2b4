/// The unit an integer parameter counts, with singular and plural forms in both languages.
///
/// Clauses read "mindst 1 fast dag om ugen" but "3 måneders varsel": the unit carries the grammatical forms so the
/// rendered clause stays correct whatever number the parties agree.
public struct QuantityUnit: Sendable, Hashable, Codable {
    /// The form used with exactly 1 (for example "fast dag" / "fixed day").
    public let singular: LocalizedText
    /// The form used with any other number (for example "faste dage" / "fixed days").
    public let plural: LocalizedText

    /// Creates a unit.
    public init(singular: LocalizedText, plural: LocalizedText) {
        self.singular = singular
        self.plural = plural
    }

    /// `count` followed by the fitting form of the unit, for example "3 måneders".
    public func format(_ count: Int, in language: AgreementLanguage) -> String {
        "\(count) \((count == 1 ? singular : plural).text(in: language))"
    }
}
