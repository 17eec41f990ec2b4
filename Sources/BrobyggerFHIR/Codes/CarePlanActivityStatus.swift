extension FHIR {
    /// The state of a care plan activity.
    ///
    /// Code system `http://hl7.org/fhir/care-plan-activity-status`; an open enum, unknown codes are kept as `.unrecognized`.
    public enum CarePlanActivityStatus: FHIRCode, FHIRNodeDecodable {
        /// `not-started`: not started
        case notStarted
        /// `scheduled`: scheduled
        case scheduled
        /// `in-progress`: under way
        case inProgress
        /// `on-hold`: paused
        case onHold
        /// `completed`: completed
        case completed
        /// `cancelled`: cancelled
        case cancelled
        /// `stopped`: stopped
        case stopped
        /// `unknown`: unknown
        case unknown
        /// `entered-in-error`: recorded in error
        case enteredInError
        /// A code this type does not know, kept as written.
        case unrecognized(String)

        /// The code system.
        public static let system = "http://hl7.org/fhir/care-plan-activity-status"

        /// The known codes, in the code system's order.
        public static let knownCases: [CarePlanActivityStatus] = [
            .notStarted, .scheduled, .inProgress, .onHold, .completed, .cancelled, .stopped, .unknown, .enteredInError,
        ]

        /// The code for `rawValue`; an unknown code becomes `.unrecognized`.
        public init(rawValue: String) {
            switch rawValue {
            case "not-started": self = .notStarted
            case "scheduled": self = .scheduled
            case "in-progress": self = .inProgress
            case "on-hold": self = .onHold
            case "completed": self = .completed
            case "cancelled": self = .cancelled
            case "stopped": self = .stopped
            case "unknown": self = .unknown
            case "entered-in-error": self = .enteredInError
            default: self = .unrecognized(rawValue)
            }
        }

        /// The code as written.
        public var rawValue: String {
            switch self {
            case .notStarted: "not-started"
            case .scheduled: "scheduled"
            case .inProgress: "in-progress"
            case .onHold: "on-hold"
            case .completed: "completed"
            case .cancelled: "cancelled"
            case .stopped: "stopped"
            case .unknown: "unknown"
            case .enteredInError: "entered-in-error"
            case .unrecognized(let code): code
            }
        }
    }
}
