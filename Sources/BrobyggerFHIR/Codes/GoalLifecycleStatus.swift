extension FHIR {
    /// Where a goal is in its life cycle.
    ///
    /// Code system `http://hl7.org/fhir/goal-status`; an open enum, unknown codes are kept as `.unrecognized`.
    public enum GoalLifecycleStatus: FHIRCode, FHIRNodeDecodable {
        /// `proposed`: proposed
        case proposed
        /// `planned`: planned
        case planned
        /// `accepted`: accepted
        case accepted
        /// `active`: being pursued
        case active
        /// `on-hold`: paused
        case onHold
        /// `completed`: reached or ended
        case completed
        /// `cancelled`: given up
        case cancelled
        /// `entered-in-error`: recorded in error
        case enteredInError
        /// `rejected`: rejected
        case rejected
        /// A code this type does not know, kept as written.
        case unrecognized(String)

        /// The code system.
        public static let system = "http://hl7.org/fhir/goal-status"

        /// The known codes, in the code system's order.
        public static let knownCases: [GoalLifecycleStatus] = [
            .proposed, .planned, .accepted, .active, .onHold, .completed, .cancelled, .enteredInError, .rejected,
        ]

        /// The code for `rawValue`; an unknown code becomes `.unrecognized`.
        public init(rawValue: String) {
            switch rawValue {
            case "proposed": self = .proposed
            case "planned": self = .planned
            case "accepted": self = .accepted
            case "active": self = .active
            case "on-hold": self = .onHold
            case "completed": self = .completed
            case "cancelled": self = .cancelled
            case "entered-in-error": self = .enteredInError
            case "rejected": self = .rejected
            default: self = .unrecognized(rawValue)
            }
        }

        /// The code as written.
        public var rawValue: String {
            switch self {
            case .proposed: "proposed"
            case .planned: "planned"
            case .accepted: "accepted"
            case .active: "active"
            case .onHold: "on-hold"
            case .completed: "completed"
            case .cancelled: "cancelled"
            case .enteredInError: "entered-in-error"
            case .rejected: "rejected"
            case .unrecognized(let code): code
            }
        }
    }
}
