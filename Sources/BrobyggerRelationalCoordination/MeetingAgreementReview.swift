import BrobyggerCore

/// The review, at the start of a meeting, of one agreement made at the previous meeting.
public struct MeetingAgreementReview: Sendable, Hashable, Codable {
    /// What became of the agreement; an open set.
    public enum Outcome: Sendable, Hashable, Codable {
        /// Done as agreed.
        case done
        /// Partly done.
        case partlyDone
        /// Not done.
        case notDone
        /// No longer relevant (the situation changed).
        case noLongerRelevant
        /// An outcome this version does not know, kept as its code.
        case unrecognized(String)

        /// The stable code.
        public var code: String {
            switch self {
            case .done: "done"
            case .partlyDone: "partly-done"
            case .notDone: "not-done"
            case .noLongerRelevant: "no-longer-relevant"
            case .unrecognized(let code): code
            }
        }

        /// Creates the outcome for a code, keeping unknown codes.
        public init(code: String) {
            switch code {
            case "done": self = .done
            case "partly-done": self = .partlyDone
            case "not-done": self = .notDone
            case "no-longer-relevant": self = .noLongerRelevant
            default: self = .unrecognized(code)
            }
        }

        /// Decodes an outcome from its code.
        public init(from decoder: any Decoder) throws {
            self.init(code: try decoder.singleValueContainer().decode(String.self))
        }

        /// Encodes an outcome as its code.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(code)
        }
    }

    /// The agreement reviewed.
    public let agreement: MeetingAgreement.ID
    /// What became of it.
    public let outcome: Outcome
    /// A short note, if any.
    public let note: String?

    /// Creates a review.
    public init(agreement: MeetingAgreement.ID, outcome: Outcome, note: String? = nil) {
        self.agreement = agreement
        self.outcome = outcome
        self.note = note
    }
}
