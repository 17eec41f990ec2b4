extension FHIR {
    /// The state of an event such as a communication.
    ///
    /// Code system `http://hl7.org/fhir/event-status`; an open enum, unknown codes are kept as `.unrecognized`.
    public enum EventStatus: FHIRCode, FHIRNodeDecodable {
        /// `preparation`: being prepared
        case preparation
        /// `in-progress`: under way
        case inProgress
        /// `not-done`: not done
        case notDone
        /// `on-hold`: paused
        case onHold
        /// `stopped`: stopped
        case stopped
        /// `completed`: completed
        case completed
        /// `entered-in-error`: recorded in error
        case enteredInError
        /// `unknown`: unknown (MedCom's fixed value)
        case unknown
        /// A code this type does not know, kept as written.
        case unrecognized(String)

        /// The code system.
        public static let system = "http://hl7.org/fhir/event-status"

        /// The known codes, in the code system's order.
        public static let knownCases: [EventStatus] = [
            .preparation, .inProgress, .notDone, .onHold, .stopped, .completed, .enteredInError, .unknown,
        ]

        /// The code for `rawValue`; an unknown code becomes `.unrecognized`.
        public init(rawValue: String) {
            switch rawValue {
            case "preparation": self = .preparation
            case "in-progress": self = .inProgress
            case "not-done": self = .notDone
            case "on-hold": self = .onHold
            case "stopped": self = .stopped
            case "completed": self = .completed
            case "entered-in-error": self = .enteredInError
            case "unknown": self = .unknown
            default: self = .unrecognized(rawValue)
            }
        }

        /// The code as written.
        public var rawValue: String {
            switch self {
            case .preparation: "preparation"
            case .inProgress: "in-progress"
            case .notDone: "not-done"
            case .onHold: "on-hold"
            case .stopped: "stopped"
            case .completed: "completed"
            case .enteredInError: "entered-in-error"
            case .unknown: "unknown"
            case .unrecognized(let code): code
            }
        }
    }
}
