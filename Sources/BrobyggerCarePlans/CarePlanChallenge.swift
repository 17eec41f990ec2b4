/// One of the resident's biggest current challenges, assessed jointly at the coordination meeting, in one area of
/// life (Region Hovedstaden: *fælles vurdering af borgerens største aktuelle udfordringer*).
public struct CarePlanChallenge: Sendable, Hashable, Codable {
    /// The area of life.
    public var domain: LifeDomain
    /// The challenge in words.
    public var text: String

    /// Creates a challenge.
    public init(domain: LifeDomain, text: String) {
        self.domain = domain
        self.text = text
    }
}
