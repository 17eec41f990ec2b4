extension FHIR {
    /// The state of a questionnaire response.
    ///
    /// Code system `http://hl7.org/fhir/questionnaire-answers-status`; an open enum, unknown codes are kept as `.unrecognized`.
    public enum QuestionnaireResponseStatus: FHIRCode, FHIRNodeDecodable {
        /// `in-progress`: being filled in
        case inProgress
        /// `completed`: complete
        case completed
        /// `amended`: changed after completion
        case amended
        /// `entered-in-error`: recorded in error
        case enteredInError
        /// `stopped`: abandoned
        case stopped
        /// A code this type does not know, kept as written.
        case unrecognized(String)

        /// The code system.
        public static let system = "http://hl7.org/fhir/questionnaire-answers-status"

        /// The known codes, in the code system's order.
        public static let knownCases: [QuestionnaireResponseStatus] = [
            .inProgress, .completed, .amended, .enteredInError, .stopped,
        ]

        /// The code for `rawValue`; an unknown code becomes `.unrecognized`.
        public init(rawValue: String) {
            switch rawValue {
            case "in-progress": self = .inProgress
            case "completed": self = .completed
            case "amended": self = .amended
            case "entered-in-error": self = .enteredInError
            case "stopped": self = .stopped
            default: self = .unrecognized(rawValue)
            }
        }

        /// The code as written.
        public var rawValue: String {
            switch self {
            case .inProgress: "in-progress"
            case .completed: "completed"
            case .amended: "amended"
            case .enteredInError: "entered-in-error"
            case .stopped: "stopped"
            case .unrecognized(let code): code
            }
        }
    }
}
