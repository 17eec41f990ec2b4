extension FHIR {
    /// The urgency of a request.
    ///
    /// Code system `http://hl7.org/fhir/request-priority`; an open enum, unknown codes are kept as `.unrecognized`.
    public enum RequestPriority: FHIRCode, FHIRNodeDecodable {
        /// `routine`: routine
        case routine
        /// `urgent`: urgent
        case urgent
        /// `asap`: as soon as possible
        case asap
        /// `stat`: immediately
        case stat
        /// A code this type does not know, kept as written.
        case unrecognized(String)

        /// The code system.
        public static let system = "http://hl7.org/fhir/request-priority"

        /// The known codes, in the code system's order.
        public static let knownCases: [RequestPriority] = [.routine, .urgent, .asap, .stat]

        /// The code for `rawValue`; an unknown code becomes `.unrecognized`.
        public init(rawValue: String) {
            switch rawValue {
            case "routine": self = .routine
            case "urgent": self = .urgent
            case "asap": self = .asap
            case "stat": self = .stat
            default: self = .unrecognized(rawValue)
            }
        }

        /// The code as written.
        public var rawValue: String {
            switch self {
            case .routine: "routine"
            case .urgent: "urgent"
            case .asap: "asap"
            case .stat: "stat"
            case .unrecognized(let code): code
            }
        }
    }
}
