import BrobyggerCore

/// A party's signature on a version of an agreement: who signed for which organisation, and when.
///
/// The Region Hovedstaden template closes with a dated signature line for each party (Erfaringsopsamling 2024, Bilag
/// 2, “Underskrifter”).
public struct AgreementSignature: Sendable, Hashable, Codable {
    /// The organisation signed for.
    public var party: Organisation.ID
    /// The person who signed.
    public var signatory: PersonName
    /// The signatory's position (for example "Centerchef" or "Forstander"), as printed under the signature.
    public var position: String?
    /// The date of signing.
    public var date: CalendarDate

    /// Creates a signature.
    public init(party: Organisation.ID, signatory: PersonName, position: String? = nil, date: CalendarDate) {
        self.party = party
        self.signatory = signatory
        self.position = position
        self.date = date
    }
}
