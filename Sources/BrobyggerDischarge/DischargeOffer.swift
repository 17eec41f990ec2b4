import BrobyggerCore

/// One offer in a discharge agreement or plan: a treatment offer (*behandlingsmæssigt tilbud*) or a social offer
/// (*socialt tilbud*). psykiatriloven §13a stk. 1 requires both kinds.
public struct DischargeOffer: Sendable, Hashable, Codable {
    /// Treatment or social.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Treatment: medication, outpatient visits, the outreach team.
        case treatment
        /// Social: housing, socio-pedagogical support, employment, finances.
        case social
    }

    /// Treatment or social.
    public var kind: Kind
    /// What is offered.
    public var summary: String
    /// The party providing it, by its role.
    public var provider: DischargePartyRole?
    /// When it starts, if agreed.
    public var startsOn: CalendarDate?

    /// Creates an offer.
    ///
    /// - Throws: `ValidationError` `discharge.offer-summary` when the summary is empty.
    public init(kind: Kind, summary: String, provider: DischargePartyRole? = nil, startsOn: CalendarDate? = nil)
        throws(ValidationError)
    {
        try requireDischargeText(
            summary, field: "summary", code: "discharge.offer-summary", rule: "An offer says what is offered")
        self.kind = kind
        self.summary = summary
        self.provider = provider
        self.startsOn = startsOn
    }

    private enum CodingKeys: String, CodingKey {
        case kind, summary, provider, startsOn
    }

    /// Decodes through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try c.decode(Kind.self, forKey: .kind)
        let summary = try c.decode(String.self, forKey: .summary)
        let provider = try c.decodeIfPresent(DischargePartyRole.self, forKey: .provider)
        let starts = try c.decodeIfPresent(CalendarDate.self, forKey: .startsOn)
        self = try decoder.validating {
            try DischargeOffer(kind: kind, summary: summary, provider: provider, startsOn: starts)
        }
    }
}
