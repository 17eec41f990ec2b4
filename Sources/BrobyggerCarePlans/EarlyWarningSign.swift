/// An early warning sign (*tidligt tegn*) of deterioration and what each party does when it is seen.
public struct EarlyWarningSign: Sendable, Hashable, Codable {
    /// What one party does when the sign is seen.
    public struct Response: Sendable, Hashable, Codable {
        /// The party acting.
        public var party: CarePlanParty
        /// What they do.
        public var action: String

        /// Creates a response.
        public init(party: CarePlanParty, action: String) {
            self.party = party
            self.action = action
        }
    }

    /// The sign, preferably in the resident's words.
    public var sign: String
    /// What each party does.
    public var responses: [Response]

    /// Records a sign.
    public init(sign: String, responses: [Response]) {
        self.sign = sign
        self.responses = responses
    }
}
