/// An early sign of deterioration and what to do when it shows (practice, not the statute: staff who know which
/// symptoms may signal deterioration know when to call the outreach team, Erfaringsopsamling 2024, afsnit 4.1.2).
public struct EarlySign: Sendable, Hashable, Codable {
    /// The sign, e.g. "sleeps little, stops eating with the others".
    public var sign: String
    /// What to do, e.g. "staff call the outreach team the same day".
    public var response: String

    /// Creates an early sign.
    public init(sign: String, response: String) {
        self.sign = sign
        self.response = response
    }
}
