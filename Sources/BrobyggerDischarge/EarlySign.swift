/// An early sign of deterioration and what to do when it shows (practice, DOMAIN.md §6).
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
