/// The language an agreement is rendered in.
///
/// Danish is the language of the agreement that is signed; English renderings exist for readers outside Denmark
/// (auditors, researchers, integration developers) and carry the same content.
public enum AgreementLanguage: String, Sendable, Hashable, Codable, CaseIterable {
    /// Danish (`da`), the language the parties sign.
    case danish = "da"
    /// English (`en`).
    case english = "en"
}
