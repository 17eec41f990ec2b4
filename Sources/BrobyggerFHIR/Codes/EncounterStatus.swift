extension FHIR {
    /// The state of an encounter (R4; MedCom uses `in-progress`, `onleave`, `finished`, `entered-in-error`).
    ///
    /// Code system `http://hl7.org/fhir/encounter-status`; an open enum, unknown codes are kept as `.unrecognized`.
    public enum EncounterStatus: FHIRCode, FHIRNodeDecodable {
        /// `planned`: planned
        case planned
        /// `arrived`: the patient is present
        case arrived
        /// `triaged`: triaged
        case triaged
        /// `in-progress`: under way
        case inProgress
        /// `onleave`: the patient is on leave (R4 only)
        case onleave
        /// `finished`: ended
        case finished
        /// `cancelled`: cancelled before it started
        case cancelled
        /// `entered-in-error`: recorded in error
        case enteredInError
        /// `unknown`: unknown
        case unknown
        /// A code this type does not know, kept as written.
        case unrecognized(String)

        /// The code system.
        public static let system = "http://hl7.org/fhir/encounter-status"

        /// The known codes, in the code system's order.
        public static let knownCases: [EncounterStatus] = [
            .planned, .arrived, .triaged, .inProgress, .onleave, .finished, .cancelled, .enteredInError, .unknown,
        ]

        /// The code for `rawValue`; an unknown code becomes `.unrecognized`.
        public init(rawValue: String) {
            switch rawValue {
            case "planned": self = .planned
            case "arrived": self = .arrived
            case "triaged": self = .triaged
            case "in-progress": self = .inProgress
            case "onleave": self = .onleave
            case "finished": self = .finished
            case "cancelled": self = .cancelled
            case "entered-in-error": self = .enteredInError
            case "unknown": self = .unknown
            default: self = .unrecognized(rawValue)
            }
        }

        /// The code as written.
        public var rawValue: String {
            switch self {
            case .planned: "planned"
            case .arrived: "arrived"
            case .triaged: "triaged"
            case .inProgress: "in-progress"
            case .onleave: "onleave"
            case .finished: "finished"
            case .cancelled: "cancelled"
            case .enteredInError: "entered-in-error"
            case .unknown: "unknown"
            case .unrecognized(let code): code
            }
        }
    }
}
